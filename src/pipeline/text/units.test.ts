import { describe, expect, it } from 'vitest';
import { CAPACITY_LINE, labelToIdSegment, readMarker } from './markers.ts';

describe('readMarker: the named units of Nghị định 30/2020 and Party texts', () => {
  it.each([
    ['Điều 3. Tổ chức thực hiện', 'article', 'Điều 3', 'Tổ chức thực hiện'],
    ['Điều 12: Hiệu lực thi hành', 'article', 'Điều 12', 'Hiệu lực thi hành'],
    ['Chương II', 'chapter', 'Chương II', ''],
    ['CHƯƠNG III. TỔ CHỨC THỰC HIỆN', 'chapter', 'Chương III', 'TỔ CHỨC THỰC HIỆN'],
    ['Mục 1. QUY ĐỊNH CHUNG', 'division', 'Mục 1', 'QUY ĐỊNH CHUNG'],
    ['Tiểu mục 2. Cho vay', 'subdivision', 'Tiểu mục 2', 'Cho vay'],
    ['PHẦN THỨ HAI', 'part', 'Phần 2', ''],
    ['Phần I. Kết quả', 'part', 'Phần I', 'Kết quả'],
    ['PHỤ LỤC', 'appendix', 'Phụ lục', ''],
    ['Phụ lục số 02: Danh mục dự án', 'appendix', 'Phụ lục 2', 'Danh mục dự án'],
    ['PHỤ LỤC I', 'appendix', 'Phụ lục I', ''],
  ])('%s is a %s labelled %s', (line, kind, label, rest) => {
    expect(readMarker(line)).toMatchObject({ kind, label, rest });
  });

  it.each([
    'Điều 5 của Luật Hợp tác xã quy định', // a cross-reference at the start of a wrapped line
    'Phần lớn các hợp tác xã còn nhỏ',
    'Mục tiêu tổng quát',
    'Mục đích, yêu cầu',
    'Chương trình hành động của Tỉnh ủy',
    'Phụ lục kèm theo Kế hoạch này',
    'Chương v của',
  ])('"%s" is running text or another numbering, not a named unit', (line) => {
    expect(['part', 'chapter', 'division', 'subdivision', 'article', 'appendix']).not.toContain(readMarker(line)?.kind);
  });

  it('reads Party numbering with "-" and keeps ranges at a line start as text', () => {
    expect(readMarker('1- Tiếp tục nâng cao nhận thức')).toMatchObject({ kind: 'arabic', label: '1', marker: '1-' });
    expect(readMarker('a- Rà soát chính sách')).toMatchObject({ kind: 'letter', label: 'a' });
    expect(readMarker('15 - 20 hợp tác xã mỗi năm')).toBeNull();
    expect(readMarker('y tế cơ sở')).toBeNull();
  });

  it('gives named units readable id segments', () => {
    expect(['Điều 3', 'khoản 2', 'điểm đ', 'Chương IV', 'Phụ lục', 'Phụ lục 1', 'Tiểu mục 2', 'III', '2.1', 'đ'].map(labelToIdSegment)).toEqual([
      'dieu-3', 'khoan-2', 'diem-dd', 'chuong-iv', 'phu-luc', 'phu-luc-1', 'tieu-muc-2', 'iii', '2-1', 'dd',
    ]);
  });

  it('knows the signing capacities of State and Party texts', () => {
    for (const line of ['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'T/M BAN THƯỜNG VỤ', 'K/T BÍ THƯ', 'TL. CHỦ TỊCH', 'Q. GIÁM ĐỐC']) expect(CAPACITY_LINE.test(line), line).toBe(true);
    expect(CAPACITY_LINE.test('Tổ chức thực hiện')).toBe(false);
  });
});
