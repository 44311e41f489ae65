import { describe, expect, it } from 'vitest';
import { publishedDocument } from '../../../tests/support/seeds.ts';
import { containsExactly, hasDiacritics, queryVariants, rank } from './query.ts';
import { clauseRecords, documentLabel } from './records.ts';

describe('queryVariants', () => {
  it('adds đ for plain words starting with d, which Pagefind does not fold', () => {
    expect(queryVariants('dau tu')).toEqual(['dau tu', 'đau tu']);
    expect(queryVariants('Dang bo')).toEqual(['Dang bo', 'Đang bo']);
    expect(queryVariants('dat dai')).toEqual(['dat dai', 'đat dai', 'dat đai', 'đat đai']);
    expect(queryVariants('hop tac xa')).toEqual(['hop tac xa']);
    expect(queryVariants('đầu tư')).toEqual(['đầu tư']);
  });

  it('also searches abbreviations written out', () => {
    expect(queryVariants('quy ho tro htx', { HTX: 'hợp tác xã' })).toEqual(['quy ho tro htx', 'quy ho tro hợp tác xã']);
  });

  it('bounds the number of searches', () => {
    expect(queryVariants('d d d d d')).toHaveLength(8);
  });
});

describe('rank', () => {
  const results = [
    { item: 'hop', score: 9, text: 'hộp tác' },
    { item: 'exact', score: 2, text: 'Hợp tác xã nông nghiệp' },
  ];
  it('puts exact matches first when the query carries diacritics', () => {
    expect(hasDiacritics('hợp tác')).toBe(true);
    expect(containsExactly('Hợp tác xã', 'hợp tác')).toBe(true);
    expect(containsExactly('hộp tác', 'hợp tác')).toBe(false);
    expect(rank(results, 'hợp tác')).toEqual(['exact', 'hop']);
  });
  it('keeps the index score for plain queries', () => {
    expect(rank(results, 'hop tac')).toEqual(['hop', 'exact']);
  });
});

describe('clauseRecords', () => {
  it('makes a Vietnamese and an English record per translated clause, landing on its anchor, with filters', async () => {
    const records = clauseRecords(await publishedDocument('003_218f22c76233087f.txt'));
    const vi = records.find((r) => r.meta.id === 'iii-2-b' && r.language === 'vi')!;
    const en = records.find((r) => r.meta.id === 'iii-2-b' && r.language === 'en')!;
    expect(vi.url).toBe('/documents/binh-thuan-1698-kh-ubnd-2021/#iii-2-b');
    expect(en.url).toBe('/documents/binh-thuan-1698-kh-ubnd-2021/?lang=en#iii-2-b');
    expect(vi.content).toMatch(/^b\) Kịp thời tháo gỡ/);
    expect(vi.filters).toEqual({ document: ['Kế hoạch · 1698/KH-UBND · Bình Thuận · 2021'], province: ['Bình Thuận'], type: ['Kế hoạch'], year: ['2021'], language: ['vi'] });
    expect(en.filters.language).toEqual(['en']);
    expect(vi.meta).toMatchObject({ clause: 'III › 2 › b', lang: 'vi' });
  });
});

describe('documentLabel', () => {
  it('tells documents apart by type, number, province and year', async () => {
    expect(documentLabel(await publishedDocument('003_218f22c76233087f.txt'))).toBe('Kế hoạch · 1698/KH-UBND · Bình Thuận · 2021');
  });

  it('names the issuer and the resolution implemented where a document gives no province, number or year', async () => {
    expect(documentLabel(await publishedDocument('001_af1c1f30eff17f08.txt'))).toBe('Chương trình hành động · Ban thường vụ tỉnh ủy · thực hiện 20-NQ/TW');
  });
});

describe('rank: cited documents', () => {
  const reference = (item: string, numbers: string, names: string) => ({ item, score: 0.1, text: item, numbers, names });
  const clause = (item: string, score: number) => ({ item, score, text: item });

  it('puts the document whose number the query names first, then the documents it names, longest name first', () => {
    const results = [
      clause('clause', 0.9),
      reference('20-nq-tw', '20', '20 nq tw'),
      reference('luat-2023', '17', 'luat hop tac xa|luat hop tac xa 2023|luat hop tac xa nam 2023'),
      reference('luat-2012', '23', 'luat hop tac xa|luat hop tac xa 2012|luat hop tac xa nam 2012'),
    ];
    expect(rank(results, 'nghi quyet 20')[0]).toBe('20-nq-tw');
    expect(rank(results, 'Luat Hop tac xa 2023').slice(0, 2)).toEqual(['luat-2023', 'luat-2012']);
    expect(rank(results, 'hop tac xa 2012 luat')).toEqual(['clause', '20-nq-tw', 'luat-2023', 'luat-2012']);
    expect(rank(results, 'Luật Hợp tác xã năm 2012')[0]).toBe('luat-2012');
  });

  it('puts a cited document the query only shares words with after the clauses', () => {
    expect(rank([clause('clause', 0.2), { item: 'luat', score: 0.9, text: 'Luật Hợp tác xã', numbers: '23', names: 'luat hop tac xa' }], 'hop tac xa')).toEqual(['clause', 'luat']);
  });
});
