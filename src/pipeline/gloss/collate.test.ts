import { describe, expect, it } from 'vitest';
import { compareEnglish, compareVietnamese } from './collate.ts';

const sortVi = (words: string[]): string[] => [...words].sort(compareVietnamese);

describe('compareVietnamese', () => {
  it('puts đ after d, whatever follows', () => {
    expect(sortVi(['đảng', 'e', 'duy', 'dân', 'Đoàn', 'dz'])).toEqual(['dân', 'duy', 'dz', 'đảng', 'Đoàn', 'e']);
  });

  it('puts ă and â after a, ê after e, ô and ơ after o, ư after u', () => {
    expect(sortVi(['ân', 'ăn', 'an', 'b'])).toEqual(['an', 'ăn', 'ân', 'b']);
    expect(sortVi(['ếch', 'em', 'f'])).toEqual(['em', 'ếch', 'f']);
    expect(sortVi(['Ơn', 'Ôn', 'On', 'Pa'])).toEqual(['On', 'Ôn', 'Ơn', 'Pa']);
    expect(sortVi(['ưu đãi', 'uỷ ban', 'vốn', 'Ủy viên'])).toEqual(['uỷ ban', 'Ủy viên', 'ưu đãi', 'vốn']);
  });

  it('breaks ties by tone only: ngang < huyền < hỏi < ngã < sắc < nặng', () => {
    expect(sortVi(['bạ', 'bá', 'bã', 'bả', 'bà', 'ba'])).toEqual(['ba', 'bà', 'bả', 'bã', 'bá', 'bạ']);
    expect(sortVi(['mộ', 'mố', 'mỗ', 'mổ', 'mồ', 'mô'])).toEqual(['mô', 'mồ', 'mổ', 'mỗ', 'mố', 'mộ']);
  });

  it('compares letters before tones', () => {
    // "ác" < "ách" and "ang" < "anh" whatever the tones (Vietnam Lexicography Centre, rule 4.1).
    expect(sortVi(['ách', 'ạc'])).toEqual(['ạc', 'ách']);
    expect(sortVi(['anh', 'ãng'])).toEqual(['ãng', 'anh']);
    expect(sortVi(['bạn', 'bà'])).toEqual(['bà', 'bạn']);
    // The tones of a later syllable decide only when all the letters are the same.
    expect(sortVi(['hợp tác', 'hợp tạc', 'hộp tác'])).toEqual(['hộp tác', 'hợp tác', 'hợp tạc']);
    expect(sortVi(['bà ba', 'ba bà'])).toEqual(['ba bà', 'bà ba']);
  });

  it('compares word by word: a word sorts before the longer words it begins', () => {
    expect(sortVi(['hợp thức', 'hợp tác xã', 'hợp tác', 'hợptác'])).toEqual(['hợp tác', 'hợp tác xã', 'hợp thức', 'hợptác']);
    expect(sortVi(['cha', 'chan', 'ch'])).toEqual(['ch', 'cha', 'chan']);
  });

  it('is case-insensitive, with lower case first only as the last tie-break', () => {
    expect(sortVi(['Bình Thuận', 'bò', 'bình'])).toEqual(['bình', 'Bình Thuận', 'bò']);
    expect(sortVi(['Hợp tác xã', 'hợp tác xã'])).toEqual(['hợp tác xã', 'Hợp tác xã']);
    expect(compareVietnamese('HTX', 'htx')).toBeGreaterThan(0);
    expect(compareVietnamese('hợp tác xã', 'hợp tác xã')).toBe(0);
  });

  it('orders digit runs by value and before letters', () => {
    expect(sortVi(['Nghị quyết số 134/NQ-CP', 'Nghị quyết số 13-NQ/TW', 'Nghị quyết số 09-NQ/TU', 'Nghị quyết số 20-NQ/TW'])).toEqual([
      'Nghị quyết số 09-NQ/TU',
      'Nghị quyết số 13-NQ/TW',
      'Nghị quyết số 20-NQ/TW',
      'Nghị quyết số 134/NQ-CP',
    ]);
    expect(sortVi(['a', '2', '10'])).toEqual(['2', '10', 'a']);
  });

  it('ignores punctuation and spacing apart from separating words, and NFC/NFD form', () => {
    const sorted = sortVi(['sở, bao', 'sở ban ngành', 'sở, ban, ngành', 'sở ban']);
    expect(sorted[0]).toBe('sở ban');
    expect(sorted[3]).toBe('sở, bao');
    expect(sortVi(['Phòng Tài chính - Kế hoạch', 'Phòng Tài chính', 'Phòng Tài'])).toEqual(['Phòng Tài', 'Phòng Tài chính', 'Phòng Tài chính - Kế hoạch']);
    expect(compareVietnamese('đảng'.normalize('NFD'), 'đảng')).toBe(0);
    expect(compareVietnamese('ưu đãi'.normalize('NFD'), 'uy')).toBeGreaterThan(0);
  });

  it('is a consistent total order', () => {
    const words = ['đ', 'd', 'Đ', 'D', 'dd', 'đa', 'da', 'dà', 'Đà', 'ư', 'u', 'ơ', 'ô', 'o', 'Ơ', 'Ô', 'ba', 'bà', 'Ba', 'bạ', 'ba ba'];
    for (const a of words) {
      expect(compareVietnamese(a, a)).toBe(0);
      for (const b of words) {
        expect(Math.sign(compareVietnamese(a, b)) + Math.sign(compareVietnamese(b, a))).toBe(0);
        if (a !== b) expect(compareVietnamese(a, b)).not.toBe(0);
        for (const c of words) {
          if (compareVietnamese(a, b) < 0 && compareVietnamese(b, c) < 0) expect(compareVietnamese(a, c)).toBeLessThan(0);
        }
      }
    }
  });
});

describe('compareEnglish', () => {
  it('is case-insensitive, numbers by value', () => {
    expect(['cooperative union', 'Cooperative Alliance', 'agricultural cooperative', 'Decision No. 490/QĐ-TTg', 'Decision No. 35/2019/QĐ-UBND'].sort(compareEnglish)).toEqual([
      'agricultural cooperative',
      'Cooperative Alliance',
      'cooperative union',
      'Decision No. 35/2019/QĐ-UBND',
      'Decision No. 490/QĐ-TTg',
    ]);
    expect(compareEnglish('state budget', 'State budget')).toBeLessThan(0);
    expect(compareEnglish('Viet Nam', 'Viet Nam')).toBe(0);
  });
});
