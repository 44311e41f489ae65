// The reader's language (vi, en, or both for side-by-side reading), set before the page paints so
// neither interface nor text flickers. ?lang= in the URL wins over what was remembered.
(function () {
  var modes = ['vi', 'en', 'both'];
  var mode = new URLSearchParams(window.location.search).get('lang');
  if (modes.indexOf(mode) < 0) {
    try {
      mode = localStorage.getItem('reading-mode');
    } catch (e) {
      mode = null;
    }
  }
  if (modes.indexOf(mode) < 0) mode = 'vi';
  document.documentElement.setAttribute('data-read', mode);
  document.documentElement.lang = mode === 'en' ? 'en' : 'vi';
  var title = document.querySelector('title[data-en]');
  if (title && mode === 'en') document.title = title.getAttribute('data-en');
  // Glossary marks switched off by the reader (src/scripts/reading-modes.ts) stay off.
  try {
    if (localStorage.getItem('term-marks') === 'off') document.documentElement.setAttribute('data-terms', 'off');
  } catch (e) {
    // Storage unavailable: marks shown.
  }
})();
