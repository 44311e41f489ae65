/**
 * The development set: documents written for these tests in the style of real provincial texts
 * (not copies of published ones), one or more for each layout docs/document-layout.md describes,
 * each with the metadata and outline a reader finds in it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ingest } from '../ingest/index.ts';
import type { Clause, EditionDocument } from '../model.ts';
import { syllables } from '../text/syllables.ts';
import { structure } from './index.ts';
import { outlineOf, type ExpectedLayout } from './outline.ts';

// The development set, and the set a second writer wrote blind (read since, so no longer unseen).
const DIRS = ['./fixtures/documents/', './fixtures/held-out/'].map((d) => new URL(d, import.meta.url));
const FIXTURES = DIRS.flatMap((dir) => readdirSync(dir).filter((f) => f.endsWith('.txt')).sort());
const DEVELOPMENT_SET = readdirSync(DIRS[0]!).filter((f) => f.endsWith('.txt'));
const dirOf = (name: string) => DIRS.find((dir) => readdirSync(dir).includes(name))!;

function read(name: string): { document: EditionDocument; expected: ExpectedLayout; text: string } {
  const DIR = dirOf(name);
  const ingested = ingest(readFileSync(new URL(name, DIR)), name);
  const expected = JSON.parse(readFileSync(new URL(name.replace(/\.txt$/, '.expected.json'), DIR), 'utf8')) as ExpectedLayout;
  return { document: structure(ingested, name.replace(/\.txt$/, ''), false), expected, text: ingested.text };
}

describe('structure: the development set of documents in the official layouts', () => {
  it('has at least twenty documents, each with its expected reading', () => {
    expect(DEVELOPMENT_SET.length).toBeGreaterThanOrEqual(20);
  });

  it.each(FIXTURES)('reads the metadata of %s', (name) => {
    const { document, expected } = read(name);
    const { date, ...rest } = expected.metadata;
    expect({ ...document.metadata, date: document.metadata.date?.iso ?? null }).toMatchObject({ ...rest, ...(date !== undefined ? { date } : {}) });
  });

  it.each(FIXTURES)('reads the outline of %s', (name) => {
    const { document, expected } = read(name);
    expect(outlineOf(document)).toEqual(expected.outline);
  });

  it.each(FIXTURES)('warns as expected about %s', (name) => {
    const { document, expected } = read(name);
    for (const warning of expected.warnings ?? []) expect(document.warnings.join('\n')).toContain(warning);
    if (!expected.warnings) expect(document.warnings).toEqual([]);
  });

  it.each(FIXTURES)('loses nothing of %s: every syllable reaches a clause, in order', (name) => {
    const { document, text } = read(name);
    const removed = document.removed.flatMap((m) => syllables(m.value));
    const clauseWords = (clauses: readonly Clause[]): string[] =>
      clauses.flatMap((c) => [...syllables([c.marker, c.heading, c.text].filter(Boolean).join(' ')), ...clauseWords(c.children)]);
    const input = syllables(text);
    const output = clauseWords(document.clauses);
    // Every syllable out was in; every syllable in is out, or was recorded as taken out.
    expect(output.length + removed.length).toBe(input.length);
    expect([...output, ...removed].sort()).toEqual([...input].sort());
  });
});
