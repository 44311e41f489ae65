import type { EditionDocument, IngestedText } from './model.ts';
import { ingest } from './ingest/index.ts';
import { structure } from './structure/index.ts';

/** The restore stage as the pipeline sees it: rewrites block text, keeps the source beside it. */
export type RestoreStage = (text: IngestedText) => { text: IngestedText; restored: boolean };

/** Clean sources pass through unchanged. */
export const passThrough: RestoreStage = (text) => ({ text, restored: false });

/** The whole pipeline for one seed: ingest → restore → structure. */
export function buildDocument(bytes: Uint8Array, source: string, slug: string, restore: RestoreStage = passThrough): EditionDocument {
  const ingested = ingest(bytes, source);
  const { text, restored } = restore(ingested);
  return structure(text, slug, restored);
}
