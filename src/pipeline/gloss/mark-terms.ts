/**
 * Marking glossary terms in running text.
 *
 * The text is cut into syllables: maximal runs of letters, combining marks and digits
 * (`SYLLABLE` of `text/syllables.ts`, the unit the no-loss checks count). A term's surface form
 * is cut the same way, so a match always starts and ends on a syllable boundary: "hợp tác" can
 * never match inside "hợp tác xã" as a prefix of a longer syllable, and "HTX" never matches inside "HTX1".
 *
 * Between two syllables a surface form and the text must have the same kind of separator: any
 * run of spaces and single line breaks counts as one space (a blank line, i.e. a paragraph break,
 * never joins a term); a separator holding punctuation must hold the same punctuation, spaces
 * ignored and the dashes - – — ‐ ‑ ‒ − taken as one (so "Tài chính - Kế hoạch" matches
 * "Tài chính – Kế hoạch" and "Tài chính-Kế hoạch", while "hợp tác. Xã" does not match
 * "hợp tác xã").
 *
 * Syllables are compared after NFC and after moving the tone mark of an open "oa", "oe", "uy"
 * rhyme to one place: the edition's sources mix the old ("hoá", "Tuỳ", "uỷ") and the new
 * ("hóa", "Tùy", "ủy") placement, and the OCR restorer writes the old one.
 *
 * Case: a surface form matches itself; one whose first letter is lower case also matches with
 * that letter capitalised (a sentence, heading or list item start: "Hợp tác xã" ~ "hợp tác xã");
 * a surface form with lower-case letters also matches written wholly in capitals (titles and
 * headings such as "CHƯƠNG TRÌNH HÀNH ĐỘNG"). Abbreviations match only exactly as written:
 * "HTX" matches "HTX", never "Htx" or "htx".
 *
 * Overlaps are resolved longest match first: every match of every form is collected, then taken
 * in order of length (syllables, then characters; earlier start first on a tie), skipping any
 * that overlaps one already taken. A shorter term inside a longer one (e.g. "hợp tác xã" inside
 * "Liên minh Hợp tác xã tỉnh") is therefore not marked separately.
 */
import { foldKey } from '../text/fold.ts';
import { SYLLABLE } from '../text/syllables.ts';

export type Segment = string | { termId: string; text: string };

/** What marking needs of a glossary term (`GlossaryTerm` has this shape). */
export interface MarkableTerm {
  id: string;
  vi: readonly string[];
  abbreviations?: readonly string[] | undefined;
}

/** A syllable of a text with its UTF-16 offsets. */
export interface Token {
  text: string;
  start: number;
  end: number;
}

interface Pattern {
  termId: string;
  /** Syllable keys (see `syllableKey`). */
  syllables: string[];
  /** Separator keys between consecutive syllables (`syllables.length - 1` of them). */
  separators: string[];
  /** Length of the form in characters, the second tie-break for "longest". */
  chars: number;
}

export interface TermIndex {
  /** Patterns by the key of their first syllable, longest first. */
  readonly byFirst: ReadonlyMap<string, readonly Pattern[]>;
  /** How `syllableKey` was applied to the text side: exact (case kept) or case-folded or diacritic-folded. */
  readonly mode: MatchMode;
}

/** exact: case-aware marking; lower: case-insensitive; folded: also without diacritics (đ → d). */
export type MatchMode = 'exact' | 'lower' | 'folded';

const TONE = '[\\u0300\\u0301\\u0303\\u0309\\u0323]';
/** An open rhyme oa/oe/uy at the end of a syllable, with the tone mark on either vowel (NFD). */
const OPEN_RHYME = new RegExp(`^(.*?)([oOuU])(${TONE}?)([aAeEyY])(${TONE}?)$`, 'u');

/** The syllables of a text, with offsets into the text as given (not normalised). */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(SYLLABLE)) tokens.push({ text: m[0], start: m.index, end: m.index + m[0].length });
  return tokens;
}

/**
 * NFC, with the tone mark of an open oa/oe/uy rhyme put on the second vowel ("hóa" → "hoá",
 * "ủy" → "uỷ"), so that both placement conventions give one key. Case is kept.
 */
export function canonicalSyllable(syllable: string): string {
  const nfd = syllable.normalize('NFD');
  const m = OPEN_RHYME.exec(nfd);
  if (!m) return syllable.normalize('NFC');
  const [, head = '', first = '', tone1 = '', second = '', tone2 = ''] = m;
  if (!tone1) return nfd.normalize('NFC');
  return `${head}${first}${second}${tone1}${tone2}`.normalize('NFC');
}

/** The comparison key of one syllable under a match mode. */
export function syllableKey(syllable: string, mode: MatchMode): string {
  const canonical = canonicalSyllable(syllable);
  if (mode === 'exact') return canonical;
  if (mode === 'lower') return canonical.toLowerCase();
  return foldKey(canonical);
}

/**
 * The key of the characters between two syllables: " " for plain spacing, null for a paragraph
 * break (never part of a term), otherwise the punctuation with spaces removed and dashes unified.
 */
export function separatorKey(separator: string): string | null {
  if (/^\s*$/u.test(separator)) return /\n[^\S\n]*\n/u.test(separator) ? null : ' ';
  return separator.replace(/\s+/gu, '').replace(/[‐‑‒–—−]/gu, '-');
}

/** Cut a surface form into syllable and separator keys; null when it holds no syllable. */
function formPattern(termId: string, form: string, mode: MatchMode): Pattern | null {
  const tokens = tokenize(form);
  if (tokens.length === 0) return null;
  const separators: string[] = [];
  for (let i = 1; i < tokens.length; i++) {
    const key = separatorKey(form.slice(tokens[i - 1]!.end, tokens[i]!.start));
    if (key === null) return null;
    separators.push(key);
  }
  return { termId, syllables: tokens.map((t) => syllableKey(t.text, mode)), separators, chars: form.length };
}

