/**
 * The document-level references of the five published documents against the gold list of the
 * documents each cites (src/pipeline/references/fixtures/gold-cited-documents.json): the issue's
 * targets are precision and recall ≥ 0.95 (npm run bench:references prints the figures).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readReferenceData } from '../src/lib/references.ts';
import { citationAgreement, foundPairs, goldPairs, type GoldCitedDocuments } from '../src/pipeline/references/agreement.ts';
import { recogniseEdition, referencesExport } from '../src/pipeline/references/index.ts';
import { publishedDocument, SEED_FILES } from './support/seeds.ts';

const gold = JSON.parse(readFileSync(new URL('../src/pipeline/references/fixtures/gold-cited-documents.json', import.meta.url), 'utf8')) as GoldCitedDocuments;

describe('references of the published documents', () => {
  it('reach precision and recall ≥ 0.95 against the gold list of cited documents', async () => {
    const documents = await Promise.all(SEED_FILES.map(publishedDocument));
    const edition = recogniseEdition(documents, readReferenceData(documents.map((d) => d.slug)));
    const result = citationAgreement(foundPairs(referencesExport(edition)), goldPairs(gold));
    expect(result.precision, `found, not in the gold: ${result.extra.join(', ')}`).toBeGreaterThanOrEqual(0.95);
    expect(result.recall, `in the gold, not found: ${result.missed.join(', ')}`).toBeGreaterThanOrEqual(0.95);
    // Every citation of the five texts is curated: none is left for the build to report.
    expect(edition.references.filter((r) => !r.known).map((r) => r.id)).toEqual([]);
  }, 120_000);
});
