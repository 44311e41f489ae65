import { describe, expect, it } from 'vitest';
import { decode, type Slot } from './decoder.ts';
import { LanguageModel, BOUNDARY } from './language-model.ts';
import { readModelFile } from './model-file.ts';

const model = readModelFile();
const lm = new LanguageModel(model.counts);
const id = (s: string): number => model.vocab.indexOf(s);

describe('beam decoder', () => {
  it('lets context override a cheaper channel reading and reports confidence', () => {
    // "hop tac xa": the channel slightly prefers other readings, the LM does not.
    const slots: Slot[] = [
      { fixed: BOUNDARY },
      { cands: [{ id: id('họp'), cost: 0.2 }, { id: id('hộp'), cost: 0.5 }, { id: id('hợp'), cost: 1 }] },
      { cands: [{ id: id('tắc'), cost: 0.2 }, { id: id('tác'), cost: 1 }] },
      { cands: [{ id: id('xa'), cost: 0.2 }, { id: id('xã'), cost: 1 }, { id: id('xá'), cost: 1 }] },
      { fixed: BOUNDARY },
    ];
    for (const s of slots) if ('cands' in s) for (const c of s.cands) expect(c.id).toBeGreaterThan(3);
    const res = decode(lm, slots, { beam: 8, channelWeight: 1 });
    const chosen = res.map((r, i) => {
      const s = slots[i]!;
      return 'fixed' in s ? null : model.vocab[s.cands[r.choice]!.id];
    });
    expect(chosen.filter(Boolean)).toEqual(['hợp', 'tác', 'xã']);
    for (const r of res) {
      expect(r.confidence).toBeGreaterThan(0);
      expect(r.confidence).toBeLessThanOrEqual(1);
      const scores = r.alternatives.map((a) => a.score);
      expect(scores).toEqual([...scores].sort((a, b) => b - a));
    }
    expect(res[1]!.alternatives.length).toBe(2);
  });
});
