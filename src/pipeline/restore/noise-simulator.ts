/**
 * OCR noise simulator, modelled on the confusions observed in the gold train part:
 * every character of every word of a clean text is replaced by an output drawn from
 * the learned emission distribution (mostly: marks lost; sometimes a digit or symbol
 * for a marked vowel, 'P' for 'Đ', "ti" for 'ủ', a kept or wrong mark), and OCR
 * characters are inserted at the learned rate. Whitespace, numbers and punctuation
 * are untouched. Deterministic for a given seed.
 */
import { fold } from './syllable.ts';
import type { OcrChannel } from './ocr-channel.ts';
import { tokenize } from './tokenize.ts';

/** mulberry32: a 32-bit seeded PRNG, floats in [0, 1); the same seed draws the same sequence everywhere. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The simulator's distribution over outputs of a gold character (empirically attested outputs). */
function outputsFor(channel: OcrChannel, g: string): { out: string; p: number }[] {
  const outs = new Set<string>([fold(g), g, '']);
  for (const [gg, e] of Object.entries(channel.counts.emit)) {
    if (gg === g || (fold(gg) === fold(g) && (gg === fold(gg)) === (g === fold(g)))) for (const o of Object.keys(e)) outs.add(o);
  }
  const list = [...outs].map((out) => ({ out, p: channel.emitProb(g, out) }));
  const z = list.reduce((a, x) => a + x.p, 0);
  return list.map((x) => ({ out: x.out, p: x.p / z })).sort((a, b) => (a.out < b.out ? -1 : a.out > b.out ? 1 : 0));
}

export function simulateOcr(text: string, channel: OcrChannel, seed = 1): string {
  const rand = mulberry32(seed);
  const cache = new Map<string, { out: string; p: number }[]>();
  const insTotal = Object.values(channel.counts.ins).reduce((a, b) => a + b, 0);
  const pIns = channel.counts.goldChars > 0 ? insTotal / channel.counts.goldChars : 0;
  const insChars = Object.entries(channel.counts.ins).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const sample = (dist: { out: string; p: number }[]): string => {
    let r = rand();
    for (const d of dist) {
      r -= d.p;
      if (r <= 0) return d.out;
    }
    return dist[dist.length - 1]!.out;
  };
  let out = '';
  let cursor = 0;
  for (const piece of tokenize(text)) {
    if (piece.kind !== 'word') continue;
    let noisy = '';
    for (const ch of piece.source.normalize('NFC')) {
      const lower = ch.toLowerCase();
      const upper = ch !== lower;
      let dist = cache.get(lower);
      if (!dist) {
        dist = outputsFor(channel, lower);
        cache.set(lower, dist);
      }
      let o = sample(dist);
      // 'Þ' stands for a capital P read where the scan has Đ: only capitals become P.
      if (o.includes('Þ')) o = upper ? o.replace(/Þ/g, 'P') : fold(lower);
      if (upper) o = o.toUpperCase();
      noisy += o;
      if (insChars.length && rand() < pIns) {
        let r = rand() * insTotal;
        for (const [c, n] of insChars) {
          r -= n;
          if (r <= 0) {
            noisy += c === 'Þ' ? 'P' : c;
            break;
          }
        }
      }
    }
    if (!noisy) noisy = fold(piece.source);
    out += text.slice(cursor, piece.start) + noisy;
    cursor = piece.end;
  }
  return out + text.slice(cursor);
}
