/**
 * Vietnamese syllable structure: tone marks, vowel modifiers, tone placement,
 * diacritic folding and onset/rhyme parsing. Pure functions, no data.
 */

/** Tone numbers: 0 ngang, 1 sắc, 2 huyền, 3 hỏi, 4 ngã, 5 nặng. */
export type Tone = 0 | 1 | 2 | 3 | 4 | 5;

const TONE_MARKS: Record<string, Tone> = {
  '\u0301': 1,
  '\u0300': 2,
  '\u0309': 3,
  '\u0303': 4,
  '\u0323': 5,
};
const TONE_CHARS = ['', '\u0301', '\u0300', '\u0309', '\u0303', '\u0323'] as const;

const VOWELS = 'aăâeêioôơuưy';
const MODIFIED_VOWELS = 'ăâêôơư';

export const ONSETS = [
  'ngh', 'ng', 'gh', 'gi', 'kh', 'nh', 'ph', 'th', 'tr', 'ch', 'qu',
  'b', 'c', 'd', 'đ', 'g', 'h', 'k', 'l', 'm', 'n', 'p', 'r', 's', 't', 'v', 'x',
] as const;

const STOP_CODAS = new Set(['p', 't', 'c', 'ch']);

export function isVowel(ch: string): boolean {
  return VOWELS.includes(ch);
}

/** Split a (lowercase or not) syllable into its toneless form and its tone. */
export function splitTone(s: string): { base: string; tone: Tone } {
  const nfd = s.normalize('NFD');
  let tone: Tone = 0;
  let out = '';
  for (const ch of nfd) {
    const t = TONE_MARKS[ch];
    if (t !== undefined) tone = t;
    else out += ch;
  }
  return { base: out.normalize('NFC'), tone };
}

/** Remove every diacritic (tone and vowel modifiers) and map đ→d, Đ→D. */
export function fold(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D');
}

/** True if the string carries any Vietnamese diacritic (tone, modifier or đ). */
export function hasDiacritics(s: string): boolean {
  return fold(s) !== s;
}

export type ParsedSyllable = { onset: string; nucleus: string; coda: string; tone: Tone };

/** Parse a lowercase syllable into onset, vowel nucleus, coda and tone; null if it has no vowel. */
export function parseSyllable(syl: string): ParsedSyllable | null {
  const { base, tone } = splitTone(syl);
  let onset = '';
  for (const o of ONSETS) {
    if (base.startsWith(o)) {
      onset = o;
      break;
    }
  }
  // "gi" is the onset only if a vowel follows (gìn → g + in); "qu" is always the onset.
  if (onset === 'gi' && !(base.length > 2 && isVowel(base[2]!))) onset = 'g';
  let i = onset.length;
  let nucleus = '';
  while (i < base.length && isVowel(base[i]!)) nucleus += base[i++];
  if (!nucleus) return null;
  const coda = base.slice(i);
  return { onset, nucleus, coda, tone };
}

/** Index (within the nucleus) of the vowel carrying the tone mark. */
function toneIndex(nucleus: string, coda: string, style: 'old' | 'new'): number {
  let lastMod = -1;
  for (let k = 0; k < nucleus.length; k++) if (MODIFIED_VOWELS.includes(nucleus[k]!)) lastMod = k;
  if (lastMod >= 0) return lastMod;
  if (nucleus.length === 1) return 0;
  if (coda) return nucleus.length - 1;
  if (nucleus.length >= 3) return 1;
  if (style === 'new' && (nucleus === 'oa' || nucleus === 'oe' || nucleus === 'uy')) return 1;
  return 0;
}

/** Render a syllable from parts, with the tone on the vowel the given style prescribes. */
export function renderSyllable(p: ParsedSyllable, style: 'old' | 'new' = 'old'): string {
  const idx = toneIndex(p.nucleus, p.coda, style);
  const nuc = [...p.nucleus];
  nuc[idx] = (nuc[idx]!.normalize('NFD') + TONE_CHARS[p.tone]).normalize('NFC');
  return (p.onset + nuc.join('') + p.coda).normalize('NFC');
}

/**
 * Canonical form of a lowercase syllable: NFC, tone on the vowel the old
 * ("hóa", "thủy") convention prescribes. Strings that are not syllables are returned NFC.
 */
export function canonical(syl: string): string {
  const p = parseSyllable(syl);
  return p ? renderSyllable(p, 'old') : syl.normalize('NFC');
}

/** Which tone-placement style a written syllable uses, when it is distinguishable. */
export function placementStyle(syl: string): 'old' | 'new' | null {
  const p = parseSyllable(syl.toLowerCase());
  if (!p || p.tone === 0 || p.coda || p.nucleus.length !== 2) return null;
  if (p.nucleus !== 'oa' && p.nucleus !== 'oe' && p.nucleus !== 'uy') return null;
  const nfc = syl.toLowerCase().normalize('NFC');
  if (nfc === renderSyllable(p, 'old')) return 'old';
  if (nfc === renderSyllable(p, 'new')) return 'new';
  return null;
}

/** Phonotactic check against a set of attested toneless rhymes (nucleus+coda). */
export function isPhonotactic(syl: string, rhymes: ReadonlySet<string>): boolean {
  const p = parseSyllable(syl);
  if (!p) return false;
  if (!rhymes.has(p.nucleus + p.coda)) return false;
  if (STOP_CODAS.has(p.coda) && p.tone !== 1 && p.tone !== 5) return false;
  // Spelling rules: k/gh/ngh only before front vowels, c/g/ng not before them.
  const front = /^[eêiy]/.test(p.nucleus);
  // k before back vowels occurs in names (Bắc Kạn, Kon Tum, Đắk Lắk), so only gh/ngh are checked.
  if ((p.onset === 'gh' || p.onset === 'ngh') && !front) return false;
  if ((p.onset === 'c' || p.onset === 'ng') && front) return false;
  if (p.onset === 'qu' && p.nucleus.startsWith('u')) return false;
  return true;
}

/** Apply the letter case of a source token (lower, Title, UPPER) to an output syllable. */
export function applyCase(out: string, casePattern: 'lower' | 'title' | 'upper'): string {
  if (casePattern === 'upper') return out.toUpperCase();
  if (casePattern === 'title') return out.charAt(0).toUpperCase() + out.slice(1);
  return out;
}

/** Tone-placement-insensitive comparison key (lowercase, canonical placement). */
export function comparisonKey(s: string): string {
  return s
    .toLowerCase()
    .normalize('NFC')
    .split(/(\p{L}+)/u)
    .map((part) => (/^\p{L}+$/u.test(part) ? canonical(part) : part))
    .join('');
}
