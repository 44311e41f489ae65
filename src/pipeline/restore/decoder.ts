/**
 * Beam-search decoding of the best syllable sequence under
 *   score = Σ log P_LM(w_i | w_{i-2} w_{i-1}) − channelWeight · Σ channelCost_i
 * and per-token confidence from the local posterior with the best path's
 * neighbours held fixed.
 */
import type { LanguageModel } from './language-model.ts';

export type Candidate = { id: number; cost: number };
/** A slot is either a fixed LM token or a choice among candidates. */
export type Slot = { fixed: number } | { cands: Candidate[] };

export type DecodeOptions = { beam: number; channelWeight: number };

export type SlotResult = { choice: number; confidence: number; alternatives: { id: number; score: number }[] };

export function decode(lm: LanguageModel, slots: Slot[], opts: DecodeOptions): SlotResult[] {
  const n = slots.length;
  // Per position: state arrays (h1 = last id, h2 = previous id, score, back pointer, choice index).
  // States: last id h1 and the bigram row hr of (previous id, h1).
  let hr = new Int32Array([lm.bigramRow(0, 0)]);
  let h1 = new Int32Array([0]);
  let sc = new Float64Array([0]);
  const backs: Int32Array[] = [];
  const picks: Int32Array[] = [];
  const cap = opts.beam * 64;
  const nhr = new Int32Array(cap);
  const nh1 = new Int32Array(cap);
  const nsc = new Float64Array(cap);
  const nb = new Int32Array(cap);
  const np = new Int32Array(cap);
  const order: number[] = [];
  for (let i = 0; i < n; i++) {
    const slot = slots[i]!;
    const options: Candidate[] = 'fixed' in slot ? [{ id: slot.fixed, cost: 0 }] : slot.cands;
    let count = 0;
    for (let c = 0; c < options.length && c < 64; c++) {
      const o = options[c]!;
      const firstOfC = count;
      for (let s = 0; s < sc.length; s++) {
        const prev = h1[s]!;
        const rb = lm.bigramRow(prev, o.id);
        const score = sc[s]! + lm.logProbRows(hr[s]!, prev, o.id, rb) - opts.channelWeight * o.cost;
        // Merge states that agree on the last two ids (prev, o.id).
        let at = -1;
        for (let k = firstOfC; k < count; k++) {
          if (nh1[k] === prev) {
            at = k;
            break;
          }
        }
        if (at < 0) {
          nh1[count] = prev; // temporarily the previous id, for merging
          nhr[count] = rb;
          nsc[count] = score;
          nb[count] = s;
          np[count] = c;
          count++;
        } else if (score > nsc[at]!) {
          nsc[at] = score;
          nb[at] = s;
          np[at] = c;
        }
      }
    }
    order.length = 0;
    for (let k = 0; k < count; k++) order.push(k);
    if (count > opts.beam) {
      order.sort((a, b) => nsc[b]! - nsc[a]!);
      order.length = opts.beam;
    }
    const m = order.length;
    hr = new Int32Array(m);
    h1 = new Int32Array(m);
    sc = new Float64Array(m);
    const bk = new Int32Array(m);
    const pk = new Int32Array(m);
    for (let q = 0; q < m; q++) {
      const k = order[q]!;
      hr[q] = nhr[k]!;
      h1[q] = options[np[k]!]!.id;
      sc[q] = nsc[k]!;
      bk[q] = nb[k]!;
      pk[q] = np[k]!;
    }
    backs.push(bk);
    picks.push(pk);
  }
  // Backtrack.
  const choice = new Int32Array(n);
  let best = 0;
  for (let s = 1; s < sc.length; s++) if (sc[s]! > sc[best]!) best = s;
  for (let i = n - 1; i >= 0; i--) {
    choice[i] = picks[i]![best]!;
    best = backs[i]![best]!;
  }
  const ids = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const slot = slots[i]!;
    ids[i] = 'fixed' in slot ? slot.fixed : slot.cands[choice[i]!]!.id;
  }
  // Local posteriors with neighbours fixed.
  const out: SlotResult[] = [];
  for (let i = 0; i < n; i++) {
    const slot = slots[i]!;
    if ('fixed' in slot) {
      out.push({ choice: 0, confidence: 1, alternatives: [] });
      continue;
    }
    const p2 = i >= 2 ? ids[i - 2]! : 0;
    const p1 = i >= 1 ? ids[i - 1]! : 0;
    const n1 = i + 1 < n ? ids[i + 1]! : -1;
    const n2 = i + 2 < n ? ids[i + 2]! : -1;
    const local = slot.cands.map((c) => {
      let s = lm.logProb(p2, p1, c.id) - opts.channelWeight * c.cost;
      if (n1 >= 0) s += lm.logProb(p1, c.id, n1);
      if (n2 >= 0) s += lm.logProb(c.id, n1, n2);
      return s;
    });
    const max = Math.max(...local);
    const z = local.reduce((a, s) => a + Math.exp(s - max), 0);
    const post = local.map((s) => Math.exp(s - max) / z);
    const ch = choice[i]!;
    const alts = slot.cands
      .map((c, k) => ({ id: c.id, score: post[k]! }))
      .filter((_, k) => k !== ch)
      .sort((a, b) => b.score - a.score)
      .slice(0, 3);
    out.push({ choice: ch, confidence: post[ch]!, alternatives: alts });
  }
  return out;
}
