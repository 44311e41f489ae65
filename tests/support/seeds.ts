import { readFileSync } from 'node:fs';
import { buildAllDocuments } from '../../scripts/build-content.ts';
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

let published: Promise<EditionDocument[]> | null = null;

/** The five documents exactly as the build publishes them (restoration and corrections applied). */
export async function publishedDocument(seed: string): Promise<EditionDocument> {
  published ??= buildAllDocuments().then(({ documents, problems }) => {
    if (problems.length > 0) throw new Error(problems.join('\n'));
    return documents;
  });
  const document = (await published).find((d) => d.source === seed);
  if (!document) throw new Error(`no published document for ${seed}`);
  return document;
}
