/**
 * Citations of other documents in one text, found by their form alone (no curated data): a number
 * and symbol ("Nghị quyết số 20-NQ/TW ngày 16/6/2022", "134/NQ-CP", "23/2012/QH13", OCR spacing
 * "20- NQ/TW"), and a law by its name and year ("Luật Hợp tác xã năm 2012"). Descriptions ("Nghị
 * quyết Trung ương 5 khóa IX") and laws named without a year are found by the curated data
 * (index.ts), which knows the phrases to look for.
 */

/**
 * The codes a symbol opens with: the document type in the official symbol scheme (Nghị quyết NQ,
 * Quyết định QĐ, …; Decree 30/2020/NĐ-CP, appendix I; the Party's Quy định 66-QĐ/TW), and the
 * National Assembly's QH13, which numbers its laws and resolutions. Compared with Đ folded to D.
 */
const TYPE_CODES: Readonly<Record<string, string | null>> = {
  NQ: 'Nghị quyết',
  NQLT: 'Nghị quyết liên tịch',
  QD: 'Quyết định',
  QYD: 'Quy định',
  KL: 'Kết luận',
  KH: 'Kế hoạch',
  CT: 'Chỉ thị',
  CTR: 'Chương trình',
  CTRHD: 'Chương trình hành động',
  ND: 'Nghị định',
  TT: 'Thông tư',
  TTLT: 'Thông tư liên tịch',
  TB: 'Thông báo',
  HD: 'Hướng dẫn',
  BC: 'Báo cáo',
  DA: 'Đề án',
  QC: 'Quy chế',
  PL: 'Pháp lệnh',
  L: 'Luật',
};

/** The issuer codes of provincial bodies: a number with one of these is the province's own. */
const LOCAL_ISSUERS = new Set(['TU', 'UBND', 'HDND', 'HU', 'DU', 'BCS', 'BTV']);

/** Vietnamese type words that open a citation, longest first. */
const TYPE_WORDS = [
  'Chương trình hành động',
  'Nghị quyết liên tịch',
  'Thông tư liên tịch',
  'Nghị quyết',
  'Quyết định',
  'Kết luận',
  'Kế hoạch',
  'Chỉ thị',
  'Nghị định',
  'Thông tư',
  'Thông báo',
  'Hướng dẫn',
  'Quy định',
  'Chương trình',
  'Pháp lệnh',
  'Luật',
  'Đề án',
];

/** English type words of the translations ("Resolution No. 20-NQ/TW"). */
const ENGLISH_TYPE_WORDS = ['Action Programme', 'Resolution', 'Decision', 'Conclusion', 'Plan', 'Directive', 'Decree', 'Circular', 'Notice', 'Regulation', 'Programme', 'Law'];

/** One symbol part: capitals (Đ among them) with the lower-case letters of "TTg", "CTr", and a term number ("QH13"). */
const CODE = String.raw`[A-ZĐ][A-Za-zĐđ]*\d*`;
/** Number (with its year, for laws and decrees), separator, then symbol parts; one stray space allowed round a separator (OCR "20- NQ/TW"). */
const NUMBER_SYMBOL = String.raw`(\d{1,4})(?: ?\/ ?(\d{4}))? ?[-\/] ?(${CODE}(?: ?[-\/] ?${CODE})*)`;
/** The same, as one named group of a larger pattern. */
const NAMED_NUMBER_SYMBOL = String.raw`(?<ns>(?<number>\d{1,4})(?: ?\/ ?(?<year>\d{4}))? ?[-\/] ?(?<symbol>${CODE}(?: ?[-\/] ?${CODE})*))`;
const DATE = String.raw`(?:,? ?ngày (?<day>\d{1,2}) ?(?:\/|tháng) ?(?<month>\d{1,2}) ?(?:\/|năm) ?(?<dateYear>\d{4}))?`;
const ENGLISH_DATE = String.raw`(?: of (?<day>\d{1,2})(?:\/(?<month>\d{1,2})\/| (?<monthName>January|February|March|April|May|June|July|August|September|October|November|December) )(?<dateYear>\d{4}))?`;
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** Type words as alternatives, each whole and with its first letter in either case ("nghị quyết số …" mid-sentence). */
function alternatives(words: readonly string[]): string {
  return `(?<!\\p{L})(?:${words.map((w) => `[${w[0]!.toUpperCase()}${w[0]!.toLowerCase()}]${w.slice(1)}`).join('|')})`;
}

const VIETNAMESE = new RegExp(String.raw`(?:(?<type>${alternatives(TYPE_WORDS)})(?<law> [\p{Lu}][\p{Ll}\p{M}]*(?: [\p{Ll}\p{M}]+){0,5}?)?,? (?:số:? ?)?|(?<!\p{L})[Ss]ố:? ?)?(?<![\p{L}\p{N}/-])${NAMED_NUMBER_SYMBOL}(?![\p{L}\p{N}])${DATE}`, 'dgu');
const LAW_BY_YEAR = /(?<![\p{L}])Luật (?<name>[\p{Lu}][\p{Ll}\p{M}]*(?: [\p{Ll}\p{M}]+){0,5}?) năm (?<year>\d{4})(?!\d)/gu;
const ENGLISH = new RegExp(String.raw`(?:(?<type>${alternatives(ENGLISH_TYPE_WORDS)}) (?:No\. ?)?|(?<!\p{L})No\. ?)?(?<![\p{L}\p{N}/-])${NAMED_NUMBER_SYMBOL}(?![\p{L}\p{N}])${ENGLISH_DATE}`, 'dgu');

