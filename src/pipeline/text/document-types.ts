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
  'quy che': 'Regulation',
  'quy dinh': 'Regulations',
  'phuong an': 'Plan of Action',
  'du an': 'Project',
  'to trinh': 'Submission',
  'thong cao': 'Communiqué',
  'thong tri': 'Circular',
  'cong van': 'Official Letter',
  'cong dien': 'Official Dispatch',
  'bien ban': 'Minutes',
};

/**
 * The document type a symbol's abbreviation names (Nghị định 30/2020/NĐ-CP, Phụ lục III; Hướng
 * dẫn 36-HD/VPTW for Party texts): "KH-UBND" is a Kế hoạch, "17-CTr/TU" a Chương trình. Used where
 * a text does not set its type on a line of its own. Keys are upper-cased.
 */
const SYMBOL_TYPES: Readonly<Record<string, string>> = {
  NQ: 'Nghị quyết',
  'QĐ': 'Quyết định',
  CT: 'Chỉ thị',
  QC: 'Quy chế',
  'QYĐ': 'Quy định',
  TC: 'Thông cáo',
  TB: 'Thông báo',
  HD: 'Hướng dẫn',
  CTR: 'Chương trình',
  'CTRHĐ': 'Chương trình hành động',
  KH: 'Kế hoạch',
  PA: 'Phương án',
  'ĐA': 'Đề án',
  DA: 'Dự án',
  BC: 'Báo cáo',
  BB: 'Biên bản',
  TTR: 'Tờ trình',
  KL: 'Kết luận',
  'CĐ': 'Công điện',
};

/** The abbreviation of a type, as a symbol writes it ("Kế hoạch" → "KH"; an action programme is a CTr). */
export function typeAbbreviation(documentType: string): string | null {
  const key = foldKey(documentType);
  if (key === 'chuong trinh hanh dong') return 'CTr';
  return Object.entries(SYMBOL_TYPES).find(([, type]) => foldKey(type) === key)?.[0] ?? null;
}

/** The type a document's symbol names ("KH-UBND", "CTr/TU", "2023/NQ-HĐND"), or null. */
export function documentTypeOfSymbol(symbol: string | null): string | null {
  if (!symbol) return null;
  const parts = symbol.split(/[-/]/).filter((p) => !/^\d+$/.test(p));
  return SYMBOL_TYPES[(parts[0] ?? '').toLocaleUpperCase('vi')] ?? null;
}

export const DOCUMENT_TYPES = Object.keys(DOCUMENT_TYPE_ENGLISH);

/**
 * National texts the provinces cite but never issue, with their English: not among the types a
 * provincial title line is read by.
 */
const CITED_TYPE_ENGLISH: Readonly<Record<string, string>> = {
  luat: 'Law',
  'nghi dinh': 'Decree',
  'thong tu': 'Circular',
};

/** The English of a document type as written ("Kế hoạch" → "Plan", "Luật" → "Law"), or null. */
export function documentTypeEnglish(type: string): string | null {
  const key = foldKey(type);
  return DOCUMENT_TYPE_ENGLISH[key] ?? CITED_TYPE_ENGLISH[key] ?? null;
}

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
  const type = documentTypeKey(key);
  if (type === null) return null;
  if (upperShare(line) >= 0.7) return type;
  // "KẾ HOẠCH triển khai …": the type in capitals with its subject run on after it on one line.
  const typeWords = line.trim().split(/\s+/).slice(0, type.split(' ').length).join(' ');
  return upperShare(typeWords) === 1 && line.trim().split(/\s+/).length > type.split(' ').length + 2 ? type : null;
}
