/**
 * Citations of a clause in Vietnamese legal style and in English: the clause's place (điểm b
 * khoản 2 mục III · Section III, item 2, point b) and the document (type, number, date, issuer).
 * Pure functions: the build computes the document part, the page adds the clause part.
 */
import type { DocumentMetadata } from '../model.ts';
import type { DocumentLabels } from '../../i18n/document-labels.ts';
import { foldKey } from '../text/fold.ts';

/** The document's number and symbol ("1698/KH-UBND"), or "…/CTrHD-UBND" when the number is blank. */
export function documentNumber(metadata: DocumentMetadata): string | null {
  return metadata.numberSymbol ?? (metadata.symbol ? `…/${metadata.symbol}` : null);
}

/** "ỦY BAN NHÂN DÂN TỈNH BÌNH THUẬN" → "Ủy ban nhân dân tỉnh Bình Thuận". */
export function vietnameseIssuer(metadata: DocumentMetadata): string | null {
  if (!metadata.issuingBody) return null;
  let text = metadata.issuingBody.toLocaleLowerCase('vi');
  if (metadata.province) text = text.replace(metadata.province.toLocaleLowerCase('vi'), metadata.province);
  return text.charAt(0).toLocaleUpperCase('vi') + text.slice(1);
}

export interface DocumentCitation {
  vi: string;
  en: string;
}

/**
 * "Kế hoạch số 1698/KH-UBND ngày 17/5/2021 của Ủy ban nhân dân tỉnh Bình Thuận" and its English,
 * from the document's English labels (src/i18n/document-labels.ts). An issuer with no English yet
 * is quoted as written rather than passed off as English.
 */
export function documentCitation(metadata: DocumentMetadata, english: Pick<DocumentLabels, 'documentType' | 'date' | 'issuingBody'>): DocumentCitation {
  const typeVi = metadata.documentType ?? 'Văn bản';
  const typeEn = english.documentType?.en ?? 'Document';
  const number = documentNumber(metadata);
  const { date } = metadata;
  const dateVi = date ? (date.day !== null ? `ngày ${date.day}/${date.month}/${date.year}` : date.month !== null ? `tháng ${date.month}/${date.year}` : `năm ${date.year}`) : null;
  const issuerVi = vietnameseIssuer(metadata);
  const issuerEn = issuerVi === null ? null : english.issuingBody?.en ? `issued by the ${english.issuingBody.en}` : `issued by “${issuerVi}”`;
  return {
    vi: [typeVi, number && `số ${number}`, dateVi, issuerVi && `của ${issuerVi}`].filter(Boolean).join(' '),
    en: [typeEn, number && `No. ${number}`, english.date?.en && `of ${english.date.en}`, issuerEn].filter(Boolean).join(' '),
  };
}

type Level = 'capital' | 'roman' | 'decimal' | 'arabic' | 'letter';

function levelOf(label: string): Level {
  if (/^[A-HK]$/.test(label)) return 'capital';
  if (/^[IVXL]+$/.test(label)) return 'roman';
  if (/^\d+(\.\d+)+$/.test(label)) return 'decimal';
  if (/^\d+$/.test(label)) return 'arabic';
  return 'letter';
}

const VIETNAMESE_LEVEL: Record<Level, string> = { capital: 'phần', roman: 'mục', decimal: 'tiểu mục', arabic: 'khoản', letter: 'điểm' };
const ENGLISH_LEVEL: Record<Level, string> = { capital: 'Part', roman: 'Section', decimal: 'sub-item', arabic: 'item', letter: 'point' };

/** A named unit's word in English: "Điều 3" is Article 3, "khoản 2" clause 2 (docs/document-layout.md). */
const ENGLISH_UNIT: Record<string, string> = {
  'dieu': 'Article',
  'khoan': 'clause',
  'diem': 'point',
  'chuong': 'Chapter',
  'muc': 'Section',
  'tieu muc': 'Subsection',
  'phan': 'Part',
  'phu luc': 'Appendix',
};

/** A label that names its unit ("Điều 3", "khoản 2", "Phụ lục"): its word and its number. */
function namedUnit(label: string): { word: string; number: string } | null {
  const words = label.split(' ');
  for (const length of [2, 1]) {
    const word = words.slice(0, length).join(' ');
    if (words.length >= length && words.length <= length + 1 && ENGLISH_UNIT[foldKey(word)] !== undefined) return { word, number: words[length] ?? '' };
  }
  return null;
}

/** The clause's place: "điểm b khoản 2 mục III" (innermost first) and "Section III, item 2, point b". */
export function clausePlace(path: readonly string[]): DocumentCitation {
  const vi = [...path].reverse().map((label) => (namedUnit(label) ? label : `${VIETNAMESE_LEVEL[levelOf(label)]} ${label}`)).join(' ');
  const en = path
    .map((label) => {
      const unit = namedUnit(label);
      return unit ? `${ENGLISH_UNIT[foldKey(unit.word)]} ${unit.number}`.trim() : `${ENGLISH_LEVEL[levelOf(label)]} ${label}`;
    })
    .join(', ');
  return { vi: vi.charAt(0).toLocaleUpperCase('vi') + vi.slice(1), en };
}

/** The full citation of a clause, with its permanent link. */
export function clauseCitation(path: readonly string[], document: DocumentCitation, url: string): DocumentCitation {
  const place = clausePlace(path);
  return {
    vi: `${place.vi} ${document.vi.charAt(0).toLocaleLowerCase('vi')}${document.vi.slice(1)}. ${url}`,
    en: `${document.en}, ${place.en}. ${url}`,
  };
}
