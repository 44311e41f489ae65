import type { IngestedText } from '../model.ts';
import { SourceError } from '../model.ts';
import { decodeSource } from './decode.ts';
import { detectForm } from './form.ts';
import { normaliseText } from './normalise.ts';
import { rebuildParagraphs } from './paragraphs.ts';

export { decodeSource } from './decode.ts';
export { detectForm, diacriticShare } from './form.ts';
export { joinLines } from './paragraphs.ts';

/** ingest: bytes → NFC text in rebuilt paragraphs, with everything taken out recorded. */
export function ingest(bytes: Uint8Array, file: string): IngestedText {
  const decoded = decodeSource(bytes, file);
  const { text, lines, removed } = normaliseText(decoded.text);
  if (text.trim() === '') throw new SourceError(file, null, 'the file holds no text (only white space)');
  const form = detectForm(lines);
  const blocks = rebuildParagraphs(lines, form, removed);
  if (blocks.length === 0) throw new SourceError(file, null, 'the file holds no text once stray marks are removed');
  return { source: file, form, encoding: decoded.encoding, text, blocks, removed };
}
