import { describe, expect, it } from 'vitest';
import { vietnameseRuns } from './vietnamese-runs.ts';

const marked = (text: string) => vietnameseRuns(text).filter((r) => r.vi).map((r) => r.text);

describe('Vietnamese quoted in English', () => {
  it('marks quoted Vietnamese whole, and leaves quoted English alone', () => {
    expect(marked('Also written "Tỉnh uỷ" (old tone placement) and "TỈNH ỦY" in headers.')).toEqual(['Tỉnh uỷ', 'TỈNH ỦY']);
    expect(marked('"giám đốc" alone is rendered "director".')).toEqual(['giám đốc']);
    expect(marked('the OCR sources often read "hop tac x4" or "hop tac xa".')).toEqual(['hop tac x4', 'hop tac xa']);
  });

  it('marks a name with the capitalised words that continue it, and a term in brackets', () => {
    expect(marked('since 2025 it includes the former Kiên Giang province.')).toEqual(['Kiên Giang']);
    expect(marked('merged into Lâm Đồng province in 2025.')).toEqual(['Lâm Đồng']);
    expect(marked('before the Đổi mới reforms of 1986')).toEqual(['Đổi mới']);
    expect(marked('a district-level town (thị xã).')).toEqual(['thị xã']);
  });

  it('gives back the text exactly, and nothing marked in plain English', () => {
    const text = 'Not the same body as the Ban Thường vụ Tỉnh ủy (Standing Board of the Provincial Party Committee).';
    expect(vietnameseRuns(text).map((r) => r.text).join('')).toBe(text);
    expect(marked(text)).toEqual(['Ban Thường vụ Tỉnh ủy']);
    expect(marked('The Lai Châu programme names it.')).toEqual(['Lai Châu']);
    expect(marked('The cooperative economy of the province.')).toEqual([]);
  });
});
