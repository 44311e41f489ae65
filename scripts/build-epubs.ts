/**
 * The EPUBs (dist/downloads/epub/): three per document (Vietnamese, English, both clause by
 * clause) and three of the whole edition. Runs after Astro, which states their sizes on the pages
 * from the same pure build (src/lib/epubs.ts).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import config from '../astro.config.mjs';
import { editionEpubs, EPUB_FOLDER } from '../src/lib/epubs.ts';

const ROOT = new URL('..', import.meta.url).pathname;

function main(): void {
  const started = performance.now();
  if (!config.site) throw new Error('astro.config.mjs has no "site": the EPUBs print every clause\'s permalink on it');
  const files = editionEpubs(config.site);
  mkdirSync(join(ROOT, 'dist', EPUB_FOLDER), { recursive: true });
  let bytes = 0;
  for (const file of files) {
    writeFileSync(join(ROOT, 'dist', file.url), file.bytes);
    bytes += file.bytes.length;
  }
  console.log(`epub: ${files.length} EPUBs in dist/${EPUB_FOLDER}/ (${(bytes / 1024).toFixed(0)} KB in all) in ${((performance.now() - started) / 1000).toFixed(2)} s`);
}

if (import.meta.url === `file://${process.argv[1]}`) main();
