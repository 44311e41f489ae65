/**
 * Splits input text into the pieces the restorer reasons about.
 *
 * A "word" piece is a stretch the engine may rewrite (a possibly OCR-damaged
 * syllable such as `dugc`, `c6`, `Pang`, `b%lng`). Everything else — numbers,
 * document codes (20-NQ/TW, 23/2012/QH13), abbreviations in capitals (HTX, OCOP),
 * list markers at line starts (I-, I1I-, [., a)), punctuation and whitespace — is
 * "fixed" and is copied to the output unchanged. Fixed pieces still give the
 * language model context: number, unknown word, punctuation or sentence boundary.
 */

import { fold } from './syllable.ts';

export type CasePattern = 'lower' | 'title' | 'upper';

/** Context classes the language model sees for non-word material. */
export type ContextClass = 'num' | 'unk' | 'punct' | 'boundary';

export type WordPiece = {
  kind: 'word';
  /** Exact source text of the word (offsets into the input). */
  source: string;
  start: number;
  end: number;
  casePattern: CasePattern;
  /** Lowercased NFC form used by the channel model (capital P kept as 'Þ'). */
  channelForm: string;
};

export type FixedPiece = {
  kind: 'fixed';
  source: string;
  start: number;
  end: number;
  context: ContextClass;
};

export type Piece = WordPiece | FixedPiece;

