/**
 * npm run bench: how long the whole build takes (seeds → searchable site) and each of its parts.
 * Prints figures; asserts nothing. Stage timings are the median of repeated in-process runs.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { validateCatalogue } from '../src/pipeline/catalogue.ts';
import { documentToMdx } from '../src/pipeline/emit/mdx.ts';
import { documentExport } from '../src/pipeline/emit/json.ts';
import { ingest } from '../src/pipeline/ingest/index.ts';
import { structure } from '../src/pipeline/structure/index.ts';
import { loadRestoreStage } from '../src/pipeline/restore-stage.ts';
import { syllables } from '../src/pipeline/text/syllables.ts';
import { ROOT, SEEDS_DIR, seedFiles } from './build-content.ts';

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function timeCommand(label: string, command: string, args: string[]): number {
  const started = performance.now();
  const result = spawnSync(command, args, { cwd: ROOT, encoding: 'utf8', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
  const seconds = (performance.now() - started) / 1000;
  if (result.status !== 0) throw new Error(`${label} failed:\n${result.stdout}\n${result.stderr}`);
  return seconds;
}

const ROUNDS = 15;
const files = seedFiles();
const catalogue = validateCatalogue(JSON.parse(readFileSync(join(ROOT, 'content', 'catalogue.json'), 'utf8')), files);
const bytes = catalogue.map((e) => ({ ...e, bytes: readFileSync(join(SEEDS_DIR, e.source)) }));
const restore = await loadRestoreStage();
const totalSyllables = bytes.reduce((n, e) => n + syllables(e.bytes.toString('utf8')).length, 0);

const stageTimes: Record<string, number[]> = { ingest: [], restore: [], structure: [], 'emit (MDX + JSON)': [] };
for (let round = 0; round < ROUNDS; round++) {
  const totals = { ingest: 0, restore: 0, structure: 0, emit: 0 };
  for (const entry of bytes) {
    let t = performance.now();
    const ingested = ingest(entry.bytes, entry.source);
    totals.ingest += performance.now() - t;
    t = performance.now();
    const restored = restore(ingested);
    totals.restore += performance.now() - t;
    t = performance.now();
    const document = structure(restored.text, entry.slug, restored.restored);
    totals.structure += performance.now() - t;
    t = performance.now();
    documentToMdx(document);
    JSON.stringify(documentExport(document));
    totals.emit += performance.now() - t;
  }
  stageTimes.ingest!.push(totals.ingest);
  stageTimes.restore!.push(totals.restore);
  stageTimes.structure!.push(totals.structure);
  stageTimes['emit (MDX + JSON)']!.push(totals.emit);
}

console.log(`bench: ${bytes.length} documents, ${totalSyllables} source syllables, stage medians over ${ROUNDS} rounds`);
for (const [stage, times] of Object.entries(stageTimes)) console.log(`  ${stage.padEnd(20)} ${median(times).toFixed(1).padStart(8)} ms`);

const content = timeCommand('content', process.execPath, ['scripts/build-content.ts']);
const astro = timeCommand('astro build', process.execPath, ['node_modules/astro/bin/astro.mjs', 'build']);
const search = timeCommand('search index', process.execPath, ['scripts/build-search-index.ts']);
console.log('whole build (seeds → searchable site in dist/):');
console.log(`  content (seeds → MDX) ${content.toFixed(2).padStart(7)} s`);
console.log(`  astro build           ${astro.toFixed(2).padStart(7)} s`);
console.log(`  pagefind index        ${search.toFixed(2).padStart(7)} s`);
console.log(`  total                 ${(content + astro + search).toFixed(2).padStart(7)} s`);
