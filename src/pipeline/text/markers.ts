/**
 * Recognising the numbering a line starts with. Shared by ingest (never merge a numbered line into
 * its neighbour) and structure (the clause tree is decided by numbering).
 *
 * The units of content are those of Nghị định 30/2020/NĐ-CP, Phụ lục I, on the content of a text (Phần, Chương,
 * Mục, Tiểu mục, Điều, Khoản, Điểm) and of the Party's Hướng dẫn 36-HD/VPTW (Roman and arabic
 * numbering followed by "." or "-"), plus the appendices ("Phụ lục") both attach to a text, and the
 * list marks both use. docs/document-layout.md describes the model.
 */
import { foldKey } from './fold.ts';
import { upperShare } from './document-types.ts';

/** Named units: the word names the level and a number follows ("Chương II", "Điều 3"). */
export type UnitKind = 'part' | 'chapter' | 'division' | 'subdivision' | 'article' | 'appendix';

export type MarkerKind = UnitKind | 'capital' | 'roman' | 'arabic' | 'decimal' | 'letter' | 'bullet' | 'star';

export interface LineMarker {
  kind: MarkerKind;
  /**
   * Normalised label: `III`, `2`, `2.1`, `đ`, `-`, `+`, `*`; for a named unit the word and its
   * number as a reader cites it: `Chương II`, `Điều 3`, `Phần 1`, `Phụ lục I`, `Phụ lục`.
   */
  label: string;
  /** The marker exactly as written, e.g. `I1I-`, `2.1.`, `đ)`. */
  marker: string;
  /** Text after the marker and its spacing. */
  rest: string;
}

/**
 * The signing capacity that opens a signature block (Nghị định 30/2020, Phụ lục I, on the signature: TM., KT.,
 * TL., TUQ., Q.; Hướng dẫn 36-HD/VPTW: T/M, K/T, T/L): never part of the paragraph above it.
 */
export const CAPACITY_LINE = /^(T\/M|TM\.?|KT\.?|K\/T|TL\.?|T\/L|TUQ\.?|Q\.)\s+\p{Lu}/u;

/** Vietnamese list-letter order: no f, j, w, z; đ follows d. */
export const VIETNAMESE_LETTERS = ['a', 'b', 'c', 'd', 'đ', 'e', 'g', 'h', 'i', 'k', 'l', 'm', 'n', 'o', 'p', 'q', 'r', 's', 't', 'u', 'v', 'x', 'y'];

const ROMAN_VALUES: Record<string, number> = { I: 1, V: 5, X: 10 };

/** Value of a canonical Roman numeral up to XXXIX, or null. */
export function romanValue(numeral: string): number | null {
  if (!/^X{0,3}(IX|IV|V?I{0,3})$/.test(numeral) || numeral === '') return null;
  let total = 0;
  for (let i = 0; i < numeral.length; i++) {
    const value = ROMAN_VALUES[numeral[i]!]!;
    const next = ROMAN_VALUES[numeral[i + 1] ?? ''] ?? 0;
    total += value < next ? -value : value;
  }
  return total;
}

/** The word of each named unit as a reader cites it, keyed by its folded form. */
const UNIT_WORDS: Record<string, { kind: UnitKind; word: string }> = {
  'phan': { kind: 'part', word: 'Phần' },
  'chuong': { kind: 'chapter', word: 'Chương' },
  'muc': { kind: 'division', word: 'Mục' },
  'tieu muc': { kind: 'subdivision', word: 'Tiểu mục' },
  'dieu': { kind: 'article', word: 'Điều' },
  'phu luc': { kind: 'appendix', word: 'Phụ lục' },
};

/** "Phần thứ nhất" … "Phần thứ mười": ordinal words, folded. */
const ORDINALS: Record<string, number> = { nhat: 1, hai: 2, ba: 3, tu: 4, nam: 5, sau: 6, bay: 7, tam: 8, chin: 9, muoi: 10 };

// "Chương II", "CHƯƠNG II.", "Mục 1:", "Phần thứ hai", "Điều 3.", "PHỤ LỤC I", "Phụ lục số 02 -".
const UNIT_LINE = /^(phần|chương|tiểu mục|mục|điều|phụ lục)(?:\s+(?:số\s+)?(thứ\s+\p{L}+|[IVXLC]+|\d{1,3}[a-z]?)(?![\p{L}\p{N}]))?\s*([.:\-–—]?)\s*(.*)$/iu;

/**
 * A named unit: the word must be written as a heading word (capitalised), and what follows must
 * look like a unit and not like running text that happens to begin with the word ("Phần lớn các
 * hợp tác xã…", "Mục tiêu…", "Điều 5 của Luật…").
 */
