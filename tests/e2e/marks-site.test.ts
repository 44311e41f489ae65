/**
 * The published pages against the published model: each clause's Vietnamese on the page is the
 * model's text exactly, syllable for syllable, once the editorial marks are taken out, and the
 * marks are exactly those the export records, each after its words. Marks are additions and
 * nothing else is: the no-loss check made exact for the Vietnamese text.
 */
import type { ClauseExport, DocumentExport } from '../../src/pipeline/emit/json.ts';
import { flattenClauses } from '../../src/pipeline/emit/json.ts';
import { syllables } from '../../src/pipeline/text/syllables.ts';
import { describe, expect, it } from 'vitest';
import { readDist } from '../support/build-site.ts';
import { useBuiltSite } from '../support/site-under-test.ts';

const site = useBuiltSite();

interface PageClause {
  id: string;
  /** The paragraph's text without its marks (and so without their screen-reader names). */
  text: string;
  /** Each mark's kind and the text before it in the paragraph. */
  marks: { kind: string; before: string }[];
}

describe('the Vietnamese text of every page', () => {
  it('is the model text exactly once the editorial marks are taken out, and the marks are those recorded', async () => {
    const page = await site.browser.newPage();
    const { documents } = readDist<{ documents: DocumentExport[] }>('api/documents.json');
    let clausesChecked = 0;
    for (const summary of documents) {
      const exported = readDist<DocumentExport>(`api/documents/${summary.slug}.json`);
      await page.goto(`${site.url}${summary.url}`);
      const onPage = await page.locator('.clause-text.lang-vi > p').evaluateAll((paragraphs) =>
        paragraphs.map((p) => {
          const marks = [...p.querySelectorAll('.editorial-mark')].map((mark) => {
            const range = document.createRange();
            range.setStart(p, 0);
            range.setEndBefore(mark);
            const before = range.cloneContents();
            for (const hidden of before.querySelectorAll('.editorial-mark')) hidden.remove();
            return { kind: mark.classList.contains('editorial-mark--sic') ? 'sic' : 'gap', before: before.textContent ?? '' };
          });
          const copy = p.cloneNode(true) as HTMLElement;
          for (const mark of copy.querySelectorAll('.editorial-mark')) mark.remove();
          return { id: p.closest('.clause')?.id ?? '', text: copy.textContent ?? '', marks };
        }),
      );
      const byId = new Map<string, PageClause>(onPage.map((c) => [c.id, c]));
      for (const clause of flattenClauses<ClauseExport>(exported.clauses)) {
        // A table's cells are laid out as a table, not as a paragraph of text.
        if (clause.text === null || clause.table) continue;
        const shown = byId.get(clause.id);
        expect(shown, `${summary.slug}#${clause.id}`).toBeDefined();
        expect(syllables(shown!.text), `${summary.slug}#${clause.id}`).toEqual(syllables(clause.text.vi));
        expect(shown!.marks.map((m) => m.kind), `${summary.slug}#${clause.id}`).toEqual(clause.editorial.map((m) => m.kind));
        clause.editorial.forEach((mark, i) => {
          expect(syllables(shown!.marks[i]!.before).slice(-syllables(mark.after).length), `${summary.slug}#${clause.id}`).toEqual(syllables(mark.after));
        });
        clausesChecked++;
      }
    }
    // The five documents have 354 clauses with running text (2026-12-07): the loop ran over them all.
    expect(clausesChecked).toBeGreaterThan(300);
    await page.close();
  });
});