/** A citation found in a text. */
export interface Mention {
  /** UTF-16 offsets of the words to link ("Nghị quyết số 20-NQ/TW", "Luật Hợp tác xã năm 2012"). */
  start: number;
  end: number;
  /** Number and symbol without stray spaces ("20-NQ/TW"), or null (a law by its name and year). */
  numberSymbol: string | null;
  /** The type the text gives, or the one its symbol codes; null when neither says. */
  type: string | null;
  /** A law's name ("Hợp tác xã"). */
  lawName: string | null;
  /** The year the citation states (in its number, its date or "năm 2012"). */
  year: number | null;
  /** The date the citation states, ISO. */
  date: string | null;
}

/** Number and symbol as a comparison key: no separators or spaces, Đ folded, capitals, no leading zeros ("09-NQ/TU" = "9-NQ/TU"). Null if it is none. */
export function normaliseNumberSymbol(numberSymbol: string): string | null {
  const match = new RegExp(`^${NUMBER_SYMBOL}$`, 'u').exec(numberSymbol.trim());
  if (!match || !isSymbol(match[3]!)) return null;
  return `${Number(match[1])}${match[2] ? `/${match[2]}` : ''}-${codeKey(match[3]!).join('-')}`;
}

function codeKey(symbol: string): string[] {
  return symbol
    .split(/ ?[-/] ?/)
    .map((part) => part.replace(/[Đđ]/g, 'D').toUpperCase());
}

/** Whether a symbol opens with a document type code (or a National Assembly term: "QH13"). */
function isSymbol(symbol: string): boolean {
  const first = codeKey(symbol)[0]!;
  return first in TYPE_CODES || /^(UBTV)?QH\d*$/.test(first);
}

/** Whether the symbol's issuer is a provincial body ("…/TU", "…/NQ-HĐND"): the number is the province's own. */
export function isLocalSymbol(numberSymbol: string): boolean {
  const parts = codeKey(numberSymbol.replace(/^[\d/ -]+/, ''));
  return LOCAL_ISSUERS.has(parts[parts.length - 1]!);
}

function typeOfSymbol(symbol: string): string | null {
  return TYPE_CODES[codeKey(symbol)[0]!] ?? null;
}

function isoDate(day: string, month: string, year: string): string | null {
  const d = Number(day);
  const m = Number(month);
  if (m < 1 || m > 12 || d < 1 || d > 31) return null;
  return `${year}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

type NumberMatch = RegExpMatchArray & { indices: { groups: Record<string, [number, number] | undefined> } };

/** A citation by number: the words up to the end of the number and symbol are linked; a date after it is read, not linked. */
function numberMention(m: NumberMatch, month: string | undefined, type: string | null, lawName: string | null): Mention | null {
  const g = m.groups!;
  if (!isSymbol(g.symbol!)) return null;
  const date = g.day && month && g.dateYear ? isoDate(g.day, month, g.dateYear) : null;
  return {
    start: m.index!,
    end: m.indices.groups.ns![1],
    numberSymbol: g.ns!.replace(/ /g, ''),
    type: type ?? typeOfSymbol(g.symbol!),
    lawName,
    year: g.year ? Number(g.year) : date ? Number(date.slice(0, 4)) : null,
    date,
  };
}

/** Every citation in a Vietnamese text, in order; overlapping finds keep the first and longest. */
export function findMentions(text: string): Mention[] {
  const found: Mention[] = [];
  for (const m of text.matchAll(VIETNAMESE)) {
    const type = m.groups!.type ?? null;
    const mention = numberMention(m as NumberMatch, m.groups!.month, type, type === 'Luật' ? (m.groups!.law?.trim() ?? null) : null);
    if (mention) found.push(mention);
  }
  for (const m of text.matchAll(LAW_BY_YEAR)) {
    found.push({ start: m.index, end: m.index + m[0].length, numberSymbol: null, type: 'Luật', lawName: m.groups!.name!, year: Number(m.groups!.year), date: null });
  }
  return withoutOverlaps(found);
}

/** Citations by number in an English translation ("Resolution No. 20-NQ/TW of 16/6/2022"). */
export function findEnglishMentions(text: string): Mention[] {
  const found: Mention[] = [];
  for (const m of text.matchAll(ENGLISH)) {
    const g = m.groups!;
    const month = g.month ?? (g.monthName ? String(MONTHS.indexOf(g.monthName) + 1) : undefined);
    const mention = numberMention(m as NumberMatch, month, null, null);
    if (mention) found.push(mention);
  }
  return withoutOverlaps(found);
}

export function withoutOverlaps<T extends { start: number; end: number }>(spans: T[]): T[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: T[] = [];
  for (const span of sorted) if (kept.length === 0 || span.start >= kept[kept.length - 1]!.end) kept.push(span);
  return kept;
}