function readUnit(text: string): LineMarker | null {
  const match = UNIT_LINE.exec(text);
  if (!match || !/^\p{Lu}/u.test(match[1]!)) return null;
  const [, word, number, separator, rest] = match as unknown as [string, string, string | undefined, string, string];
  // Roman numerals are capitals; "Chương v" or "Mục c" is not a unit.
  if (number !== undefined && /^[ivxlc]+$/.test(number)) return null;
  const unit = UNIT_WORDS[foldKey(word)]!;
  const capitals = upperShare(word) > 0.5;
  let label: string;
  if (number === undefined) {
    // Only an appendix may stand unnumbered, and then as a heading: "PHỤ LỤC" or "Phụ lục" alone.
    if (unit.kind !== 'appendix' || !(capitals || rest === '') || /^\p{Ll}/u.test(rest)) return null;
    label = unit.word;
  } else {
    const ordinal = /^thứ\s+(\p{L}+)$/iu.exec(number);
    if (ordinal && unit.kind !== 'part') return null;
    const value = ordinal ? ORDINALS[foldKey(ordinal[1]!)] : undefined;
    if (ordinal && value === undefined) return null;
    const roman = /^[IVXLC]+$/.test(number) ? romanValue(number) : null;
    if (/^[IVXLC]+$/.test(number) && roman === null) return null;
    label = `${unit.word} ${value ?? (roman !== null ? number : String(Number.parseInt(number, 10)) + number.replace(/^\d+/, ''))}`;
  }
  // An article states its number then a full stop (Nghị định 30, Phụ lục I): "Điều 3."; a
  // cross-reference at the start of a wrapped line ("Điều 5 của Luật …") has none.
  if (unit.kind === 'article' && separator === '') return null;
  if (rest !== '' && !/^[\p{Lu}\p{N}"“(]/u.test(rest)) return null;
  return { kind: unit.kind, label, marker: `${match[0].slice(0, match[0].length - rest.length).trim()}`, rest };
}

// Reports and some plans divide into parts lettered in capitals above their Roman sections:
// "A. KẾT QUẢ THỰC HIỆN", "B- NHIỆM VỤ". I, V and X are Roman numerals.
const CAPITAL_LINE = /^([A-HK])\s?([.\-–])\s+(\p{Lu}.*)$/u;

// OCR reads the strokes of I as 1, l, [, ], | or !; `I1I-` is III and `[.` is I.
const ROMAN_LINE = /^([IVXl1[\]|!]{1,6})\s*([.\-–:])\s*(\S.*)$/u;
const DECIMAL_LINE = /^(\d{1,2}(?:\.\d{1,2})+)(\.?)\s+(\S.*)$/u;
// Party texts number with "-" as well as "." (Hướng dẫn 36-HD/VPTW): "1- Tiếp tục…", "a- …".
const ARABIC_LINE = /^(\d{1,2})([.)]|\s?-)\s+(\S.*)$/u;
const LETTER_LINE = /^([a-zđ])\)\s*(\S.*)$/u;
const LETTER_DOT_LINE = /^([a-zđ])\s?[.-]\s+([\p{Lu}\p{N}].*)$/u;
const BULLET_LINE = /^([-+•–])\s+(\S.*)$/u;
const STAR_LINE = /^\*\s+(\S.*)$/u;

/** The numbering or bullet a line starts with, or null for running text. */
export function readMarker(line: string): LineMarker | null {
  const text = line.trim();

  const unit = readUnit(text);
  if (unit) return unit;

  const capital = CAPITAL_LINE.exec(text);
  if (capital && upperShare(capital[3]!) >= 0.6) {
    return { kind: 'capital', label: capital[1]!, marker: `${capital[1]!}${capital[2]!}`, rest: capital[3]! };
  }

  const roman = ROMAN_LINE.exec(text);
  if (roman) {
    const written = roman[1]!;
    const normalised = written.replace(/[l1[\]|!]/g, 'I');
    const value = romanValue(normalised);
    const rest = roman[3]!;
    const canonical = written === normalised;
    // Section names are set in capitals; demanding that keeps "V. I. Lenin" or a stray "1." out.
    const looksLikeSection = upperShare(rest) >= (canonical ? 0.6 : 0.75) && /^\p{Lu}/u.test(rest);
    if (value !== null && looksLikeSection && (canonical || roman[2] !== ':')) {
      return { kind: 'roman', label: normalised, marker: written + roman[2]!, rest };
    }
  }

  const decimal = DECIMAL_LINE.exec(text);
  if (decimal && (decimal[2] === '.' || /^\p{Lu}/u.test(decimal[3]!))) {
    return { kind: 'decimal', label: decimal[1]!, marker: decimal[1]! + decimal[2]!, rest: decimal[3]! };
  }

  const arabic = ARABIC_LINE.exec(text);
  // "1- Tiếp tục …" numbers a paragraph, but "15 - 20 hợp tác xã" at the start of a wrapped line is a range.
  if (arabic && /^[\p{Lu}\p{N}"“(]/u.test(arabic[3]!) && !(arabic[2]!.trim() === '-' && /^\p{N}/u.test(arabic[3]!))) {
    return { kind: 'arabic', label: String(Number(arabic[1]!)), marker: arabic[1]! + arabic[2]!.trim(), rest: arabic[3]! };
  }

  const letter = LETTER_LINE.exec(text);
  if (letter) {
    return { kind: 'letter', label: letter[1]!, marker: `${letter[1]!})`, rest: letter[2]! };
  }
  const letterDot = LETTER_DOT_LINE.exec(text);
  if (letterDot) {
    return { kind: 'letter', label: letterDot[1]!, marker: text.slice(0, text.length - letterDot[2]!.length).trim(), rest: letterDot[2]! };
  }

  const bullet = BULLET_LINE.exec(text);
  if (bullet) {
    return { kind: 'bullet', label: bullet[1] === '+' ? '+' : '-', marker: bullet[1]!, rest: bullet[2]! };
  }

  const star = STAR_LINE.exec(text);
  if (star) {
    return { kind: 'star', label: '*', marker: '*', rest: star[1]! };
  }
  return null;
}

/**
 * The id segment for a numbering label: `III` → `iii`, `2.1` → `2-1`, `đ` → `dd`; a named unit's
 * word is folded: `Điều 3` → `dieu-3`, `khoản 2` → `khoan-2`, `điểm đ` → `diem-dd`, `Phụ lục` → `phu-luc`.
 */
export function labelToIdSegment(label: string): string {
  return label
    .split(' ')
    .map((part, i, parts) => (i === parts.length - 1 ? part.toLowerCase().replace(/đ/g, 'dd').replace(/\./g, '-') : foldKey(part)))
    .map((part) => foldKey(part).replace(/[^a-z0-9-]+/g, '-'))
    .join('-');
}
