/**
 * npm run bench: how long the whole build takes (seeds → searchable site) and each of its parts.
 * Prints figures; asserts nothing. Stage timings are the median of repeated in-process runs.
 */
import { spawnSync } from 'node:child_process';
import { gzipSync } from 'node:zlib';
import { launchBrowser } from '../tests/support/browser.ts';
import { serveStatic } from '../tests/support/static-server.ts';
import { copyProject } from '../tests/support/project-copy.ts';
import { copyFileSync, existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { validateCatalogue } from '../src/pipeline/catalogue.ts';
import { documentToMdx } from '../src/pipeline/emit/mdx.ts';
import { documentExport } from '../src/pipeline/emit/json.ts';
import { documentLabels } from '../src/i18n/document-labels.ts';
import { readLabelTables } from '../src/lib/documents.ts';
import { ingest } from '../src/pipeline/ingest/index.ts';
import { structure } from '../src/pipeline/structure/index.ts';
import { loadRestoreStage } from '../src/pipeline/restore-stage.ts';
import { syllables } from '../src/pipeline/text/syllables.ts';
import { ROOT, SEEDS_DIR, seedFiles } from './build-content.ts';
import { editionSizes, planEdition } from './build-service-worker.ts';
import { EPUB_FOLDER } from '../src/lib/epubs.ts';

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
const labelTables = readLabelTables(ROOT);
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
    JSON.stringify(documentExport(document, documentLabels(document, labelTables)));
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
const redirects = timeCommand('redirect pages', process.execPath, ['scripts/build-redirects.ts']);
const search = timeCommand('search index', process.execPath, ['scripts/build-search-index.ts']);
const epubs = timeCommand('epubs', process.execPath, ['scripts/build-epubs.ts']);
const offline = timeCommand('offline copy', process.execPath, ['scripts/build-offline.ts']);
const serviceWorker = timeCommand('service worker', process.execPath, ['scripts/build-service-worker.ts']);
console.log('whole build (seeds → searchable site in dist/):');
console.log(`  content (seeds → MDX) ${content.toFixed(2).padStart(7)} s`);
console.log(`  astro build           ${astro.toFixed(2).padStart(7)} s`);
console.log(`  redirect pages        ${redirects.toFixed(2).padStart(7)} s`);
console.log(`  pagefind index        ${search.toFixed(2).padStart(7)} s`);
console.log(`  EPUBs                 ${epubs.toFixed(2).padStart(7)} s`);
console.log(`  offline copy          ${offline.toFixed(2).padStart(7)} s`);
console.log(`  service worker        ${serviceWorker.toFixed(2).padStart(7)} s`);
console.log(`  total                 ${(content + astro + redirects + search + epubs + offline + serviceWorker).toFixed(2).padStart(7)} s`);

// What "Save for offline reading" downloads (the worker's shell and the edition), per language choice.
{
  const sizes = editionSizes(await planEdition(join(ROOT, 'dist')));
  const mb = (n: number) => (n / 1024 / 1024).toFixed(2).padStart(6);
  console.log('offline download ("Save for offline reading", shell included; MB as stored, and gzip as a compressing host sends it):');
  for (const [choice, size] of Object.entries(sizes)) console.log(`  ${choice.padEnd(5)} ${String(size.files).padStart(5)} files ${mb(size.bytes)} MB  (gzip ${mb(size.gzip)} MB)`);
}

{
  const folder = join(ROOT, 'dist', EPUB_FOLDER);
  const files = readdirSync(folder).sort();
  console.log(`EPUB sizes (dist/${EPUB_FOLDER}/, KB; already compressed):`);
  console.log(`  ${'book'.padEnd(36)} ${'vi'.padStart(7)} ${'en'.padStart(7)} ${'vi-en'.padStart(7)}`);
  const stems = [...new Set(files.map((name) => name.replace(/\.(vi|en|vi-en)\.epub$/, '')))];
  for (const stem of stems) {
    const kb = (language: string) => {
      const file = join(folder, `${stem}.${language}.epub`);
      return (existsSync(file) ? (statSync(file).size / 1024).toFixed(1) : '—').padStart(7);
    };
    console.log(`  ${stem.padEnd(36)} ${kb('vi')} ${kb('en')} ${kb('vi-en')}`);
  }
  const total = files.reduce((sum, name) => sum + statSync(join(folder, name)).size, 0);
  console.log(`  ${files.length} EPUBs, ${(total / 1024).toFixed(0)} KB in all`);
}

// ---------------------------------------------------------------------------------------------
// Page weight: what each page type sends before any interaction (gzip), measured in Chromium.

const PAGE_TYPES: [string, string][] = [
  ['home', '/'],
  ['document', '/documents/binh-thuan-1698-kh-ubnd-2021/'],
  ['restored document', '/documents/an-giang-17-ctr-tu-2026/'],
  ['glossary', '/glossary/'],
  ['search', '/search/'],
  ['404', '/khong-co/'],
];

{
  const server = await serveStatic(join(ROOT, 'dist'));
  const browser = await launchBrowser();
  console.log('page weight before interaction (gzip, KB):');
  console.log(`  ${'page type'.padEnd(20)} ${'HTML'.padStart(7)} ${'CSS'.padStart(7)} ${'JS'.padStart(7)}`);
  for (const [name, path] of PAGE_TYPES) {
    const page = await browser.newPage();
    const sizes = { html: 0, css: 0, js: 0 };
    const pending: Promise<void>[] = [];
    page.on('response', (response) => {
      const type = response.request().resourceType();
      const kind = type === 'document' ? 'html' : type === 'stylesheet' ? 'css' : type === 'script' ? 'js' : null;
      if (!kind) return;
      pending.push(
        response.body().then(
          (body) => void (sizes[kind] += gzipSync(body).length),
          () => undefined, // a response without a body (redirect) weighs nothing
        ),
      );
    });
    await page.goto(`${server.url}${path}`);
    await page.waitForLoadState('networkidle');
    await Promise.all(pending);
    const kb = (n: number) => (n / 1024).toFixed(1).padStart(7);
    console.log(`  ${name.padEnd(20)} ${kb(sizes.html)} ${kb(sizes.css)} ${kb(sizes.js)}`);
    await page.close();
  }
  console.log('  (budget: JavaScript before interaction ≤ 30 KB gzip on a document page)');
  await browser.close();
  await server.close();
}

// ---------------------------------------------------------------------------------------------
// Scale: the whole build on generated corpora of 50 and 200 documents (variants of the seeds with
// their own numbers and slugs), to see that build time grows linearly.
function variant(bytes: Buffer, n: number): Buffer {
  const lines = bytes.toString('utf8').split('\n');
  // A distinct document number: the header's "Số" line (OCR writes it "S6"); the body is untouched.
  const header = lines.slice(0, 15).join('\n').replace(/((?:Số|S6)\s*:?\s*)(\d+)/u, (_all, prefix: string) => `${prefix}${1000 + n}`);
  return Buffer.from([header, ...lines.slice(15)].join('\n'), 'utf8');
}

const scale: { documents: number; seconds: number }[] = [];
for (const size of [50, 200]) {
  const project = copyProject();
  try {
    project.setSeeds(
      Array.from({ length: size }, (_, n) => {
        const seed = bytes[n % bytes.length]!;
        return { name: `${String(n).padStart(4, '0')}_${seed.source}`, bytes: variant(seed.bytes, n), slug: `${seed.slug}-v${n}` };
      }),
    );
    // Each variant of an OCR seed gets that seed's reviewed corrections (its clause ids are the same).
    for (let n = 0; n < size; n++) {
      const seed = bytes[n % bytes.length]!;
      const corrections = join(ROOT, 'content', 'corrections', `${seed.slug}.json`);
      if (existsSync(corrections)) copyFileSync(corrections, join(project.dir, 'content', 'corrections', `${seed.slug}-v${n}.json`));
    }
    const result = project.build();
    if (result.status !== 0) throw new Error(`scale build of ${size} documents failed:\n${result.stderr.slice(-2000)}`);
    scale.push({ documents: size, seconds: result.seconds });
    console.log(`scale: ${size} documents built in ${result.seconds.toFixed(1)} s (${(result.seconds / size).toFixed(3)} s per document)`);
  } finally {
    project.remove();
  }
}
const [small, large] = scale;
if (small && large) console.log(`scale: 200 documents took ${(large.seconds / small.seconds).toFixed(2)}× the time of 50 (linear would be 4×; budget ≤ 5×)`);
