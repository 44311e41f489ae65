/**
 * Beam-search decoding of the best syllable sequence under
 *   score = Σ log P_LM(w_i | w_{i-n+1} … w_{i-1}) − channelWeight · Σ channelCost_i
 * and per-token confidence from the local posterior with the best path's
 * neighbours held fixed.
 *
 * A state is the language model's context (the rows of the last ids' n-grams); states
 * with the same context are recombined (exact), and the best `beam` states are kept.
 * A run of two boundaries resets a trigram model's context, so the text is decoded
 * segment by segment (`segments`), which lets a caller re-decode only some of them.
 */
import type { LanguageModel } from './language-model.ts';
import { BOUNDARY } from './language-model.ts';

export type Candidate = { id: number; cost: number };
/** A slot is either a fixed LM token or a choice among candidates. */
export type Slot = { fixed: number } | { cands: Candidate[] };

/** beam: states kept per position; margin: states scoring more than this (nats) below the best are dropped. */
export type DecodeOptions = { beam: number; channelWeight: number; margin?: number };

export type SlotResult = { choice: number; confidence: number; alternatives: { id: number; score: number }[] };

const MAX_OPTIONS = 64;

/** Reusable buffers of the beam search. */
class Buffers {
  cap = 0;
  C = 0;
  beam = 0;
  ctx = new Int32Array(0);
  sc = new Float64Array(0);
  nctx = new Int32Array(0);
  nsc = new Float64Array(0);
  nb = new Int32Array(0);
  np = new Int32Array(0);
  order = new Int32Array(0);
  backs = new Int32Array(0);
  picks = new Int32Array(0);
  ensure(beam: number, C: number, n: number): void {
    const cap = beam * MAX_OPTIONS;
    if (cap !== this.cap || C !== this.C) {
      this.cap = cap;
      this.C = C;
      this.ctx = new Int32Array(beam * C);
      this.sc = new Float64Array(beam);
      this.nctx = new Int32Array(cap * C);
      this.nsc = new Float64Array(cap);
      this.nb = new Int32Array(cap);
      this.np = new Int32Array(cap);
      this.order = new Int32Array(cap);
    }
    this.beam = beam;
    if (this.backs.length < n * beam) {
      this.backs = new Int32Array(n * beam * 2);
      this.picks = new Int32Array(n * beam * 2);
    }
  }
}
const buffers = new Buffers();

/** Segments [from, to) of slots, each ending after a run of two fixed boundaries (or at the end). */
/**
 * The first state in [from, to) whose context (all but its newest id) equals the state at `at`,
 * or -1: states with the same context recombine, keeping the better score.
 */
function sameContext(nctx: Int32Array, from: number, to: number, at: number, C: number): number {
  for (let k = from; k < to; k++) {
    let eq = true;
    for (let j = 1; j < C; j++) {
      if (nctx[k * C + j] !== nctx[at + j]) {
        eq = false;
        break;
      }
    }
    if (eq) return k;
  }
  return -1;
}

export function segments(slots: Slot[], order: number): [number, number][] {
  if (order > 3) return [[0, slots.length]];
  const out: [number, number][] = [];
  let from = 0;
  for (let i = 1; i < slots.length; i++) {
    const a = slots[i - 1]!;
    const b = slots[i]!;
    if ('fixed' in a && 'fixed' in b && a.fixed === BOUNDARY && b.fixed === BOUNDARY) {
      const c = slots[i + 1];
      // Extend over further boundaries so the next segment starts with a word.
      if (c && 'fixed' in c && c.fixed === BOUNDARY) continue;
      out.push([from, i + 1]);
      from = i + 1;
    }
  }
  if (from < slots.length) out.push([from, slots.length]);
  return out;
}

/**
 * Best path through slots [from, to) starting from the text-start context; writes the
 * chosen candidate index of each slot into choice[from .. to).
 */
