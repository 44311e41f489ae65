/**
 * The hand-written gold set (fixtures/gold-*.txt) and syllable-accuracy scoring.
 *
 * Each gold line is aligned with a line of an OCR seed and has the same
 * whitespace-separated tokens, so scoring compares token i of a restored line
 * with token i of the gold line.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { comparisonKey } from './syllable.ts';
import { channelFormOf, LEAD_PUNCT, TRAIL_PUNCT } from './tokenize.ts';
import type { AlignedPair } from './ocr-channel.ts';

export type GoldLine = { lineNo: number; gold: string; part: 'train' | 'eval' };
export type GoldDoc = { id: string; seedFile: string; lines: GoldLine[] };

export const GOLD_DOCS = [
  { id: '000', seedFile: '000_dc2e615219b91c38.txt' },
  { id: '002', seedFile: '002_1abb0fc6ff61a8be.txt' },
] as const;

const FIXTURES = fileURLToPath(new URL('./fixtures/', import.meta.url));
export const SEEDS_DIR = fileURLToPath(new URL('../../../seeds/', import.meta.url));

export function parseGold(text: string): GoldLine[] {
  const lines: GoldLine[] = [];
  let part: 'train' | 'eval' | null = null;
  for (const raw of text.split('\n')) {
    if (raw.startsWith('#') || !raw.trim()) continue;
    if (raw === '[train]' || raw === '[eval]') {
      part = raw === '[train]' ? 'train' : 'eval';
      continue;
    }
    const tab = raw.indexOf('\t');
    if (tab < 0 || !part) throw new Error(`gold: malformed line: ${raw}`);
    lines.push({ lineNo: Number(raw.slice(0, tab)), gold: raw.slice(tab + 1), part });
  }
  return lines;
}

export function loadGold(): GoldDoc[] {
  return GOLD_DOCS.map((d) => ({
    id: d.id,
    seedFile: d.seedFile,
    lines: parseGold(readFileSync(`${FIXTURES}gold-${d.id}.txt`, 'utf8')),
  }));
}

export function readSeed(file: string): string {
  return readFileSync(SEEDS_DIR + file, 'utf8');
}

/** The word part of a whitespace token (surrounding punctuation removed). */
export function coreOf(token: string): string {
  return token.replace(LEAD_PUNCT, '').replace(TRAIL_PUNCT, '');
}

/** Is the gold token a scored syllable (letters only, possibly joined by '/')? */
export function scoredPieces(goldToken: string): string[] | null {
  const core = coreOf(goldToken);
  if (!/^\p{L}+(\/\p{L}+)*$/u.test(core)) return null;
  return core.split('/');
}

export type Score = { correct: number; total: number; errors: { line: number; output: string; gold: string }[] };

/** Syllable accuracy of restored text against gold lines (tone-mark placement ignored). */
export function scoreLines(restored: string, lines: GoldLine[]): Score {
  const outLines = restored.split('\n');
  const score: Score = { correct: 0, total: 0, errors: [] };
  for (const gl of lines) {
    const outToks = (outLines[gl.lineNo - 1] ?? '').trim().split(/\s+/);
    const goldToks = gl.gold.trim().split(/\s+/);
    goldToks.forEach((gt, i) => {
      const pieces = scoredPieces(gt);
      if (!pieces) return;
      const outPieces = coreOf(outToks[i] ?? '').split('/');
      pieces.forEach((p, k) => {
        score.total++;
        const o = outPieces.length === pieces.length ? outPieces[k]! : '';
        if (comparisonKey(o) === comparisonKey(p)) score.correct++;
        else score.errors.push({ line: gl.lineNo, output: o, gold: p });
      });
    });
  }
  return score;
}

/** (gold syllable, OCR channel form) pairs from gold lines, for learning the channel. */
export function alignedPairs(doc: GoldDoc, seedText: string, part: 'train' | 'eval'): AlignedPair[] {
  const seedLines = seedText.split('\n');
  const pairs: AlignedPair[] = [];
  for (const gl of doc.lines) {
    if (gl.part !== part) continue;
    const ocrToks = (seedLines[gl.lineNo - 1] ?? '').trim().split(/\s+/);
    const goldToks = gl.gold.trim().split(/\s+/);
    if (ocrToks.length !== goldToks.length) throw new Error(`gold ${doc.id}:${gl.lineNo}: token count mismatch`);
    goldToks.forEach((gt, i) => {
      const pieces = scoredPieces(gt);
      const oc = coreOf(ocrToks[i]!);
      if (!pieces || pieces.length !== 1 || !oc || /[/]/.test(oc)) return;
      if (!/\p{L}/u.test(oc)) return;
      pairs.push({ gold: pieces[0]!.toLowerCase().normalize('NFC'), ocr: channelFormOf(oc) });
    });
  }
  return pairs;
}
