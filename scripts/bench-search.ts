/**
 * npm run bench:search: the hand-written query set (src/pipeline/search/fixtures/queries.json) run
 * against the real built index in headless Chromium, through the search page as a reader uses it.
 * Prints recall@5, hit@5 and MRR (overall and by kind of query), the bytes the browser downloads
 * for the first query, and the time from keystroke to results once the index is loaded.
 * Builds the site first when dist/ is missing.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { launchBrowser } from '../tests/support/browser.ts';
import { firstQueryBytes } from '../tests/support/first-query-bytes.ts';
import { DIST, ROOT } from '../tests/support/build-site.ts';
import { serveStatic } from '../tests/support/static-server.ts';

interface Query {
  q: string;
  lang: 'vi' | 'en';
  diacritics?: boolean;
  /** Clauses that answer it, or the reference page of the cited document it names. */
  relevant: ({ slug: string; id: string } | { reference: string })[];
}

/** The key of an answer: `slug#id` for a clause, `reference:<id>` for a cited document's page. */
function answerKey(answer: Query['relevant'][number]): string {
  return 'reference' in answer ? `reference:${answer.reference}` : `${answer.slug}#${answer.id}`;
}

const { queries } = JSON.parse(readFileSync(join(ROOT, 'src/pipeline/search/fixtures/queries.json'), 'utf8')) as { queries: Query[] };

if (!existsSync(join(DIST, 'pagefind', 'pagefind.js'))) {
  const build = spawnSync('npm', ['run', '--silent', 'build'], { cwd: ROOT, stdio: 'inherit' });
  if (build.status !== 0) process.exit(1);
}

/** slug and clause id of a result link (`/documents/<slug>/?lang=en#<id>`), or the reference a reference page shows. */
function target(href: string): string {
  const url = new URL(href, 'http://x');
  const [, section, name] = url.pathname.split('/');
  return section === 'references' ? `reference:${name}` : `${name}#${url.hash.slice(1)}`;
}

const server = await serveStatic(DIST);
const browser = await launchBrowser();
const context = await browser.newContext();
const page = await context.newPage();

async function topResults(query: string): Promise<string[]> {
  await page.goto(`${server.url}/search/?q=${encodeURIComponent(query)}`);
  await page.waitForFunction((q) => (document.querySelector('#search-count')?.textContent ?? '').includes(`“${q}”`), query);
  return (await page.locator('.search-result__link').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''))).map(target);
}

interface Score {
  recall: number;
  hit: number;
  reciprocalRank: number;
}

const scores: { query: Query; score: Score }[] = [];
for (const query of queries) {
  const results = await topResults(query.q);
  const relevant = new Set(query.relevant.map(answerKey));
  const top5 = results.slice(0, 5);
  // A reference page found in both languages is one answer (clause queries keep their original count).
  const hits = top5.filter((r) => relevant.has(r));
  const found = query.relevant.some((r) => 'reference' in r) ? new Set(hits).size : hits.length;
  const rank = results.findIndex((r) => relevant.has(r));
  scores.push({
    query,
    score: { recall: found / Math.min(relevant.size, 5), hit: found > 0 ? 1 : 0, reciprocalRank: rank < 0 ? 0 : 1 / (rank + 1) },
  });
}

function summary(label: string, list: typeof scores): void {
  if (list.length === 0) return;
  const mean = (f: (s: Score) => number) => list.reduce((n, s) => n + f(s.score), 0) / list.length;
  console.log(`  ${label.padEnd(32)} n=${String(list.length).padStart(3)}  recall@5 ${mean((s) => s.hit).toFixed(3)}  MRR ${mean((s) => s.reciprocalRank).toFixed(3)}  answers-in-top-5 ${mean((s) => s.recall).toFixed(3)}`);
}

console.log(`bench:search: ${queries.length} queries against the built index (headless Chromium)`);
summary('all', scores);
summary('Vietnamese without diacritics', scores.filter((s) => s.query.lang === 'vi' && s.query.diacritics === false));
summary('Vietnamese with diacritics', scores.filter((s) => s.query.lang === 'vi' && s.query.diacritics !== false));
summary('English', scores.filter((s) => s.query.lang === 'en'));
summary('document numbers (reference pages)', scores.filter((s) => s.query.relevant.some((r) => 'reference' in r)));
summary('clause queries', scores.filter((s) => !s.query.relevant.some((r) => 'reference' in r)));
{
  const ranks = scores.filter((s) => s.query.relevant.some((r) => 'reference' in r)).map((s) => `“${s.query.q}” ${s.score.reciprocalRank > 0 ? `#${Math.round(1 / s.score.reciprocalRank)}` : 'not found'}`);
  console.log(`  reference page rank by query: ${ranks.join(', ')}`);
}
const misses = scores.filter((s) => s.score.hit === 0);
if (misses.length > 0) console.log(`  no answer in the top 5: ${misses.map((s) => `“${s.query.q}”`).join(', ')}`);
console.log('  (recall@5: share of queries with an answering clause in the top 5, target ≥ 0.9; answers-in-top-5: answering clauses in the top 5 over min(answers, 5))');

// Bytes for the first query, as a reader's browser fetches them (tests/support/first-query-bytes.ts).
{
  const { files, raw, gzipped } = await firstQueryBytes(browser, server.url, 'hop tac xa');
  console.log(`first query: ${files.length} search files, ${(raw / 1024).toFixed(1)} KB as sent uncompressed, ${(gzipped / 1024).toFixed(1)} KB gzip (target ≤ 150 KB)`);
}

// Keystroke to results, once the index is loaded: type the last letter of each query, time until
// the result count names it.
{
  await page.goto(`${server.url}/search/?q=hop`);
  await page.waitForFunction(() => (document.querySelector('#search-count')?.textContent ?? '').includes('“hop”'));
  const timings: number[] = [];
  for (const { q } of queries) {
    await page.locator('#search-query').fill(q.slice(0, -1));
    await page.waitForFunction((prefix) => (document.querySelector('#search-count')?.textContent ?? '').includes(`“${prefix}”`) || prefix.trim() === '', q.slice(0, -1));
    const elapsed = await page.evaluate(
      (query) =>
        new Promise<number>((resolve) => {
          const count = document.querySelector('#search-count')!;
          const input = document.querySelector<HTMLInputElement>('#search-query')!;
          const started = performance.now();
          const observer = new MutationObserver(() => {
            if ((count.textContent ?? '').includes(`“${query}”`)) {
              observer.disconnect();
              resolve(performance.now() - started);
            }
          });
          observer.observe(count, { childList: true, characterData: true, subtree: true });
          input.value = query;
          input.dispatchEvent(new InputEvent('input', { bubbles: true, data: query.slice(-1) }));
        }),
      q,
    );
    timings.push(elapsed);
  }
  timings.sort((a, b) => a - b);
  const at = (p: number) => timings[Math.min(timings.length - 1, Math.floor(timings.length * p))]!;
  console.log(`keystroke to results (index loaded): median ${at(0.5).toFixed(1)} ms, 90th percentile ${at(0.9).toFixed(1)} ms, max ${at(1).toFixed(1)} ms (target ≤ 100 ms)`);
}

await browser.close();
await server.close();
