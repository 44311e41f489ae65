/**
 * Search as readers type. Pagefind folds most diacritics but not đ/Đ (it has no Unicode
 * decomposition), so a query word typed with a plain d that could begin with đ is also searched
 * with đ; and a query typed with diacritics ranks the clauses that contain it exactly first.
 */

import { foldKey } from '../text/fold.ts';

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
  /** For a cited document's record: the number it goes by ("20" of 20-NQ/TW). */
  numbers?: string;
  /** For a cited document's record: the names it goes by ("nghi quyet 20", "luat hop tac xa"), folded, `|`-separated. */
  names?: string;
}

/** The numbers a query names ("nghi quyet 20" → 20, "340/QD-TTg" → 340), leading zeros aside. */
export function queryNumbers(query: string): Set<string> {
  return new Set([...query.matchAll(/(?<!\d)\d+(?!\d)/g)].map((m) => String(Number(m[0]))));
}

/** A name as the ranking compares it: marks folded (đ too), lower case, words apart. */
export function nameKey(text: string): string {
  return foldKey(text).replace(/[^a-z0-9]+/g, ' ').trim();
}

/**
 * Where a result stands before its score counts: a cited document whose number the query names
 * first, as a reader who types a number looks for that document; then one the query names by name
 * or description, the longest name first ("luat hop tac xa 2023" before "luat hop tac xa"); then
 * the clauses; and last a cited document the query only shares words with ("hop tac xa" is not a
 * search for the Law on Cooperatives).
 */
function tier(result: { numbers?: string; names?: string }, numbers: ReadonlySet<string>, query: string): number {
  if (result.numbers === undefined && result.names === undefined) return 2;
  if ((result.numbers ?? '').split(' ').some((n) => n !== '' && numbers.has(String(Number(n))))) return 0;
  const named = (result.names ?? '').split('|').filter((name) => name !== '' && ` ${query} `.includes(` ${name} `));
  if (named.length > 0) return 1 - Math.max(...named.map((n) => n.length)) / 1000;
  return 3;
}

/**
 * Order merged results: by tier (above), then exact diacritic matches first when the query has
 * diacritics, then by score.
 */
export function rank<T>(results: Scored<T>[], query: string): T[] {
  const exactFirst = hasDiacritics(query);
  const numbers = queryNumbers(query);
  const key = nameKey(query);
  return [...results]
    .sort((a, b) => {
      const byTier = tier(a, numbers, key) - tier(b, numbers, key);
      if (byTier !== 0) return byTier;
      if (exactFirst) {
        const difference = Number(containsExactly(b.text, query)) - Number(containsExactly(a.text, query));
        if (difference !== 0) return difference;
      }
      return b.score - a.score;
    })
    .map((r) => r.item);
}
