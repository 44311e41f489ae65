/**
 * Search as readers type. Pagefind folds most diacritics but not đ/Đ (it has no Unicode
 * decomposition), so a query word typed with a plain d that could begin with đ is also searched
 * with đ; and a query typed with diacritics ranks the clauses that contain it exactly first.
 */

/** Query words that may stand for đ-words: plain ASCII words starting with d. */
const MAX_VARIANT_WORDS = 3;

/**
 * Readers type the abbreviations the documents use (HTX, THT, UBND) for the words they abbreviate,
 * and the other way round: a query word that is a known abbreviation is also searched written out.
 */
export function expandAbbreviations(query: string, abbreviations: Readonly<Record<string, string>>): string[] {
  const words = query.trim().split(/\s+/).filter(Boolean);
  const expanded = words.map((w) => abbreviations[w.toUpperCase()] ?? w);
  const variant = expanded.join(' ');
  return variant === words.join(' ') ? [query] : [query, variant];
}

export function queryVariants(query: string, abbreviations: Readonly<Record<string, string>> = {}): string[] {
  return [...new Set(expandAbbreviations(query, abbreviations).flatMap(dVariants))];
}

function dVariants(query: string): string[] {
  const words = query.trim().split(/\s+/).filter(Boolean);
  const positions = words.map((w, i) => (/^[dD][a-zA-Z]*$/.test(w) ? i : -1)).filter((i) => i >= 0).slice(0, MAX_VARIANT_WORDS);
  const variants: string[] = [];
  for (let mask = 0; mask < 1 << positions.length; mask++) {
    const variant = words.map((w, i) => {
      const bit = positions.indexOf(i);
      if (bit < 0 || !(mask & (1 << bit))) return w;
      return (w[0] === 'D' ? 'Đ' : 'đ') + w.slice(1);
    });
    variants.push(variant.join(' '));
  }
  return variants.length > 0 ? variants : [query];
}

/** Whether the query carries Vietnamese marks (or đ): then exact matches rank first. */
export function hasDiacritics(query: string): boolean {
  return /[^\x00-\x7F]/.test(query.normalize('NFC'));
}

/** Whether a text contains every word of the query exactly, marks included (case aside). */
export function containsExactly(text: string, query: string): boolean {
  const haystack = ` ${text.normalize('NFC').toLocaleLowerCase('vi').replace(/[^\p{L}\p{N}]+/gu, ' ')} `;
  const words = query.normalize('NFC').toLocaleLowerCase('vi').split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  return words.length > 0 && words.every((w) => haystack.includes(` ${w} `));
}

export interface Scored<T> {
  item: T;
  score: number;
  text: string;
}

/** Order merged results: exact diacritic matches first when the query has diacritics, then by score. */
export function rank<T>(results: Scored<T>[], query: string): T[] {
  const exactFirst = hasDiacritics(query);
  return [...results]
    .sort((a, b) => {
      if (exactFirst) {
        const difference = Number(containsExactly(b.text, query)) - Number(containsExactly(a.text, query));
        if (difference !== 0) return difference;
      }
      return b.score - a.score;
    })
    .map((r) => r.item);
}
