import {
  CP1252_C1,
  TCVN3_OTHER,
  TCVN3_VN2_CAPITALS,
  TCVN3_VN2_MARKS,
  TCVN3_VOWEL_BYTES,
  VOWEL_LETTERS,
} from './tables.ts';
import { unencodable } from './windows1258.ts';

/**
 * TCVN3 = TCVN 5712:1993 VN3, the code of the ABC fonts (.VnTime, .VnArial, …). Plain text in it
 * uses the lowercase table: 0x00–0x7F ASCII, 0xA0–0xFF Vietnamese (67 lowercase letters, the 7
 * capitals Ă Â Ê Ô Ơ Ư Đ, no-break space). The 21 bytes VN3 leaves free in 0xA0–0xFF are read as
 * VN2 (16 toned capitals, 5 combining tone marks); 0x80–0x9F as Windows-1252 punctuation.
 */

interface Tcvn3Tables {
  decode: readonly string[];
  marks: ReadonlyMap<number, string>;
  encode: ReadonlyMap<string, number>;
}

const TABLES: Tcvn3Tables = (() => {
  const decode: string[] = [];
  const encode = new Map<string, number>();
  for (let b = 0; b < 0x80; b++) decode[b] = String.fromCharCode(b);
  CP1252_C1.forEach((code, i) => (decode[0x80 + i] = String.fromCharCode(code)));
  TCVN3_VOWEL_BYTES.forEach((bytes, row) => {
    bytes.forEach((b, tone) => (decode[b] = VOWEL_LETTERS[row]![tone]!));
  });
  for (const [b, ch] of TCVN3_OTHER) decode[b] = ch;
  for (let b = 0; b < 256; b++) if (decode[b] !== undefined) encode.set(decode[b]!, b);
  // Toned capitals exist in VN3 only as the lowercase bytes drawn in an all-capitals font
  // (.VnTimeH): that is how they are written, and why they decode lowercase.
  for (const row of VOWEL_LETTERS) {
    for (const ch of row.slice(1)) {
      const upper = ch.toUpperCase();
      if (!encode.has(upper)) encode.set(upper, encode.get(ch)!);
    }
  }
  for (const [b, ch] of TCVN3_VN2_CAPITALS) decode[b] = ch;
  const marks = new Map<number, string>(TCVN3_VN2_MARKS);
  // A VN2 tone mark with no letter before it: the byte's Latin-1 symbol (° ± ² ³ ´).
  for (const [b] of TCVN3_VN2_MARKS) decode[b] = String.fromCharCode(b);
  return { decode, marks, encode };
})();

const LETTER = /[\p{L}]/u;

/** Bytes → NFC text, without case restoration; `anomalies` counts bytes with no TCVN3 meaning. */
export function decodeTcvn3Raw(bytes: Uint8Array): { text: string; anomalies: number } {
  const parts: string[] = [];
  let anomalies = 0;
  let previous = '';
  for (const b of bytes) {
    const mark = TABLES.marks.get(b);
    let ch: string;
    if (mark !== undefined && LETTER.test(previous)) ch = mark;
    else {
      ch = TABLES.decode[b]!;
      if (mark !== undefined) anomalies++;
    }
    parts.push(ch);
    previous = ch;
  }
  return { text: parts.join('').normalize('NFC'), anomalies };
}

/** Bytes → NFC text, with the capitals of all-capitals-font passages restored (see restoreTcvn3Case). */
export function decodeTcvn3(bytes: Uint8Array): string {
  return restoreTcvn3Case(decodeTcvn3Raw(bytes).text);
}

/**
 * NFC text → TCVN3 bytes. Toned capitals are written with their lowercase byte (as typed in an
 * all-capitals font); characters TCVN3 has no byte for throw.
 */
export function encodeTcvn3(text: string): Uint8Array {
  const out: number[] = [];
  for (const ch of text.normalize('NFC')) {
    const b = TABLES.encode.get(ch);
    if (b === undefined) throw unencodable(ch, 'tcvn3');
    out.push(b);
  }
  return Uint8Array.from(out);
}

/** Lowercase toned vowels: the letters whose capital VN3 writes with the same byte. */
const CASELESS: ReadonlySet<string> = new Set(VOWEL_LETTERS.flatMap((row) => row.slice(1)));

