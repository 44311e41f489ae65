import { decodeTcvn3Raw } from './tcvn3.ts';
import { isVietnameseLetter, isVietnameseSyllable } from './vietnamese.ts';
import { decodeVniDetailed } from './vni.ts';
import { decodeWindows1258 } from './windows1258.ts';

export type LegacyEncoding = 'windows-1258' | 'tcvn3' | 'vni';

export const LEGACY_ENCODINGS: readonly LegacyEncoding[] = ['windows-1258', 'tcvn3', 'vni'];

/** How Vietnamese the bytes read in one encoding. */
export interface EncodingScore {
  encoding: LegacyEncoding;
  /** validShare × (1 − badShare) × evidence, 0–1. */
  score: number;
  /** Share of the words holding a non-ASCII letter that are valid Vietnamese syllables. */
  validShare: number;
  /** Share of the non-ASCII and control bytes that came out as something no Vietnamese text holds. */
  badShare: number;
  /** Words holding a non-ASCII letter (the only words that tell encodings apart). */
  words: number;
}

/** Below this confidence detectLegacyEncoding gives no answer. */
export const MIN_CONFIDENCE = 0.5;

/** Detection reads at most this much of a file. */
const SAMPLE_BYTES = 256 * 1024;

/** Non-ASCII characters a Vietnamese text may hold besides its letters. */
const PLAUSIBLE_SYMBOLS: ReadonlySet<string> = new Set([
  '\u00a0', '‘', '’', '“', '”', '–', '—', '…', '•', '€', '°', '§', '©', '®', '™',
]);

const WORD = /[\p{L}\p{M}]+/gu;
const NON_ASCII = /[^\u0000-\u007f]/u;

function decodeForScoring(bytes: Uint8Array, encoding: LegacyEncoding): { text: string; anomalies: number } {
  switch (encoding) {
    case 'windows-1258':
      return { text: decodeWindows1258(bytes), anomalies: 0 };
    case 'tcvn3':
      return decodeTcvn3Raw(bytes);
    case 'vni':
      return decodeVniDetailed(bytes);
  }
}

/** Scores every candidate encoding, best first. */
export function scoreLegacyEncodings(bytes: Uint8Array): EncodingScore[] {
  const sample = bytes.length > SAMPLE_BYTES ? bytes.subarray(0, SAMPLE_BYTES) : bytes;
  let suspectBytes = 0;
  for (const b of sample) if (b >= 0x80 || (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c)) suspectBytes++;
  const scores = LEGACY_ENCODINGS.map((encoding) => scoreText(encoding, decodeForScoring(sample, encoding), suspectBytes));
  return scores.sort((a, b) => b.score - a.score);
}

function scoreText(encoding: LegacyEncoding, decoded: { text: string; anomalies: number }, suspectBytes: number): EncodingScore {
  const { text, anomalies } = decoded;
  let bad = anomalies;
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (code < 0x20) {
      if (ch !== '\t' && ch !== '\n' && ch !== '\r' && ch !== '\f') bad++;
    } else if (code >= 0x7f) {
      // An uncomposed mark counts too: after NFC no Vietnamese letter leaves one behind.
      if (!isVietnameseLetter(ch) && !PLAUSIBLE_SYMBOLS.has(ch)) bad++;
    }
  }
  let words = 0;
  let valid = 0;
  const seen = new Map<string, boolean>();
  for (const [word] of text.matchAll(WORD)) {
    if (!NON_ASCII.test(word)) continue;
    words++;
    let ok = seen.get(word);
    if (ok === undefined) {
      ok = isVietnameseSyllable(word);
      seen.set(word, ok);
    }
    if (ok) valid++;
  }
  const validShare = words === 0 ? 0 : valid / words;
  const badShare = suspectBytes === 0 ? 0 : Math.min(1, bad / suspectBytes);
  const evidence = words / (words + 1);
  return { encoding, score: validShare * (1 - badShare) * evidence, validShare, badShare, words };
}

/**
 * Which legacy Vietnamese encoding bytes that are not valid UTF-8 are in: each candidate is decoded
 * and scored by how Vietnamese the result reads (valid syllables, no stray symbols or controls).
 * Null when none reads as Vietnamese with confidence (Latin-1 French, binary, too little text), so
 * the caller can refuse the file. Confidence is the best score, scaled down when the runner-up is
 * close behind it.
 */
export function detectLegacyEncoding(bytes: Uint8Array): { encoding: LegacyEncoding; confidence: number } | null {
  const [best, second] = scoreLegacyEncodings(bytes);
  if (!best || best.words === 0) return null;
  const margin = best.score - (second?.score ?? 0);
  const confidence = best.score * Math.min(1, margin / 0.5);
  if (confidence < MIN_CONFIDENCE) return null;
  return { encoding: best.encoding, confidence };
}