export function bestPath(lm: LanguageModel, slots: Slot[], from: number, to: number, opts: DecodeOptions, choice: Int32Array): void {
  const n = to - from;
  if (n <= 0) return;
  const C = lm.contextSize;
  const beam = Math.max(1, opts.beam);
  const margin = opts.margin ?? Infinity;
  const B = buffers;
  B.ensure(beam, C, n);
  const { ctx, sc, nctx, nsc, nb, np, order, backs, picks } = B;
  const lastIds = new Int32Array(beam);
  const lastOf = new Int32Array(beam);
  const lastP = new Float64Array(beam);
  const lastRow = new Int32Array(beam);
  let live = 1;
  ctx.set(lm.startContext);
  sc[0] = 0;
  for (let i = 0; i < n; i++) {
    const slot = slots[from + i]!;
    let count = 0;
    if ('fixed' in slot) {
      for (let s = 0; s < live; s++) {
        const at = count * C;
        const score = sc[s]! + lm.step(ctx, s * C, slot.fixed, nctx, at);
        const same = sameContext(nctx, 0, count, at, C);
        if (same < 0) {
          nsc[count] = score;
          nb[count] = s;
          np[count] = 0;
          count++;
        } else if (score > nsc[same]!) {
          nsc[same] = score;
          nb[same] = s;
        }
      }
    } else {
      const options = slot.cands;
      const nOpt = Math.min(options.length, MAX_OPTIONS);
      // Distinct last ids of the live states: the bigram part of a step is shared by them.
      let nLast = 0;
      for (let s = 0; s < live; s++) {
        const l = ctx[s * C]!;
        let k = 0;
        while (k < nLast && lastIds[k] !== l) k++;
        if (k === nLast) lastIds[nLast++] = l;
        lastOf[s] = k;
      }
      for (let c = 0; c < nOpt; c++) {
        const o = options[c]!;
        const firstOfC = count;
        const pen = opts.channelWeight * o.cost;
        for (let k = 0; k < nLast; k++) {
          lastP[k] = lm.bigram(lastIds[k]!, o.id);
          lastRow[k] = lm.row;
        }
        for (let s = 0; s < live; s++) {
          const at = count * C;
          const k = lastOf[s]!;
          const score = sc[s]! + lm.stepAbove(ctx, s * C, o.id, lastRow[k]!, lastP[k]!, nctx, at) - pen;
          // Recombine with an earlier state of this candidate that has the same context.
          const same = sameContext(nctx, firstOfC, count, at, C);
          if (same < 0) {
            nsc[count] = score;
            nb[count] = s;
            np[count] = c;
            count++;
          } else if (score > nsc[same]!) {
            nsc[same] = score;
            nb[same] = s;
            np[same] = c;
          }
        }
      }
    }
    let m = 0;
    let top = -Infinity;
    for (let k = 0; k < count; k++) if (nsc[k]! > top) top = nsc[k]!;
    const floor = top - margin;
    for (let k = 0; k < count; k++) if (nsc[k]! >= floor) order[m++] = k;
    if (m > beam) {
      // Partial selection of the best `beam` (ties: lower index first).
      for (let q = 0; q < beam; q++) {
        let best = q;
        let bs = nsc[order[q]!]!;
        for (let k = q + 1; k < m; k++) {
          const v = nsc[order[k]!]!;
          if (v > bs || (v === bs && order[k]! < order[best]!)) {
            best = k;
            bs = v;
          }
        }
        const t = order[q]!;
        order[q] = order[best]!;
        order[best] = t;
      }
      m = beam;
    }
    for (let q = 0; q < m; q++) {
      const k = order[q]!;
      for (let j = 0; j < C; j++) ctx[q * C + j] = nctx[k * C + j]!;
      sc[q] = nsc[k]!;
      backs[i * beam + q] = nb[k]!;
      picks[i * beam + q] = np[k]!;
    }
    live = m;
  }
  let best = 0;
  for (let s = 1; s < live; s++) if (sc[s]! > sc[best]!) best = s;
  for (let i = n - 1; i >= 0; i--) {
    choice[from + i] = picks[i * beam + best]!;
    best = backs[i * beam + best]!;
  }
}

