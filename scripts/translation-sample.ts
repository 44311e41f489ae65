/**
 * node scripts/translation-sample.ts [seed] [size]: a reproducible random sample of translated
 * clauses for a blind re-check of the English (issue 18), printed as JSON.
 *
 * Population: every clause id with a non-empty English `heading` or `text` in
 * content/translations/*.json (a section whose English is only its heading is a translated clause
 * too), files in byte order of their names, ids in the order the file lists them. The sample is the
 * first `size` entries of a Fisher–Yates shuffle of that list driven by mulberry32(seed), so anyone
 * can redraw it; the seed and size are printed with it. Only ids are read, never the English, so the
 * sample is drawn before any translation is seen.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const DIR = join(import.meta.dirname, '..', 'content', 'translations');

/** mulberry32: a 32-bit seeded PRNG (Tommy Ettinger's), returning floats in [0, 1). */
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

export interface ClauseRef {
  slug: string;
  id: string;
}

const nonEmpty = (value: unknown): boolean => typeof value === 'string' && value.trim() !== '';

export function translatedClauses(dir: string = DIR): ClauseRef[] {
  const refs: ClauseRef[] = [];
  const files = readdirSync(dir).filter((f) => f.endsWith('.json')).sort();
  for (const file of files) {
    const data = JSON.parse(readFileSync(join(dir, file), 'utf8')) as { slug: string; clauses: Record<string, { heading?: string; text?: string }> };
    for (const [id, entry] of Object.entries(data.clauses)) {
      if (nonEmpty(entry.heading) || nonEmpty(entry.text)) refs.push({ slug: data.slug, id });
    }
  }
  return refs;
}

export function drawSample<T>(population: readonly T[], seed: number, size: number): T[] {
  const items = [...population];
  const random = mulberry32(seed);
  const n = Math.min(size, items.length);
  for (let i = 0; i < n; i++) {
    const j = i + Math.floor(random() * (items.length - i));
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
  return items.slice(0, n);
}

if (import.meta.main) {
  const seed = Number(process.argv[2] ?? 20261207);
  const size = Number(process.argv[3] ?? 110);
  if (!Number.isInteger(seed) || !Number.isInteger(size) || size < 1) {
    console.error('usage: node scripts/translation-sample.ts [seed: integer] [size: positive integer]');
    process.exit(1);
  }
  const population = translatedClauses();
  const sample = drawSample(population, seed, size);
  console.log(JSON.stringify({ seed, algorithm: 'mulberry32 + partial Fisher–Yates', population: population.length, sampleSize: sample.length, sample }, null, 2));
}
