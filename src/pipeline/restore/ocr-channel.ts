/**
 * The channel model of OCR damage: P(OCR string | true syllable).
 *
 * Each character of the true syllable emits nothing, one OCR character or two
 * OCR characters (ủ → "ti", ứ → "ir"); OCR characters may also be inserted.
 * The emission probabilities are learned by Viterbi-EM from aligned
 * (true syllable, OCR token) pairs — the declared train part of the gold set —
 * with two levels of back-off: to the character's class (base letter, marked or
 * not: every marked "o" shares evidence, so "6" learned for ố also serves ỗ) and
 * to a generic prior (marks are usually lost, sometimes kept, rarely anything else).
 * Surviving marks are evidence: an OCR "é" is likelier from ế/ề/ệ/ớ than from e.
 */
import { fold } from './syllable.ts';
import type { SyllableInventory } from './syllable-inventory.ts';

export type ChannelCounts = {
  /** emission counts: gold char → output string ('' = deleted) → count */
  emit: Record<string, Record<string, number>>;
  /** inserted OCR characters → count */
  ins: Record<string, number>;
  /** number of gold characters seen */
  goldChars: number;
  /** share of OCR tokens containing anything but plain letters a–z (digits, symbols, marks, P for Đ) */
  noisyShare?: number;
};

/** Pairs of (true lowercase syllable, OCR channel form). */
export type AlignedPair = { gold: string; ocr: string };

const BETA_CHAR = 3;
const BETA_CLASS = 6;
const NEG = Infinity;

function classOf(g: string): string {
  const b = fold(g);
  return b === g ? b : `${b}*`;
}

/** Letters the prior treats as "same base letter with other marks". */
function sameBase(a: string, b: string): boolean {
  return fold(a) === fold(b) && /\p{L}/u.test(a) && /\p{L}/u.test(b);
}

/** Generic prior P0(out | g) before any data. */
function priorEmit(g: string, out: string): number {
  const base = fold(g);
  const marked = base !== g;
  if (out === '') return 0.01;
  if (out.length === 2) return 0.0005;
  if (out === base) return marked ? 0.7 : 0.94;
  if (out === g) return 0.1;
  if (sameBase(out, g)) return marked ? 0.02 : 0.004;
  return 0.0004;
}

export class OcrChannel {
  readonly counts: ChannelCounts;
  private readonly classCounts: Record<string, Record<string, number>>;
  private readonly classTotals: Record<string, number>;
  private readonly charTotals: Record<string, number>;
  private readonly insTotal: number;
  private readonly memo = new Map<string, number>();
  /** Two-character outputs attested for some gold character or class. */
  private readonly pairOutputs: Set<string>;

  constructor(counts: ChannelCounts) {
    this.counts = counts;
    this.classCounts = {};
    this.classTotals = {};
    this.charTotals = {};
    this.pairOutputs = new Set();
    for (const [g, outs] of Object.entries(counts.emit)) {
      const c = classOf(g);
      const cc = (this.classCounts[c] ??= {});
      for (const [o, n] of Object.entries(outs)) {
        cc[o] = (cc[o] ?? 0) + n;
        this.classTotals[c] = (this.classTotals[c] ?? 0) + n;
        this.charTotals[g] = (this.charTotals[g] ?? 0) + n;
        if ([...o].length === 2) this.pairOutputs.add(o);
      }
    }
    this.insTotal = Object.values(counts.ins).reduce((a, b) => a + b, 0);
  }

  /** P(out | g) with back-off g → class(g) → prior. */
  emitProb(g: string, out: string): number {
    const c = classOf(g);
    const p0 = priorEmit(g, out);
    const pc = ((this.classCounts[c]?.[out] ?? 0) + BETA_CLASS * p0) / ((this.classTotals[c] ?? 0) + BETA_CLASS);
    return ((this.counts.emit[g]?.[out] ?? 0) + BETA_CHAR * pc) / ((this.charTotals[g] ?? 0) + BETA_CHAR);
  }

  /** Cost (−log P) of g emitting out. */
  emitCost(g: string, out: string): number {
    const key = `${g}\u0000${out}`;
    let v = this.memo.get(key);
    if (v === undefined) {
      if ([...out].length === 2 && !this.pairOutputs.has(out)) v = NEG;
      else v = -Math.log(this.emitProb(g, out));
      this.memo.set(key, v);
    }
    return v;
  }

  /** Cost of an inserted OCR character. */
  insertCost(x: string): number {
    const key = `\u0001${x}`;
    let v = this.memo.get(key);
    if (v === undefined) {
      const pIns = (this.insTotal + 1) / (this.counts.goldChars + 100);
      const pX = ((this.counts.ins[x] ?? 0) + 0.5) / (this.insTotal + 50);
      v = -Math.log(pIns * pX);
      this.memo.set(key, v);
    }
    return v;
  }

  /** Minimum-cost alignment of a gold syllable with an OCR string (for learning and checks). */
  alignCost(gold: string, ocr: string): number {
    return this.align(gold, ocr).cost;
  }

