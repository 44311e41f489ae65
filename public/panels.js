// The document page's panels (facts, contents) open on a wide screen, where they sit beside the
// text; on a phone they stay closed so the text starts on the first screen. Runs right after the
// panels are parsed, before the page paints. Without JavaScript they are closed, one click away.
(function () {
  if (!window.matchMedia('(min-width: 60rem)').matches) return;
  var panels = document.querySelectorAll('details[data-document-panel]');
  for (var i = 0; i < panels.length; i++) panels[i].open = true;
})();
