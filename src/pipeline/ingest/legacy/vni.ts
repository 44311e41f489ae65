import { CP1252_C1, VNI_D, VNI_LOWER, VNI_UPPER, VOWEL_LETTERS } from './tables.ts';
import { unencodable } from './windows1258.ts';

/**
 * VNI-Windows: base letter + mark byte (see tables.ts). 0x80–0x9F read as Windows-1252
 * punctuation, 0xA0–0xBF as Latin-1 symbols; a byte in 0xC0–0xFF that is neither a VNI letter nor a
 * mark after a letter it fits is read as its Latin-1 character and counted as an anomaly.
 */

type Shape = 'none' | 'breve' | 'circumflex';

interface Mark {
  shape: Shape;
  tone: number;
}

interface Base {
  row: number;
  upper: boolean;
}

/** Row of a vowel once a breve or circumflex is added (a → ă/â, e → ê, o → ô); absent if it cannot take it. */
const SHAPED: Readonly<Record<Shape, Readonly<Record<number, number>>>> = {
  none: {},
  breve: { 0: 1 },
  circumflex: { 0: 2, 3: 4, 6: 7 },
};

interface VniTables {
  single: readonly string[];
  bases: ReadonlyMap<number, Base>;
  marks: ReadonlyMap<number, Mark>;
  /** Bytes that mean nothing alone in VNI (marks, unused slots). */
  stray: ReadonlySet<number>;
  encode: ReadonlyMap<string, string>;
}

const TABLES: VniTables = (() => {
  const single: string[] = [];
  for (let b = 0; b < 0x80; b++) single[b] = String.fromCharCode(b);
  CP1252_C1.forEach((code, i) => (single[0x80 + i] = String.fromCharCode(code)));
  for (let b = 0xa0; b < 0x100; b++) single[b] = String.fromCharCode(b);

  const marks = new Map<number, Mark>();
  const bases = new Map<number, Base>();
  const encode = new Map<string, string>();
  const letterBytes = new Set<number>();
  const rowsByCase: readonly [readonly (readonly string[])[], boolean][] = [
    [VNI_LOWER, false],
    [VNI_UPPER, true],
  ];
  for (const [rows, upper] of rowsByCase) {
    // The a/ă/â rows carry every mark: tone marks, breve (+ tone), circumflex (+ tone).
    const shapes: readonly Shape[] = ['none', 'breve', 'circumflex'];
    shapes.forEach((shape, r) => {
      rows[r]!.forEach((bytes, tone) => {
        if (bytes.length === 2) marks.set(bytes.charCodeAt(1), { shape, tone });
      });
    });
    rows.forEach((forms, row) => {
      const plain = forms[0]!;
      if (plain.length === 1) bases.set(plain.charCodeAt(0), { row, upper });
      forms.forEach((bytes, tone) => {
        const letter = VOWEL_LETTERS[row]![tone]!;
        encode.set(upper ? letter.toUpperCase() : letter, bytes);
        if (bytes.length === 1 && bytes.charCodeAt(0) > 0x7f) {
          single[bytes.charCodeAt(0)] = upper ? letter.toUpperCase() : letter;
          letterBytes.add(bytes.charCodeAt(0));
        }
      });
    });
  }
  for (const [letter, bytes] of VNI_D) {
    single[bytes.charCodeAt(0)] = letter;
    letterBytes.add(bytes.charCodeAt(0));
    encode.set(letter, bytes);
  }
  const stray = new Set<number>();
  for (let b = 0xc0; b < 0x100; b++) if (!letterBytes.has(b)) stray.add(b);
  // Every byte that reads as itself alone is written as itself (ASCII, punctuation, unused slots),
  // except the marks, which would join the letter before them.
  for (let b = 0; b < 0x100; b++) {
    const ch = single[b]!;
    if (!marks.has(b) && !encode.has(ch)) encode.set(ch, String.fromCharCode(b));
  }
  return { single, bases, marks, stray, encode };
})();

/** Bytes → NFC text; `anomalies` counts bytes that formed no VNI character. */
export function decodeVniDetailed(bytes: Uint8Array): { text: string; anomalies: number } {
  const parts: string[] = [];
  let anomalies = 0;
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const base = TABLES.bases.get(b);
    if (base !== undefined) {
      let row = base.row;
      let tone = 0;
      let j = i + 1;
      const first = j < bytes.length ? TABLES.marks.get(bytes[j]!) : undefined;
      if (first !== undefined) {
        const shaped = first.shape === 'none' ? row : SHAPED[first.shape][row];
        if (shaped !== undefined) {
          row = shaped;
          tone = first.tone;
          j++;
          // Lenient: a bare breve/circumflex byte followed by a separate tone byte.
          const second = first.shape !== 'none' && tone === 0 && j < bytes.length ? TABLES.marks.get(bytes[j]!) : undefined;
          if (second !== undefined && second.shape === 'none') {
            tone = second.tone;
            j++;
          }
        }
      }
      const letter = VOWEL_LETTERS[row]![tone]!;
      parts.push(base.upper ? letter.toUpperCase() : letter);
      i = j;
      continue;
    }
    if (TABLES.stray.has(b)) anomalies++;
    parts.push(TABLES.single[b]!);
    i++;
  }
  return { text: parts.join('').normalize('NFC'), anomalies };
}

export function decodeVni(bytes: Uint8Array): string {
  return decodeVniDetailed(bytes).text;
}

/** NFC text → VNI-Windows bytes; characters VNI has no bytes for throw. */
export function encodeVni(text: string): Uint8Array {
  const out: number[] = [];
  for (const ch of text.normalize('NFC')) {
    const bytes = TABLES.encode.get(ch);
    if (bytes === undefined) throw unencodable(ch, 'vni');
    for (let k = 0; k < bytes.length; k++) out.push(bytes.charCodeAt(k));
  }
  return Uint8Array.from(out);
}
