import { foldKey } from './fold.ts';

/**
 * Document types of Vietnamese administrative and Party texts, longest first, as folded keys,
 * with the English a citation uses for each.
 */
export const DOCUMENT_TYPE_ENGLISH: Readonly<Record<string, string>> = {
  'chuong trinh hanh dong': 'Action Programme',
  'chuong trinh': 'Programme',
  'nghi quyet': 'Resolution',
  'ke hoach': 'Plan',
  'quyet dinh': 'Decision',
  'chi thi': 'Directive',
  'ket luan': 'Conclusion',
  'thong bao': 'Notice',
  'bao cao': 'Report',
  'de an': 'Scheme',
  'huong dan': 'Guidance',
};

export const DOCUMENT_TYPES = Object.keys(DOCUMENT_TYPE_ENGLISH);

/** The document type a folded key starts with (a whole word), longest first; null if none. */
export function documentTypeKey(key: string): string | null {
  return DOCUMENT_TYPES.find((type) => key === type || key.startsWith(`${type} `)) ?? null;
}

/** Share of letters in `text` that are upper case (title-case letters such as ǅ do not count). */
export function upperShare(text: string): number {
  const letters = text.match(/\p{L}/gu) ?? [];
  if (letters.length === 0) return 0;
  return letters.filter((c) => c === c.toUpperCase() && c !== c.toLowerCase()).length / letters.length;
}

/**
 * The document type a line names ("CHƯƠNG TRÌNH HÀNH ĐỘNG", OCR "NGHI QUYET"), when the line is set
 * in capitals and starts with one; null otherwise. Marks are folded, so OCR text is recognised too.
 */
export function documentTypeOf(line: string): string | null {
  const key = foldKey(line).trim();
  if (upperShare(line) < 0.7) return null;
  return documentTypeKey(key);
}
