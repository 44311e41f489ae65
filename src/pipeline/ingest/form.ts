import type { TextForm } from '../model.ts';
import { syllables } from '../text/syllables.ts';

/** Share of alphabetic syllables that carry a Vietnamese mark or a non-ASCII letter. */
export function diacriticShare(text: string): number {
  const words = syllables(text).filter((s) => /^\p{L}+$/u.test(s));
  if (words.length === 0) return 0;
  const marked = words.filter((s) => /[^\x00-\x7F]/.test(s));
  return marked.length / words.length;
}

/**
 * Recognise a seed's form: Markdown-like (`#` headings, `**` emphasis), OCR plain text (most
 * syllables lost their marks; clean Vietnamese has marks on well over half of them), or
 * hard-wrapped plain text.
 */
export function detectForm(lines: readonly string[]): TextForm {
  const markdownLines = lines.filter((l) => /^\s{0,3}#{1,6}\s/.test(l) || /\*\*\S/.test(l)).length;
  if (markdownLines >= 2) return 'markdown';
  if (diacriticShare(lines.join('\n')) < 0.45) return 'ocr';
  return 'hard-wrapped';
}
