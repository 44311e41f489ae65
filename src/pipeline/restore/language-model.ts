/**
 * Syllable trigram language model with interpolated Kneser-Ney smoothing.
 *
 * Counting happens at build time over id streams; the compact model keeps
 * pruned integer counts (raw trigram counts, raw and continuation bigram counts,
 * continuation unigram counts) and derives the smoothed probabilities on load.
 */
import { ByteReader, ByteWriter } from './varint.ts';

/** Id space per position: trigram keys are (u*V + v)*V + w < 2^45. */
export const ID_SPACE = 1 << 15;
export const BOUNDARY = 0;
export const UNK = 1;
export const PUNCT = 2;
export const NUM = 3;
export const SPECIALS = ['<b>', '<unk>', '<p>', '<num>'] as const;

export type NgramCounts = {
  vocabSize: number;
  /** N1+(• w): distinct left contexts of each unigram. */
  uniCont: Uint32Array;
  /** Σ_w N1+(• v w): distinct trigrams with v in the middle. */
  midTotal: Uint32Array;
  biKeys: Float64Array;
  biRaw: Uint32Array;
  biCont: Uint32Array;
  triKeys: Float64Array;
  triRaw: Uint32Array;
  d2: number;
  d3: number;
};

export type IdStream = { ids: Int32Array; weight: number };

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

function discount(counts: Uint32Array): number {
  let n1 = 0;
  let n2 = 0;
  for (const c of counts) {
    if (c === 1) n1++;
    else if (c === 2) n2++;
  }
  const d = n1 + 2 * n2 > 0 ? n1 / (n1 + 2 * n2) : 0.75;
  return Math.min(0.95, Math.max(0.3, d));
}

/**
 * Count uni/bi/trigrams over weighted id streams (a weight w counts each n-gram w
 * times) and prune n-grams whose weighted count is below the thresholds.
 */
export function countNgrams(
  streams: IdStream[],
  vocabSize: number,
  opts: { minBigram: number; minTrigram: number },
): NgramCounts {
  const V = ID_SPACE;
  let nTri = 0;
  let nBi = 0;
  for (const s of streams) {
    nTri += Math.max(0, s.ids.length - 2) * s.weight;
    nBi += Math.max(0, s.ids.length - 1) * s.weight;
  }
  const tri = new Float64Array(nTri);
  const bi = new Float64Array(nBi);
  let ti = 0;
  let bj = 0;
  for (const s of streams) {
    const ids = s.ids;
    for (let r = 0; r < s.weight; r++) {
      for (let i = 1; i < ids.length; i++) {
        bi[bj++] = ids[i - 1]! * V + ids[i]!;
        if (i >= 2) tri[ti++] = (ids[i - 2]! * V + ids[i - 1]!) * V + ids[i]!;
      }
    }
  }
  tri.sort();
  bi.sort();
  const T = runLength(tri);
  const B = runLength(bi);
  // Continuation counts from the distinct trigrams / bigrams (before pruning).
  const vw = new Float64Array(T.keys.length);
  const midTotal = new Uint32Array(vocabSize);
  for (let i = 0; i < T.keys.length; i++) {
    const k = T.keys[i]!;
    vw[i] = k % (V * V);
    midTotal[Math.floor(k / V) % V]!++;
  }
  vw.sort();
  const C = runLength(vw);
  const uniCont = new Uint32Array(vocabSize);
  for (let i = 0; i < B.keys.length; i++) uniCont[B.keys[i]! % V]!++;
  // Bigram continuation counts aligned with the bigram list (C.keys ⊆ B.keys).
  const biContAll = new Uint32Array(B.keys.length);
  for (let i = 0, j = 0; i < B.keys.length; i++) {
    while (j < C.keys.length && C.keys[j]! < B.keys[i]!) j++;
    if (j < C.keys.length && C.keys[j] === B.keys[i]) biContAll[i] = C.counts[j]!;
  }
  const d3 = discount(T.counts);
  const d2 = discount(C.counts);
  const keepBi: number[] = [];
  for (let i = 0; i < B.keys.length; i++) if (B.counts[i]! >= opts.minBigram) keepBi.push(i);
  const keepTri: number[] = [];
  for (let i = 0; i < T.keys.length; i++) if (T.counts[i]! >= opts.minTrigram) keepTri.push(i);
  return {
    vocabSize,
    uniCont,
    midTotal,
    biKeys: Float64Array.from(keepBi, (i) => B.keys[i]!),
    biRaw: Uint32Array.from(keepBi, (i) => B.counts[i]!),
    biCont: Uint32Array.from(keepBi, (i) => biContAll[i]!),
    triKeys: Float64Array.from(keepTri, (i) => T.keys[i]!),
    triRaw: Uint32Array.from(keepTri, (i) => T.counts[i]!),
    d2,
    d3,
  };
}

