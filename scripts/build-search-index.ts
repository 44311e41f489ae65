/**
 * Index the built site for Pagefind: one record per clause and language (src/pipeline/search/),
 * so every result lands on its clause's anchor. Runs after `astro build`; writes dist/pagefind/.
 */
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { clauseRecords } from '../src/pipeline/search/records.ts';
import { labelsOf, loadAlignment, loadDocuments } from '../src/lib/documents.ts';
import { loadReferences } from '../src/lib/references.ts';
import { referenceRecords } from '../src/pipeline/search/reference-records.ts';

async function main(): Promise<void> {
  const started = performance.now();
  // One index for both languages, so a search from any page finds Vietnamese and English text
  // (a language filter narrows it). English stemming leaves Vietnamese syllables alone.
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
  if (!index) throw new Error(`pagefind: ${errors.join('; ')}`);
  let records = 0;
  const { sections } = loadAlignment().alignment;
  for (const document of loadDocuments()) {
    for (const record of clauseRecords(document, (id) => sections.get(`${document.slug}#${id}`)?.topics ?? [], labelsOf(document).label.en)) {
      const response = await index.addCustomRecord(record);
      if (response.errors.length > 0) throw new Error(`pagefind: ${record.url}: ${response.errors.join('; ')}`);
      records++;
    }
  }
  // The cited documents: a search by number lands on their reference page.
  for (const record of loadReferences().references.flatMap(referenceRecords)) {
    const response = await index.addCustomRecord(record);
    if (response.errors.length > 0) throw new Error(`pagefind: ${record.url}: ${response.errors.join('; ')}`);
    records++;
  }
  const written = await index.writeFiles({ outputPath: join(process.cwd(), 'dist', 'pagefind') });
  if (written.errors.length > 0) throw new Error(`pagefind: ${written.errors.join('; ')}`);
  await pagefind.close();
  console.log(`search: indexed ${records} clause records in ${((performance.now() - started) / 1000).toFixed(2)} s`);
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
