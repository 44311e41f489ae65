/**
 * Links are forever: a reader who arrives with a published anchor that has since moved (or at a
 * moved document) is forwarded to its new place, as content/redirects.json records.
 */
export function followRedirects(): void {
  const data = document.getElementById('clause-redirects');
  if (!data) return;
  const map = JSON.parse(data.textContent ?? '{}') as Record<string, string>;
  const id = decodeURIComponent(window.location.hash.slice(1));
  if (id !== '' && document.getElementById(id)) return;
  const target = map[id] ?? map[''];
  if (target) window.location.replace(target);
}
