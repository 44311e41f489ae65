import { foldKey } from './fold.ts';

/** Document types of Vietnamese administrative and Party texts, longest first, as folded keys. */
export const DOCUMENT_TYPES = [
  'chuong trinh hanh dong',
  'chuong trinh',
  'nghi quyet',
  'ke hoach',
  'quyet dinh',
  'chi thi',
  'ket luan',
  'thong bao',
  'bao cao',
  'de an',
  'huong dan',
];

/** Share of letters in `text` that are upper case. */
export function upperShare(text: string): number {
  const letters = text.match(/\p{L}/gu) ?? [];
  if (letters.length === 0) return 0;
  return letters.filter((c) => c !== c.toLowerCase()).length / letters.length;
}

/**
 * The document type a line names ("CHƯƠNG TRÌNH HÀNH ĐỘNG", OCR "NGHI QUYET"), when the line is set
 * in capitals and starts with one; null otherwise. Marks are folded, so OCR text is recognised too.
 */
export function documentTypeOf(line: string): string | null {
  const key = foldKey(line).trim();
  if (upperShare(line) < 0.7) return null;
  return DOCUMENT_TYPES.find((type) => key === type || key.startsWith(`${type} `)) ?? null;
}
