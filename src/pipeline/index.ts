import type { EditionDocument, IngestedText } from './model.ts';
import { SourceError } from './model.ts';
import { applyCorrections, type Correction } from './corrections/index.ts';
import { ingest } from './ingest/index.ts';
import { structure } from './structure/index.ts';

/** The restore stage as the pipeline sees it: rewrites block text, keeps the source beside it. */
export type RestoreStage = (text: IngestedText) => { text: IngestedText; restored: boolean };

/** Clean sources pass through unchanged. */
export const passThrough: RestoreStage = (text) => ({ text, restored: false });

export interface BuildOptions {
  restore?: RestoreStage;
  /** Reviewed corrections for this document, and the file they came from (for messages). */
  corrections?: { file: string; entries: Correction[] };
}

/**
 * The whole pipeline for one seed: ingest → restore (engine) → reviewed corrections → structure.
 * Corrections name clauses by id; ids come from numbering, not wording, so a first structure pass
 * over the engine's text locates them.
 */
export function buildDocument(bytes: Uint8Array, source: string, slug: string, options: BuildOptions | RestoreStage = {}): EditionDocument {
  const { restore = passThrough, corrections } = typeof options === 'function' ? { restore: options } : options;
  const ingested = ingest(bytes, source);
  const { text, restored } = restore(ingested);
  if (!corrections || corrections.entries.length === 0) return structure(text, slug, restored);
  const located = structure(text, slug, restored);
  const result = applyCorrections(text.blocks, located, corrections.entries, corrections.file);
  if (result.problems.length > 0) throw new SourceError(corrections.file, null, `\n  ${result.problems.join('\n  ')}`);
  const document = structure({ ...text, blocks: result.blocks }, slug, restored, result.applied);
  document.warnings.push(...result.warnings);
  return document;
}
