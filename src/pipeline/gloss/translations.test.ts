import { describe, expect, it } from 'vitest';
import type { Clause, EditionDocument } from '../model.ts';
import { vietnameseFingerprint } from './fingerprint.ts';
import { attachTranslations, missingFigures, parseTranslationFile } from './translations.ts';

describe('vietnameseFingerprint', () => {
  it('ignores diacritics, case, spacing and punctuation but not words', () => {
    const restored = vietnameseFingerprint('Mục tiêu', 'Phát triển hợp tác xã.');
    expect(vietnameseFingerprint('MUC TIEU', 'Phat trien  hop tac xa')).toBe(restored);
    expect(vietnameseFingerprint('Mục tiêu', 'Phát triển tổ hợp tác.')).not.toBe(restored);
  });
});

describe('missingFigures', () => {
  it('accepts English number, date and percentage forms of the Vietnamese', () => {
    expect(missingFigures('Cả tỉnh có khoảng 5.412 tổ hợp tác, 02 liên hiệp; tỷ lệ đạt 71,4%', 'About 5,412 cooperative groups, 2 unions; a rate of 71.4%')).toEqual([]);
    expect(missingFigures('ngày 17 tháng 5 năm 2021', '17 May 2021')).toEqual([]);
    expect(missingFigures('Nghị quyết số 20-NQ/TW ngày 16/6/2022', 'Resolution No. 20-NQ/TW of 16/6/2022')).toEqual([]);
    expect(missingFigures('tiểu mục 2.1 và 2.2', 'sub-items 2.1 and 2.2')).toEqual([]);
    // Small numbers as words, where English expects them: not "every 1 year".
    expect(missingFigures('Định kỳ 06 tháng, 01 năm', 'Every six months and once a year')).toEqual([]);
  });

  it('reports a dropped number, percentage or altered code', () => {
    expect(missingFigures('khoảng 540 hợp tác xã với 136.000 thành viên', 'about 540 cooperatives')).toEqual(['136000']);
    expect(missingFigures('trên 60%', 'over 70%')).toEqual(['60']);
    expect(missingFigures('Định kỳ 06 tháng, 01 năm', 'Every seven months and every year')).toEqual(['6', '1']);
    // A number word counts only as a whole word ("someone" holds no "one").
    expect(missingFigures('01 người', 'someone')).toEqual(['1']);
    expect(missingFigures('Quyết định số 340/QĐ-TTg', 'Decision No. 340/QD-TTg')).toEqual(['340/QĐ-TTg']);
  });
});

function clause(id: string, heading: string | null, text: string | null): Clause {
  return { id, kind: 'item', label: null, marker: null, path: [], heading, text, source: null, lines: [1, 1], restoration: null, translation: null, children: [] };
}

describe('attachTranslations', () => {
  const document = { clauses: [clause('i', 'MỤC TIÊU', null), clause('i-1', null, 'Có 540 hợp tác xã.'), clause('i-2', null, 'Hỗ trợ thành viên.')] } as unknown as EditionDocument;
  const file = parseTranslationFile(
    {
      slug: 'x',
      language: 'en',
      clauses: {
        i: { fingerprint: vietnameseFingerprint('MỤC TIÊU', null), heading: 'OBJECTIVES', note: 'The source heads the section in capitals.' },
        'i-1': { fingerprint: vietnameseFingerprint(null, 'Có 504 hợp tác xã.'), text: 'There are 504 cooperatives.' },
        gone: { fingerprint: 'x', text: 'Old.' },
      },
    },
    'x.json',
  );

  it('attaches translations and reports missing, stale, orphaned and figure problems', () => {
    const report = attachTranslations(document, file);
    expect(report).toEqual({ missing: ['i-2'], stale: ['i-1'], orphaned: ['gone'], numbers: [{ id: 'i-1', missing: ['540'] }], shape: [] });
    expect(document.clauses[0]!.translation).toEqual({ heading: 'OBJECTIVES', text: null, note: 'The source heads the section in capitals.' });
    // No note, no key: the published model of a clause without one is unchanged.
    expect(Object.keys(document.clauses[1]!.translation!)).toEqual(['heading', 'text']);
  });

  it('refuses an empty or non-text translator\'s note, naming the clause', () => {
    expect(() => parseTranslationFile({ slug: 'x', language: 'en', clauses: { 'i-1': { fingerprint: 'f', text: 'A.', note: ' ' }, 'i-2': { fingerprint: 'f', text: 'B.', note: 3 } } }, 'content/translations/x.json')).toThrowError(
      /content\/translations\/x\.json: \n {2}i-1: "note" must be non-empty text\n {2}i-2: "note" must be non-empty text/,
    );
  });

  it('refuses a malformed file with its name', () => {
    expect(() => parseTranslationFile({ slug: 'x', language: 'fr', clauses: {} }, 'content/translations/x.json')).toThrowError(/^content\/translations\/x\.json: expected/);
  });
});
