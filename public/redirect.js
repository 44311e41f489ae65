// A published address that moved (content/redirects.json): forward to the new place, keeping the
// clause the link named. The same logic as src/scripts/redirects.ts, as a classic script for the
// static pages left at moved addresses.
(function () {
  var data = document.getElementById('clause-redirects');
  if (!data) return;
  var map = JSON.parse(data.textContent || '{}');
  var id = decodeURIComponent(window.location.hash.slice(1));
  if (id !== '' && document.getElementById(id)) return;
  var target = map[id] || map[''];
  if (target) window.location.replace(target);
})();
