import { describe, expect, it } from 'vitest';
import { tokenize } from './tokenize.ts';

const words = (t: string): string[] => tokenize(t).filter((p) => p.kind === 'word').map((p) => p.source);

describe('tokenize', () => {
  it('finds OCR-damaged words and keeps codes, numbers and abbreviations fixed', () => {
    expect(words('Nghi quyét s6 20-NQ/TW, ngay 16/6/2022 cia HTX va OCOP (GRDP) 23/2012/QH13 b%lng'))
      .toEqual(['Nghi', 'quyét', 's6', 'ngay', 'cia', 'va', 'b%lng']);
  });
  it('leaves list and section markers at line starts alone', () => {
    const t = '[. MUC TIEU\nI1I- NHIEM VU\nI11. TO CHUC\nII- MUC\nIV. TO\na) hop tac\nđ) hop';
    const w = words(t);
    for (const marker of ['[.', 'I1I', 'I11', 'II', 'IV', 'a', 'đ']) expect(w).not.toContain(marker);
    expect(w).toContain('MUC');
    expect(w).toContain('hop');
  });
  it('treats capitals as words in all-caps headings but not abbreviations', () => {
    expect(words('CHUONG TRINH HANH PONG')).toEqual(['CHUONG', 'TRINH', 'HANH', 'PONG']);
    expect(words('HTX va OCOP, GRDP')).toEqual(['va']);
    const heading = tokenize('TINH UY AN GIANG PANG CONG SAN').filter((p) => p.kind === 'word');
    expect(heading.every((p) => p.kind === 'word' && p.casePattern === 'upper')).toBe(true);
  });
  it('splits words joined by a slash but not codes', () => {
    expect(words('6 triéu ddng/nguoi/thang; b/c d/c')).toEqual(['triéu', 'ddng', 'nguoi', 'thang']);
  });
  it('covers every non-space character with offsets into the input', () => {
    const t = ' * An Giang, ngay 13 thang 3 nam 2026\n\nS6 17-CTr/TU';
    const covered = new Array<boolean>(t.length).fill(false);
    for (const p of tokenize(t)) {
      expect(t.slice(p.start, p.end)).toBe(p.source);
      for (let i = p.start; i < p.end; i++) covered[i] = true;
    }
    [...t].forEach((ch, i) => expect(covered[i] || /\s/.test(ch)).toBe(true));
  });
});
