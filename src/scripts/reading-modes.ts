/**
 * The reader's language: Vietnamese, English, or both side by side (documents). It sets the
 * interface language too (both → Vietnamese interface), is remembered, and travels in the URL
 * (?lang=vi|en|both) so a link can set it. public/language.js applies it before the page paints.
 */
const MODES = ['vi', 'en', 'both'] as const;
export type Mode = (typeof MODES)[number];
const STORAGE_KEY = 'reading-mode';

function isMode(value: string | null | undefined): value is Mode {
  return value != null && (MODES as readonly string[]).includes(value);
}

export function currentMode(): Mode {
  const mode = document.documentElement.dataset.read;
  return isMode(mode) ? mode : 'vi';
}

/** Apply a mode to the page, remember it, and put it in the URL. */
export function setMode(mode: Mode): void {
  const root = document.documentElement;
  root.dataset.read = mode;
  root.lang = mode === 'en' ? 'en' : 'vi';
  try {
    localStorage.setItem(STORAGE_KEY, mode);
  } catch {
    // Not remembered (storage unavailable, e.g. some file:// pages); the URL still carries it.
  }
  const url = new URL(window.location.href);
  url.searchParams.set('lang', mode);
  history.replaceState(null, '', url);
  syncControls();
  document.dispatchEvent(new CustomEvent('reading-mode', { detail: mode }));
}

function syncControls(): void {
  const mode = currentMode();
  const radio = document.querySelector<HTMLInputElement>(`input[name="reading-mode"][value="${mode}"]`);
  if (radio) radio.checked = true;
  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-set-language]')) {
    button.setAttribute('aria-pressed', String(button.dataset.setLanguage === (mode === 'en' ? 'en' : 'vi')));
  }
  for (const input of document.querySelectorAll<HTMLInputElement>('input[data-placeholder-en]')) {
    input.dataset.placeholderVi ??= input.placeholder;
    input.placeholder = mode === 'en' ? input.dataset.placeholderEn! : input.dataset.placeholderVi;
  }
}

/** The document page's radio group: Vietnamese, English, side by side. */
export function installReadingModes(): void {
  const fieldset = document.querySelector<HTMLFieldSetElement>('[data-reading-modes]');
  if (!fieldset) return;
  syncControls();
  fieldset.addEventListener('change', (event) => {
    const value = (event.target as HTMLInputElement).value;
    if (isMode(value)) setMode(value);
  });
}

/** The header's interface-language buttons, on every page. */
export function installLanguageSwitch(): void {
  syncControls();
  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-set-language]')) {
    button.addEventListener('click', () => {
      const wanted = button.dataset.setLanguage === 'en' ? 'en' : 'vi';
      // Choosing Vietnamese while reading side by side keeps side by side.
      if (!(wanted === 'vi' && currentMode() === 'both')) setMode(wanted);
    });
  }
}