/** Posterior of each candidate of slot i with the chosen neighbours held fixed (into `local`); returns their log normaliser. */
function localScores(
  lm: LanguageModel,
  slot: { cands: Candidate[] },
  i: number,
  n: number,
  ids: Int32Array,
  path: Int32Array,
  opts: DecodeOptions,
  local: Float64Array,
  cur: Int32Array,
  next: Int32Array,
): number {
  const C = lm.contextSize;
  const end = Math.min(n, i + lm.order);
  let max = -Infinity;
  const m = slot.cands.length;
  for (let k = 0; k < m; k++) {
    const c = slot.cands[k]!;
    let s = lm.step(path, i * C, c.id, cur, 0) - opts.channelWeight * c.cost;
    for (let j = i + 1; j < end; j++) {
      s += lm.step(cur, 0, ids[j]!, next, 0);
      cur.set(next);
    }
    local[k] = s;
    if (s > max) max = s;
  }
  let z = 0;
  for (let k = 0; k < m; k++) z += Math.exp(local[k]! - max);
  return max + Math.log(z);
}

/** Ids along the chosen path and the context before each position. */
function pathContexts(lm: LanguageModel, slots: Slot[], choice: Int32Array): { ids: Int32Array; path: Int32Array } {
  const n = slots.length;
  const C = lm.contextSize;
  const ids = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const slot = slots[i]!;
    ids[i] = 'fixed' in slot ? slot.fixed : slot.cands[choice[i]!]!.id;
  }
  const path = new Int32Array((n + 1) * C);
  path.set(lm.startContext);
  for (let i = 0; i < n; i++) lm.step(path, i * C, ids[i]!, path, (i + 1) * C);
  return { ids, path };
}

/**
 * Local posterior of each slot's chosen reading (1 for fixed slots and single candidates), the
 * local log-scores of every candidate (slot i's at local[offset[i] ..]) and each slot's log
 * normaliser (0 where there was nothing to choose).
 */
export function confidences(
  lm: LanguageModel,
  slots: Slot[],
  choice: Int32Array,
  opts: DecodeOptions,
): { confidence: Float64Array; local: Float64Array; offset: Int32Array; normaliser: Float64Array } {
  const n = slots.length;
  const { ids, path } = pathContexts(lm, slots, choice);
  const confidence = new Float64Array(n).fill(1);
  const normaliser = new Float64Array(n);
  const offset = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) {
    const slot = slots[i]!;
    offset[i + 1] = offset[i]! + ('fixed' in slot ? 0 : slot.cands.length);
  }
  const local = new Float64Array(offset[n]!);
  const cur = new Int32Array(lm.contextSize);
  const next = new Int32Array(lm.contextSize);
  for (let i = 0; i < n; i++) {
    const slot = slots[i]!;
    if ('fixed' in slot || slot.cands.length < 2) continue;
    const view = local.subarray(offset[i]!, offset[i + 1]!);
    const lz = localScores(lm, slot, i, n, ids, path, opts, view, cur, next);
    normaliser[i] = lz;
    confidence[i] = Math.exp(view[choice[i]!]! - lz);
  }
  return { confidence, local, offset, normaliser };
}

/** Local posteriors of each candidate slot with the chosen neighbours held fixed, and the best alternatives. */
export function posteriors(lm: LanguageModel, slots: Slot[], choice: Int32Array, opts: DecodeOptions): SlotResult[] {
  const { confidence, local, offset, normaliser } = confidences(lm, slots, choice, opts);
  const fixedResult: SlotResult = { choice: 0, confidence: 1, alternatives: [] };
  return slots.map((slot, i) => {
    if ('fixed' in slot) return fixedResult;
    const ch = choice[i]!;
    if (slot.cands.length < 2) return { choice: ch, confidence: 1, alternatives: [] };
    const alts: { id: number; score: number }[] = [];
    slot.cands.forEach((c, k) => {
      if (k !== ch) alts.push({ id: c.id, score: Math.exp(local[offset[i]! + k]! - normaliser[i]!) });
    });
    alts.sort((a, b) => b.score - a.score);
    return { choice: ch, confidence: confidence[i]!, alternatives: alts.slice(0, 3) };
  });
}

export function decode(lm: LanguageModel, slots: Slot[], opts: DecodeOptions): SlotResult[] {
  const choice = new Int32Array(slots.length);
  for (const [from, to] of segments(slots, lm.order)) bestPath(lm, slots, from, to, opts, choice);
  return posteriors(lm, slots, choice, opts);
}
