/**
 * Syllable n-gram language model (order 3 or 4) with interpolated modified Kneser-Ney smoothing.
 *
 * Counting happens at build time over id streams. An n-gram of order k is stored as
 * (row of its (k−1)-gram prefix in the table of order k−1, last id), so tables of every
 * order are sorted lexicographically and the successors of a history are contiguous.
 * The compact model keeps integer counts only:
 *   - the top order: raw counts, singletons (below `minTop`) pruned;
 *   - the orders below it: every n-gram seen, with its continuation count N1+(• h w)
 *     (and, for the top order's histories, its raw count);
 *   - continuation counts of unigrams;
 * and derives the smoothed probabilities on load. Pruned mass goes to the back-off
 * weight, so every distribution stays normalised.
 */
import { ByteReader, ByteWriter } from './varint.ts';

/** Id space per position: order-k keys are prefixRow·V + w with prefix rows < 2^37. */
export const ID_SPACE = 1 << 15;
export const BOUNDARY = 0;
export const UNK = 1;
export const PUNCT = 2;
export const NUM = 3;
export const SPECIALS = ['<b>', '<unk>', '<p>', '<num>'] as const;

/**
 * How many <b> a sentence end adds after a stream ending as given: a sentence start is seen
 * after exactly two, so ends that follow each other (a full stop closing a line) add no more.
 */
export function boundariesToAdd(lastIsBoundary: boolean, beforeLastIsBoundary: boolean): 0 | 1 | 2 {
  return lastIsBoundary ? (beforeLastIsBoundary ? 0 : 1) : 2;
}

/** The n-grams of one order k ≥ 2, sorted by (prefix row, w). */
export type NgramTable = {
  /** Row of the (k−1)-gram prefix in the table of order k−1 (for k = 2: the first id). */
  prefix: Int32Array;
  /** Last id. */
  w: Int32Array;
  /** Continuation counts N1+(• prefix w) (orders below the top). */
  cont: Uint32Array | null;
  /** Raw counts (the top order and the order of its histories). */
  raw: Uint32Array | null;
};

export type NgramCounts = {
  order: number;
  vocabSize: number;
  /** N1+(• w): distinct left contexts of each unigram. */
  uniCont: Uint32Array;
  /** Weighted occurrences of each unigram. */
  uniRaw: Uint32Array;
  /** tables[k − 2] holds the n-grams of order k, k = 2..order. */
  tables: NgramTable[];
  /** Modified Kneser-Ney discounts (D1, D2, D3+) per order k = 2..order. */
  discounts: number[][];
};

export type IdStream = { ids: Int32Array; weight: number };
export type CountOptions = { order: number; minTop: number };

function runLength(sorted: Float64Array): { keys: Float64Array; counts: Uint32Array } {
  let n = 0;
  for (let i = 0; i < sorted.length; i++) if (i === 0 || sorted[i] !== sorted[i - 1]) n++;
  const keys = new Float64Array(n);
  const counts = new Uint32Array(n);
  let j = -1;
  for (let i = 0; i < sorted.length; i++) {
    if (i === 0 || sorted[i] !== sorted[i - 1]) keys[++j] = sorted[i]!;
    counts[j]!++;
  }
  return { keys, counts };
}

