import type { Block, Clause, ClauseKind } from '../model.ts';
import { upperShare } from '../text/document-types.ts';
import { labelToIdSegment, readMarker, type LineMarker, type MarkerKind } from '../text/markers.ts';

/**
 * Depth of each kind of numbering; a clause closes every open clause of equal or greater rank.
 * Nghị định 30/2020/NĐ-CP orders the units Phần › Chương › Mục › Tiểu mục › Điều › Khoản › Điểm;
 * plans and Party texts number Roman › arabic › decimal › letter. An appendix stands beside the text.
 */
const RANK: Record<string, number> = {
  appendix: 0,
  part: 0.1,
  chapter: 0.2,
  division: 0.3,
  subdivision: 0.4,
  article: 0.5,
  capital: 0.6,
  roman: 1,
  arabic: 2,
  decimal: 3,
  letter: 4,
  star: 5,
  subheading: 5,
  '-': 6,
  '+': 7,
};

/** Units numbered through the whole text (or appendix), not within their parent: Điều 1…n, Chương I…n. */
const NUMBERED_THROUGHOUT: ReadonlySet<MarkerKind> = new Set(['part', 'chapter', 'article']);

const KIND_OF_MARKER: Record<LineMarker['kind'], ClauseKind> = {
  part: 'part',
  chapter: 'chapter',
  division: 'division',
  subdivision: 'subdivision',
  article: 'article',
  appendix: 'appendix',
  capital: 'part',
  roman: 'section',
  arabic: 'item',
  decimal: 'subitem',
  letter: 'point',
  star: 'subheading',
  bullet: 'bullet',
};

/** Prefix of positional ids for unnumbered clauses: `p1`, `b2`, `h1`, `t1` (a table). */
const POSITIONAL_PREFIX: Partial<Record<ClauseKind, string>> = { paragraph: 'p', bullet: 'b', subheading: 'h', table: 't' };

