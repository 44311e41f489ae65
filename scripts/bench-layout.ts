/**
 * npm run bench:layout [dir …]: how well the structure stage reads documents whose metadata and
 * outline a person wrote down (each `<name>.txt` beside `<name>.expected.json`, the format of
 * src/pipeline/structure/fixtures/documents/). Prints, per set: the share of metadata fields read
 * right (type, number and symbol, province, date) and the outline's precision and recall.
 * Default sets: the development set and the held-out set.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildDocument } from '../src/pipeline/index.ts';
import { loadRestoreStage } from '../src/pipeline/restore-stage.ts';
import { outlineOf, type ExpectedLayout } from '../src/pipeline/structure/outline.ts';
import { ROOT } from './build-content.ts';

const FIELDS = ['documentType', 'numberSymbol', 'province', 'date'] as const;
const dirs = process.argv.slice(2).length > 0
  ? process.argv.slice(2)
  : ['src/pipeline/structure/fixtures/documents', 'src/pipeline/structure/fixtures/held-out'].map((d) => join(ROOT, d)).filter(existsSync);
const restore = await loadRestoreStage();

for (const dir of dirs) {
  const files = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();
  let right = 0;
  let fields = 0;
  let found = 0;
  let expectedTotal = 0;
  let readTotal = 0;
  const misses: string[] = [];
  for (const file of files) {
    const expectedFile = join(dir, file.replace(/\.txt$/, '.expected.json'));
    if (!existsSync(expectedFile)) continue;
    const expected = JSON.parse(readFileSync(expectedFile, 'utf8')) as ExpectedLayout;
    const document = buildDocument(readFileSync(join(dir, file)), file, 'bench', { restore });
    for (const field of FIELDS) {
      if (!(field in expected.metadata)) continue;
      const actual = field === 'date' ? (document.metadata.date?.iso ?? null) : document.metadata[field];
      fields++;
      if (actual === expected.metadata[field]) right++;
      else misses.push(`${file}: ${field} read ${JSON.stringify(actual)}, expected ${JSON.stringify(expected.metadata[field])}`);
    }
    const read = new Set(outlineOf(document));
    const wanted = new Set(expected.outline);
    found += [...wanted].filter((entry) => read.has(entry)).length;
    expectedTotal += wanted.size;
    readTotal += read.size;
    for (const entry of wanted) if (!read.has(entry)) misses.push(`${file}: outline misses ${entry}`);
    for (const entry of read) if (!wanted.has(entry)) misses.push(`${file}: outline has extra ${entry}`);
  }
  const pct = (n: number, d: number) => (d === 0 ? 'n/a' : `${((n / d) * 100).toFixed(1)}%`);
  console.log(`${dir.replace(`${ROOT}`, '')}: ${files.length} documents`);
  console.log(`  metadata (type, number and symbol, province, date): ${right}/${fields} fields right (${pct(right, fields)})`);
  console.log(`  outline: precision ${pct(found, readTotal)} (${found}/${readTotal}), recall ${pct(found, expectedTotal)} (${found}/${expectedTotal})`);
  for (const miss of misses) console.log(`  - ${miss}`);
}
