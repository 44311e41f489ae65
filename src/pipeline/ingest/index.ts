import type { IngestedText } from '../model.ts';
import { SourceError } from '../model.ts';
import { decodeSource } from './decode.ts';
import { detectForm } from './form.ts';
import { normaliseText } from './normalise.ts';
import { rebuildParagraphs } from './paragraphs.ts';

export { decodeSource } from './decode.ts';
export { detectForm, diacriticShare } from './form.ts';
export { joinLines } from './paragraphs.ts';

/** The largest seed the edition takes: these texts are a few dozen kilobytes; 20 MB is a mistake. */
export const MAX_SOURCE_BYTES = 5 * 1024 * 1024;
/** The longest line: a hard-wrapped or Markdown text has lines of a paragraph at most. */
export const MAX_LINE_LENGTH = 100_000;

/** ingest: bytes → NFC text in rebuilt paragraphs, with everything taken out recorded. */
export function ingest(bytes: Uint8Array, file: string): IngestedText {
  if (bytes.length > MAX_SOURCE_BYTES) {
    throw new SourceError(file, null, `the file is ${(bytes.length / 1024 / 1024).toFixed(1)} MB; a source text may be at most ${MAX_SOURCE_BYTES / 1024 / 1024} MB`);
  }
  const decoded = decodeSource(bytes, file);
  const { text, lines, removed } = normaliseText(decoded.text);
  const long = lines.findIndex((line) => line.length > MAX_LINE_LENGTH);
  if (long >= 0) {
    throw new SourceError(file, long + 1, `the line is ${lines[long]!.length.toLocaleString('en')} characters long; a line may be at most ${MAX_LINE_LENGTH.toLocaleString('en')} (is this really a text file?)`);
  }
  if (text.trim() === '') throw new SourceError(file, null, 'the file holds no text (only white space)');
  const form = detectForm(lines);
  const blocks = rebuildParagraphs(lines, form, removed);
  if (blocks.length === 0) throw new SourceError(file, null, 'the file holds no text once stray marks are removed');
  return { source: file, form, encoding: decoded.encoding, text, blocks, removed };
}
