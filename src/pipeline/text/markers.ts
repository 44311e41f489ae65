/**
 * Recognising the numbering a line starts with: Roman sections, arabic and decimal items,
 * Vietnamese letters, bullets. Shared by ingest (never merge a numbered line into its neighbour)
 * and structure (the clause tree is decided by numbering).
 */
import { upperShare } from './document-types.ts';

export type MarkerKind = 'roman' | 'arabic' | 'decimal' | 'letter' | 'bullet' | 'star';

export interface LineMarker {
  kind: MarkerKind;
  /** Normalised label: `III`, `2`, `2.1`, `đ`, `-`, `+`, `*`. */
  label: string;
  /** The marker exactly as written, e.g. `I1I-`, `2.1.`, `đ)`. */
  marker: string;
  /** Text after the marker and its spacing. */
  rest: string;
}

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

// OCR reads the strokes of I as 1, l, [, ], | or !; `I1I-` is III and `[.` is I.
const ROMAN_LINE = /^([IVXl1[\]|!]{1,6})\s*([.\-–:])\s*(\S.*)$/u;
const DECIMAL_LINE = /^(\d{1,2}(?:\.\d{1,2})+)(\.?)\s+(\S.*)$/u;
const ARABIC_LINE = /^(\d{1,2})([.)])\s+(\S.*)$/u;
const LETTER_LINE = /^([a-zđ])\)\s*(\S.*)$/u;
const BULLET_LINE = /^([-+•–])\s+(\S.*)$/u;
const STAR_LINE = /^\*\s+(\S.*)$/u;

/** The numbering or bullet a line starts with, or null for running text. */
export function readMarker(line: string): LineMarker | null {
  const text = line.trim();

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
  if (arabic && /^[\p{Lu}\p{N}"“(]/u.test(arabic[3]!)) {
    return { kind: 'arabic', label: String(Number(arabic[1]!)), marker: arabic[1]! + arabic[2]!, rest: arabic[3]! };
  }

  const letter = LETTER_LINE.exec(text);
  if (letter) {
    return { kind: 'letter', label: letter[1]!, marker: `${letter[1]!})`, rest: letter[2]! };
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

/** The id segment for a numbering label: `III` → `iii`, `2.1` → `2-1`, `đ` → `dd`. */
export function labelToIdSegment(label: string): string {
  return label.toLowerCase().replace(/đ/g, 'dd').replace(/\./g, '-');
}
