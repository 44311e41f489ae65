import { describe, expect, it } from 'vitest';
import { buildTermIndex, canonicalSyllable, markTerms, type MarkableTerm, type Segment } from './mark-terms.ts';

const TERMS: MarkableTerm[] = [
  { id: 'hop-tac-xa', vi: ['hợp tác xã'], abbreviations: ['HTX'] },
  { id: 'hop-tac', vi: ['hợp tác'] },
  { id: 'lien-hiep-hop-tac-xa', vi: ['liên hiệp hợp tác xã', 'liên hiệp HTX'] },
  { id: 'lien-minh-htx-tinh', vi: ['Liên minh Hợp tác xã tỉnh'] },
  { id: 'kinh-te-tap-the', vi: ['kinh tế tập thể'] },
  { id: 'tinh-uy', vi: ['Tỉnh ủy'] },
  { id: 'ban-thuong-vu', vi: ['Ban Thường vụ Tỉnh ủy'] },
  { id: 'phong-tckh', vi: ['Phòng Tài chính - Kế hoạch'] },
  { id: 'nq-20', vi: ['Nghị quyết số 20-NQ/TW', '20-NQ/TW'] },
  { id: 'ocop', vi: ['chương trình OCOP'], abbreviations: ['OCOP'] },
  { id: 'hoa', vi: ['cơ giới hóa'] },
];
const index = buildTermIndex(TERMS);

/** The marked pieces as "termId:text", plain text left out. */
function marks(text: string, idx = index): string[] {
  return markTerms(text, idx).flatMap((s) => (typeof s === 'string' ? [] : [`${s.termId}:${s.text}`]));
}

function joined(segments: Segment[]): string {
  return segments.map((s) => (typeof s === 'string' ? s : s.text)).join('');
}