/** Index of key in the ascending run sorted[lo..hi], or −1. Training and lookup both use it. */
function binarySearch(sorted: Float64Array | Int32Array, key: number, lo = 0, hi = sorted.length - 1): number {
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const x = sorted[mid]!;
    if (x === key) return mid;
    if (x < key) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/** Modified Kneser-Ney discounts from counts of counts (Chen & Goodman). */
export function discounts(counts: Uint32Array): number[] {
  const n = [0, 0, 0, 0, 0];
  for (const c of counts) if (c >= 1 && c <= 4) n[c]!++;
  const [, n1, n2, n3, n4] = n as [number, number, number, number, number];
  if (n1 === 0 || n2 === 0 || n3 === 0 || n4 === 0) return [0.5, 1, 1.5];
  const y = n1 / (n1 + 2 * n2);
  const clamp = (d: number, max: number): number => Math.min(max, Math.max(0.05, d));
  return [clamp(1 - (2 * y * n2) / n1, 0.95), clamp(2 - (3 * y * n3) / n2, 1.95), clamp(3 - (4 * y * n4) / n3, 2.95)];
}

/**
 * Count n-grams of orders 2..order over weighted id streams (a weight w counts each
 * n-gram w times), derive continuation counts, and prune top-order n-grams whose
 * weighted count is below minTop.
 */
export function countNgrams(streams: IdStream[], vocabSize: number, opts: CountOptions): NgramCounts {
  const V = ID_SPACE;
  const N = opts.order;
  if (N < 2 || N > 4) throw new Error(`order ${N} not supported`);
  if (vocabSize > V) throw new Error('vocabulary too large');
  // rows[s][i]: row (in the table of the current order) of the n-gram ending at position i, or -1.
  let rows: Int32Array[] = streams.map((s) => s.ids);
  const sortedKeys: Float64Array[] = [];
  const rawCounts: Uint32Array[] = [];
  for (let k = 2; k <= N; k++) {
    let total = 0;
    for (const s of streams) total += Math.max(0, s.ids.length - k + 1) * s.weight;
    const all = new Float64Array(total);
    let at = 0;
    streams.forEach((s, si) => {
      const prev = rows[si]!;
      for (let i = k - 1; i < s.ids.length; i++) {
        const key = prev[i - 1]! * V + s.ids[i]!;
        for (let r = 0; r < s.weight; r++) all[at++] = key;
      }
    });
    all.sort();
    const T = runLength(all);
    sortedKeys.push(T.keys);
    rawCounts.push(T.counts);
    if (k < N) {
      rows = streams.map((s, si) => {
        const prev = rows[si]!;
        const out = new Int32Array(s.ids.length).fill(-1);
        for (let i = k - 1; i < s.ids.length; i++) out[i] = binarySearch(T.keys, prev[i - 1]! * V + s.ids[i]!);
        return out;
      });
    }
  }
  // Suffix rows: sfx[k-2][row] = row (order k−1) of the n-gram without its first id.
  const sfx: Int32Array[] = [];
  for (let k = 2; k <= N; k++) {
    const keys = sortedKeys[k - 2]!;
    const out = new Int32Array(keys.length);
    for (let r = 0; r < keys.length; r++) {
      const w = keys[r]! % V;
      const p = Math.floor(keys[r]! / V);
      out[r] = k === 2 ? w : binarySearch(sortedKeys[k - 3]!, sfx[k - 3]![p]! * V + w);
    }
    sfx.push(out);
  }
  // Continuation counts of order k from the distinct n-grams of order k+1.
  const uniCont = new Uint32Array(vocabSize);
  for (const key of sortedKeys[0]!) uniCont[key % V]!++;
  const uniRaw = new Uint32Array(vocabSize);
  for (const s of streams) for (const id of s.ids) uniRaw[id]! += s.weight;
  const conts: Uint32Array[] = [];
  for (let k = 2; k < N; k++) {
    const cont = new Uint32Array(sortedKeys[k - 2]!.length);
    for (const key of sortedKeys[k - 1]!) {
      const p = Math.floor(key / V);
      const r = binarySearch(sortedKeys[k - 2]!, sfx[k - 2]![p]! * V + (key % V));
      if (r >= 0) cont[r]!++;
    }
    conts.push(cont);
  }
  const disc: number[][] = [];
  for (let k = 2; k <= N; k++) disc.push(discounts(k === N ? rawCounts[k - 2]! : conts[k - 2]!));
  const tables: NgramTable[] = [];
  for (let k = 2; k <= N; k++) {
    const keys = sortedKeys[k - 2]!;
    const raw = rawCounts[k - 2]!;
    let keep: Int32Array;
    if (k === N) {
      const idx: number[] = [];
      for (let i = 0; i < keys.length; i++) if (raw[i]! >= opts.minTop) idx.push(i);
      keep = Int32Array.from(idx);
    } else keep = Int32Array.from(keys, (_, i) => i);
    tables.push({
      prefix: Int32Array.from(keep, (i) => Math.floor(keys[i]! / V)),
      w: Int32Array.from(keep, (i) => keys[i]! % V),
      cont: k < N ? Uint32Array.from(keep, (i) => conts[k - 2]![i]!) : null,
      raw: k >= N - 1 ? Uint32Array.from(keep, (i) => raw[i]!) : null,
    });
  }
  return { order: N, vocabSize, uniCont, uniRaw, tables, discounts: disc };
}

/**
 * Compact encoding: per table, the number of successors of each prefix row, then the
 * gaps between successive last ids of one prefix, then the counts (ids are assigned
 * by frequency at build time, so gaps are small).
 */
export function writeCounts(w: ByteWriter, c: NgramCounts): void {
  w.varint(c.order);
  w.varint(c.vocabSize);
  for (const d of c.discounts) for (const x of d) w.varint(Math.round(x * 1e6));
  for (let i = 0; i < c.vocabSize; i++) w.varint(c.uniCont[i]!);
  for (let i = 0; i < c.vocabSize; i++) w.varint(c.uniRaw[i]!);
  let prefixRows = c.vocabSize;
  for (const t of c.tables) {
    const n = t.w.length;
    w.varint(n);
    const lengths = new Uint32Array(prefixRows);
    for (let i = 0; i < n; i++) lengths[t.prefix[i]!]!++;
    for (let p = 0; p < prefixRows; p++) w.varint(lengths[p]!);
    for (let i = 0; i < n; i++) {
      const first = i === 0 || t.prefix[i] !== t.prefix[i - 1];
      w.varint(first ? t.w[i]! : t.w[i]! - t.w[i - 1]! - 1);
    }
    w.varint(t.cont ? 1 : 0);
    if (t.cont) for (let i = 0; i < n; i++) w.varint(t.cont[i]!);
    w.varint(t.raw ? 1 : 0);
    if (t.raw) for (let i = 0; i < n; i++) w.varint(t.raw[i]!);
    prefixRows = n;
  }
}

export function readCounts(r: ByteReader): NgramCounts {
  const order = r.varint();
  const vocabSize = r.varint();
  const disc: number[][] = [];
  for (let k = 2; k <= order; k++) disc.push([r.varint() / 1e6, r.varint() / 1e6, r.varint() / 1e6]);
  const uniCont = new Uint32Array(vocabSize);
  for (let i = 0; i < vocabSize; i++) uniCont[i] = r.varint();
  const uniRaw = new Uint32Array(vocabSize);
  for (let i = 0; i < vocabSize; i++) uniRaw[i] = r.varint();
  const tables: NgramTable[] = [];
  let prefixRows = vocabSize;
  for (let k = 2; k <= order; k++) {
    const n = r.varint();
    const prefix = new Int32Array(n);
    let at = 0;
    for (let p = 0; p < prefixRows; p++) {
      const len = r.varint();
      for (let j = 0; j < len; j++) prefix[at++] = p;
    }
    const w = new Int32Array(n);
    for (let i = 0; i < n; i++) {
      const d = r.varint();
      w[i] = i === 0 || prefix[i] !== prefix[i - 1] ? d : w[i - 1]! + d + 1;
    }
    let cont: Uint32Array | null = null;
    if (r.varint()) {
      cont = new Uint32Array(n);
      for (let i = 0; i < n; i++) cont[i] = r.varint();
    }
    let raw: Uint32Array | null = null;
    if (r.varint()) {
      raw = new Uint32Array(n);
      for (let i = 0; i < n; i++) raw[i] = r.varint();
    }
    tables.push({ prefix, w, cont, raw });
    prefixRows = n;
  }
  return { order, vocabSize, uniCont, uniRaw, tables, discounts: disc };
}

/** Open-addressing hash from int keys (< 2^31) to row indices. */
class IntHash {
  keys: Int32Array;
  rows: Int32Array;
  mask: number;
  constructor(n: number) {
    let size = 16;
    while (size < n * 2) size *= 2;
    this.keys = new Int32Array(size).fill(-1);
    this.rows = new Int32Array(size);
    this.mask = size - 1;
  }
  set(key: number, row: number): void {
    let i = (Math.imul(key, 0x9e3779b1) >>> 7) & this.mask;
    while (this.keys[i] !== -1 && this.keys[i] !== key) i = (i + 1) & this.mask;
    this.keys[i] = key;
    this.rows[i] = row;
  }
  get(key: number): number {
    let i = (Math.imul(key, 0x9e3779b1) >>> 7) & this.mask;
    for (;;) {
      const k = this.keys[i]!;
      if (k === key) return this.rows[i]!;
      if (k === -1) return -1;
      i = (i + 1) & this.mask;
    }
  }
}

function discountOf(d: number[], c: number): number {
  return c <= 0 ? 0 : c === 1 ? d[0]! : c === 2 ? d[1]! : d[2]!;
}

/**
 * Runtime model. A context is the list of rows of its suffixes: ctx[0] = the last id,
 * ctx[j] = row (order j+1) of the last j+1 ids, or −1 when that n-gram was never seen
 * (then so are the longer ones). Bigrams are hashed; higher orders are stored per
 * history (CSR, sorted by last id), so a decoder carrying the context rows needs one
 * hash probe and one short binary search per order for each step.
 */
export class LanguageModel {
  readonly order: number;
  readonly vocabSize: number;
  readonly uniP: Float64Array;
  /** Relative frequency of each id (add-half smoothed). */
  readonly uniFreq: Float64Array;
  /** Per order k (index k−2): back-off weight of each history row (order k−1), discounted mass of each entry. */
  private readonly gamma: Float64Array[] = [];
  private readonly mass: Float64Array[] = [];
  /** Per order k ≥ 3 (index k−2): CSR start offsets over history rows, and last ids. */
  private readonly start: Int32Array[] = [];
  private readonly lastId: Int32Array[] = [];
  private readonly biHash: IntHash;
  /** The order-2 and order-3 arrays, for the hot path. */
  private readonly mass2: Float64Array;
  private readonly gamma2: Float64Array;
  private readonly mass3: Float64Array;
  private readonly gamma3: Float64Array;
  private readonly start3: Int32Array;
  private readonly last3: Int32Array;
  /** Context rows of the start of a text (boundaries only). */
  readonly startContext: Int32Array;
  private readonly scratch: Int32Array;

  constructor(c: NgramCounts) {
    const N = c.order;
    this.order = N;
    this.vocabSize = c.vocabSize;
    let contSum = 0;
    for (const x of c.uniCont) contSum += x;
    this.uniP = new Float64Array(c.vocabSize);
    for (let i = 0; i < c.vocabSize; i++) this.uniP[i] = (c.uniCont[i]! + 0.5) / (contSum + 0.5 * c.vocabSize);
    let rawSum = 0;
    for (const x of c.uniRaw) rawSum += x;
    this.uniFreq = new Float64Array(c.vocabSize);
    for (let i = 0; i < c.vocabSize; i++) this.uniFreq[i] = (c.uniRaw[i]! + 0.5) / (rawSum + 0.5 * c.vocabSize);
    let histRows = c.vocabSize;
    for (let k = 2; k <= N; k++) {
      const t = c.tables[k - 2]!;
      const n = t.w.length;
      const d = c.discounts[k - 2]!;
      const gamma = new Float64Array(histRows).fill(1);
      const mass = new Float64Array(n);
      // Denominators: continuation totals for the lower orders, the history's raw count for the top.
      const denom = new Float64Array(histRows);
      if (k < N) for (let i = 0; i < n; i++) denom[t.prefix[i]!]! += t.cont![i]!;
      else {
        const below = c.tables[k - 3];
        if (below) for (let h = 0; h < histRows; h++) denom[h] = below.raw![h]!;
        else for (let i = 0; i < n; i++) denom[t.prefix[i]!]! += t.raw![i]!;
      }
      for (let i = 0; i < n; i++) {
        const h = t.prefix[i]!;
        if (denom[h]! <= 0) continue;
        const cnt = k < N ? t.cont![i]! : t.raw![i]!;
        const a = Math.max(cnt - discountOf(d, cnt), 0) / denom[h]!;
        mass[i] = a;
        gamma[h]! -= a;
      }
      for (let h = 0; h < histRows; h++) if (gamma[h]! < 1e-9) gamma[h] = 1e-9;
      this.gamma.push(gamma);
      this.mass.push(mass);
      const start = new Int32Array(histRows + 1);
      for (let i = 0; i < n; i++) start[t.prefix[i]! + 1]!++;
      for (let h = 0; h < histRows; h++) start[h + 1]! += start[h]!;
      this.start.push(start);
      this.lastId.push(t.w);
      histRows = n;
    }
    this.mass2 = this.mass[0]!;
    this.gamma2 = this.gamma[0]!;
    this.mass3 = this.mass[1] ?? new Float64Array(0);
    this.gamma3 = this.gamma[1] ?? new Float64Array(0);
    this.start3 = this.start[1] ?? new Int32Array(0);
    this.last3 = this.lastId[1] ?? new Int32Array(0);
    const bi = c.tables[0]!;
    this.biHash = new IntHash(bi.w.length);
    for (let i = 0; i < bi.w.length; i++) this.biHash.set(bi.prefix[i]! * ID_SPACE + bi.w[i]!, i);
    this.scratch = new Int32Array(Math.max(1, N - 1));
    this.startContext = new Int32Array(Math.max(1, N - 1));
    const ctx = new Int32Array(Math.max(1, N - 1));
    for (let i = 0; i < N; i++) {
      this.step(this.startContext, 0, BOUNDARY, ctx, 0);
      this.startContext.set(ctx);
    }
  }

  /** Context slots per state (order − 1). */
  get contextSize(): number {
    return this.order - 1;
  }

  private find(k: number, h: number, w: number): number {
    if (k === 2) return this.biHash.get(h * ID_SPACE + w);
    const start = this.start[k - 2]!;
    return binarySearch(this.lastId[k - 2]!, w, start[h]!, start[h + 1]! - 1);
  }

  /**
   * log P(w | context) for the context rows ctx[off .. off+order−2]; writes the context
   * rows after w into out[outOff .. outOff+order−2] (out may not alias ctx's slots).
   */
  step(ctx: Int32Array, off: number, w: number, out: Int32Array, outOff: number): number {
    const last = ctx[off]!;
    const rb = this.biHash.get(last * ID_SPACE + w);
    const p2 = (rb >= 0 ? this.mass2[rb]! : 0) + this.gamma2[last]! * this.uniP[w]!;
    return this.stepAbove(ctx, off, w, rb, p2, out, outOff);
  }

  /** The bigram part of a step from last id `last` to w: its row (in `this.row`) and probability. */
  bigram(last: number, w: number): number {
    const rb = this.biHash.get(last * ID_SPACE + w);
    this.row = rb;
    return (rb >= 0 ? this.mass2[rb]! : 0) + this.gamma2[last]! * this.uniP[w]!;
  }

  /** Row found by the last `bigram` call. */
  row = -1;

  /** The rest of a step, given the bigram part (row rb, probability p2) for the context's last id. */
  stepAbove(ctx: Int32Array, off: number, w: number, rb: number, p2: number, out: Int32Array, outOff: number): number {
    const N = this.order;
    let p = p2;
    out[outOff] = w;
    if (N === 2) return Math.log(p);
    out[outOff + 1] = rb;
    const h = ctx[off + 1]!;
    if (h < 0) {
      for (let j = 2; j < N - 1; j++) out[outOff + j] = -1;
      return Math.log(p);
    }
    // Order 3: binary search among the successors of the bigram row h.
    const ids = this.last3;
    let lo = this.start3[h]!;
    let hi = this.start3[h + 1]! - 1;
    let e = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const x = ids[mid]!;
      if (x === w) {
        e = mid;
        break;
      }
      if (x < w) lo = mid + 1;
      else hi = mid - 1;
    }
    p = (e >= 0 ? this.mass3[e]! : 0) + this.gamma3[h]! * p;
    if (N === 3) return Math.log(p);
    out[outOff + 2] = e;
    for (let k = 4; k <= N; k++) {
      const hk = ctx[off + k - 2]!;
      if (hk < 0) {
        for (let j = k - 1; j < N - 1; j++) out[outOff + j] = -1;
        break;
      }
      const ek = this.find(k, hk, w);
      p = (ek >= 0 ? this.mass[k - 2]![ek]! : 0) + this.gamma[k - 2]![hk]! * p;
      if (k < N) out[outOff + k - 1] = ek;
    }
    return Math.log(p);
  }

  /** Context rows after the ids (the last order−1 of them matter), starting from the text's start. */
  context(ids: ArrayLike<number>): Int32Array {
    const ctx = Int32Array.from(this.startContext);
    const next = new Int32Array(ctx.length);
    for (let i = Math.max(0, ids.length - this.order + 1); i < ids.length; i++) {
      this.step(ctx, 0, ids[i]!, next, 0);
      ctx.set(next);
    }
    return ctx;
  }

  /** Natural-log probability of w after the history ids (boundaries before them). */
  logProb(...ids: number[]): number {
    const w = ids[ids.length - 1]!;
    return this.step(this.context(ids.slice(0, -1)), 0, w, this.scratch, 0);
  }

  /** Σ log P(ids[i] | ids[<i]) for i in [from, to), the text starting with boundaries. */
  logProbSpan(ids: ArrayLike<number>, from: number, to: number): number {
    const ctx = this.context(Array.prototype.slice.call(ids, Math.max(0, from - this.order + 1), from) as number[]);
    const next = new Int32Array(ctx.length);
    let total = 0;
    for (let i = from; i < to; i++) {
      total += this.step(ctx, 0, ids[i]!, next, 0);
      ctx.set(next);
    }
    return total;
  }

  /** Natural-log unigram probability. */
  logUnigram(w: number): number {
    return Math.log(this.uniP[w]!);
  }
}
