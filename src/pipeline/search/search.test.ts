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
