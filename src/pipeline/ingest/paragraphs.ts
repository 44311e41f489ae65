import type { Block, BlockDecoration, RemovedMark, TableGrid, TextForm } from '../model.ts';
import { splitTables } from './tables.ts';
import { documentTypeOf, upperShare } from '../text/document-types.ts';
import { CAPACITY_LINE, readMarker, type LineMarker } from '../text/markers.ts';

interface SourceLine {
  text: string;
  /** 1-based line number in the source. */
  no: number;
}

interface Unit {
  lines: SourceLine[];
  decoration: BlockDecoration;
  marker: LineMarker | null;
  /** Rows of a table: kept as its own block, never joined to a neighbour. */
  table?: TableGrid;
}

const NO_DECORATION: BlockDecoration = { headingLevel: null, bold: false, italic: false };

/** The grounds of a decision or resolution, each a paragraph of its own. */
const GROUNDS_LINE = /^(Căn cứ|Theo đề nghị|Xét đề nghị|Xét Tờ trình)\s/u;

/** A sentence or clause is finished: the next line is not its continuation. */
const TERMINATED = /[.:;!?…]["”')\]]?$/u;
const THEMATIC_BREAK = /^\s*([-*_])(\s*\1){2,}\s*$/u;
const WHOLE_LINE_STRAY = /^\s*([%~*|[\]]{1,3}|\d{1,3})\s*$/u;
const INLINE_STRAY = /(?<=\s)[%~|\]](?=\s|$)/gu;

/**
 * Rebuild paragraphs from the lines of a seed: join hard-wrapped lines and paragraphs split by page
 * breaks, never merging a heading, a numbered item or a bullet into its neighbour; take page
 * numbers, stray OCR marks and Markdown markup out of the running text and record them.
 */
export function rebuildParagraphs(lines: string[], form: TextForm, removed: RemovedMark[]): Block[] {
  const groups = groupByBlankLines(lines);
  const wrapWidth = isWrapped(lines) ? typicalLineWidth(lines) : 0;
  const units: Unit[] = [];

  for (const group of groups) {
    const cleaned = removeStrayMarks(group, form, removed);
    if (cleaned.length === 0) continue;
    const groupUnits: Unit[] = [];
    for (const run of splitTables(cleaned, removed)) {
      if (run.table) {
        groupUnits.push({ lines: run.lines, decoration: NO_DECORATION, marker: null, table: run.table });
        continue;
      }
      const { lines: content, decoration } = form === 'markdown' ? stripMarkdown(run.lines, removed) : { lines: run.lines, decoration: NO_DECORATION };
      if (content.length > 0) groupUnits.push(...splitAtMarkers(content, decoration, form === 'markdown' ? 0 : wrapWidth));
    }
    if (groupUnits.length === 0) continue;
    const first = groupUnits[0]!;
    const previous = units.at(-1);
    if (previous && continuesPrevious(previous, first, form, wrapWidth)) {
      previous.lines.push(...first.lines);
      groupUnits.shift();
    }
    units.push(...groupUnits);
  }
  return units.map(toBlock);
}

function groupByBlankLines(lines: string[]): SourceLine[][] {
  const groups: SourceLine[][] = [];
  let current: SourceLine[] = [];
  lines.forEach((text, index) => {
    if (text.trim() === '') {
      if (current.length > 0) groups.push(current);
      current = [];
    } else {
      current.push({ text, no: index + 1 });
    }
  });
  if (current.length > 0) groups.push(current);
  return groups;
}

/**
 * Whether the text was wrapped at a width at all: in a wrapped text many lines run on into a next
 * line that starts in lower case; a text written one paragraph to a line (a web page copied as
 * text) has next to none, and a long line there is a whole paragraph.
 */
function isWrapped(lines: readonly string[]): boolean {
  const text = lines.map((l) => l.trim()).filter((l) => l !== '');
  let runOn = 0;
  for (let i = 1; i < text.length; i++) if (/^\p{Ll}/u.test(text[i]!) && !TERMINATED.test(text[i - 1]!)) runOn++;
  return runOn >= Math.max(2, text.length * 0.1);
}

/** The width a hard-wrapped text was wrapped at: a high percentile of its line lengths. */
function typicalLineWidth(lines: string[]): number {
  const lengths = lines.map((l) => l.trim().length).filter((n) => n > 0).sort((a, b) => a - b);
  if (lengths.length === 0) return 0;
  return lengths[Math.floor(lengths.length * 0.9)]!;
}

