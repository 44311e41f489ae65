/**
 * Search for the offline copy: Pagefind cannot run from file://, so the offline edition carries its
 * own index (a classic script with every clause's text) and this small matcher. Like the site's
 * search it folds diacritics, đ included, and ranks exact diacritic matches first.
 */
import { foldKey } from '../text/fold.ts';
import { containsExactly, hasDiacritics } from './query.ts';

export interface OfflineRecord {
  /** Root-relative URL: `documents/<slug>/index.html#<id>`. */
  url: string;
  lang: 'vi' | 'en';
  /** The document's label, in Vietnamese and (where known) in English. */
  title: string;
  titleEn: string | null;
  clause: string;
  heading: string;
  text: string;
}

export interface OfflineHit {
  record: OfflineRecord;
  score: number;
  /** The text around the first match, and where the matched words stand in it. */
  excerpt: { text: string; marks: [number, number][] };
}

const words = (text: string) => foldKey(text).split(/[^a-z0-9]+/).filter(Boolean);

/**
 * Records containing every query word (the last may be a prefix, as the reader is still typing),
 * most matches first; exact diacritic matches first when the query has diacritics.
 */
export function searchOffline(records: readonly OfflineRecord[], query: string, limit = 20): OfflineHit[] {
  const terms = words(query);
  if (terms.length === 0) return [];
  const exactFirst = hasDiacritics(query);
  const hits: OfflineHit[] = [];
  for (const record of records) {
    const tokens = words(`${record.heading} ${record.text}`);
    let score = 0;
    let all = true;
    terms.forEach((term, i) => {
      const last = i === terms.length - 1;
      const count = tokens.filter((t) => t === term || (last && t.startsWith(term))).length;
      if (count === 0) all = false;
      score += count;
    });
    if (!all) continue;
    if (exactFirst && containsExactly(`${record.heading} ${record.text}`, query)) score += 1000;
    hits.push({ record, score: score / Math.sqrt(tokens.length + 1), excerpt: excerptOf(record.text || record.heading, terms) });
  }
  return hits.sort((a, b) => b.score - a.score).slice(0, limit);
}

/**
 * Folding maps each precomposed Vietnamese letter to one letter, so positions in the folded text
 * are positions in the original (the texts are NFC).
 */
function excerptOf(text: string, terms: readonly string[]): OfflineHit['excerpt'] {
  const folded = foldKey(text);
  const sameLength = folded.length === text.length;
  const marks: [number, number][] = [];
  for (const term of terms) {
    const pattern = new RegExp(`(?<![a-z0-9])${term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}[a-z0-9]*`, 'g');
    for (const match of folded.matchAll(pattern)) marks.push([match.index, match.index + match[0].length]);
  }
  marks.sort((a, b) => a[0] - b[0]);
  const first = marks[0]?.[0] ?? 0;
  const start = Math.max(0, first - 60);
  const end = Math.min(text.length, start + 240);
  return {
    text: `${start > 0 ? '…' : ''}${text.slice(start, end)}${end < text.length ? '…' : ''}`,
    marks: sameLength ? marks.filter(([a, b]) => a >= start && b <= end).map(([a, b]) => [a - start + (start > 0 ? 1 : 0), b - start + (start > 0 ? 1 : 0)]) : [],
  };
}
