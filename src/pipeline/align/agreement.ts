/**
 * How far the section links agree with a gold standard of matching sections: precision (the share
 * of links the gold has) and recall (the share of the gold's pairs linked). Shared by
 * `npm run bench:align` and the method page, which states the figure to readers.
 */
import type { SectionRef } from './related.ts';

/** A link or gold pair as one key, whichever way round it is written. */
export const pairKey = (a: SectionRef, b: SectionRef): string => [`${a.slug}#${a.id}`, `${b.slug}#${b.id}`].sort().join(' ~ ');

/** The pairs of a gold file (`{ pairs: [{ a, b }] }`, src/pipeline/align/fixtures/). */
export function goldPairs(json: string): Set<string> {
  return new Set((JSON.parse(json) as { pairs: { a: SectionRef; b: SectionRef }[] }).pairs.map((p) => pairKey(p.a, p.b)));
}

/** Every link of an alignment's sections (`slug#id` → related), each pair once. */
export function linkedPairs(sections: ReadonlyMap<string, { related: readonly SectionRef[] }>): Set<string> {
  const pairs = new Set<string>();
  for (const [key, section] of sections) {
    const [slug, id] = key.split('#') as [string, string];
    for (const other of section.related) pairs.add(pairKey({ slug, id }, other));
  }
  return pairs;
}

/** How many of `found` are in `expected`, as precision and recall. */
export function agreement(found: ReadonlySet<string>, expected: ReadonlySet<string>): { hits: number; precision: number; recall: number } {
  const hits = [...found].filter((p) => expected.has(p)).length;
  return { hits, precision: found.size === 0 ? 0 : hits / found.size, recall: expected.size === 0 ? 0 : hits / expected.size };
}