const TERMINATED = /[.;!?…]["”')]?$/u;

interface OpenClause {
  clause: Clause;
  rank: number;
}

/** A container that hands out positional ids to its unnumbered children. */
export class IdScope {
  private readonly counters = new Map<string, number>();
  private readonly used: Set<string>;
  readonly warnings: string[];
  constructor(used: Set<string>, warnings: string[]) {
    this.used = used;
    this.warnings = warnings;
  }

  /** Id of a numbered child: the parent's id and the child's own label. */
  numbered(parentId: string, label: string, line: number): string {
    return this.claim(join(parentId, labelToIdSegment(label)), line);
  }

  /** Id of an unnumbered child: its position among siblings of its kind. */
  positional(parentId: string, kind: ClauseKind): string {
    const prefix = POSITIONAL_PREFIX[kind] ?? kind;
    const key = `${parentId}\u0000${prefix}`;
    const n = (this.counters.get(key) ?? 0) + 1;
    this.counters.set(key, n);
    return this.claim(join(parentId, `${prefix}${n}`), null);
  }

  /** A fixed id for a one-of-a-kind block (header, title, recipients, signature). */
  fixed(id: string): string {
    return this.claim(id, null);
  }

  // A source that numbers two siblings alike would give two clauses one id; the second gets a
  // suffix from its place among the duplicates, and the build reports it.
  private claim(id: string, line: number | null): string {
    if (!this.used.has(id)) {
      this.used.add(id);
      return id;
    }
    let n = 2;
    while (this.used.has(`${id}-${n}`)) n++;
    this.warnings.push(`line ${line ?? '?'}: numbering repeats "${id}"; published as "${id}-${n}"`);
    this.used.add(`${id}-${n}`);
    return `${id}-${n}`;
  }
}

function join(parentId: string, segment: string): string {
  return parentId === '' ? segment : `${parentId}-${segment}`;
}

function sourceOf(block: Block): string | null {
  return block.sourceText === block.text ? null : block.sourceText;
}

/** Below this confidence an uncorrected reading is shown to readers as uncertain. */
export const UNCERTAIN_BELOW = 0.8;

/**
 * The restoration record of the blocks a clause came from: the words the engine changed, the
 * ones it doubted and the ones a reviewed correction settled. Null for text that was not restored.
 */
export function restorationOf(blocks: readonly Block[]): Clause['restoration'] {
  if (!blocks.some((b) => b.restoration !== null)) return null;
  return blocks.flatMap((b) =>
    (b.restoration ?? [])
      .filter((w) => w.output !== w.source || w.confidence < UNCERTAIN_BELOW || w.correction !== null)
      .map(({ start: _start, end: _end, ...word }) => word),
  );
}

/** Unnumbered text set apart as a heading: bold/italic/`#` and short, without final punctuation. */
function isUnnumberedHeading(block: Block): boolean {
  const { decoration } = block;
  const marked = decoration.headingLevel !== null || decoration.italic || decoration.bold;
  return marked && block.text.length <= 120 && !TERMINATED.test(block.text);
}

/**
 * Whether a numbered block is a heading over what follows (e.g. "1. Mục tiêu tổng quát") rather
 * than a clause with running text ("a) Cả tỉnh có khoảng 5.412 tổ hợp tác …").
 */
function isHeadedItem(block: Block, marker: LineMarker, next: Block | undefined): boolean {
  if (marker.kind === 'roman') return true;
  if (block.decoration.bold || block.decoration.headingLevel !== null) return true;
  if (TERMINATED.test(marker.rest) || marker.rest.length > 300 || !next) return false;
  const nextMarker = readMarker(next.text);
  // Running text or a sub-heading right below an unpunctuated numbered line is that line's body.
  if (nextMarker === null) return true;
  return (RANK[rankKey(nextMarker)] ?? 0) > (RANK[rankKey(marker)] ?? 0);
}

function rankKey(marker: LineMarker): string {
  return marker.kind === 'bullet' ? marker.label : marker.kind;
}

/**
 * Build the clause tree of a document body from its blocks: nesting is decided by numbering
 * (Roman › arabic › decimal › letter › sub-heading › - bullet › + bullet), never by Markdown
 * heading levels; paragraphs belong to the closest open numbered clause.
 */
export function buildClauseTree(blocks: readonly Block[], scope: IdScope): Clause[] {
  const roots: Clause[] = [];
  const stack: OpenClause[] = [];
  const childrenOf = (open: OpenClause | undefined): Clause[] => (open ? open.clause.children : roots);
  const idOf = (open: OpenClause | undefined): string => (open ? open.clause.id : '');
  const pathOf = (open: OpenClause | undefined): string[] => (open ? open.clause.path : []);

  for (let index = 0; index < blocks.length; index++) {
    const block = blocks[index]!;
    const lines: [number, number] = [block.line, block.endLine];
    if (block.table) {
      const parent = stack.at(-1);
      childrenOf(parent).push(tableClause(block, scope.positional(idOf(parent), 'table'), stack, childrenOf(parent)));
      continue;
    }
    const marker = readMarker(block.text);
    if (marker === null) {
      if (isUnnumberedHeading(block)) {
        while (stack.length > 0 && stack.at(-1)!.rank >= RANK.subheading!) stack.pop();
        const parent = stack.at(-1);
        const clause = unnumbered('subheading', scope.positional(idOf(parent), 'subheading'), pathOf(parent), block, lines);
        clause.heading = block.text;
        clause.text = null;
        childrenOf(parent).push(clause);
        stack.push({ clause, rank: RANK.subheading! });
        continue;
      }
      // Running text ends a bullet list: it belongs to the numbered clause (or sub-heading) above,
      // unless the bullet announced it with a colon ("+ Về môi trường …: " and its paragraphs).
      const top = stack.at(-1);
      const announced = top !== undefined && top.rank >= RANK['-']! && /:$/.test(top.clause.text ?? '');
      if (!announced) while (stack.length > 0 && stack.at(-1)!.rank >= RANK['-']!) stack.pop();
      const parent = stack.at(-1);
      childrenOf(parent).push(unnumbered('paragraph', scope.positional(idOf(parent), 'paragraph'), pathOf(parent), block, lines));
      continue;
    }

    const rank = RANK[rankKey(marker)]!;
    while (stack.length > 0 && stack.at(-1)!.rank >= rank) stack.pop();
    const parent = stack.at(-1);
    const kind = KIND_OF_MARKER[marker.kind];
    let clause: Clause;
    if (kind === 'bullet' || kind === 'subheading') {
      clause = unnumbered(kind, scope.positional(idOf(parent), kind), pathOf(parent), block, lines);
      clause.marker = marker.marker;
      if (kind === 'subheading') {
        clause.heading = marker.rest;
        clause.text = null;
      } else {
        clause.text = marker.rest;
      }
    } else {
      const label = citedLabel(marker, stack);
      // A unit written on a line of its own ("Chương II", "PHỤ LỤC") takes its name from the next line.
      const named = isUnit(marker.kind) && marker.rest === '' && isUnitName(blocks[index + 1]);
      const own = named ? [block, blocks[index + 1]!] : [block];
      if (named) index++;
      const rest = named ? own[1]!.text : marker.rest;
      const headed = named || isUnit(marker.kind) && marker.kind !== 'article' ? true : isHeadedItem(block, marker, blocks[index + 1]);
      // Articles and chapters are numbered through the text: their id does not repeat their parent's.
      const idParent = NUMBERED_THROUGHOUT.has(marker.kind) ? idOf(stack.find((open) => open.clause.kind === 'appendix')) : idOf(parent);
      clause = {
        id: scope.numbered(idParent, label, block.line),
        kind,
        label,
        // An OCR-mangled Roman numeral ("I1I-", "[.") is published in its reading; the OCR source keeps it.
        marker: marker.kind === 'roman' ? `${marker.label}${marker.marker.slice(-1)}` : marker.marker,
        path: [...pathOf(parent), label],
        heading: headed ? rest || null : null,
        text: headed ? null : rest,
        source: named ? sourceOfAll(own) : sourceOf(block),
        lines: [block.line, own.at(-1)!.endLine],
        restoration: restorationOf(own),
        translation: null,
        children: [],
      };
    }
    childrenOf(parent).push(clause);
    stack.push({ clause, rank });
  }
  return roots;
}

function isUnit(kind: MarkerKind): boolean {
  return RANK[kind]! < RANK.roman!;
}

/** The line under a unit's number that names it: unnumbered, short, unpunctuated, set as a heading. */
function isUnitName(block: Block | undefined): boolean {
  if (!block || block.table || readMarker(block.text) !== null) return false;
  if (block.text.length > 250 || TERMINATED.test(block.text)) return false;
  return upperShare(block.text) >= 0.6 || block.decoration.bold || block.decoration.headingLevel !== null;
}

/**
 * How a reader cites the clause: a named unit as written ("Điều 3"); inside an article, its
 * numbered paragraphs are khoản and its lettered ones điểm (Nghị định 30, Phụ lục I: the content of a text), so
 * that "khoản 2 Điều 3" has the id `dieu-3-khoan-2`; elsewhere the bare label ("2", "b").
 */
function citedLabel(marker: LineMarker, stack: readonly OpenClause[]): string {
  const inArticle = stack.some((open) => open.clause.kind === 'article');
  if (inArticle && marker.kind === 'arabic') return `khoản ${marker.label}`;
  if (inArticle && marker.kind === 'letter') return `điểm ${marker.label}`;
  return marker.label;
}

/** The OCR source of several blocks where restoration changed any of them; null for clean text. */
export function sourceOfAll(blocks: readonly Block[]): string | null {
  return blocks.some((b) => b.sourceText !== b.text) ? blocks.map((b) => b.sourceText).join('\n') : null;
}

/** A caption set above a table: "Bảng 1. …", "Biểu 02: …". */
const CAPTION = /^(bảng|biểu)\s*(số\s*)?[\dIVX]*\s*[.:\-–]?\s*\S/iu;

/**
 * A table: its rows as cells. The caption is the paragraph set right above it when that names a
 * table ("Bảng 1. …", taken into the table), else the heading of the unit holding it.
 */
function tableClause(block: Block, id: string, stack: readonly OpenClause[], siblings: Clause[]): Clause {
  const grid = block.table!;
  const previous = siblings.at(-1);
  const captionAbove = previous && previous.label === null && previous.children.length === 0 && ['paragraph', 'subheading'].includes(previous.kind) && CAPTION.test(previous.heading ?? previous.text ?? '')
    ? previous
    : undefined;
  if (captionAbove) siblings.pop();
  const ownCaption = captionAbove ? (captionAbove.heading ?? captionAbove.text) : null;
  const holder = [...stack].reverse().find((open) => open.clause.heading !== null);
  const clause = unnumbered('table', id, stack.at(-1)?.clause.path ?? [], block, [captionAbove?.lines[0] ?? block.line, block.endLine]);
  clause.heading = ownCaption;
  clause.text = [grid.header, ...grid.rows].map((row) => row.join(' | ')).join('\n');
  clause.source = null;
  clause.table = { caption: ownCaption ?? holder?.clause.heading ?? null, header: grid.header, rows: grid.rows };
  return clause;
}

export function unnumbered(kind: ClauseKind, id: string, path: string[], block: Block, lines: [number, number]): Clause {
  return {
    id,
    kind,
    label: null,
    marker: null,
    path: [...path],
    heading: null,
    text: block.text,
    source: sourceOf(block),
    lines,
    restoration: restorationOf([block]),
    translation: null,
    children: [],
  };
}
