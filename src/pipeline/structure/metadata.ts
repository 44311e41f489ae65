import type { DocumentDate, DocumentMetadata } from '../model.ts';
import { foldKey } from '../text/fold.ts';
import { documentTypeKey, documentTypeOfSymbol } from '../text/document-types.ts';
import { provinceNamedIn, provinceOfPlace } from './gazetteer.ts';
import { readHeaderComponents, readIssuer } from './header-layout.ts';

/** The lines and texts metadata is read from; every field comes from these, never from elsewhere. */
export interface MetadataSources {
  headerLines: string[];
  /** The document-type line, e.g. "CHƯƠNG TRÌNH HÀNH ĐỘNG". */
  typeLine: string | null;
  /** The rest of the title block after the type line. */
  subject: string | null;
  /** Lines of the closing part ("Nơi nhận:" onwards). */
  closingLines: string[];
}

/** A document code as cited: 20-NQ/TW, 134/NQ-CP, 340/QĐ-TTg, 23/2012/QH13, 13/2019/NQ-HĐND. */
export const DOCUMENT_CODE = /\b\d{1,4}(?:\/\d{4})?[-/][\p{Lu}][\p{L}\d]*(?:[-/][\p{Lu}][\p{L}\d]*)*/gu;

/** Titles a signer signs under; the signature block names one of them. */
const SIGNER_TITLES = [
  'pho bi thu thuong truc',
  'pho bi thu',
  'bi thu',
  'pho chu tich thuong truc',
  'pho chu tich',
  'chu tich',
  'pho giam doc',
  'giam doc',
  'pho truong ban',
  'truong ban',
];

const CAPACITY = /\b(T\/M|TM\.|KT\.|TL\.|TUQ\.)\s*([\p{Lu}\s]+?)(?=\s*$|\s{2,}|\s+[\p{Lu}][\p{Ll}])/u;

function sentenceCase(text: string): string {
  const lower = text.toLocaleLowerCase('vi');
  return lower.charAt(0).toLocaleUpperCase('vi') + lower.slice(1);
}

/** "AN GIANG" → "An Giang". */
function titleCase(text: string): string {
  return text
    .toLocaleLowerCase('vi')
    .split(' ')
    .map((w) => w.charAt(0).toLocaleUpperCase('vi') + w.slice(1))
    .join(' ');
}

function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

interface NumberLine {
  number: string | null;
  symbol: string | null;
  numberSymbol: string | null;
  /** What follows the number on the same line (a place-date set beside it). */
  rest: string;
}

/**
 * "Số: 1698 /KH-UBND …", "Số 17-CTr/TU", "Số: /CTrHD-UBND". A legal normative text numbers by
 * year as well ("Số: 12/2022/NQ-HĐND", Nghị định 30, Phụ lục I: number and symbol): the year belongs to the
 * number, the symbol is "NQ-HĐND".
 */
export function readNumberLine(line: string): NumberLine | null {
  const match = /^\s*số\s*:?\s*(\d*)\s*([-/])\s*((?:\d{4}\/)?)([\p{L}\d][\p{L}\d]*(?:[-/][\p{L}\d]+)*)(.*)$/iu.exec(line);
  if (!match) return null;
  const [, digits, separator, year, symbol, rest] = match;
  const number = digits === '' ? null : digits!;
  return {
    number,
    symbol: symbol!,
    numberSymbol: number === null ? null : `${number}${separator}${year}${symbol}`,
    rest: rest!.trim(),
  };
}

interface PlaceDate {
  place: string | null;
  date: DocumentDate;
}

/** "Bình Thuận, ngày 17 tháng 5 năm 2021"; the day may be blank ("ngày tháng 10 năm 2020"). */
export function readPlaceDate(line: string): PlaceDate | null {
  // A blank day is left as spaces, dots or an underscore run ("ngày ..... tháng 10").
  const match =
    /(?:^|\s)([\p{L}][\p{L} .]*?)?\s*,?\s*ngày[\s.…_]*(\d{1,2})?[\s.…_]*tháng\s*(\d{1,2})\s*năm\s*(\d{4})/iu.exec(line) ??
    // A web copy may write the date in figures: "An Giang, ngày 05/3/2024".
    /(?:^|\s)([\p{L}][\p{L} .]*?)?\s*,?\s*ngày\s*(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})/iu.exec(line);
  if (!match) return null;
  const [, place, day, month, year] = match;
  const y = Number(year);
  const m = Number(month);
  const d = day === undefined ? null : Number(day);
  const pad = (n: number): string => String(n).padStart(2, '0');
  return {
    place: place ? collapse(place).replace(/[.\s]+$/, '') || null : null,
    date: { year: y, month: m, day: d, iso: d === null ? `${y}-${pad(m)}` : `${y}-${pad(m)}-${pad(d)}` },
  };
}

/** Document codes in citation order, each once. */
export function documentCodes(text: string): string[] {
  return [...new Set(text.match(DOCUMENT_CODE) ?? [])];
}

function provinceFromIssuer(issuer: string): string | null {
  // "TỈNH ỦY AN GIANG", "TỈNH BÌNH THUẬN"; but "BAN THƯỜNG VỤ TỈNH ỦY" names no province.
  const match = /(?:^|\s)tỉnh(?:\s+ủy)?\s+(?!ủy(?:\s|$))(.+)$/iu.exec(issuer);
  return match ? collapse(match[1]!) : null;
}

