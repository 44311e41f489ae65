import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildDocument } from '../index.ts';
import type { EditionDocument } from '../model.ts';
import { alignEdition, loadBodies, loadTopics, type Alignment } from './index.ts';

const fixture = (name: string) => new URL(`./fixtures/related/${name}`, import.meta.url);
const topics = loadTopics(readFileSync(new URL('../../../content/topics/topics.yaml', import.meta.url), 'utf8'), 'content/topics/topics.yaml');
const bodies = loadBodies(readFileSync(new URL('../../../content/topics/bodies.yaml', import.meta.url), 'utf8'), 'content/topics/bodies.yaml');

/** The ids a section of one fixture document is linked with in the other. */
function linked(alignment: Alignment, from: string, id: string): string[] {
  return (alignment.sections.get(`${from}#${id}`)?.related ?? []).map((r) => `${r.slug}#${r.id}`).sort();
}

describe('related sections across documents', () => {
  let documents: EditionDocument[];
  let alignment: Alignment;
  beforeAll(() => {
    // Two small programmes answering the same policy in different orders and groupings.
    documents = ['tinh-mot', 'tinh-hai'].map((slug) => buildDocument(readFileSync(fixture(`${slug}.txt`)), `${slug}.txt`, slug));
    alignment = alignEdition(documents, { topics, overrides: [], bodies });
  });

  it('links chapters that name the same matter', () => {
    expect(linked(alignment, 'tinh-mot', 'i')).toEqual(['tinh-hai#i']);
    // "Phân công nhiệm vụ" names the organisation of implementation too, however different its text.
    expect(linked(alignment, 'tinh-mot', 'iii')).toEqual(['tinh-hai#iii', 'tinh-hai#iv']);
  });

  it('matches chapters that only group tasks, and their tasks in whatever order each document lists them', () => {
    // "Nhiệm vụ và giải pháp" / "Giải pháp" names no topic: the two match as groups of tasks.
    expect(linked(alignment, 'tinh-mot', 'ii')).toEqual(['tinh-hai#ii']);
    expect(linked(alignment, 'tinh-mot', 'ii-1')).toEqual(['tinh-hai#ii-3']);
    expect(linked(alignment, 'tinh-mot', 'ii-2')).toEqual(['tinh-hai#ii-1']);
  });

  it('links a section covering several matters with each narrower section on one of them', () => {
    expect(linked(alignment, 'tinh-mot', 'ii-3')).toEqual(['tinh-hai#ii-2', 'tinh-hai#ii-4']);
  });

  it('links two sections whose wording is closest on their topic even when they stand in unmatched chapters', () => {
    // Tỉnh Hai files science and technology as a department's task under "Phân công nhiệm vụ".
    expect(linked(alignment, 'tinh-hai', 'iv-1')).toEqual(['tinh-mot#ii-4']);
    expect(linked(alignment, 'tinh-hai', 'iv-2')).toEqual([]);
  });

  it("links two documents' tasks for the same body, however differently the body and the task are worded", () => {
    // "Ban cán sự đảng Ủy ban nhân dân tỉnh" and "Đảng ủy Ủy ban nhân dân tỉnh" both act for the People's Committee.
    expect(linked(alignment, 'tinh-mot', 'iii-1')).toEqual(['tinh-hai#iii-2']);
    expect(linked(alignment, 'tinh-mot', 'iii-2')).toContain('tinh-hai#iii-1');
  });

  it('links a section to each section answering one of its bullets, so one section can match several', () => {
    // Tỉnh Hai's Labour department trains workers in one bullet and opens national target
    // programmes to cooperatives in the next: Tỉnh Một's human resources and infrastructure policies.
    expect(linked(alignment, 'tinh-hai', 'ii-6-a')).toEqual(['tinh-mot#ii-5-a', 'tinh-mot#ii-5-b']);
  });

  it('links two points on the same topic at the same depth whose passages are closest, in whatever chapters they stand', () => {
    // Tỉnh Một gives the Front's mobilising of members as a task of implementation; Tỉnh Hai as a solution.
    expect(linked(alignment, 'tinh-mot', 'iii-2')).toEqual(['tinh-hai#ii-4', 'tinh-hai#iii-1']);
    // A point whose closest passage is on another topic stays unlinked.
    expect(linked(alignment, 'tinh-hai', 'ii-7-a')).toEqual([]);
  });

  it('lists the counterparts document by document, each in reading order', () => {
    // Found by the body rule first (iii-1), by its wording after (ii-4): listed as the text reads.
    expect(alignment.sections.get('tinh-mot#iii-2')?.related.map((r) => r.id)).toEqual(['ii-4', 'iii-1']);
  });

  it('leaves a section with no counterpart unlinked, and links both ways', () => {
    expect(linked(alignment, 'tinh-hai', 'ii-5')).toEqual([]);
    for (const [key, section] of alignment.sections) {
      for (const other of section.related) expect(linked(alignment, other.slug, other.id)).toContain(key);
    }
  });
});