interface Word {
  /** Offset of the word in the text (UTF-16 units). */
  start: number;
  text: string;
  /** Capitals in the word, and whether the first letter is one. */
  uppers: number;
  firstUpper: boolean;
  /** Lowercase letters in the word, and whether all of them are CASELESS. */
  lowers: number;
  lowersCaseless: boolean;
  restored: boolean;
}

const WORD = /[\p{L}\p{M}]+/gu;

function readWord(text: string, start: number): Word {
  const word: Word = { start, text, uppers: 0, firstUpper: false, lowers: 0, lowersCaseless: true, restored: false };
  let first = true;
  for (const ch of text) {
    if (ch !== ch.toLowerCase()) {
      word.uppers++;
      if (first) word.firstUpper = true;
    } else if (ch !== ch.toUpperCase()) {
      word.lowers++;
      if (!CASELESS.has(ch)) word.lowersCaseless = false;
    }
    first = false;
  }
  return word;
}

function upperWord(w: Word): void {
  let out = '';
  for (const ch of w.text) out += CASELESS.has(ch) ? ch.toUpperCase() : ch;
  w.text = out;
  w.restored = true;
}

/**
 * Puts back the capitals that TCVN3 text lost. In a TCVN3 file a capital with a tone mark (Ấ, Ủ,
 * Ộ, …) is the byte of its lowercase letter, shown as a capital only by the all-capitals font it
 * was typed in; decoded, "CỘNG HÒA XÃ HỘI" reads "CộNG HòA Xã HộI". Restored, conservatively:
 *  1. a word whose other letters are capitals and whose only lowercase letters are toned vowels
 *     (CộNG, HòA, ủY), unless its one capital is its first letter (Số, Kế stay as they are);
 *  2. a capitalised word like Xã or Kế, when every other word on its line is in capitals and at
 *     least one of them was restored by rule 1 or holds a capital beyond ASCII (KẾ HOẠCH);
 *  3. a toned vowel opening a sentence: at the start of the text, or after . ! ? and white space
 *     (not after an ellipsis).
 * A toned capital inside running text after anything else (e.g. "; Ủy ban") cannot be told from a
 * lowercase letter and stays lowercase.
 */
export function restoreTcvn3Case(text: string): string {
  const lines: Word[][] = [[]];
  let newline = text.indexOf('\n');
  for (const match of text.matchAll(WORD)) {
    while (newline !== -1 && newline < match.index) {
      lines.push([]);
      newline = text.indexOf('\n', newline + 1);
    }
    lines[lines.length - 1]!.push(readWord(match[0], match.index));
  }

  for (const line of lines) {
    // Rule 1.
    for (const w of line) {
      if (w.uppers > 0 && w.lowers > 0 && w.lowersCaseless && !(w.uppers === 1 && w.firstUpper)) upperWord(w);
    }
    // Rule 2.
    const candidates: Word[] = [];
    let evidence = false;
    let blocked = false;
    for (const w of line) {
      if (w.restored || w.lowers === 0) {
        if (w.restored || (w.text.length >= 2 && /[^\u0000-\u007f]/u.test(w.text))) evidence = true;
      } else if (w.uppers === 1 && w.firstUpper && w.lowersCaseless) {
        candidates.push(w);
      } else {
        blocked = true;
      }
    }
    if (evidence && !blocked) candidates.forEach(upperWord);
    // Rule 3.
    for (const w of line) {
      const first = w.text[0]!;
      if (w.restored || w.uppers > 0 || !CASELESS.has(first) || !opensSentence(text, w.start)) continue;
      w.text = first.toUpperCase() + w.text.slice(1);
      w.restored = true;
    }
  }

  // Case changes keep every letter's length (all the letters involved are in the BMP, one unit).
  const parts: string[] = [];
  let at = 0;
  for (const line of lines) {
    for (const w of line) {
      if (!w.restored) continue;
      parts.push(text.slice(at, w.start), w.text);
      at = w.start + w.text.length;
    }
  }
  parts.push(text.slice(at));
  return parts.join('');
}

function opensSentence(text: string, start: number): boolean {
  let i = start - 1;
  while (i >= 0 && '"\'“‘(['.includes(text[i]!)) i--;
  let spaced = false;
  while (i >= 0 && /\s/u.test(text[i]!)) {
    i--;
    spaced = true;
  }
  if (i < 0) return true;
  if (!spaced) return false;
  const end = text[i]!;
  if (end === '!' || end === '?') return true;
  return end === '.' && text[i - 1] !== '.';
}