/** The form with its first letter (not necessarily its first character) in upper case. */
function capitaliseFirst(form: string): string {
  return form.replace(/\p{L}/u, (letter) => letter.toUpperCase());
}

/** The written variants a surface form matches in case-aware marking (see the module comment). */
export function caseVariants(form: string, isAbbreviation: boolean): string[] {
  const variants = [form];
  if (isAbbreviation) return variants;
  const nfc = form.normalize('NFC');
  if (/^\P{L}*\p{Ll}/u.test(nfc)) variants.push(capitaliseFirst(nfc));
  if (/\p{Ll}/u.test(nfc)) variants.push(nfc.toUpperCase());
  return [...new Set(variants)];
}

/**
 * Precompute the patterns of every surface form and abbreviation. In `exact` mode (marking) the
 * case variants are added; in `lower` and `folded` mode (validation) case does not matter.
 * When two terms claim the same written form (a glossary that fails validation) the first wins.
 */
export function buildTermIndex(terms: readonly MarkableTerm[], mode: MatchMode = 'exact'): TermIndex {
  const byFirst = new Map<string, Pattern[]>();
  const seen = new Set<string>();
  const add = (termId: string, written: string): void => {
    const pattern = formPattern(termId, written, mode);
    if (!pattern) return;
    const signature = `${pattern.syllables.join('\u0000')}\u0001${pattern.separators.join('\u0000')}`;
    if (seen.has(signature)) return;
    seen.add(signature);
    const first = pattern.syllables[0]!;
    const list = byFirst.get(first);
    if (list) list.push(pattern);
    else byFirst.set(first, [pattern]);
  };
  for (const term of terms) {
    for (const form of term.vi) {
      for (const written of mode === 'exact' ? caseVariants(form, false) : [form]) add(term.id, written);
    }
    for (const abbreviation of term.abbreviations ?? []) add(term.id, abbreviation);
  }
  for (const list of byFirst.values()) list.sort(longerFirst);
  return { byFirst, mode };
}

function longerFirst(a: Pattern, b: Pattern): number {
  return b.syllables.length - a.syllables.length || b.chars - a.chars;
}

/** One occurrence of a term: syllable indexes `first..last` (inclusive) of the tokenized text. */
export interface Occurrence {
  termId: string;
  first: number;
  last: number;
  start: number;
  end: number;
}

/** A text cut into syllables and keyed for one match mode; reusable across indexes of that mode. */
export interface PreparedText {
  text: string;
  tokens: Token[];
  keys: string[];
  /** separators[i] is the key of the gap between tokens i and i + 1. */
  separators: (string | null)[];
  mode: MatchMode;
}

export function prepareText(text: string, mode: MatchMode): PreparedText {
  const tokens = tokenize(text);
  const keys = tokens.map((t) => syllableKey(t.text, mode));
  const separators: (string | null)[] = [];
  for (let i = 0; i + 1 < tokens.length; i++) separators.push(separatorKey(text.slice(tokens[i]!.end, tokens[i + 1]!.start)));
  return { text, tokens, keys, separators, mode };
}

/** Every occurrence of every pattern, overlapping ones included. */
export function findOccurrences(prepared: PreparedText, index: TermIndex): Occurrence[] {
  if (prepared.mode !== index.mode) throw new Error(`findOccurrences: text prepared for "${prepared.mode}" but index built for "${index.mode}"`);
  const { tokens, keys, separators } = prepared;
  const found: Occurrence[] = [];
  for (let i = 0; i < keys.length; i++) {
    const candidates = index.byFirst.get(keys[i]!);
    if (!candidates) continue;
    for (const p of candidates) {
      const n = p.syllables.length;
      if (i + n > keys.length) continue;
      let ok = true;
      for (let k = 1; k < n && ok; k++) ok = keys[i + k] === p.syllables[k] && separators[i + k - 1] === p.separators[k - 1];
      if (ok) found.push({ termId: p.termId, first: i, last: i + n - 1, start: tokens[i]!.start, end: tokens[i + n - 1]!.end });
    }
  }
  return found;
}

/** The non-overlapping occurrences chosen longest first, in text order. */
export function selectLongestFirst(occurrences: readonly Occurrence[]): Occurrence[] {
  const ordered = [...occurrences].sort(
    (a, b) => b.last - b.first - (a.last - a.first) || b.end - b.start - (a.end - a.start) || a.first - b.first,
  );
  const taken = new Set<number>();
  const chosen: Occurrence[] = [];
  for (const o of ordered) {
    let free = true;
    for (let k = o.first; k <= o.last && free; k++) free = !taken.has(k);
    if (!free) continue;
    for (let k = o.first; k <= o.last; k++) taken.add(k);
    chosen.push(o);
  }
  return chosen.sort((a, b) => a.first - b.first);
}

/**
 * Cut `text` into plain strings and marked terms; the segments concatenate to exactly `text`.
 * `index` must be built in `exact` mode (the default of `buildTermIndex`).
 */
export function markTerms(text: string, index: TermIndex): Segment[] {
  if (index.mode !== 'exact') throw new Error('markTerms needs an index built in "exact" mode');
  const chosen = selectLongestFirst(findOccurrences(prepareText(text, 'exact'), index));
  const segments: Segment[] = [];
  let at = 0;
  for (const o of chosen) {
    if (o.start > at) segments.push(text.slice(at, o.start));
    segments.push({ termId: o.termId, text: text.slice(o.start, o.end) });
    at = o.end;
  }
  if (at < text.length) segments.push(text.slice(at));
  return segments;
}
