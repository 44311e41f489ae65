import type { Block, Clause, ClauseKind } from '../model.ts';
import { labelToIdSegment, readMarker, type LineMarker } from '../text/markers.ts';

/** Depth of each kind of numbering; a clause closes every open clause of equal or greater rank. */
const RANK: Record<string, number> = { roman: 1, arabic: 2, decimal: 3, letter: 4, star: 5, subheading: 5, '-': 6, '+': 7 };

const KIND_OF_MARKER: Record<LineMarker['kind'], ClauseKind> = {
  roman: 'section',
  arabic: 'item',
  decimal: 'subitem',
  letter: 'point',
  star: 'subheading',
  bullet: 'bullet',
};

/** Prefix of positional ids for unnumbered clauses: `p1`, `b2`, `h1`. */
const POSITIONAL_PREFIX: Partial<Record<ClauseKind, string>> = { paragraph: 'p', bullet: 'b', subheading: 'h' };

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

  blocks.forEach((block, index) => {
    const marker = readMarker(block.text);
    const lines: [number, number] = [block.line, block.endLine];
    if (marker === null) {
      if (isUnnumberedHeading(block)) {
        while (stack.length > 0 && stack.at(-1)!.rank >= RANK.subheading!) stack.pop();
        const parent = stack.at(-1);
        const clause = unnumbered('subheading', scope.positional(idOf(parent), 'subheading'), pathOf(parent), block, lines);
        clause.heading = block.text;
        clause.text = null;
        childrenOf(parent).push(clause);
        stack.push({ clause, rank: RANK.subheading! });
        return;
      }
      // Running text ends a bullet list: it belongs to the numbered clause (or sub-heading) above,
      // unless the bullet announced it with a colon ("+ Về môi trường …: " and its paragraphs).
      const top = stack.at(-1);
      const announced = top !== undefined && top.rank >= RANK['-']! && /:$/.test(top.clause.text ?? '');
      if (!announced) while (stack.length > 0 && stack.at(-1)!.rank >= RANK['-']!) stack.pop();
      const parent = stack.at(-1);
      childrenOf(parent).push(unnumbered('paragraph', scope.positional(idOf(parent), 'paragraph'), pathOf(parent), block, lines));
      return;
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
      const headed = isHeadedItem(block, marker, blocks[index + 1]);
      clause = {
        id: scope.numbered(idOf(parent), marker.label, block.line),
        kind,
        label: marker.label,
        // An OCR-mangled Roman numeral ("I1I-", "[.") is published in its reading; the OCR source keeps it.
        marker: marker.kind === 'roman' ? `${marker.label}${marker.marker.slice(-1)}` : marker.marker,
        path: [...pathOf(parent), marker.label],
        heading: headed ? marker.rest : null,
        text: headed ? null : marker.rest,
        source: sourceOf(block),
        lines,
        restoration: restorationOf([block]),
        translation: null,
        children: [],
      };
    }
    childrenOf(parent).push(clause);
    stack.push({ clause, rank });
  });
  return roots;
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
