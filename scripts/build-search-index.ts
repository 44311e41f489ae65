/**
 * Index the built site for Pagefind: one record per clause, so every result lands on its clause's
 * anchor, with the document's facts as filters. Runs after `astro build` and writes dist/pagefind/.
 */
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { flattenClauses, clauseUrl } from '../src/pipeline/emit/json.ts';
import type { Clause, EditionDocument } from '../src/pipeline/model.ts';
import { loadDocuments, shortTitle } from '../src/lib/documents.ts';

export interface ClauseRecord {
  url: string;
  content: string;
  language: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}

/** The search records of a document: every clause with text of its own. */
export function clauseRecords(document: EditionDocument): ClauseRecord[] {
  const { metadata } = document;
  const filters: Record<string, string[]> = {
    document: [shortTitle(document)],
    language: ['vi'],
  };
  if (metadata.province) filters.province = [metadata.province];
  if (metadata.documentType) filters.type = [metadata.documentType];
  if (metadata.date) filters.year = [String(metadata.date.year)];
  return flattenClauses<Clause>(document.clauses)
    .filter((clause) => (clause.heading ?? clause.text ?? '').trim() !== '')
    .map((clause) => ({
      url: clauseUrl(document.slug, clause.id),
      content: [clause.marker, clause.heading, clause.text].filter(Boolean).join(' '),
      language: 'vi',
      meta: {
        title: shortTitle(document),
        clause: clause.path.join(' › '),
        heading: clause.heading ?? '',
        id: clause.id,
      },
      filters,
    }));
}

async function main(): Promise<void> {
  const started = performance.now();
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'vi' });
  if (!index) throw new Error(`pagefind: ${errors.join('; ')}`);
  let records = 0;
  for (const document of loadDocuments()) {
    for (const record of clauseRecords(document)) {
      const response = await index.addCustomRecord(record);
      if (response.errors.length > 0) throw new Error(`pagefind: ${record.url}: ${response.errors.join('; ')}`);
      records++;
    }
  }
  const written = await index.writeFiles({ outputPath: join(process.cwd(), 'dist', 'pagefind') });
  if (written.errors.length > 0) throw new Error(`pagefind: ${written.errors.join('; ')}`);
  await pagefind.close();
  console.log(`search: indexed ${records} clauses in ${((performance.now() - started) / 1000).toFixed(2)} s`);
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
