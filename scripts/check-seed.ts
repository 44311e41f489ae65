/**
 * npm run check-seed <file>: read a document as the build would (decoding, restoration if it is
 * OCR text, structure) and print what was read, so an editor can check it before publishing.
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { checkCatalogue, proposeSlug } from '../src/pipeline/catalogue.ts';
import { buildDocument } from '../src/pipeline/index.ts';
import { SourceError } from '../src/pipeline/model.ts';
import { loadRestoreStage } from '../src/pipeline/restore-stage.ts';
import { checkReport } from '../src/pipeline/structure/check-report.ts';
import { ROOT, seedFiles } from './build-content.ts';

const file = process.argv[2];
if (!file) {
  console.error('usage: npm run check-seed <file>   (a seed in seeds/ or any text file)');
  process.exit(2);
}
if (!existsSync(file)) {
  console.error(`${file}: no such file`);
  process.exit(2);
}
const source = basename(file);
try {
  const { entries } = checkCatalogue(JSON.parse(readFileSync(join(ROOT, 'content', 'catalogue.json'), 'utf8')), seedFiles());
  const catalogued = entries.find((e) => e.source === source)?.slug ?? null;
  const document = buildDocument(readFileSync(file), source, catalogued ?? 'unlisted', { restore: await loadRestoreStage() });
  console.log(checkReport(document, proposeSlug(document.metadata, source.replace(/\.[^.]+$/, '')), catalogued));
} catch (error) {
  if (error instanceof SourceError) {
    console.error(`error: ${error.message}`);
    process.exit(1);
  }
  throw error;
}
