/**
 * npm run bench:references: the document-level references of dist/api/references.json (or, without
 * a built site, of content/documents/references.json) against the gold list of the documents each
 * seed cites (src/pipeline/references/fixtures/gold-cited-documents.json): precision and recall,
 * overall and per document, and what was missed or found in excess. Runs `npm run content` first
 * when neither file exists.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { citationAgreement, foundPairs, goldPairs, type GoldCitedDocuments } from '../src/pipeline/references/agreement.ts';
import { parseReferences, referencesExport, type ReferencesExport } from '../src/pipeline/references/index.ts';

const ROOT = new URL('..', import.meta.url).pathname;
const DIST_FILE = join(ROOT, 'dist', 'api', 'references.json');
const GENERATED_FILE = join(ROOT, 'content', 'documents', 'references.json');

if (!existsSync(DIST_FILE) && !existsSync(GENERATED_FILE)) {
  const build = spawnSync('npm', ['run', '--silent', 'content'], { cwd: ROOT, stdio: 'inherit' });
  if (build.status !== 0) process.exit(1);
}
const source = existsSync(DIST_FILE) ? 'dist/api/references.json' : 'content/documents/references.json';
const exported: ReferencesExport = existsSync(DIST_FILE)
  ? (JSON.parse(readFileSync(DIST_FILE, 'utf8')) as ReferencesExport)
  : referencesExport(parseReferences(readFileSync(GENERATED_FILE, 'utf8')));
const gold = JSON.parse(readFileSync(join(ROOT, 'src/pipeline/references/fixtures/gold-cited-documents.json'), 'utf8')) as GoldCitedDocuments;

const found = foundPairs(exported);
const expected = goldPairs(gold);
const all = citationAgreement(found, expected);
const figure = (n: number) => n.toFixed(3);
console.log(`bench:references: ${source} against the gold list of cited documents (${all.gold} pairs)`);
console.log(`  all documents                       precision ${figure(all.precision)}  recall ${figure(all.recall)}  (${all.found} found; targets ≥ 0.95 / ≥ 0.95)`);
for (const slug of Object.keys(gold.documents)) {
  const one = citationAgreement(found, expected, [slug]);
  console.log(`  ${slug.padEnd(36)}precision ${figure(one.precision)}  recall ${figure(one.recall)}  (${one.found} found, ${one.gold} in gold)`);
}
if (all.extra.length > 0) console.log(`  found, not in the gold: ${all.extra.join(', ')}`);
if (all.missed.length > 0) console.log(`  in the gold, not found: ${all.missed.join(', ')}`);
const clauses = exported.references.reduce((n, r) => n + r.citedBy.length, 0);
console.log(`  ${exported.references.length} references (${exported.references.filter((r) => r.citedBy.length > 0).length} cited), ${clauses} citing clauses`);