/** Punctuation before and after a word; the gold scorer strips the same (gold.ts). */
export const LEAD_PUNCT = /^[([{"'“‘«*•…\-–—.,;:!?_~`´]+/u;
export const TRAIL_PUNCT = /[)\]}"'”’»,.;:!?…\-–—*_~`´]+$/u;
/** Characters that may occur inside an OCR-damaged word. */
const WORD_CHARS = /^[\p{L}\p{M}0-9&%¢€¥$@'’]+$/u;
const ROMAN_LIKE = /^[IVXL1[\]|]+$/;
const LETTER_MARKER = /^[a-zđ][).]$/u;

function casePatternOf(core: string, heading: boolean): CasePattern {
  const letters = [...core].filter((c) => /\p{L}/u.test(c));
  if (letters.length === 0) return 'lower';
  const upper = letters.filter((c) => c !== c.toLowerCase()).length;
  if (heading && upper * 2 > letters.length) return 'upper';
  if (letters.length >= 2 && upper === letters.length) return 'upper';
  if (letters[0] !== letters[0]!.toLowerCase()) return 'title';
  return 'lower';
}

/** Lowercase NFC, keeping a capital P distinct because OCR writes Đ as P. */
export function channelFormOf(core: string): string {
  let out = '';
  for (const ch of core.normalize('NFC')) out += ch === 'P' ? 'Þ' : ch.toLowerCase();
  return out;
}

function contextOfPunct(s: string): ContextClass {
  return /[.!?…]/.test(s) ? 'boundary' : 'punct';
}

function isWordCandidate(core: string, heading: boolean): boolean {
  if (!WORD_CHARS.test(core)) return false;
  const letters = core.match(/\p{L}/gu)?.length ?? 0;
  if (letters === 0) return false;
  const digits = core.match(/[0-9]/g)?.length ?? 0;
  if (digits > 2 || [...core].length > 9) return false;
  if (/^['’]|['’]$/.test(core)) return false;
  if (ROMAN_LIKE.test(core) && /[IVX]/.test(core) && (core.length >= 2 || !heading || core === 'I')) return false;
  const upper = core.match(/\p{Lu}/gu)?.length ?? 0;
  // Abbreviations in capitals (HTX, OCOP, GRDP, UBND, QH13) outside all-caps headings.
  if (!heading && upper >= 2) return false;
  // In headings too, a capitalised token is a word only if shaped like one syllable
  // (a single vowel cluster): HTX, GRDP (no vowel) and OCOP (two) are abbreviations.
  if (upper >= 2) {
    const shape = fold(core.toLowerCase()).replace(/[^a-z]/g, '');
    if (!/^[^aeiouy]*[aeiouy]+[^aeiouy]*$/.test(shape)) return false;
  }
  return true;
}

/** Is this line an all-caps heading (words in capitals are then words, not abbreviations)? */
function isHeadingLine(line: string): boolean {
  const chunks = line.match(/\p{L}[\p{L}\p{M}0-9&'’]*/gu) ?? [];
  const lettered = chunks.filter((c) => (c.match(/\p{L}/gu)?.length ?? 0) >= 2);
  if (lettered.length < 2) return false;
  const caps = lettered.filter((c) => {
    const l = c.match(/\p{L}/gu) ?? [];
    const u = l.filter((x) => x !== x.toLowerCase()).length;
    return u * 2 > l.length;
  }).length;
  return caps / lettered.length >= 0.7;
}

/** Tokenize text into word and fixed pieces covering every non-whitespace character. */
export function tokenize(text: string): Piece[] {
  const pieces: Piece[] = [];
  const lineRe = /[^\n]*(\n|$)/g;
  let m: RegExpExecArray | null;
  let prevLineBlank = false;
  while ((m = lineRe.exec(text)) !== null) {
    const lineStart = m.index;
    const line = m[0].replace(/\n$/, '');
    if (m[0] === '') break;
    if (!line.trim()) {
      if (!prevLineBlank) pieces.push({ kind: 'fixed', source: '', start: lineStart, end: lineStart, context: 'boundary' });
      prevLineBlank = true;
      continue;
    }
    prevLineBlank = false;
    const heading = isHeadingLine(line);
    const chunkRe = /\S+/g;
    let c: RegExpExecArray | null;
    let first = true;
    while ((c = chunkRe.exec(line)) !== null) {
      const chunk = c[0];
      const chunkStart = lineStart + c.index;
      const atLineStart = first;
      first = false;
      const fixed = (source: string, start: number, context: ContextClass): void => {
        if (source) pieces.push({ kind: 'fixed', source, start, end: start + source.length, context });
      };
      // List and section markers at line starts: I- II. I1I- [. IV. a) đ) 1. 2.1.
      if (atLineStart) {
        const bare = chunk.replace(/[.\-)]+$/, '');
        if (
          LETTER_MARKER.test(chunk) ||
          (ROMAN_LIKE.test(bare) && bare.length > 0 && chunk !== bare) ||
          /^\[\.?$/.test(chunk)
        ) {
          fixed(chunk, chunkStart, 'punct');
          continue;
        }
      }
      const lead = chunk.match(LEAD_PUNCT)?.[0] ?? '';
      let rest = chunk.slice(lead.length);
      const trail = rest.match(TRAIL_PUNCT)?.[0] ?? '';
      rest = rest.slice(0, rest.length - trail.length);
      fixed(lead, chunkStart, contextOfPunct(lead));
      const coreStart = chunkStart + lead.length;
      if (rest) {
        // Words joined by '/' (đồng/người/tháng, hút/kết) are split; codes are not.
        const parts = rest.split(/(\/)/);
        const splittable =
          parts.length > 1 &&
          parts.every((p, i) => (i % 2 === 1 ? true : p.length >= 2 && isWordCandidate(p, false) && p === p.toLowerCase()));
        if (parts.length === 1 || splittable) {
          let off = coreStart;
          for (const p of parts) {
            if (p === '/') fixed(p, off, 'punct');
            else if (isWordCandidate(p, heading)) {
              pieces.push({
                kind: 'word',
                source: p,
                start: off,
                end: off + p.length,
                casePattern: casePatternOf(p, heading),
                channelForm: channelFormOf(p),
              });
            } else fixed(p, off, /[0-9]/.test(p) ? 'num' : 'unk');
            off += p.length;
          }
        } else {
          fixed(rest, coreStart, /[0-9]/.test(rest) ? 'num' : 'unk');
        }
      }
      fixed(trail, coreStart + rest.length, contextOfPunct(trail));
    }
  }
  return pieces;
}
