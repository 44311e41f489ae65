/**
 * npm run bench:align: precision and recall of the "same topic in other documents" links against
 * the hand-written development gold (src/pipeline/align/fixtures/section-gold.json).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { alignEdition, loadOverrides, loadTopics } from '../src/pipeline/align/index.ts';
import { numberedSections } from '../src/pipeline/align/topics.ts';
import { buildAllDocuments, ROOT } from './build-content.ts';

interface Pair {
  a: { slug: string; id: string };
  b: { slug: string; id: string };
}

const gold = (JSON.parse(readFileSync(join(ROOT, 'src/pipeline/align/fixtures/section-gold.json'), 'utf8')) as { pairs: Pair[] }).pairs;
const unordered = (a: { slug: string; id: string }, b: { slug: string; id: string }) => [`${a.slug}#${a.id}`, `${b.slug}#${b.id}`].sort().join(' ~ ');

const { documents } = await buildAllDocuments();
const topics = loadTopics(readFileSync(join(ROOT, 'content/topics/topics.yaml'), 'utf8'), 'content/topics/topics.yaml');
const overridesFile = join(ROOT, 'content/topics/overrides.yaml');
const overrides = existsSync(overridesFile) ? loadOverrides(readFileSync(overridesFile, 'utf8'), 'content/topics/overrides.yaml', topics) : [];
const { sections } = alignEdition(documents, topics, overrides);

const predicted = new Set<string>();
for (const [key, section] of sections) {
  const [slug, id] = key.split('#') as [string, string];
  for (const other of section.related) predicted.add(unordered({ slug, id }, other));
}
const expected = new Set(gold.map((p) => unordered(p.a, p.b)));
const hits = [...predicted].filter((p) => expected.has(p)).length;
const precision = predicted.size === 0 ? 0 : hits / predicted.size;
const recall = hits / expected.size;
console.log(`bench:align: ${predicted.size} predicted links, ${expected.size} in the gold, ${hits} agree`);
console.log(`  precision ${precision.toFixed(3)} (target ≥ 0.9)   recall ${recall.toFixed(3)} (target ≥ 0.85)`);
const numbered = documents.flatMap((d) => numberedSections(d).map((c) => sections.get(`${d.slug}#${c.id}`)));
const assigned = numbered.filter((s) => (s?.topics.length ?? 0) > 0).length;
console.log(`  topics: ${assigned} of ${numbered.length} numbered sections assigned (${numbered.filter((s) => s?.source === 'reviewed').length} by review)`);
if (process.argv.includes('--verbose')) {
  for (const p of [...predicted].filter((p) => !expected.has(p))) console.log(`  extra: ${p}`);
  for (const p of [...expected].filter((p) => !predicted.has(p))) console.log(`  missed: ${p}`);
}