  /** Viterbi alignment: list of (gold char or '' for insertion, OCR output). */
  align(gold: string, ocr: string): { cost: number; ops: [string, string][] } {
    const g = [...gold];
    const o = [...ocr];
    const n = g.length;
    const m = o.length;
    const D: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(NEG));
    const back: (readonly [number, number, string, string] | null)[][] = Array.from({ length: n + 1 }, () =>
      new Array(m + 1).fill(null),
    );
    D[0]![0] = 0;
    for (let i = 0; i <= n; i++) {
      for (let j = 0; j <= m; j++) {
        const cur = D[i]![j]!;
        if (cur === NEG) continue;
        const relax = (ni: number, nj: number, c: number, gg: string, oo: string): void => {
          if (cur + c < D[ni]![nj]!) {
            D[ni]![nj] = cur + c;
            back[ni]![nj] = [i, j, gg, oo];
          }
        };
        if (j < m) relax(i, j + 1, this.insertCost(o[j]!), '', o[j]!);
        if (i < n) {
          relax(i + 1, j, this.emitCost(g[i]!, ''), g[i]!, '');
          if (j < m) relax(i + 1, j + 1, this.emitCost(g[i]!, o[j]!), g[i]!, o[j]!);
          if (j + 1 < m) relax(i + 1, j + 2, this.emitCost(g[i]!, o[j]! + o[j + 1]!), g[i]!, o[j]! + o[j + 1]!);
        }
      }
    }
    const ops: [string, string][] = [];
    let i = n;
    let j = m;
    while (i > 0 || j > 0) {
      const b = back[i]![j];
      if (!b) break;
      ops.push([b[2], b[3]]);
      i = b[0];
      j = b[1];
    }
    ops.reverse();
    return { cost: D[n]![m]!, ops };
  }

  /** Per OCR character (or pair): emission cost from every gold character of the trie alphabet. */
  private readonly columnCache = new Map<string, Float64Array>();
  private alphabet: string[] | null = null;
  private delCosts: Float64Array | null = null;

  private column(inv: SyllableInventory, out: string): Float64Array {
    let col = this.columnCache.get(out);
    if (!col) {
      const alpha = this.alphabetOf(inv);
      col = new Float64Array(alpha.length);
      for (let k = 0; k < alpha.length; k++) col[k] = this.emitCost(alpha[k]!, out);
      this.columnCache.set(out, col);
    }
    return col;
  }

  private alphabetOf(inv: SyllableInventory): string[] {
    if (!this.alphabet) {
      this.alphabet = inv.alphabet;
      this.delCosts = Float64Array.from(this.alphabet, (g) => this.emitCost(g, ''));
    }
    return this.alphabet;
  }

  /**
   * All inventory syllables whose channel cost for the OCR string is within
   * maxCost, by dynamic programming over the inventory trie.
   */
  candidates(ocr: string, inv: SyllableInventory, maxCost: number): { id: number; cost: number }[] {
    const o = [...ocr];
    const m = o.length;
    const out: { id: number; cost: number }[] = [];
    const alpha = this.alphabetOf(inv);
    const A = alpha.length;
    const del = this.delCosts!;
    const ins = o.map((x) => this.insertCost(x));
    // Emission costs by OCR position: sub[(j−1)·A + g] for one character, pair[(j−2)·A + g] for two.
    const sub = new Float64Array(Math.max(1, m) * A);
    const pair = new Float64Array(Math.max(1, m) * A);
    for (let j = 0; j < m; j++) {
      sub.set(this.column(inv, o[j]!), j * A);
      if (j + 1 < m) pair.set(this.column(inv, o[j]! + o[j + 1]!), j * A);
    }
    // Rows by trie depth; the preorder walk keeps each parent's row intact for its subtree.
    const { char, depth, syllableId, end, maxDepth } = inv.flat;
    const W = m + 1;
    const rows = new Float64Array(W * (maxDepth + 1));
    for (let j = 1; j <= m; j++) rows[j] = rows[j - 1]! + ins[j - 1]!;
    const total = char.length;
    let node = 0;
    while (node < total) {
      const g = char[node]!;
      const dg = del[g]!;
      const rOff = depth[node]! * W;
      const pOff = rOff - W;
      let v0 = rows[pOff]! + dg;
      rows[rOff] = v0;
      let min = v0;
      for (let j = 1; j <= m; j++) {
        let v = rows[pOff + j - 1]! + sub[(j - 1) * A + g]!;
        const d = rows[pOff + j]! + dg;
        if (d < v) v = d;
        const ii = v0 + ins[j - 1]!;
        if (ii < v) v = ii;
        if (j >= 2) {
          const pp = rows[pOff + j - 2]! + pair[(j - 2) * A + g]!;
          if (pp < v) v = pp;
        }
        rows[rOff + j] = v;
        v0 = v;
        if (v < min) min = v;
      }
      if (min > maxCost) {
        node = end[node]!;
        continue;
      }
      const id = syllableId[node]!;
      if (id >= 0 && rows[rOff + m]! <= maxCost) out.push({ id, cost: rows[rOff + m]! });
      node++;
    }
    return out;
  }

  /** Learn emission counts from aligned pairs by Viterbi EM, starting from the prior. */
  static learn(pairs: AlignedPair[], iterations = 4): OcrChannel {
    let ch = new OcrChannel({ emit: {}, ins: {}, goldChars: 0 });
    for (let it = 0; it < iterations; it++) {
      const counts: ChannelCounts = { emit: {}, ins: {}, goldChars: 0 };
      for (const { gold, ocr } of pairs) {
        const { cost, ops } = ch.align(gold, ocr);
        if (!Number.isFinite(cost)) continue;
        counts.goldChars += [...gold].length;
        for (const [g, x] of ops) {
          if (g === '') counts.ins[x] = (counts.ins[x] ?? 0) + 1;
          else {
            const e = (counts.emit[g] ??= {});
            e[x] = (e[x] ?? 0) + 1;
          }
        }
      }
      counts.noisyShare = pairs.length ? pairs.filter((p) => isNoisyForm(p.ocr)).length / pairs.length : 0;
      ch = new OcrChannel(counts);
    }
    return ch;
  }
}

/** Does an OCR channel form contain anything but plain letters a–z? */
export function isNoisyForm(form: string): boolean {
  return !/^[a-z]+$/.test(form);
}
