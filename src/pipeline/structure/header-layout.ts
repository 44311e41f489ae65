/**
 * The header of an official text, read by its components rather than by its line breaks.
 *
 * Nghị định 30/2020/NĐ-CP, Phụ lục I sets the header in two columns: on the left the issuing body
 * (under its superior body, if any) and the number and symbol; on the right the national title and
 * motto (quốc hiệu và tiêu ngữ) and the place and date. Party texts (Hướng dẫn 36-HD/VPTW) set
 * "ĐẢNG CỘNG SẢN VIỆT NAM" on the right. A short rule or row of stars sits under the body and
 * the motto. Plain text flattens the two columns in many ways: the body and the motto on one line
 * or two, the number and the date on one line, the columns as table cells (a page copied from
 * the web), the rule as "-------" or "******". Every line is cut into its components; each
 * component is then classified on its own.
 */
import { foldKey } from '../text/fold.ts';
import { upperShare } from '../text/document-types.ts';

export type HeaderComponentKind = 'body' | 'motto' | 'number' | 'place-date' | 'rule' | 'other';

export interface HeaderComponent {
  kind: HeaderComponentKind;
  text: string;
  /** Index of the header line it came from. */
  line: number;
}

/** Quốc hiệu, tiêu ngữ and the Party's own heading, folded. */
const MOTTOS = [/cong hoa xa hoi chu nghia viet nam/, /doc lap\s*[-–—]?\s*tu do\s*[-–—]?\s*hanh phuc/, /dang cong san viet nam/];
/** A rule under the body or motto: a run of dashes, underscores, stars or dots. */
const RULE = /^[\s\-–—_*=.·~]{3,}$/u;
/** "Số: 12/KH-UBND", "Số 09-NQ/TU", OCR "S6 09-NQ/TU", "Số:    /CTrHD-UBND". */
const NUMBER = /^(số|so|s6|s0)\s*:?\s*(\d*\s*[-/]\s*[\p{L}\d]|$)/iu;
/** "…, ngày 17 tháng 5 năm 2021"; "ngày" may stand alone before a blank day. */
const DATE = /,?\s*ngày\b[^,]*?\btháng\s*\d{1,2}\s*năm\s*\d{4}|,?\s*ngày\s*\d{1,2}[/.-]\d{1,2}[/.-]\d{4}/iu;

/** Fold each character on its own so that positions in the fold are positions in the text. */
function foldInPlace(text: string): string {
  return [...text].map((ch) => {
    const folded = foldKey(ch);
    return folded.length === ch.length ? folded : ch.toLowerCase();
  }).join('');
}

/** Cut a line where a motto begins or ends inside it, and before a place-date that follows a number. */
function cutLine(text: string): string[] {
  const folded = foldInPlace(text);
  const cuts = new Set<number>();
  for (const motto of MOTTOS) {
    const match = motto.exec(folded);
    if (match) {
      cuts.add(match.index);
      cuts.add(match.index + match[0].length);
    }
  }
  // "Số: 1698/KH-UBND Bình Thuận, ngày 17 tháng 5 năm 2021": the place starts after the symbol.
  if (NUMBER.test(text.trim())) {
    const symbol = /^\s*\S+\s*:?\s*\d*\s*[-/]\s*[\p{L}\d]+(?:[-/][\p{L}\d]+)*/u.exec(text);
    if (symbol) cuts.add(symbol[0].length);
  }
  const points = [0, ...[...cuts].filter((c) => c > 0 && c < text.length).sort((a, b) => a - b), text.length];
  const pieces: string[] = [];
  for (let i = 0; i < points.length - 1; i++) pieces.push(text.slice(points[i], points[i + 1]));
  return pieces.map((p) => p.trim()).filter((p) => p !== '');
}

function classify(text: string): HeaderComponentKind {
  if (RULE.test(text)) return 'rule';
  const folded = foldKey(text);
  if (MOTTOS.some((m) => m.test(folded))) return 'motto';
  if (NUMBER.test(text)) return 'number';
  if (DATE.test(text)) return 'place-date';
  if (upperShare(text) >= 0.6) return 'body';
  return 'other';
}

/**
 * The components of a header, in reading order: each line split into its table cells (a web copy's
 * "ỦY BAN NHÂN DÂN | CỘNG HÒA … |"), each cell cut at a motto and after a number, each piece classified.
 */
export function readHeaderComponents(lines: readonly string[]): HeaderComponent[] {
  const components: HeaderComponent[] = [];
  lines.forEach((raw, line) => {
    const cells = raw.split('|').map((c) => c.trim()).filter((c) => c !== '' && !/^:?-{3,}:?$/.test(c));
    for (const cell of cells) {
      for (const piece of cutLine(cell.replace(/\s+/g, ' '))) components.push({ kind: classify(piece), text: piece, line });
    }
  });
  return components;
}

/** Organisations whose name, set under a complete body's, names the issuer within it. */
const SUBORDINATE = /^(sở|ban|văn phòng|chi cục|trung tâm|liên minh|hội|đảng ủy|đảng đoàn|ban cán sự|quỹ|cục|vụ|phòng|thanh tra|trường|ủy ban kiểm tra|ủy ban mặt trận|mặt trận|liên đoàn|tỉnh đoàn|đoàn|huyện ủy|thành ủy|thị ủy|ủy ban nhân dân huyện|ủy ban nhân dân thành phố|ủy ban nhân dân thị xã)(?=[\s,]|$)/iu;
/** A body's name is complete once it names its place: "… TỈNH AN GIANG", "TỈNH ỦY BẮC KẠN". */
const COMPLETE = /(?:^|\s)(tỉnh|thành phố|huyện|quận|thị xã|tp\.?)\s+\S+|^tỉnh ủy\s+\S+|^thành ủy\s+\S+/iu;

/**
 * The issuing body and the body above it: the body lines of the left column, before the number.
 * Where a complete body name is followed by an organisation's ("UBND TỈNH AN GIANG" / "SỞ NÔNG
 * NGHIỆP VÀ PTNT"), the second is the issuer and the first its superior (Nghị định 30, Phụ lục I,
 * the issuing body); otherwise the lines are one name set on two ("ỦY BAN NHÂN DÂN" / "TỈNH BÌNH THUẬN").
 */
export function readIssuer(components: readonly HeaderComponent[]): { issuingBody: string | null; parentBody: string | null } {
  const bodies: string[] = [];
  for (const component of components) {
    if (component.kind === 'number' || component.kind === 'place-date') break;
    if (component.kind === 'body') bodies.push(component.text);
  }
  for (let i = 1; i < bodies.length; i++) {
    const above = bodies.slice(0, i).join(' ');
    if (COMPLETE.test(above) && SUBORDINATE.test(bodies[i]!)) {
      return { issuingBody: bodies.slice(i).join(' '), parentBody: above };
    }
  }
  return { issuingBody: bodies.length > 0 ? bodies.join(' ') : null, parentBody: null };
}
