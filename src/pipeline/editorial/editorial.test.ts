import { describe, expect, it } from 'vitest';
import { fixtureDocument, FIXTURE_MARKS, FIXTURE_SLUG } from '../review/fixtures/document.ts';
import { flattenClauses } from '../emit/json.ts';
import type { Clause } from '../model.ts';
import { parseEditorialMarks, placeEditorialMarks, wholeWordEnds } from './index.ts';

const FILE = 'content/editorial/fixture-plan.json';

function asFile(raw: unknown) {
  const text = JSON.stringify(raw, null, 2);
  return { raw: JSON.parse(text) as unknown, source: { file: FILE, text } };
}

const clauseOf = (document: ReturnType<typeof fixtureDocument>, id: string) => flattenClauses<Clause>(document.clauses).find((c) => c.id === id)!;

describe('parseEditorialMarks', () => {
  it('reads well-formed marks', () => {
    const { raw, source } = asFile(FIXTURE_MARKS);
    const { entries, problems } = parseEditorialMarks(raw, source);
    expect(problems).toEqual([]);
    expect(entries).toEqual(FIXTURE_MARKS.marks);
  });

  it('reports every malformed entry, naming the file, the line and the entry', () => {
    const { raw, source } = asFile({
      marks: [
        { clause: 'i-2', kind: 'hole', after: 'từ các', note: { vi: 'x', en: 'y' } },
        { clause: 'i-3', kind: 'sic', after: '', occurrence: 0, note: { vi: 'x' } },
      ],
    });
    // The line of each mark's opening brace (the line before its "clause").
    const line = (n: number) => source.text.split('\n').map((l, i) => (l.includes('"clause"') ? i : 0)).filter(Boolean)[n];
    expect(parseEditorialMarks(raw, source).problems).toEqual([
      `${FILE}:${line(0)}: marks[0]: "kind" must be "gap" or "sic" (got "hole")`,
      `${FILE}:${line(1)}: marks[1]: "after" must be the words of the clause text the mark follows`,
      `${FILE}:${line(1)}: marks[1]: "occurrence" counts from 1`,
      `${FILE}:${line(1)}: marks[1]: "note" must be { "vi": "<ghi chú>", "en": "<note>" }, both non-empty`,
    ]);
    expect(parseEditorialMarks({ marks: 'none' }, { file: FILE }).problems).toEqual([expect.stringMatching(/^content\/editorial\/fixture-plan\.json: expected an object \{ "marks"/)]);
  });
});

describe('placeEditorialMarks', () => {
  it('places each mark after its words, as an addition: the clause text is unchanged', () => {
    const document = fixtureDocument();
    const before = flattenClauses<Clause>(document.clauses).map((c) => c.text);
    const { raw, source } = asFile(FIXTURE_MARKS);
    expect(placeEditorialMarks(document, parseEditorialMarks(raw, source).entries, source)).toEqual([]);
    expect(flattenClauses<Clause>(document.clauses).map((c) => c.text)).toEqual(before);
    const gap = clauseOf(document, 'i-2');
    expect(gap.editorial).toEqual([{ kind: 'gap', after: 'từ các', occurrence: 1, at: gap.text!.indexOf('từ các') + 'từ các'.length, note: FIXTURE_MARKS.marks[0]!.note }]);
    const sic = clauseOf(document, 'i-3');
    expect(sic.text!.slice(0, sic.editorial![0]!.at)).toBe('Phát triển tiểu thủ công nghiệp và tiêu thụ công nghiệp ở nông thôn, tiêu thụ công nghiệp');
    expect(clauseOf(document, 'i-1').editorial).toBeUndefined();
  });

  it('reports unknown clauses, words not in the text, and ambiguous or impossible occurrences; places nothing then', () => {
    const document = fixtureDocument();
    const { raw, source } = asFile({
      marks: [
        { clause: 'i-9', kind: 'gap', after: 'từ các', note: { vi: 'x', en: 'y' } },
        { clause: 'i', kind: 'gap', after: 'MỤC', note: { vi: 'x', en: 'y' } },
        { clause: 'i-2', kind: 'gap', after: 'ở các cấp', note: { vi: 'x', en: 'y' } },
        { clause: 'i-2', kind: 'gap', after: 'từ cá', note: { vi: 'x', en: 'y' } },
        { clause: 'i-3', kind: 'sic', after: 'tiêu thụ công nghiệp', note: { vi: 'x', en: 'y' } },
        { clause: 'i-3', kind: 'sic', after: 'tiêu thụ công nghiệp', occurrence: 3, note: { vi: 'x', en: 'y' } },
        { clause: 'i-2', kind: 'gap', after: 'từ các', note: { vi: 'x', en: 'y' } },
      ],
    });
    const problems = placeEditorialMarks(document, parseEditorialMarks(raw, source).entries, source).map((p) => p.replace(/^[^ ]+ /u, ''));
    expect(problems).toEqual([
      `marks[0]: no clause "i-9" in ${FIXTURE_SLUG}`,
      'marks[1]: clause "i" has no running text to mark (only a heading)',
      'marks[2]: "ở các cấp" does not occur as whole words in the text of "i-2"',
      'marks[3]: "từ cá" does not occur as whole words in the text of "i-2"',
      'marks[4]: "tiêu thụ công nghiệp" occurs 2 times in "i-3"; say which with "occurrence"',
      'marks[5]: "tiêu thụ công nghiệp" occurs 2 time(s) in "i-3", not 3',
    ]);
    expect(flattenClauses<Clause>(document.clauses).some((c) => c.editorial)).toBe(false);
  });

  it('finds words only as whole words', () => {
    expect(wholeWordEnds('các cấp, cácbon, các', 'các')).toEqual([3, 20]);
  });
});
