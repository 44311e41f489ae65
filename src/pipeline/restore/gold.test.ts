import { describe, expect, it } from 'vitest';
import { alignedPairs, loadGold, readSeed, scoreLines, scoredPieces } from './gold.ts';

describe('hand-written gold set', () => {
  const docs = loadGold();
  it('has at least 800 scored syllables per OCR document, train and eval disjoint', () => {
    for (const doc of docs) {
      const count = (part: string) =>
        doc.lines.filter((l) => l.part === part).flatMap((l) => l.gold.split(/\s+/).map(scoredPieces)).filter(Boolean).length;
      expect(count('train') + count('eval')).toBeGreaterThanOrEqual(800);
      expect(count('eval')).toBeGreaterThanOrEqual(700);
      const train = new Set(doc.lines.filter((l) => l.part === 'train').map((l) => l.lineNo));
      expect(doc.lines.filter((l) => l.part === 'eval').some((l) => train.has(l.lineNo))).toBe(false);
    }
  });
  it('is aligned token by token with the OCR seed lines', () => {
    for (const doc of docs) {
      const seed = readSeed(doc.seedFile).split('\n');
      for (const l of doc.lines) {
        expect(l.gold.trim().split(/\s+/).length, `${doc.id}:${l.lineNo}`).toBe(seed[l.lineNo - 1]!.trim().split(/\s+/).length);
      }
      expect(alignedPairs(doc, readSeed(doc.seedFile), 'train').length).toBeGreaterThan(500);
    }
  });
  it('scores syllables ignoring tone-mark placement only', () => {
    const lines = [{ lineNo: 1, gold: 'hóa Hợp tác, 20-NQ/TW', part: 'eval' as const }];
    expect(scoreLines('hoá Hợp tac, 20-NQ/TW', lines)).toMatchObject({ correct: 2, total: 3 });
  });
});
