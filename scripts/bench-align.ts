/**
 * npm run bench:align: precision and recall of the "same topic in other documents" links against
 * the development gold (src/pipeline/align/fixtures/section-gold.json, where the targets apply)
 * and against each annotator's own gold, so the figures show how much they depend on who judged;
 * annotator C's gold was written after the rules and never used to develop them: the held-out figure.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readTopicData } from '../src/lib/documents.ts';
import { agreement, goldPairs, linkedPairs } from '../src/pipeline/align/agreement.ts';
import { alignEdition } from '../src/pipeline/align/index.ts';
import { numberedSections } from '../src/pipeline/align/topics.ts';
import { buildAllDocuments, ROOT } from './build-content.ts';

const FIXTURES = join(ROOT, 'src/pipeline/align/fixtures');
const [development, annotatorA, annotatorB, annotatorC] = ['section-gold.json', 'section-gold-annotator-a.json', 'section-gold-annotator-b.json', 'section-gold-annotator-c.json'].map((file) => goldPairs(readFileSync(join(FIXTURES, file), 'utf8'))) as [
  Set<string>,
  Set<string>,
  Set<string>,
  Set<string>,
];
const GOLDS = [
  { pairs: development, label: 'development gold (adjudicated A + B)', target: true },
  { pairs: annotatorA, label: 'annotator A alone', target: false },
  { pairs: annotatorB, label: 'annotator B alone (wrote it without seeing the code or A)', target: false },
  { pairs: annotatorC, label: 'annotator C, held out (written after the rules, never used to develop them)', target: false },
];

const { documents } = await buildAllDocuments();
const { sections } = alignEdition(documents, readTopicData(ROOT));

const predicted = linkedPairs(sections);

console.log(`bench:align: ${predicted.size} predicted links`);
for (const { pairs: expected, label, target } of GOLDS) {
  const { hits, precision, recall } = agreement(predicted, expected);
  const targets = target ? ` (targets ≥ 0.9 / ≥ 0.85: ${precision >= 0.9 && recall >= 0.85 ? 'met' : 'NOT met'})` : '';
  console.log(`  ${label}: ${expected.size} pairs, ${hits} agree — precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)}${targets}`);
  if (target && process.argv.includes('--verbose')) {
    for (const p of [...predicted].filter((p) => !expected.has(p))) console.log(`    extra: ${p}`);
    for (const p of [...expected].filter((p) => !predicted.has(p))) console.log(`    missed: ${p}`);
  }
}
// Many gold pairs join one section to several of another document (a chapter on the Front and the
// Alliance to both; a policy point to four agencies' tasks): a linker that gives each section at most
// one counterpart per document can reach at most a maximum matching of each document pair's pairs.
{
  const expected = [...development].map((p) => p.split(' ~ ') as [string, string]);
  const byDocuments = Map.groupBy(expected, ([a, b]) => `${a.split('#')[0]} ${b.split('#')[0]}`);
  let reachable = 0;
  for (const pairs of byDocuments.values()) reachable += maximumMatching(pairs);
  console.log(`  one counterpart per section and document could agree on at most ${reachable} of the development gold's ${expected.length} pairs (recall ≤ ${(reachable / expected.length).toFixed(3)})`);
}

/** Size of a maximum matching in a bipartite graph given as edges (augmenting paths). */
function maximumMatching(edges: readonly [string, string][]): number {
  const next = Map.groupBy(edges, ([a]) => a);
  const partner = new Map<string, string>();
  const augment = (a: string, seen: Set<string>): boolean => {
    for (const [, b] of next.get(a) ?? []) {
      if (seen.has(b)) continue;
      seen.add(b);
      const current = partner.get(b);
      if (current === undefined || augment(current, seen)) {
        partner.set(b, a);
        return true;
      }
    }
    return false;
  };
  let size = 0;
  for (const a of next.keys()) if (augment(a, new Set())) size++;
  return size;
}

// How far people reading the same texts agree: one annotator's gold scored against another's.
for (const [x, y, first, second] of [
  ['A', 'B', annotatorA, annotatorB],
  ['A', 'C', annotatorA, annotatorC],
  ['B', 'C', annotatorB, annotatorC],
] as const) {
  const { hits, precision, recall } = agreement(first, second);
  console.log(`  annotators ${x} and ${y}: ${hits} pairs in common of ${first.size} and ${second.size} (${x} against ${y}: precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)})`);
}
const numbered = documents.flatMap((d) => numberedSections(d).map((c) => sections.get(`${d.slug}#${c.id}`)));
const assigned = numbered.filter((s) => (s?.topics.length ?? 0) > 0).length;
const linked = numbered.filter((s) => (s?.related.length ?? 0) > 0).length;
console.log(`  topics: ${assigned} of ${numbered.length} numbered sections assigned (${numbered.filter((s) => s?.source === 'reviewed').length} by review); ${linked} have links`);
