import { describe, expect, it } from 'vitest';
import { provinceNamedIn, provinceOfPlace } from './gazetteer.ts';
import { readHeaderComponents, readIssuer } from './header-layout.ts';

const kinds = (lines: string[]) => readHeaderComponents(lines).map((c) => `${c.kind}: ${c.text}`);

describe('header components in the layouts plain text gives them', () => {
  it('cuts a body and the motto set on one line, and a number and a date set on one line', () => {
    expect(kinds(['ỦY BAN NHÂN DÂN TỈNH THÁI BÌNH CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'Số: 39/KH-UBND Thái Bình, ngày 16 tháng 3 năm 2022'])).toEqual([
      'body: ỦY BAN NHÂN DÂN TỈNH THÁI BÌNH',
      'motto: CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'motto: Độc lập - Tự do - Hạnh phúc',
      'number: Số: 39/KH-UBND',
      'place-date: Thái Bình, ngày 16 tháng 3 năm 2022',
    ]);
  });

  it('reads a header copied from a web page as table cells, and rules under the names', () => {
    expect(kinds(['| ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |', '|---|---|', '| TỈNH AN GIANG | Độc lập - Tự do - Hạnh phúc |', '| ------- | ---------- |', 'Số: 2949/KH-UBND |'])).toEqual([
      'body: ỦY BAN NHÂN DÂN',
      'motto: CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'body: TỈNH AN GIANG',
      'motto: Độc lập - Tự do - Hạnh phúc',
      'number: Số: 2949/KH-UBND',
    ]);
    expect(kinds(['TỈNH ỦY BẮC KẠN', '******', 'Số 09-NQ/TU'])).toEqual(['body: TỈNH ỦY BẮC KẠN', 'rule: ******', 'number: Số 09-NQ/TU']);
  });

  it('tells a body under its superior from a name set on two lines', () => {
    expect(readIssuer(readHeaderComponents(['UBND TỈNH QUẢNG NAM', 'SỞ KẾ HOẠCH VÀ ĐẦU TƯ', 'Số: 1/KH-SKHĐT']))).toEqual({ issuingBody: 'SỞ KẾ HOẠCH VÀ ĐẦU TƯ', parentBody: 'UBND TỈNH QUẢNG NAM' });
    expect(readIssuer(readHeaderComponents(['TỈNH ỦY BẮC KẠN', 'BAN TUYÊN GIÁO']))).toEqual({ issuingBody: 'BAN TUYÊN GIÁO', parentBody: 'TỈNH ỦY BẮC KẠN' });
    expect(readIssuer(readHeaderComponents(['ỦY BAN NHÂN DÂN', 'TỈNH BÌNH THUẬN']))).toEqual({ issuingBody: 'ỦY BAN NHÂN DÂN TỈNH BÌNH THUẬN', parentBody: null });
  });
});

describe('the gazetteer', () => {
  const date = (iso: string) => ({ year: Number(iso.slice(0, 4)), month: Number(iso.slice(5, 7)), day: Number(iso.slice(8, 10)), iso });

  it('maps a capital or city to its province, against the provinces of the date', () => {
    expect(provinceOfPlace('Long Xuyên', date('2021-12-20'))).toBe('An Giang');
    expect(provinceOfPlace('Phan Thiết', date('2022-06-02'))).toBe('Bình Thuận');
    expect(provinceOfPlace('TP. Buôn Ma Thuột', date('2023-01-01'))).toBe('Đắk Lắk');
    // From 1 July 2025 Phan Thiết is in the new Lâm Đồng, Rạch Giá the centre of the new An Giang.
    expect(provinceOfPlace('Phan Thiết', date('2025-08-01'))).toBe('Lâm Đồng');
    expect(provinceOfPlace('Rạch Giá', date('2025-10-01'))).toBe('An Giang');
    expect(provinceOfPlace('Rạch Giá', date('2024-10-01'))).toBe('Kiên Giang');
    expect(provinceOfPlace('Nơi Không Có', date('2024-10-01'))).toBeNull();
  });

  it('finds the province a body names, however its marks and hyphens are set', () => {
    expect(provinceNamedIn('TỈNH ỦY BÀ RỊA - VŨNG TÀU', date('2020-01-01'))).toBe('Bà Rịa - Vũng Tàu');
    expect(provinceNamedIn('UBND TINH DIEN BIEN', null)).toBe('Điện Biên');
    expect(provinceNamedIn('ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH', null)).toBe('Hồ Chí Minh');
    expect(provinceNamedIn('ỦY BAN NHÂN DÂN TỈNH THANH HOÁ', null)).toBe('Thanh Hóa');
    expect(provinceNamedIn('BAN THƯỜNG VỤ TỈNH ỦY', null)).toBeNull();
  });
});
