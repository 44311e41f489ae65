import { describe, expect, it } from 'vitest';
import { LanguageModel, countNgrams, readCounts, writeCounts, BOUNDARY } from './language-model.ts';
import { readModelFile } from './model-file.ts';
import { ByteReader, ByteWriter } from './varint.ts';

const model = readModelFile();
const lm = new LanguageModel(model.counts);
const id = (s: string): number => {
  const i = model.vocab.indexOf(s);
  if (i < 0) throw new Error(`not in vocab: ${s}`);
  return i;
};
const seqLogProb = (words: string[]): number => {
  const ids = [BOUNDARY, BOUNDARY, ...words.map(id)];
  return lm.logProbSpan(ids, 2, ids.length);
};

describe('syllable n-gram language model', () => {
  it('prefers real Vietnamese over wrongly diacritized readings', () => {
    expect(seqLogProb(['hợp', 'tác', 'xã'])).toBeGreaterThan(seqLogProb(['họp', 'tác', 'xã']) + 3);
    expect(seqLogProb(['kinh', 'tế', 'tập', 'thể'])).toBeGreaterThan(seqLogProb(['kinh', 'tê', 'tấp', 'thế']) + 5);
    expect(seqLogProb(['nghị', 'quyết', 'số'])).toBeGreaterThan(seqLogProb(['nghi', 'quyết', 'sổ']));
  });
  it('is a normalised distribution over the vocabulary', () => {
    for (const history of [
      [BOUNDARY, BOUNDARY],
      [id('hợp'), id('tác')],
      [id('phát'), id('triển')],
      [id('xã'), id('hội'), id('chủ')],
    ]) {
      let z = 0;
      for (let w = 0; w < model.vocab.length; w++) z += Math.exp(lm.logProb(...history, w));
      expect(z).toBeGreaterThan(0.97);
      expect(z).toBeLessThan(1.03);
    }
  });
  it('scores a span step by step as the product of its conditional probabilities', () => {
    const ids = [BOUNDARY, BOUNDARY, id('hợp'), id('tác'), id('xã')];
    const direct = lm.logProb(BOUNDARY, BOUNDARY, ids[2]!) + lm.logProb(BOUNDARY, ids[2]!, ids[3]!) + lm.logProb(ids[2]!, ids[3]!, ids[4]!);
    expect(lm.logProbSpan(ids, 2, 5)).toBeCloseTo(direct, 9);
  });
  for (const order of [3, 4]) {
    it(`counts, prunes and round-trips ${order}-grams through the compact encoding`, () => {
      const ids = Int32Array.from([0, 0, 4, 5, 6, 0, 0, 4, 5, 7, 0, 0, 4, 5, 6, 0, 0]);
      const c = countNgrams([{ ids, weight: 2 }], 8, { order, minTop: 3 });
      expect(c.tables.length).toBe(order - 1);
      expect(c.tables[order - 2]!.w.length).toBeGreaterThan(0);
      // Singletons (weighted count 2 < 3) of the top order are pruned; lower orders keep all.
      expect(c.tables[order - 2]!.raw!.every((x) => x >= 3)).toBe(true);
      const w = new ByteWriter();
      writeCounts(w, c);
      const back = readCounts(new ByteReader(w.result()));
      expect(back).toEqual(c);
      const small = new LanguageModel(back);
      expect(small.logProb(0, 0, 4, 5)).toBeGreaterThan(small.logProb(0, 0, 4, 7));
      expect(small.logProb(0, 4, 5, 6)).toBeGreaterThan(small.logProb(0, 4, 5, 7));
      let z = 0;
      for (let x = 0; x < 8; x++) z += Math.exp(small.logProb(0, 4, 5, x));
      expect(z).toBeCloseTo(1, 6);
    });
  }
});
