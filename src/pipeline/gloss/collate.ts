/**
 * Alphabetical order for the glossary page.
 *
 * Vietnamese: the letters in the order of the Vietnamese alphabet
 *   a ă â b c d đ e ê (f) g h i (j) k l m n o ô ơ p q r s t u ư v (w) x y (z)
 * (f, j, w, z occur only in loanwords and names and take their Latin places), compared letter by
 * letter with tone marks ignored; words are compared word by word, so a shorter word sorts before a
 * longer one it begins ("hợp tác" < "hợp tác xã" < "hợp thức"); digit runs compare by value
 * ("số 9" < "số 13" < "số 134") and before letters. Only when two strings have the same letters do
 * the tone marks decide, syllable by syllable from the left, in the conventional dictionary order
 *
 *   ngang (no mark) < huyền ` < hỏi ̉ < ngã ~ < sắc ´ < nặng .      a < à < ả < ã < á < ạ
 *
 * This is the order of Vietnamese dictionaries as set out by the Vietnam Lexicography Centre
 * (Vũ Xuân Lương, "Quy tắc sắp xếp theo thứ tự ABC", http://vietunicode.sourceforge.net/charset/quytacABC_en.html:
 * "flat accent (non-accent), grave, hook above, tilde, acute, dot below", with letters before tone
 * marks), and the order of the Unicode CLDR Vietnamese collation (common/collation/vi.xml:
 * `&̀<<̉<<̃<<́<<̣`). Schoolbooks list the tones as ngang, huyền, sắc, hỏi, ngã, nặng, but that is
 * the order in which the tones are taught, not the one dictionaries sort by.
 *
 * Case does not count, except as the last tie-break (lower case first, as in the Lexicography
 * Centre's rule 3: "a" before "A").
 */

const ALPHABET = 'a ă â b c d đ e ê f g h i j k l m n o ô ơ p q r s t u ư v w x y z'.split(' ');
const RANK = new Map<string, number>(ALPHABET.map((letter, i) => [letter, i]));

/** Combining tone marks (NFD) → tone rank in dictionary order. */
const TONE_RANK = new Map<string, number>([
  ['\u0300', 1], // huyền (grave)
  ['\u0309', 2], // hỏi (hook above)
  ['\u0303', 3], // ngã (tilde)
  ['\u0301', 4], // sắc (acute)
  ['\u0323', 5], // nặng (dot below)
]);

/** Vowel-forming marks that make a separate letter: breve (ă), circumflex (â ê ô), horn (ơ ư). */
const LETTER_MARKS = new Set(['\u0306', '\u0302', '\u031B']);

type Unit =
  | { kind: 0 } // word break: any run of spaces and punctuation
  | { kind: 1; value: bigint; digits: string } // a run of digits
  | { kind: 2; rank: number; upper: boolean }; // a letter

interface SortKey {
  units: Unit[];
  /** Tone rank of each syllable (run of letters), left to right. */
  tones: number[];
}

const UNKNOWN_LETTER_BASE = 1000;

function letterRank(base: string): number {
  const rank = RANK.get(base);
  if (rank !== undefined) return rank;
  // A letter outside the Vietnamese and basic Latin alphabet: after z, by code point.
  return UNKNOWN_LETTER_BASE + (base.codePointAt(0) ?? 0);
}

function sortKey(text: string): SortKey {
  const units: Unit[] = [];
  const tones: number[] = [];
  const chars = [...text.normalize('NFD')];
  let inWord = false;
  let i = 0;
  while (i < chars.length) {
    const ch = chars[i]!;
    if (/\p{N}/u.test(ch)) {
      let digits = '';
      while (i < chars.length && /\p{Nd}/u.test(chars[i]!)) digits += chars[i++]!;
      if (digits === '') {
        // A numeral that is not a decimal digit (Ⅻ, ½): compare it as a letter after z.
        i++;
        units.push({ kind: 2, rank: letterRank(ch), upper: false });
      } else units.push({ kind: 1, value: BigInt(digits), digits });
      inWord = false;
      continue;
    }
    if (/\p{L}/u.test(ch)) {
      if (!inWord) tones.push(0);
      inWord = true;
      const lower = ch.toLowerCase();
      let base = lower;
      i++;
      // Marks that belong to this letter: letter-forming ones change the letter, tone marks set the syllable's tone.
      while (i < chars.length && /\p{M}/u.test(chars[i]!)) {
        const mark = chars[i]!;
        if (LETTER_MARKS.has(mark)) base = (base + mark).normalize('NFC');
        else {
          const tone = TONE_RANK.get(mark);
          if (tone !== undefined) tones[tones.length - 1] = tone;
        }
        i++;
      }
      units.push({ kind: 2, rank: letterRank(base), upper: lower !== ch });
      continue;
    }
    if (/\p{M}/u.test(ch)) {
      i++; // a stray mark with no letter before it
      continue;
    }
    // Spacing and punctuation: one word break, however long; none at the start.
    if (units.length > 0 && units[units.length - 1]!.kind !== 0) units.push({ kind: 0 });
    inWord = false;
    i++;
  }
  while (units.length > 0 && units[units.length - 1]!.kind === 0) units.pop();
  return { units, tones };
}

function compareUnits(a: Unit, b: Unit): number {
  if (a.kind !== b.kind) return a.kind - b.kind;
  if (a.kind === 1 && b.kind === 1) {
    if (a.value !== b.value) return a.value < b.value ? -1 : 1;
    return a.digits.length - b.digits.length; // "9" before "09"
  }
  if (a.kind === 2 && b.kind === 2) return a.rank - b.rank;
  return 0;
}

/** Vietnamese alphabetical order (see the module comment): negative when `a` sorts first. */
export function compareVietnamese(a: string, b: string): number {
  const ka = sortKey(a);
  const kb = sortKey(b);
  const n = Math.min(ka.units.length, kb.units.length);
  for (let i = 0; i < n; i++) {
    const c = compareUnits(ka.units[i]!, kb.units[i]!);
    if (c !== 0) return c;
  }
  if (ka.units.length !== kb.units.length) return ka.units.length - kb.units.length;
  const t = Math.min(ka.tones.length, kb.tones.length);
  for (let i = 0; i < t; i++) if (ka.tones[i] !== kb.tones[i]) return ka.tones[i]! - kb.tones[i]!;
  for (let i = 0; i < n; i++) {
    const ua = ka.units[i]!;
    const ub = kb.units[i]!;
    if (ua.kind === 2 && ub.kind === 2 && ua.upper !== ub.upper) return ua.upper ? 1 : -1;
  }
  const na = a.normalize('NFC');
  const nb = b.normalize('NFC');
  return na < nb ? -1 : na > nb ? 1 : 0;
}

const english = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

/** English alphabetical order: case- and accent-insensitive, numbers by value; ties broken by case, then code point. */
export function compareEnglish(a: string, b: string): number {
  const primary = english.compare(a, b);
  if (primary !== 0) return primary;
  const lowerFirst = a.toLowerCase() === b.toLowerCase() ? compareCase(a, b) : 0;
  if (lowerFirst !== 0) return lowerFirst;
  return a < b ? -1 : a > b ? 1 : 0;
}

function compareCase(a: string, b: string): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const ua = a[i] !== a[i]!.toLowerCase();
    const ub = b[i] !== b[i]!.toLowerCase();
    if (ua !== ub) return ua ? 1 : -1;
  }
  return 0;
}
