/**
 * The committed compact model: vocabulary (special tokens + syllable inventory),
 * pruned n-gram counts, per-syllable letter-case counts and the channel's learned
 * emission counts, brotli-compressed.
 */
import { brotliCompressSync, brotliDecompressSync, constants } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ByteReader, ByteWriter } from './varint.ts';
import { readCounts, writeCounts, type NgramCounts } from './language-model.ts';
import type { ChannelCounts } from './ocr-channel.ts';

export const MODEL_PATH = fileURLToPath(new URL('./model/restore-model.bin.br', import.meta.url));

export type ModelData = {
  vocab: string[];
  counts: NgramCounts;
  /** Per vocabulary id, where it follows another word: times written Title-case, times seen. */
  caseCounts: { title: Uint32Array; all: Uint32Array };
  channel: ChannelCounts;
  meta: Record<string, unknown>;
};

export function encodeModel(m: ModelData): Uint8Array {
  const header = new TextEncoder().encode(
    JSON.stringify({ format: 'vi-restore/2', meta: m.meta, channel: m.channel, vocab: m.vocab }),
  );
  const w = new ByteWriter(1 << 22);
  w.varint(header.length);
  w.bytes(header);
  writeCounts(w, m.counts);
  for (const x of m.caseCounts.title) w.varint(x);
  for (const x of m.caseCounts.all) w.varint(x);
  return brotliCompressSync(w.result(), {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_LGWIN]: 24 },
  });
}

export function decodeModel(bytes: Uint8Array): ModelData {
  const raw = new Uint8Array(brotliDecompressSync(bytes));
  const r = new ByteReader(raw);
  const hl = r.varint();
  const header = JSON.parse(new TextDecoder().decode(raw.subarray(r.pos, r.pos + hl))) as {
    format: string;
    meta: Record<string, unknown>;
    channel: ChannelCounts;
    vocab: string[];
  };
  if (header.format !== 'vi-restore/2') throw new Error(`unknown model format ${header.format}`);
  r.pos += hl;
  const counts = readCounts(r);
  const n = header.vocab.length;
  const title = new Uint32Array(n);
  const all = new Uint32Array(n);
  for (let i = 0; i < n; i++) title[i] = r.varint();
  for (let i = 0; i < n; i++) all[i] = r.varint();
  return { vocab: header.vocab, counts, caseCounts: { title, all }, channel: header.channel, meta: header.meta };
}

export function readModelFile(path = MODEL_PATH): ModelData {
  return decodeModel(readFileSync(path));
}