export function writeCounts(w: ByteWriter, c: NgramCounts): void {
  w.varint(c.vocabSize);
  w.varint(Math.round(c.d2 * 1e6));
  w.varint(Math.round(c.d3 * 1e6));
  for (let i = 0; i < c.vocabSize; i++) w.varint(c.uniCont[i]!);
  for (let i = 0; i < c.vocabSize; i++) w.varint(c.midTotal[i]!);
  w.varint(c.biKeys.length);
  let prev = 0;
  for (let i = 0; i < c.biKeys.length; i++) {
    w.varint(c.biKeys[i]! - prev);
    prev = c.biKeys[i]!;
  }
  for (let i = 0; i < c.biKeys.length; i++) w.varint(c.biRaw[i]!);
  for (let i = 0; i < c.biKeys.length; i++) w.varint(c.biCont[i]!);
  w.varint(c.triKeys.length);
  prev = 0;
  for (let i = 0; i < c.triKeys.length; i++) {
    w.varint(c.triKeys[i]! - prev);
    prev = c.triKeys[i]!;
  }
  for (let i = 0; i < c.triKeys.length; i++) w.varint(c.triRaw[i]!);
}

export function readCounts(r: ByteReader): NgramCounts {
  const vocabSize = r.varint();
  const d2 = r.varint() / 1e6;
  const d3 = r.varint() / 1e6;
  const uniCont = new Uint32Array(vocabSize);
  const midTotal = new Uint32Array(vocabSize);
  for (let i = 0; i < vocabSize; i++) uniCont[i] = r.varint();
  for (let i = 0; i < vocabSize; i++) midTotal[i] = r.varint();
  const nb = r.varint();
  const biKeys = new Float64Array(nb);
  let prev = 0;
  for (let i = 0; i < nb; i++) biKeys[i] = prev = prev + r.varint();
  const biRaw = new Uint32Array(nb);
  const biCont = new Uint32Array(nb);
  for (let i = 0; i < nb; i++) biRaw[i] = r.varint();
  for (let i = 0; i < nb; i++) biCont[i] = r.varint();
  const nt = r.varint();
  const triKeys = new Float64Array(nt);
  prev = 0;
  for (let i = 0; i < nt; i++) triKeys[i] = prev = prev + r.varint();
  const triRaw = new Uint32Array(nt);
  for (let i = 0; i < nt; i++) triRaw[i] = r.varint();
  return { vocabSize, uniCont, midTotal, biKeys, biRaw, biCont, triKeys, triRaw, d2, d3 };
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

/**
 * Runtime trigram model: log P(w | u v), interpolated Kneser-Ney.
 * Bigrams are hashed; trigrams are stored per bigram history (CSR, sorted by w),
 * so a decoder that carries the history's bigram row needs one hash probe per step.
 */
export class LanguageModel {
  readonly vocabSize: number;
  readonly uniP: Float64Array;
  readonly gamma2: Float64Array;
  private readonly biHash: IntHash;
  readonly biA: Float64Array;
  readonly gamma3: Float64Array;
  /** CSR: trigrams with history row h are triW/triB[triStart[h] .. triStart[h+1]). */
  private readonly triStart: Int32Array;
  private readonly triW: Int32Array;
  private readonly triB: Float64Array;

  constructor(c: NgramCounts) {
    const V = ID_SPACE;
    this.vocabSize = c.vocabSize;
    let contSum = 0;
    for (const x of c.uniCont) contSum += x;
    this.uniP = new Float64Array(c.vocabSize);
    for (let i = 0; i < c.vocabSize; i++) this.uniP[i] = (c.uniCont[i]! + 0.5) / (contSum + 0.5 * c.vocabSize);
    // Middle order: continuation counts, discounted, backing off to the unigram.
    this.gamma2 = new Float64Array(c.vocabSize).fill(1);
    this.biHash = new IntHash(c.biKeys.length);
    this.biA = new Float64Array(c.biKeys.length);
    for (let i = 0; i < c.biKeys.length; i++) {
      const k = c.biKeys[i]!;
      const v = Math.floor(k / V);
      this.biHash.set(k, i);
      const tot = c.midTotal[v]!;
      if (tot > 0) {
        const a = Math.max(c.biCont[i]! - c.d2, 0) / tot;
        this.biA[i] = a;
        this.gamma2[v]! -= a;
      }
    }
    // Top order: raw counts over the (pruned-mass-inclusive) history count c(u v).
    // Trigram keys are sorted, so trigrams of one history are contiguous and sorted by w.
    this.gamma3 = new Float64Array(c.biKeys.length).fill(1);
    const hist = new Int32Array(c.triKeys.length);
    const counts = new Int32Array(c.biKeys.length + 1);
    for (let i = 0; i < c.triKeys.length; i++) {
      const h = this.biHash.get(Math.floor(c.triKeys[i]! / V));
      hist[i] = h;
      if (h >= 0) counts[h + 1]!++;
    }
    this.triStart = new Int32Array(c.biKeys.length + 1);
    for (let h = 0; h < c.biKeys.length; h++) this.triStart[h + 1] = this.triStart[h]! + counts[h + 1]!;
    const fill = this.triStart.slice(0, c.biKeys.length);
    this.triW = new Int32Array(this.triStart[c.biKeys.length]!);
    this.triB = new Float64Array(this.triW.length);
    for (let i = 0; i < c.triKeys.length; i++) {
      const h = hist[i]!;
      if (h < 0) continue;
      const at = fill[h]!++;
      const b = Math.max(c.triRaw[i]! - c.d3, 0) / c.biRaw[h]!;
      this.triW[at] = c.triKeys[i]! % V;
      this.triB[at] = b;
      this.gamma3[h]! -= b;
    }
  }

  /** Row of the bigram (v, w), or -1 if it was not kept. */
  bigramRow(v: number, w: number): number {
    return this.biHash.get(v * ID_SPACE + w);
  }

  /** log P(w | history) where hr is the bigram row of the history (u, v) or -1, and rb = bigramRow(v, w). */
  logProbRows(hr: number, v: number, w: number, rb: number): number {
    const p2 = (rb >= 0 ? this.biA[rb]! : 0) + this.gamma2[v]! * this.uniP[w]!;
    if (hr < 0) return Math.log(p2);
    let lo = this.triStart[hr]!;
    let hi = this.triStart[hr + 1]! - 1;
    let b = 0;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const x = this.triW[mid]!;
      if (x === w) {
        b = this.triB[mid]!;
        break;
      }
      if (x < w) lo = mid + 1;
      else hi = mid - 1;
    }
    return Math.log(b + this.gamma3[hr]! * p2);
  }

  /** Natural-log probability of w after the history (u, v). */
  logProb(u: number, v: number, w: number): number {
    return this.logProbRows(this.bigramRow(u, v), v, w, this.bigramRow(v, w));
  }

  /** Natural-log unigram probability. */
  logUnigram(w: number): number {
    return Math.log(this.uniP[w]!);
  }
}