function removeStrayMarks(group: SourceLine[], form: TextForm, removed: RemovedMark[]): SourceLine[] {
  const kept: SourceLine[] = [];
  for (const line of group) {
    const whole = WHOLE_LINE_STRAY.exec(line.text);
    if (whole) {
      // A number standing alone between blank lines is a page number; anything else alone is a mark.
      const isPageNumber = /^\d+$/.test(whole[1]!) && group.length === 1;
      removed.push({ kind: isPageNumber ? 'page-number' : 'stray-mark', value: whole[1]!, line: line.no });
      continue;
    }
    let text = line.text;
    // Inside a line, a lone mark is OCR noise (column rules, specks) only in OCR text.
    if (form !== 'ocr') {
      kept.push(line);
      continue;
    }
    for (const match of text.matchAll(INLINE_STRAY)) removed.push({ kind: 'stray-mark', value: match[0], line: line.no });
    text = text.replace(INLINE_STRAY, '').replace(/ {2,}/g, ' ');
    kept.push({ text, no: line.no });
  }
  return kept;
}

/** Remove Markdown heading marks, emphasis wrappers and thematic breaks, recording each. */
function stripMarkdown(group: SourceLine[], removed: RemovedMark[]): { lines: SourceLine[]; decoration: BlockDecoration } {
  if (group.length === 1 && THEMATIC_BREAK.test(group[0]!.text)) {
    removed.push({ kind: 'markup', value: group[0]!.text.trim(), line: group[0]!.no });
    return { lines: [], decoration: NO_DECORATION };
  }
  const lines = group.map((l) => ({ ...l }));
  const first = lines[0]!;
  const last = lines.at(-1)!;
  let headingLevel: number | null = null;
  const heading = /^\s*(#{1,6})\s+/.exec(first.text);
  if (heading) {
    headingLevel = heading[1]!.length;
    removed.push({ kind: 'markup', value: heading[1]!, line: first.no });
    first.text = first.text.slice(heading[0].length);
  }
  let bold = false;
  let italic = false;
  // Each line wrapped on its own ("**ỦY BAN NHÂN DÂN**" / "**TỈNH YÊN BÁI**"): a block of emphasised lines.
  const wrapped = lines.map((l) => /^\s*(\*{1,3})(\S(?:.*\S)?)\1\s*$/.exec(l.text));
  if (lines.length > 1 && wrapped.every((w) => w !== null && w[1] === wrapped[0]![1])) {
    const stars = wrapped[0]![1]!;
    lines.forEach((line, i) => {
      removed.push({ kind: 'markup', value: stars, line: line.no }, { kind: 'markup', value: stars, line: line.no });
      line.text = wrapped[i]![2]!;
    });
    return { lines, decoration: { headingLevel, bold: stars.length >= 2, italic: stars.length !== 2 } };
  }
  const open = /^\s*(\*{1,3})(?=\S)/.exec(first.text);
  const close = open ? new RegExp(`(?<=\\S)\\*{${open[1]!.length}}\\s*$`).exec(last.text) : null;
  if (open && close && (lines.length > 1 || open[0].length + close[0].length < first.text.length)) {
    const stars = open[1]!;
    bold = stars.length >= 2;
    italic = stars.length !== 2;
    first.text = first.text.slice(open[0].length);
    last.text = last.text.slice(0, last.text.length - close[0].length);
    removed.push({ kind: 'markup', value: stars, line: first.no }, { kind: 'markup', value: stars, line: last.no });
  }
  for (const line of lines) {
    // Line-level emphasis left inside a block (a bold line within a paragraph).
    const inner = /^\*\*(\S.*\S)\*\*$/.exec(line.text.trim());
    if (inner) {
      removed.push({ kind: 'markup', value: '**', line: line.no }, { kind: 'markup', value: '**', line: line.no });
      line.text = inner[1]!;
      bold = true;
    }
  }
  return { lines: lines.filter((l) => l.text.trim() !== ''), decoration: { headingLevel, bold, italic } };
}

/** A bullet-looking line that is really the second half of "kinh tế - xã hội" or "2021 - 2030". */
function isFalseBullet(marker: LineMarker | null, previousText: string | undefined): boolean {
  if (!marker || marker.kind !== 'bullet' || marker.label !== '-' || previousText === undefined) return false;
  return /^[\p{Ll}\p{N}]/u.test(marker.rest) && !TERMINATED.test(previousText.trim());
}

/**
 * A numbered heading on a line of its own, its paragraph starting on the next ("1. Mục tiêu chung"
 * / "Phát triển kinh tế tập thể …"): in hard-wrapped text a line that stops well short of the wrap
 * width, without final punctuation, ends its block when the next line starts a sentence.
 */
function endsHeadingLine(current: Unit, next: SourceLine, wrapWidth: number): boolean {
  if (wrapWidth === 0 || current.lines.length !== 1 || current.marker === null || current.marker.kind === 'bullet') return false;
  const line = current.lines[0]!.text.trim();
  return line.length < wrapWidth * 0.6 && !TERMINATED.test(line) && /^\p{Lu}/u.test(next.text.trim());
}

function splitAtMarkers(lines: SourceLine[], decoration: BlockDecoration, wrapWidth: number): Unit[] {
  const units: Unit[] = [];
  for (const line of lines) {
    const marker = readMarker(line.text);
    const current = units.at(-1);
    const previousText = current?.lines.at(-1)?.text;
    // The document-type line ("NGHỊ QUYẾT") heads the title even where the header runs into it.
    // So does a signing capacity ("TM. ỦY BAN NHÂN DÂN") the signature, wherever the recipients' list
    // ends, and each ground of a decision ("Căn cứ …", "Theo đề nghị …": Nghị định 30 sets each on a
    // line of its own) its paragraph, wherever the title above it ends.
    const startsTitle = current !== undefined && (documentTypeOf(line.text) !== null || CAPACITY_LINE.test(line.text.trim()) || GROUNDS_LINE.test(line.text.trim()));
    if (current && !startsTitle && (marker === null || isFalseBullet(marker, previousText)) && !endsHeadingLine(current, line, wrapWidth)) {
      current.lines.push(line);
    } else {
      units.push({ lines: [line], decoration, marker });
    }
  }
  return units;
}

/** Whether the first unit of a new blank-line group continues the previous unit. */
function continuesPrevious(previous: Unit, next: Unit, form: TextForm, wrapWidth: number): boolean {
  if (previous.table || next.table) return false;
  const previousLine = previous.lines.at(-1)!.text.trim();
  const nextLine = next.lines[0]!.text.trim();
  if (next.decoration.headingLevel !== null || (next.decoration.bold && !previous.decoration.bold)) return false;
  if (isFalseBullet(next.marker, previousLine)) return true;
  if (next.marker !== null) return false;
  // A line set in capitals (a title, a body's name, "QUYẾT ĐỊNH:") is not the running text's next line, nor is running text a capitals line's.
  if (isCapitalsLine(previousLine) !== isCapitalsLine(nextLine) && /^[\p{Lu}\p{N}]/u.test(nextLine)) return false;
  // A paragraph never starts with a lower-case word: this one was cut by a page or column break.
  if (/^[\p{Ll}]/u.test(nextLine)) return true;
  if (/^\p{N}/u.test(nextLine) && !TERMINATED.test(previousLine)) return true;
  // A line that stops on a comma has more to say.
  if (/,$/u.test(previousLine) && previous.decoration.headingLevel === null) return true;
  // Hard-wrapped text: a full-width line without final punctuation runs on into the next.
  if (form === 'hard-wrapped' && wrapWidth > 0) {
    // A line well beyond the wrap width was not wrapped: it is a whole paragraph on one line.
    const fullWidth = previousLine.length >= wrapWidth * 0.8 && previousLine.length <= wrapWidth * 1.25;
    return fullWidth && !TERMINATED.test(previousLine) && previous.decoration.headingLevel === null;
  }
  return false;
}

function isCapitalsLine(line: string): boolean {
  return (line.match(/\p{L}/gu) ?? []).length >= 4 && upperShare(line) >= 0.7;
}

/** Join lines into running text: one space between lines, none after a line-final hyphen in a code. */
export function joinLines(lines: readonly string[]): string {
  let text = '';
  for (const raw of lines) {
    const line = raw.trim().replace(/\s{2,}/g, ' ');
    if (line === '') continue;
    if (text === '') text = line;
    else if (/[\p{L}\p{N}]-$/u.test(text) || /[\p{L}\p{N}]\/$/u.test(text)) text += line;
    else text += ` ${line}`;
  }
  return text;
}

function toBlock(unit: Unit): Block {
  const lines = unit.lines.map((l) => l.text.trim().replace(/\s{2,}/g, ' '));
  const text = joinLines(lines);
  return {
    ...(unit.table ? { table: unit.table } : {}),
    text,
    sourceText: text,
    line: unit.lines[0]!.no,
    endLine: unit.lines.at(-1)!.no,
    decoration: unit.decoration,
    lines,
    sourceLines: lines,
    restoration: null,
  };
}
