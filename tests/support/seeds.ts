import { readFileSync } from 'node:fs';
import { buildDocument, type RestoreStage } from '../../src/pipeline/index.ts';
import type { EditionDocument } from '../../src/pipeline/model.ts';

export const SEED_FILES = [
  '000_dc2e615219b91c38.txt',
  '001_af1c1f30eff17f08.txt',
  '002_1abb0fc6ff61a8be.txt',
  '003_218f22c76233087f.txt',
  '004_06bab214c2a2d528.txt',
] as const;

export function seedBytes(seed: string): Buffer {
  return readFileSync(new URL(`../../seeds/${seed}`, import.meta.url));
}

export function seedDocument(seed: string, restore?: RestoreStage): EditionDocument {
  return buildDocument(seedBytes(seed), seed, seed.slice(0, 3), restore);
}