describe('markTerms', () => {
  it('returns segments that concatenate to exactly the text', () => {
    const texts = [
      '',
      'không có thuật ngữ nào',
      'Hợp tác xã (HTX) và liên hiệp hợp tác xã; hợp tác với tổ chức kinh tế tập thể.',
      '  hợp tác xã  ',
      'Nghị quyết số 20-NQ/TW và 20-NQ/TW.\n\nTỉnh uỷ',
    ];
    for (const text of texts) expect(joined(markTerms(text, index))).toBe(text);
    expect(markTerms('', index)).toEqual([]);
    expect(markTerms('hợp tác xã', index)).toEqual([{ termId: 'hop-tac-xa', text: 'hợp tác xã' }]);
    expect(markTerms('các hợp tác xã.', index)).toEqual(['các ', { termId: 'hop-tac-xa', text: 'hợp tác xã' }, '.']);
  });

  it('takes the longest match: "hợp tác" never inside "hợp tác xã", "hợp tác xã" never inside "liên hiệp hợp tác xã"', () => {
    expect(marks('liên hiệp hợp tác xã và hợp tác xã, hợp tác quốc tế')).toEqual([
      'lien-hiep-hop-tac-xa:liên hiệp hợp tác xã',
      'hop-tac-xa:hợp tác xã',
      'hop-tac:hợp tác',
    ]);
    expect(marks('Liên minh Hợp tác xã tỉnh')).toEqual(['lien-minh-htx-tinh:Liên minh Hợp tác xã tỉnh']);
    expect(marks('báo cáo Ban Thường vụ Tỉnh ủy và Tỉnh ủy')).toEqual(['ban-thuong-vu:Ban Thường vụ Tỉnh ủy', 'tinh-uy:Tỉnh ủy']);
  });

  it('resolves overlaps longest first, even when the longer match starts later', () => {
    const idx = buildTermIndex([
      { id: 'short', vi: ['phát triển kinh tế'] },
      { id: 'long', vi: ['kinh tế tập thể, hợp tác xã'] },
    ]);
    expect(marks('phát triển kinh tế tập thể, hợp tác xã', idx)).toEqual(['long:kinh tế tập thể, hợp tác xã']);
    // Where the longer one does not apply, the shorter one is marked.
    expect(marks('phát triển kinh tế tập thể', idx)).toEqual(['short:phát triển kinh tế']);
  });

  it('on overlapping matches of equal length takes the earlier one and still marks what is left', () => {
    const idx = buildTermIndex([
      { id: 'ab', vi: ['tổ hợp'] },
      { id: 'ba', vi: ['hợp tổ'] },
      { id: 'a', vi: ['tổ'] },
    ]);
    expect(marks('tổ hợp tổ', idx)).toEqual(['ab:tổ hợp', 'a:tổ']);
    // Of two overlapping matches with as many syllables, the one with more characters wins.
    const idx2 = buildTermIndex([
      { id: 'to-hop', vi: ['tổ hợp'] },
      { id: 'hop-tac', vi: ['hợp tác'] },
    ]);
    expect(marks('tổ hợp tác', idx2)).toEqual(['hop-tac:hợp tác']);
  });

  it('matches whole syllables only', () => {
    const idx = buildTermIndex([
      { id: 'tac', vi: ['tác'] },
      { id: 'xa', vi: ['xã'] },
      { id: 'htx', vi: ['hợp tác xã'], abbreviations: ['HTX'] },
    ]);
    expect(marks('tách, xãhội, táct', idx)).toEqual([]);
    expect(marks('HTXs HTX1 xHTX', idx)).toEqual([]);
    expect(marks('hợp tác xãx', idx)).toEqual(['tac:tác']);
    // Marks belong to their letter: a form without the marks is another syllable.
    expect(marks('hop tac xa', idx)).toEqual([]);
  });

  it('treats punctuation as a boundary on either side', () => {
    expect(marks('(HTX) “hợp tác xã”, [hợp tác xã]; hợp tác xã… HTX/THT')).toEqual([
      'hop-tac-xa:HTX',
      'hop-tac-xa:hợp tác xã',
      'hop-tac-xa:hợp tác xã',
      'hop-tac-xa:hợp tác xã',
      'hop-tac-xa:HTX',
    ]);
  });

  it('requires the same punctuation between syllables, with spacing and dash style free', () => {
    expect(marks('Phòng Tài chính - Kế hoạch, Phòng Tài chính – Kế hoạch, Phòng Tài chính-Kế hoạch')).toHaveLength(3);
    expect(marks('Phòng Tài chính, Kế hoạch')).toEqual([]);
    expect(marks('hợp tác. Xã hội')).toEqual(['hop-tac:hợp tác']);
    expect(marks('hợp tác,xã')).toEqual(['hop-tac:hợp tác']);
  });

  it('lets a term run over a line break but not over a paragraph break', () => {
    expect(marks('các hợp tác\nxã')).toEqual(['hop-tac-xa:hợp tác\nxã']);
    expect(marks('các hợp tác\n\nxã')).toEqual(['hop-tac:hợp tác']);
  });

  it('is case-aware: lower-case forms match capitalised and all-caps text, abbreviations only as written', () => {
    expect(marks('Hợp tác xã được thành lập.')).toEqual(['hop-tac-xa:Hợp tác xã']);
    expect(marks('II. KINH TẾ TẬP THỂ')).toEqual(['kinh-te-tap-the:KINH TẾ TẬP THỂ']);
    expect(marks('Htx htx hTX')).toEqual([]);
    expect(marks('hợp Tác xã')).toEqual([]);
    // A capitalised form (a name) does not match the same words in lower case.
    expect(marks('liên minh hợp tác xã tỉnh')).toEqual(['hop-tac-xa:hợp tác xã']);
    expect(marks('LIÊN MINH HỢP TÁC XÃ TỈNH')).toEqual(['lien-minh-htx-tinh:LIÊN MINH HỢP TÁC XÃ TỈNH']);
    expect(marks('Tỉnh ủy, tỉnh ủy')).toEqual(['tinh-uy:Tỉnh ủy']);
    // Only the first letter is capitalised for a sentence start: "Kinh Tế" is not "kinh tế".
    expect(marks('Kinh Tế Tập Thể')).toEqual([]);
  });

  it('marks abbreviations inside longer forms and codes as whole syllables', () => {
    expect(marks('các liên hiệp HTX và HTX')).toEqual(['lien-hiep-hop-tac-xa:liên hiệp HTX', 'hop-tac-xa:HTX']);
    expect(marks('Nghị quyết số 20-NQ/TW; Nghị quyết 20-NQ/TW; 120-NQ/TW')).toEqual([
      'nq-20:Nghị quyết số 20-NQ/TW',
      'nq-20:20-NQ/TW',
    ]);
    expect(marks('sản phẩm OCOP và Chương trình OCOP')).toEqual(['ocop:OCOP', 'ocop:Chương trình OCOP']);
  });

  it('takes the old and new tone placement as one ("hoá" = "hóa", "uỷ" = "ủy") and is blind to NFC/NFD', () => {
    expect(marks('Tỉnh uỷ; cơ giới hoá; cơ giới hóa')).toEqual(['tinh-uy:Tỉnh uỷ', 'hoa:cơ giới hoá', 'hoa:cơ giới hóa']);
    const nfd = 'Các hợp tác xã và Tỉnh ủy'.normalize('NFD');
    const segments = markTerms(nfd, index);
    expect(joined(segments)).toBe(nfd);
    expect(segments.filter((s) => typeof s !== 'string').map((s) => (s as { termId: string }).termId)).toEqual(['hop-tac-xa', 'tinh-uy']);
    expect(canonicalSyllable('hóa')).toBe('hoá');
    expect(canonicalSyllable('Thủy')).toBe('Thuỷ');
    expect(canonicalSyllable('quý')).toBe('quý');
    expect(canonicalSyllable('hoàn')).toBe('hoàn');
  });

  it('is fast enough for the whole edition', () => {
    const terms: MarkableTerm[] = [...TERMS];
    for (let i = 0; i < 300; i++) terms.push({ id: `t${i}`, vi: [`thuật ngữ số ${i} dài`] });
    const idx = buildTermIndex(terms);
    const paragraph = 'Phát triển kinh tế tập thể, hợp tác xã (HTX) và liên hiệp hợp tác xã theo Nghị quyết số 20-NQ/TW của thuật ngữ số 7 dài. ';
    const text = paragraph.repeat(1200); // ≈ 30,000 syllables
    const started = performance.now();
    const segments = markTerms(text, idx);
    const elapsed = performance.now() - started;
    expect(joined(segments)).toBe(text);
    expect(segments.filter((s) => typeof s !== 'string')).toHaveLength(1200 * 6);
    expect(elapsed).toBeLessThan(1000);
  });
});
