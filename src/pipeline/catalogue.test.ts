import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { publishedDocument, SEED_FILES } from '../../tests/support/seeds.ts';
import { catalogueLine, checkCatalogue, proposeSlug } from './catalogue.ts';

const catalogue = JSON.parse(readFileSync(new URL('../../content/catalogue.json', import.meta.url), 'utf8')) as { documents: { source: string; slug: string }[] };

describe('catalogue', () => {
  it('proposes from a document\'s metadata the slug an editor gave each published document', async () => {
    for (const { source, slug } of catalogue.documents) {
      const document = await publishedDocument(source);
      expect(proposeSlug(document.metadata, source), source).toBe(slug);
    }
  });

  it('lists a seed with no entry as unlisted, and writes the line to add', () => {
    const check = checkCatalogue(catalogue, [...SEED_FILES, 'new-province.txt']);
    expect(check.unlisted).toEqual(['new-province.txt']);
    expect(catalogueLine({ source: 'new-province.txt', slug: 'dien-bien-45-kh-ubnd-2022' })).toBe('{ "source": "new-province.txt", "slug": "dien-bien-45-kh-ubnd-2022" }');
  });
});
