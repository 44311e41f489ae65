import { joinLines } from './ingest/paragraphs.ts';
import type { Block, IngestedText, RestoredWord } from './model.ts';
import type { RestoreStage } from './index.ts';
import { loadRestorer, type Restorer } from './restore/index.ts';

/** Rebuild a block's lines and running text from its source lines and the readings of its words. */
export function renderRestoredBlock(block: Block, words: RestoredWord[]): Block {
  const source = block.sourceLines.join('\n');
  let output = '';
  let at = 0;
  for (const word of words) {
    output += source.slice(at, word.start) + word.output;
    at = word.end;
  }
  output += source.slice(at);
  const lines = output.split('\n');
  return { ...block, lines, text: joinLines(lines), restoration: words };
}

/**
 * The restore stage: the engine decides from the text itself whether a document lost its
 * diacritics; if so every block is restored (line by line structure kept) and every word's reading
 * is recorded beside the OCR source. Clean documents pass through unchanged.
 */
export function createRestoreStage(restorer: Restorer): RestoreStage {
  return (ingested: IngestedText) => {
    const diagnosis = restorer.diagnose(ingested.text);
    if (!diagnosis.needsRestoration) return { text: ingested, restored: false };
    const blocks = ingested.blocks.map((block) => {
      // The whole document's diagnosis sets the channel: a short block alone says too little.
      const result = restorer.restore(block.sourceLines.join('\n'), diagnosis);
      const words: RestoredWord[] = result.tokens.map((t) => ({ ...t, alternatives: t.alternatives.slice(0, 3), correction: null }));
      return renderRestoredBlock(block, words);
    });
    return { text: { ...ingested, blocks }, restored: true };
  };
}

/** The restore stage the build uses: the committed model, loaded once. */
export async function loadRestoreStage(): Promise<RestoreStage> {
  return createRestoreStage(loadRestorer());
}
