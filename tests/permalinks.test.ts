import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkRegistry, type PublishedIds } from '../src/pipeline/permalinks/registry.ts';
import { buildAllDocuments, readRegistry } from '../scripts/build-content.ts';

describe('published clause ids', () => {
  it('are all still produced by the build, and every id the build produces is registered', async () => {
    const { documents, problems } = await buildAllDocuments();
    expect(problems).toEqual([]);
    const { registry, redirects } = readRegistry();
    expect(checkRegistry(registry, documents, redirects)).toEqual({ missing: [], unregistered: [] });
  });

  it('is a committed file covering all five documents', () => {
    const registry = JSON.parse(readFileSync(new URL('../content/published-ids.json', import.meta.url), 'utf8')) as PublishedIds;
    expect(Object.keys(registry)).toHaveLength(5);
  });
});
