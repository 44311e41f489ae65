import { TONE_MARKS, VOWEL_ROWS } from './tables.ts';

/** The 67 lowercase precomposed Vietnamese letters (66 vowel forms beyond ASCII, and đ). */
export const LOWER_LETTERS: readonly string[] = [
  ...[...VOWEL_ROWS.join('')].filter((c) => c.charCodeAt(0) > 0x7f),
  'đ',
];

/** All 134 precomposed Vietnamese letters outside ASCII, lowercase then uppercase. */
export const VIETNAMESE_LETTERS: readonly string[] = [...LOWER_LETTERS, ...LOWER_LETTERS.map((c) => c.toUpperCase())];

const LETTER_SET: ReadonlySet<string> = new Set(VIETNAMESE_LETTERS);

/** A letter of the Vietnamese alphabet (ASCII letters included: f, j, w, z occur in names and loans). */
export function isVietnameseLetter(ch: string): boolean {
  return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || LETTER_SET.has(ch);
}

/** Combining tone mark → its index in TONE_MARKS (1–5). */
const TONE_INDEX: ReadonlyMap<string, number> = new Map(TONE_MARKS.slice(1).map((mark, i) => [mark, i + 1]));

/** Splits a word into its toneless form and its tones (indices 1–5 of TONE_MARKS). */
export function splitTones(word: string): { bare: string; tones: number[] } {
  const tones: number[] = [];
  let rest = '';
  for (const ch of word.normalize('NFD')) {
    const tone = TONE_INDEX.get(ch);
    if (tone === undefined) rest += ch;
    else tones.push(tone);
  }
  return { bare: rest.normalize('NFC'), tones };
}

const ONSETS: readonly string[] = [
  'ngh', 'ng', 'nh', 'ch', 'gh', 'gi', 'kh', 'ph', 'th', 'tr', 'qu',
  'b', 'c', 'd', 'đ', 'g', 'h', 'k', 'l', 'm', 'n', 'p', 'r', 's', 't', 'v', 'x', '',
];
const VOWELS = 'aăâeêioôơuưy';
const CODAS: ReadonlySet<string> = new Set(['', 'c', 'ch', 'm', 'n', 'ng', 'nh', 'p', 't']);
const STOP_CODAS: ReadonlySet<string> = new Set(['c', 'ch', 'p', 't']);

/** Vowel groups (with their glides) that stand only at the end of a syllable. */
const OPEN_ONLY: ReadonlySet<string> = new Set([
  'ai', 'ao', 'au', 'ay', 'âu', 'ây', 'eo', 'êu', 'ia', 'iu', 'oi', 'ôi', 'ơi', 'ua', 'ui', 'ưa', 'ưi', 'ưu', 'uơ',
  'iêu', 'yêu', 'oai', 'oao', 'oay', 'oeo', 'uây', 'uôi', 'uya', 'uyu', 'ươi', 'ươu',
]);
/** Vowel groups that need a final consonant. */
const NEED_CODA: ReadonlySet<string> = new Set(['ă', 'â', 'iê', 'yê', 'uô', 'ươ', 'oă', 'uâ', 'uyê', 'oo']);
/** Vowel groups that may stand open or closed. */
const FREE: ReadonlySet<string> = new Set(['a', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'y', 'oa', 'oe', 'uê', 'uy']);
/** The only vowel groups that take final ch or nh. */
const PALATAL_OK: ReadonlySet<string> = new Set(['a', 'ê', 'i', 'y', 'oa', 'uê', 'uy']);

function validRhyme(rest: string, tone: number): boolean {
  let v = 0;
  while (v < rest.length && VOWELS.includes(rest[v]!)) v++;
  if (v === 0) return false;
  const nucleus = rest.slice(0, v);
  const coda = rest.slice(v);
  if (!CODAS.has(coda)) return false;
  if (coda === '') {
    if (!OPEN_ONLY.has(nucleus) && !FREE.has(nucleus)) return false;
  } else {
    if (!NEED_CODA.has(nucleus) && !FREE.has(nucleus)) return false;
    if ((coda === 'ch' || coda === 'nh') && !PALATAL_OK.has(nucleus)) return false;
  }
  // Syllables closed by p, t, c or ch carry only the sắc or nặng tone.
  if (STOP_CODAS.has(coda) && tone !== 1 && tone !== 5) return false;
  return true;
}

/**
 * Whether one word is a well-formed Vietnamese syllable: onset + rhyme + at most one tone, by
 * Vietnamese spelling (a compact phonotactic check, generous at the edges; it exists to tell
 * properly decoded text from mojibake, not to police spelling).
 */
export function isVietnameseSyllable(word: string): boolean {
  const lower = word.toLowerCase();
  const { bare, tones } = splitTones(lower);
  if (tones.length > 1) return false;
  const tone = tones[0] ?? 0;
  for (const ch of bare) if (!(ch >= 'a' && ch <= 'z') && !'đăâêôơư'.includes(ch)) return false;
  for (const onset of ONSETS) {
    if (!bare.startsWith(onset)) continue;
    const rest = bare.slice(onset.length);
    if (validRhyme(rest, tone)) return true;
  }
  return false;
}
