/**
 * Reviewed corrections: data a person curates (content/corrections/<slug>.json), applied after
 * the restoration engine and shown to readers as corrections. The engine never learns from them.
 */
import { flattenClauses } from '../emit/json.ts';
import type { Block, Clause, EditionDocument, RestoredWord } from '../model.ts';
import { SourceError } from '../model.ts';
import { renderRestoredBlock } from '../restore-stage.ts';

export interface Correction {
  /** The clause id the word stands in. */
  clause: string;
  /** The word exactly as the OCR wrote it. */
  ocr: string;
  /** What the engine read it as when the correction was reviewed. */
  engine: string;
  /** The right reading. */
  corrected: string;
  /** Which occurrence of the OCR word in the clause, counting from 1. */
  occurrence?: number;
  note?: string;
}

export interface CorrectionsFile {
  corrections: Correction[];
}

export function parseCorrections(raw: unknown, file: string): Correction[] {
  const list = (raw as CorrectionsFile | null)?.corrections;
  if (!Array.isArray(list)) throw new SourceError(file, null, 'expected an object with a "corrections" array');
  const problems: string[] = [];
  list.forEach((c: Partial<Correction>, i) => {
    for (const field of ['clause', 'ocr', 'engine', 'corrected'] as const) {
      if (typeof c?.[field] !== 'string' || c[field] === '') problems.push(`corrections[${i}]: "${field}" must be a non-empty string`);
    }
    if (c?.occurrence !== undefined && (!Number.isInteger(c.occurrence) || c.occurrence < 1)) problems.push(`corrections[${i}]: "occurrence" counts from 1`);
  });
  if (problems.length > 0) throw new SourceError(file, null, `\n  ${problems.join('\n  ')}`);
  return list as Correction[];
}

/**
 * The engine reads only what looks like a word; OCR also turns words into digits or symbols
 * ("1&" for "lệ", "¢6" for "có") that it passes through. A correction may name such a token too:
 * it joins the block's words (in place, in reading order) with the engine's reading = the OCR.
 */
function withUntouchedTokens(block: Block, words: RestoredWord[]): RestoredWord[] {
  const source = block.sourceLines.join('\n');
  const covered = (start: number, end: number) => words.some((w) => start < w.end && end > w.start);
  for (const match of source.matchAll(/\S+/g)) {
    const token = match[0].replace(/^[("“'‘[]+|[)"”'’\].,;:!?]+$/gu, '');
    if (token === '') continue;
    const start = match.index + match[0].indexOf(token);
    const end = start + token.length;
    if (covered(start, end)) continue;
    words.push({ source: token, output: token, start, end, confidence: 1, alternatives: [], correction: null });
  }
  words.sort((a, b) => a.start - b.start);
  return words;
}

/**
 * OCR leaves stray marks outside words ("‘hop", "thé , hop", "mot ) nganh") that the engine copies
 * through as punctuation, so no word can carry their removal. A correction may therefore name a
 * stretch of whole space-separated OCR chunks; the words inside it become one reading, whose
 * engine value is what the stretch read as (marks included), replaced by the corrected text.
 */
function stretchAsWord(blocks: readonly Block[], words: Map<Block, RestoredWord[]>, ocr: string, occurrence: number): RestoredWord | undefined {
  let seen = 0;
  for (const block of blocks) {
    const source = block.sourceLines.join('\n');
    const list = words.get(block)!;
    for (let start = source.indexOf(ocr); start >= 0; start = source.indexOf(ocr, start + 1)) {
      const end = start + ocr.length;
      const wholeChunks = (start === 0 || /\s/u.test(source[start - 1]!)) && (end === source.length || /\s/u.test(source[end]!));
      if (!wholeChunks || ++seen !== occurrence) continue;
      const inside = list.filter((w) => w.start >= start && w.end <= end);
      let engine = '';
      let at = start;
      for (const w of inside) {
        engine += source.slice(at, w.start) + w.output;
        at = w.end;
      }
      engine += source.slice(at, end);
      const merged: RestoredWord = { source: ocr, output: engine, start, end, confidence: 1, alternatives: [], correction: null };
      const kept = list.filter((w) => !inside.includes(w));
      kept.push(merged);
      kept.sort((a, b) => a.start - b.start);
      words.set(block, kept);
      return merged;
    }
  }
  return undefined;
}

export interface AppliedCorrections {
  blocks: Block[];
  applied: number;
  /** Entries that no longer match what the engine reads (the engine now reads it right, or reads it otherwise). */
  warnings: string[];
  /** Entries that match no word: the build fails on these. */
  problems: string[];
}

/**
 * Apply corrections to restored blocks. A correction names its clause by id (ids do not depend on
 * the text, so a first structure pass locates them) and the OCR word; the word's reading is
 * replaced and the block's text rebuilt from its source.
 */
export function applyCorrections(blocks: readonly Block[], located: EditionDocument, corrections: readonly Correction[], file: string): AppliedCorrections {
  const clauses = new Map(flattenClauses<Clause>(located.clauses).map((c) => [c.id, c]));
  // Each restored block's words, with the tokens the engine passed through, worked out once for all corrections.
  const words = new Map<Block, RestoredWord[]>(
    blocks.map((b) => [b, b.restoration === null ? [] : withUntouchedTokens(b, b.restoration.map((w) => ({ ...w })))]),
  );
  const warnings: string[] = [];
  const problems: string[] = [];
  let applied = 0;

  corrections.forEach((correction, i) => {
    const where = `${file}: corrections[${i}] (${correction.clause}: "${correction.ocr}")`;
    const clause = clauses.get(correction.clause);
    if (!clause) {
      problems.push(`${where}: no clause "${correction.clause}"`);
      return;
    }
    const [first, last] = clause.lines;
    const inClause = blocks.filter((b) => b.line >= first && b.endLine <= last && b.restoration !== null);
    const candidates = inClause.flatMap((b) => words.get(b)!.filter((w) => w.source === correction.ocr));
    const word = candidates.length > 0 ? candidates[(correction.occurrence ?? 1) - 1] : stretchAsWord(inClause, words, correction.ocr, correction.occurrence ?? 1);
    if (!word) {
      problems.push(`${where}: the clause has ${candidates.length} occurrence(s) of that OCR word, not ${correction.occurrence ?? 1}`);
      return;
    }
    if (word.output === correction.corrected) {
      warnings.push(`${where}: the engine now reads "${word.output}" itself; the correction can go`);
      return;
    }
    if (word.output !== correction.engine) warnings.push(`${where}: reviewed against the engine's "${correction.engine}", it now reads "${word.output}"`);
    word.correction = { engine: word.output, note: correction.note ?? null };
    word.output = correction.corrected;
    applied++;
  });
  return {
    blocks: blocks.map((b) => (b.restoration === null ? b : renderRestoredBlock(b, words.get(b)!.filter((w) => w.output !== w.source || w.correction !== null || w.confidence < 1)))),
    applied,
    warnings,
    problems,
  };
}
