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
  let u = BOUNDARY;
  let v = BOUNDARY;
  let total = 0;
  for (const w of words.map(id)) {
    total += lm.logProb(u, v, w);
    u = v;
    v = w;
  }
  return total;
};

describe('syllable trigram language model', () => {
  it('prefers real Vietnamese over wrongly diacritized readings', () => {
    expect(seqLogProb(['hợp', 'tác', 'xã'])).toBeGreaterThan(seqLogProb(['họp', 'tác', 'xã']) + 3);
    expect(seqLogProb(['kinh', 'tế', 'tập', 'thể'])).toBeGreaterThan(seqLogProb(['kinh', 'tê', 'tấp', 'thế']) + 5);
    expect(seqLogProb(['nghị', 'quyết', 'số'])).toBeGreaterThan(seqLogProb(['nghi', 'quyết', 'sổ']));
  });
  it('is a normalised distribution over the vocabulary', () => {
    for (const [u, v] of [
      [BOUNDARY, BOUNDARY],
      [id('hợp'), id('tác')],
      [id('phát'), id('triển')],
    ] as const) {
      let z = 0;
      for (let w = 0; w < model.vocab.length; w++) z += Math.exp(lm.logProb(u, v, w));
      expect(z).toBeGreaterThan(0.97);
      expect(z).toBeLessThan(1.03);
    }
  });
  it('counts, prunes and round-trips n-grams through the compact encoding', () => {
    const ids = Int32Array.from([0, 0, 4, 5, 6, 0, 0, 4, 5, 7, 0, 0]);
    const c = countNgrams([{ ids, weight: 2 }], 8, { minBigram: 2, minTrigram: 3 });
    expect(c.triKeys.length).toBeGreaterThan(0);
    const w = new ByteWriter();
    writeCounts(w, c);
    const back = readCounts(new ByteReader(w.result()));
    expect(back).toEqual(c);
    const small = new LanguageModel(back);
    expect(small.logProb(0, 4, 5)).toBeGreaterThan(small.logProb(0, 4, 6));
  });
});
