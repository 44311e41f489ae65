/**
 * The document page's bar: its panels (facts, contents; <details>, see DocumentPanel.astro) and
 * the section being read. On a phone the bar stays at the top of the screen: choosing a place in
 * the contents closes the panel over the text, Escape closes it and returns to its summary, and the
 * bar names the section in view. public/panels.js opens the panels on a wide screen before paint.
 */
const WIDE = '(min-width: 60rem)';

function panels(): HTMLDetailsElement[] {
  return [...document.querySelectorAll<HTMLDetailsElement>('details[data-document-panel]')];
}

function installPanelBehaviour(): void {
  const wide = window.matchMedia(WIDE);
  wide.addEventListener('change', () => {
    // Printing narrows the page to the paper; the print stylesheet shows the facts anyway.
    if (window.matchMedia('print').matches) return;
    for (const panel of panels()) panel.open = wide.matches;
  });
  for (const panel of panels()) {
    panel.addEventListener('click', (event) => {
      if (wide.matches || !(event.target as HTMLElement).closest('a[href^="#"]')) return;
      panel.open = false;
    });
    panel.addEventListener('keydown', (event) => {
      if (event.key !== 'Escape' || wide.matches || !panel.open) return;
      panel.open = false;
      panel.querySelector('summary')?.focus();
    });
  }
  // One panel at a time on a phone: both open would cover the text.
  for (const panel of panels()) {
    panel.addEventListener('toggle', () => {
      if (wide.matches || !panel.open) return;
      for (const other of panels()) if (other !== panel) other.open = false;
    });
  }
}

/** The heading of the section the reader is in: the last whose top has passed the bar. */
function installCurrentSection(): void {
  const holder = document.querySelector<HTMLElement>('[data-current-section]');
  const bar = document.querySelector<HTMLElement>('.document-aside');
  const link = holder?.querySelector('a');
  if (!holder || !bar || !link) return;
  const headings = [...document.querySelectorAll<HTMLElement>('.document section.clause[data-path] > .clause__heading')];
  if (headings.length === 0) return;
  let shown: HTMLElement | null = null;
  const update = () => {
    // A heading just below the bar (where a followed link puts it: scroll-margin-top) is the one being read.
    const line = bar.getBoundingClientRect().bottom + 32;
    // Headings are in reading order, so their tops increase: binary search for the last above the line.
    let low = 0;
    let high = headings.length - 1;
    let found = -1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      if (headings[middle]!.getBoundingClientRect().top <= line) {
        found = middle;
        low = middle + 1;
      } else high = middle - 1;
    }
    const heading = found < 0 ? null : headings[found]!;
    if (heading === shown) return;
    shown = heading;
    holder.hidden = heading === null;
    if (!heading) return;
    const section = heading.parentElement!;
    const english = document.documentElement.dataset.read === 'en' ? heading.querySelector<HTMLElement>('.clause__title.lang-en') : null;
    const title = english ?? heading.querySelector<HTMLElement>('.clause__title.lang-vi');
    link.href = `#${section.id}`;
    link.lang = english ? 'en' : 'vi';
    link.textContent = `${section.dataset.path ?? ''} ${title?.textContent ?? ''}`.trim();
  };
  let queued = false;
  const schedule = () => {
    if (queued) return;
    queued = true;
    requestAnimationFrame(() => {
      queued = false;
      update();
    });
  };
  window.addEventListener('scroll', schedule, { passive: true });
  window.addEventListener('resize', schedule);
  document.addEventListener('reading-mode', () => {
    shown = null;
    update();
  });
  update();
}

export function installDocumentPanels(): void {
  installPanelBehaviour();
  installCurrentSection();
}
