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
  const title = document.querySelector<HTMLTitleElement>('title[data-en]');
  if (title) document.title = (mode === 'en' ? title.dataset.en : title.dataset.vi) ?? document.title;
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

const TERM_MARKS_KEY = 'term-marks';

/** Whether the reader has switched glossary marks off. */
export function termMarksOff(): boolean {
  return document.documentElement.dataset.terms === 'off';
}

/**
 * Glossary marks on or off: remembered, and applied to the page (public/language.js applies the
 * remembered choice before paint). Unmarked terms also leave the keyboard's tab order: a reader who
 * switched them off should not have to tab through them.
 */
function applyTermMarks(on: boolean): void {
  const root = document.documentElement;
  if (on) delete root.dataset.terms;
  else root.dataset.terms = 'off';
  for (const term of document.querySelectorAll<HTMLAnchorElement>('a.term')) {
    if (on) term.removeAttribute('tabindex');
    else term.tabIndex = -1;
  }
  for (const box of document.querySelectorAll<HTMLInputElement>('input[data-term-marks]')) box.checked = on;
}

/** The document page's "mark glossary terms" checkbox. */
export function installTermMarksToggle(): void {
  const boxes = document.querySelectorAll<HTMLInputElement>('input[data-term-marks]');
  if (boxes.length === 0) return;
  applyTermMarks(!termMarksOff());
  for (const box of boxes) {
    box.addEventListener('change', () => {
      applyTermMarks(box.checked);
      try {
        if (box.checked) localStorage.removeItem(TERM_MARKS_KEY);
        else localStorage.setItem(TERM_MARKS_KEY, 'off');
      } catch {
        // Not remembered where storage is unavailable; the page still follows the box.
      }
      document.dispatchEvent(new CustomEvent('term-marks', { detail: box.checked }));
    });
  }
}
