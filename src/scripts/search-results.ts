/**
 * How a search hit and the result count are shown, shared by the site's search (Pagefind) and the
 * offline copy's own search, so that both read and announce the same way.
 */

/** Whether the reader is reading in English (the interface follows the reading language). */
export const readingEnglish = (): boolean => document.documentElement.dataset.read === 'en';

export interface ResultView {
  href: string;
  /** Language of the clause text the hit is in. */
  lang: 'vi' | 'en';
  /** The clause's place and heading ("III › 2 — Chính sách đất đai"), or the document if it has none. */
  place: string;
  /** The document's short title (Vietnamese). */
  documentTitle: string;
  /** The excerpt, as text and <mark> nodes. */
  excerpt: Node[];
  /** A visible language badge ("VI"/"EN") with its full name as title. */
  badge?: { text: string; title: string };
}

export function resultItem(view: ResultView): HTMLLIElement {
  const item = document.createElement('li');
  item.className = 'search-result';
  const link = document.createElement('a');
  link.href = view.href;
  link.className = 'search-result__link';
  link.textContent = view.place;
  link.lang = view.lang;
  const documentLine = document.createElement('p');
  documentLine.className = 'search-result__document';
  documentLine.lang = 'vi';
  documentLine.textContent = view.documentTitle;
  const excerpt = document.createElement('p');
  excerpt.className = 'search-result__excerpt';
  excerpt.lang = view.lang;
  excerpt.append(...view.excerpt);
  if (view.badge) {
    const badge = document.createElement('span');
    badge.className = 'search-result__lang';
    badge.textContent = view.badge.text;
    badge.title = view.badge.title;
    item.append(badge, ' ');
  }
  item.append(link, documentLine, excerpt);
  return item;
}

/** The announced count: "12 kết quả cho “…”." / "1 result for “…”.", or that there are none. */
export function countText(query: string, total: number): string {
  if (readingEnglish()) return total === 0 ? `No results for “${query}”.` : `${total} result${total === 1 ? '' : 's'} for “${query}”.`;
  return total === 0 ? `Không có kết quả cho “${query}”.` : `${total} kết quả cho “${query}”.`;
}
