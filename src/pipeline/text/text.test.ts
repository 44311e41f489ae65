import { describe, expect, it } from 'vitest';
import { foldKey, slugify } from './fold.ts';
import { labelToIdSegment, readMarker, romanValue } from './markers.ts';
import { firstMissingInOrder, syllables } from './syllables.ts';

describe('foldKey', () => {
  it('removes marks and folds đ/Đ, which have no decomposition, to d', () => {
    expect(foldKey('Đảng đầu tư hợp tác xã')).toBe('dang dau tu hop tac xa');
    expect(slugify('Đến năm 2030')).toBe('den-nam-2030');
  });
});

describe('readMarker', () => {
  it.each([
    ['I. MỤC TIÊU', 'roman', 'I', 'I.'],
    ['II- MUC TIEU', 'roman', 'II', 'II-'],
    ['[. MUC TIEU', 'roman', 'I', '[.'],
    ['I1I- NHIEM VU VA GIAI PHAP', 'roman', 'III', 'I1I-'],
    ['I11. TO CHUC THUC HIEN', 'roman', 'III', 'I11.'],
    ['IV- TO CHUC THU\'C HIEN', 'roman', 'IV', 'IV-'],
    ['2. Mục tiêu cụ thể', 'arabic', '2', '2.'],
    ['2.1. Chinh sdch dit dai', 'decimal', '2.1', '2.1.'],
    ['đ) Xử lý dứt điểm', 'letter', 'đ', 'đ)'],
    ['- Toàn tỉnh có khoảng 540 hợp tác xã', 'bullet', '-', '-'],
    ['+ Về nhà ở: Khuyến khích', 'bullet', '+', '+'],
    ['* Dén nim 2030', 'star', '*', '*'],
  ])('%s', (line, kind, label, marker) => {
    expect(readMarker(line)).toMatchObject({ kind, label, marker });
  });

  it.each([
    'Quan triét day du 05 quan dlem',
    '4.109 tổ hợp tác với 82.000 thành viên',
    '2016 của Ban Chấp hành',
    'I. am not a section in lower case',
    '2030 báo cáo Bộ Kế hoạch và Đầu tư.',
  ])('reads running text as running text: %s', (line) => {
    expect(readMarker(line)).toBeNull();
  });

  it('derives id segments from labels', () => {
    expect(['III', '2', '2.1', 'đ', 'a'].map(labelToIdSegment)).toEqual(['iii', '2', '2-1', 'dd', 'a']);
    expect(romanValue('XIV')).toBe(14);
    expect(romanValue('IIII')).toBeNull();
  });
});

describe('syllables', () => {
  it('splits on spacing and punctuation, keeping codes apart', () => {
    expect(syllables('Nghị quyết số 20-NQ/TW, ngày 16/6/2022.')).toEqual(['Nghị', 'quyết', 'số', '20', 'NQ', 'TW', 'ngày', '16', '6', '2022']);
    expect(firstMissingInOrder(['a', 'c'], ['a', 'b', 'c'])).toBe(-1);
    expect(firstMissingInOrder(['c', 'a'], ['a', 'b', 'c'])).toBe(1);
  });
});
