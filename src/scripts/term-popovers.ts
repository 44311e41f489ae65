/**
 * Glossary popovers: hovering or focusing a term shows its English and definition. The popover
 * stays while the pointer is on the term or on the popover, closes with Esc, and is tied to the
 * term with aria-describedby so screen readers announce it after the term. On a touch screen the
 * first tap on a term shows its popover and a second follows its link to the glossary; a tap
 * elsewhere closes it. With the marks switched off (reading-modes.ts) no popover opens.
 */
import { bilingual, element } from './dom.ts';
import { termMarksOff } from './reading-modes.ts';

interface TermData {
  vi: string;
  en: string;
  definition: string;
}

const HIDE_DELAY_MS = 250;

export function installTermPopovers(): void {
  const source = document.getElementById('glossary-data');
  const popover = document.getElementById('term-popover');
  if (!source || !popover) return;
  const terms = JSON.parse(source.textContent ?? '{}') as Record<string, TermData>;
  let current: HTMLAnchorElement | null = null;
  let hideTimer = 0;

  function show(term: HTMLAnchorElement): void {
    const data = terms[term.dataset.term ?? ''];
    if (!data || termMarksOff()) return;
    window.clearTimeout(hideTimer);
    if (current && current !== term) current.removeAttribute('aria-describedby');
    current = term;
    const link = element('a', {}, ...bilingual('Bảng thuật ngữ', 'Glossary'));
    link.href = term.href;
    popover!.replaceChildren(element('p', { className: 'term-popover__title', lang: 'en', text: data.en }), element('p', { lang: 'en', text: data.definition }), link);
    popover!.hidden = false;
    term.setAttribute('aria-describedby', 'term-popover');
    const box = term.getBoundingClientRect();
    const width = Math.min(320, window.innerWidth - 16);
    popover!.style.width = `${width}px`;
    popover!.style.left = `${Math.max(8, Math.min(box.left + window.scrollX, window.scrollX + window.innerWidth - width - 8))}px`;
    popover!.style.top = `${box.bottom + window.scrollY + 6}px`;
  }

  function hide(): void {
    popover!.hidden = true;
    current?.removeAttribute('aria-describedby');
    current = null;
  }

  function hideSoon(): void {
    window.clearTimeout(hideTimer);
    hideTimer = window.setTimeout(hide, HIDE_DELAY_MS);
  }

  const termOf = (target: EventTarget | null) => (target as HTMLElement | null)?.closest?.<HTMLAnchorElement>('a.term[data-term]') ?? null;
  document.addEventListener('mouseover', (event) => {
    const term = termOf(event.target);
    if (term) show(term);
    else if ((event.target as HTMLElement).closest?.('#term-popover')) window.clearTimeout(hideTimer);
  });
  document.addEventListener('mouseout', (event) => {
    if (termOf(event.target) || (event.target as HTMLElement).closest?.('#term-popover')) hideSoon();
  });
  document.addEventListener('focusin', (event) => {
    const term = termOf(event.target);
    if (term) show(term);
    else if (!(event.target as HTMLElement).closest?.('#term-popover')) hide();
  });
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && !popover!.hidden) hide();
  });
  // Touch: whether this tap's term already had its popover open before the tap (a tap also sends
  // mouseover, which opens it, before the click).
  let touchOnOpenTerm: boolean | null = null;
  document.addEventListener('pointerdown', (event) => {
    if (event.pointerType !== 'touch') {
      touchOnOpenTerm = null;
      return;
    }
    const term = termOf(event.target);
    touchOnOpenTerm = term !== null && term === current && !popover!.hidden;
    if (!term && !(event.target as HTMLElement).closest?.('#term-popover')) hide();
  });
  document.addEventListener('click', (event) => {
    const term = termOf(event.target);
    if (!term || touchOnOpenTerm !== false || termMarksOff()) return;
    event.preventDefault();
    show(term);
  });
  document.addEventListener('term-marks', hide);
}
