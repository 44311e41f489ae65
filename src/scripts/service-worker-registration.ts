/**
 * The installable edition's service worker (/sw.js, built by scripts/build-service-worker.ts) is
 * registered on every page once it has loaded. A new edition's worker waits until no page of the
 * old one is open and takes over at the next visit, so a page and its files always come from one
 * build (see the worker).
 */
export function registerServiceWorker(): void {
  if (!('serviceWorker' in navigator) || location.protocol === 'file:') return;
  window.addEventListener('load', () => {
    navigator.serviceWorker.register('/sw.js', { scope: '/' }).catch(() => {
      // No worker (private mode, blocked storage): the site works online as before.
    });
  });
}
