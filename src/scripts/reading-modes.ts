/** Remember the reader's language choice and carry it in the URL, so a link can set it. */
const MODES = ['vi', 'en', 'both'] as const;
type Mode = (typeof MODES)[number];
const STORAGE_KEY = 'reading-mode';

function isMode(value: string | null): value is Mode {
  return value !== null && (MODES as readonly string[]).includes(value);
}

function storedMode(): Mode | null {
  try {
    const value = localStorage.getItem(STORAGE_KEY);
    return isMode(value) ? value : null;
  } catch {
    return null; // storage may be unavailable (privacy modes, file://)
  }
}

export function installReadingModes(): void {
  const fieldset = document.querySelector<HTMLFieldSetElement>('[data-reading-modes]');
  if (!fieldset) return;
  const fromUrl = new URLSearchParams(window.location.search).get('lang');
  const initial: Mode = isMode(fromUrl) ? fromUrl : (storedMode() ?? 'vi');
  const radio = fieldset.querySelector<HTMLInputElement>(`input[value="${initial}"]`);
  if (radio) radio.checked = true;
  fieldset.addEventListener('change', (event) => {
    const value = (event.target as HTMLInputElement).value;
    if (!isMode(value)) return;
    try {
      localStorage.setItem(STORAGE_KEY, value);
    } catch {
      // Not remembered; the URL still carries it.
    }
    const url = new URL(window.location.href);
    url.searchParams.set('lang', value);
    history.replaceState(null, '', url);
  });
}