/** "…, Tỉnh ủy. Hoàng Duy Chinh": a personal name closing a line, two to four capitalised syllables. */
function trailingName(line: string): string | null {
  const match = /(?:^|[.;,:]\s+|\s{2,})((?:[\p{Lu}][\p{Ll}]+\s){1,3}[\p{Lu}][\p{Ll}]+)\s*$/u.exec(line.trim());
  return match ? match[1]! : null;
}

export function readMetadata(sources: MetadataSources): DocumentMetadata {
  const components = readHeaderComponents(sources.headerLines);
  let numberLine: NumberLine | null = null;
  let placeDate: PlaceDate | null = null;
  for (const component of components) {
    if (component.kind === 'number') numberLine ??= readNumberLine(component.text);
    if (component.kind === 'place-date') placeDate ??= readPlaceDate(component.text);
  }

  const typeKey = sources.typeLine ? foldKey(sources.typeLine) : null;
  const typeMatch = typeKey ? documentTypeKey(typeKey) : null;
  const typeWords = typeMatch ? typeMatch.split(' ').length : 0;
  const typeText = sources.typeLine && typeMatch ? sources.typeLine.split(/\s+/).slice(0, typeWords).join(' ') : null;
  const documentType = typeText ? sentenceCase(typeText) : documentTypeOfSymbol(numberLine?.symbol ?? null);
  const titleRest = sources.typeLine ? collapse(sources.typeLine.split(/\s+/).slice(typeWords).join(' ')) : '';
  const subject = collapse([titleRest, sources.subject ?? ''].join(' ')) || null;

  // The closing: recipients, signing capacity ("T/M BAN THƯỜNG VỤ"), title ("PHÓ BÍ THƯ") and name.
  const closing = sources.closingLines.map((l) => l.trim()).filter((l) => l !== '');
  let signingCapacity: string | null = null;
  let signerTitle: string | null = null;
  for (const line of closing) {
    const capacity = CAPACITY.exec(line);
    if (capacity && !signingCapacity) signingCapacity = collapse(`${capacity[1]} ${capacity[2]!}`);
    // "KT. CHỦ TỊCH" is the capacity, not the title: look for the title in what the line says besides.
    const rest = capacity ? line.replace(capacity[0], '').trim() : line;
    if (!signerTitle && rest !== '') {
      const key = foldKey(rest);
      const title = SIGNER_TITLES.find((t) => new RegExp(`(^|[\\s,.:;])${t}\\s*$`).test(key));
      if (title) {
        const words = title.split(' ').length;
        signerTitle = rest.split(/\s+/).slice(-words).join(' ');
      }
    }
  }
  const last = closing.at(-1);
  const signer = last ? trailingName(last) : null;
  const recipients = closing
    .filter((l) => /^[-+•]\s/.test(l))
    .map((l) => {
      let text = l.replace(/^[-+•]\s+/, '');
      // In a two-column OCR the signature column runs into the recipients' lines.
      if (signer && text.endsWith(signer)) text = text.slice(0, -signer.length).trim();
      if (signerTitle && text.endsWith(`, ${signerTitle}`)) text = text.slice(0, -signerTitle.length).trim();
      return text;
    });

  // The issuing body: the header's body lines; else the body the title says issued it
  // ("… CỦA BAN THƯỜNG VỤ TỈNH ỦY"); else the body the signature signs for ("TM. ỦY BAN NHÂN DÂN").
  const header = readIssuer(components);
  let issuingBody = header.issuingBody;
  if (!issuingBody) {
    const of = /^(?:của|CỦA)\s+([\p{Lu}\s]+?)(?=\s+[\p{Ll}]|$)/u.exec(subject ?? '');
    if (of) issuingBody = collapse(of[1]!);
  }
  const place = placeDate?.place ?? null;
  const date = placeDate?.date ?? null;
  // The province the issuer names, as it was named then; else the province of the place the date
  // line gives, which is often its capital ("Long Xuyên" for An Giang), read against the
  // provinces of the document's date; a place the gazetteer does not know stands as written.
  const named = [header.parentBody, issuingBody].filter(Boolean).join(' ');
  let province = (named ? provinceNamedIn(named, date) : null) ?? (place ? provinceOfPlace(place, date) : null);
  if (!province && issuingBody) {
    const fromIssuer = provinceFromIssuer(issuingBody);
    if (fromIssuer) province = titleCase(fromIssuer);
  }
  province ??= place;
  if (!issuingBody && signingCapacity) {
    const body = signingCapacity.replace(/^(T\/M|TM\.)\s*/u, '');
    if (body !== signingCapacity) issuingBody = province ? `${body} TỈNH ${province.toLocaleUpperCase('vi')}` : body;
  }

  return {
    issuingBody,
    parentBody: header.parentBody,
    province,
    documentType,
    number: numberLine?.number ?? null,
    symbol: numberLine?.symbol ?? null,
    numberSymbol: numberLine?.numberSymbol ?? null,
    date,
    subject,
    implements: subject ? documentCodes(subject) : [],
    signer,
    signerTitle,
    signingCapacity,
    recipients,
  };
}
