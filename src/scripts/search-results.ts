/**
 * How a search hit and the result count are shown, shared by the site's search (Pagefind) and the
 * offline copy's own search, so that both read and announce the same way.
 */
import { bilingual, element } from './dom.ts';

/** Whether the reader is reading in English (the interface follows the reading language). */
export const readingEnglish = (): boolean => document.documentElement.dataset.read === 'en';

export interface ResultView {
  href: string;
  /** Language of the clause text the hit is in. */
  lang: 'vi' | 'en';
  /** The clause's place and heading ("III › 2 — Chính sách đất đai"), or the document if it has none. */
  place: string;
  /** The place's language where it is not the hit's (a document label with no English). */
  placeLang?: 'vi' | 'en';
  /** The document's short label, in Vietnamese and (null where none is known yet) in English. */
  documentTitle: { vi: string; en: string | null };
  /** The excerpt, as text and <mark> nodes. */
  excerpt: Node[];
  /** A visible language badge ("VI"/"EN") with its full name as title. */
  badge?: { text: string; title: string };
}

/** A hit's place: its clause number and heading, else the document's label in the hit's language where there is one. */
export function resultPlace(clause: string, heading: string, lang: 'vi' | 'en', title: { vi: string; en: string | null }): { place: string; placeLang: 'vi' | 'en' } {
  const own = [clause, heading].filter(Boolean).join(' — ');
  if (own) return { place: own, placeLang: lang };
  return lang === 'en' && title.en ? { place: title.en, placeLang: 'en' } : { place: title.vi, placeLang: 'vi' };
}

export function resultItem(view: ResultView): HTMLLIElement {
  const item = element('li', { className: 'search-result' });
  if (view.badge) {
    const badge = element('span', { className: 'search-result__lang', text: view.badge.text });
    badge.title = view.badge.title;
    item.append(badge, ' ');
  }
  const link = element('a', { className: 'search-result__link', lang: view.placeLang ?? view.lang, text: view.place });
  link.href = view.href;
  item.append(
    link,
    element('p', { className: 'search-result__document' }, ...bilingual(view.documentTitle.vi, view.documentTitle.en)),
    element('p', { className: 'search-result__excerpt', lang: view.lang }, ...view.excerpt),
  );
  return item;
}

/** The announced count: "12 kết quả cho “…”." / "1 result for “…”.", or that there are none. */
export function countText(query: string, total: number): string {
  if (readingEnglish()) return total === 0 ? `No results for “${query}”.` : `${total} result${total === 1 ? '' : 's'} for “${query}”.`;
  return total === 0 ? `Không có kết quả cho “${query}”.` : `${total} kết quả cho “${query}”.`;
}
