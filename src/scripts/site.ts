/** Site-wide keyboard use: "/" focuses the search box, Esc leaves it. */
export function installSiteKeys(): void {
  const input = document.querySelector<HTMLInputElement>('#site-search-input');
  if (!input) return;
  document.addEventListener('keydown', (event) => {
    const target = event.target as HTMLElement | null;
    const typing = target !== null && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
    if (event.key === '/' && !typing && !event.ctrlKey && !event.metaKey && !event.altKey) {
      event.preventDefault();
      input.focus();
      input.select();
    } else if (event.key === 'Escape' && target === input) {
      input.blur();
    }
  });
}

/** A message in the reader's interface language. */
function say(vi: string, en: string): string {
  return document.documentElement.dataset.read === 'en' ? en : vi;
}

function announce(message: string): void {
  const status = document.getElementById('site-status');
  if (status) status.textContent = message;
}

/**
 * Copy-link controls are plain anchor links; with JavaScript a click also copies the clause's full
 * URL. Where the clipboard is unavailable the address bar still shows it.
 */
export function installCopyLinks(): void {
  document.addEventListener('click', (event) => {
    const link = (event.target as HTMLElement | null)?.closest<HTMLAnchorElement>('a[data-copy-link]');
    if (!link) return;
    const url = new URL(link.getAttribute('href') ?? '', window.location.href).href;
    if (!navigator.clipboard) {
      announce(say('Liên kết đã hiện trên thanh địa chỉ.', 'The link is in the address bar.'));
      return;
    }
    navigator.clipboard.writeText(url).then(
      () => {
        link.dataset.copied = 'true';
        announce(say('Đã sao chép liên kết.', 'Link copied.'));
        window.setTimeout(() => delete link.dataset.copied, 2000);
      },
      () => announce(say('Không sao chép được; liên kết đã hiện trên thanh địa chỉ.', 'Could not copy; the link is in the address bar.')),
    );
  });
}
