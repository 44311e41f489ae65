/**
 * Layouts of the static relation diagrams (drawn as SVG by the pages, no script): one document among
 * the documents it cites and is cited by, and the whole edition's graph of documents and references.
 * Pure geometry; the labels are the caller's.
 */

export const BOX_WIDTH = 220;
export const BOX_HEIGHT = 26;
const ROW_GAP = 8;
const HEADING_HEIGHT = 22;
const COLUMN_GAP = 70;
/** Characters that fit a box at 12px. */
const BOX_CHARACTERS = 32;

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
  lines: string[];
  /** The lines in English, where the label has English; null where it is shown in Vietnamese alone. */
  linesEn?: string[] | null;
}

export interface Edge {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  /** The relation the edge stands for (a group id). */
  kind: string;
}

export interface GroupInput {
  id: string;
  vi: string;
  en: string;
  /** 'out': the document cites or implements these; 'in': these cite the document. */
  direction: 'out' | 'in';
  labels: string[];
  /** The labels in English, by position (null where a label has none). */
  labelsEn?: (string | null)[];
}

export interface DocumentDiagram {
  width: number;
  height: number;
  center: Box;
  headings: { x: number; y: number; vi: string; en: string }[];
  boxes: (Box & { group: string })[];
  edges: Edge[];
}

/** A label cut to what a box holds. */
export function fit(label: string, characters = BOX_CHARACTERS): string {
  return label.length > characters ? `${label.slice(0, characters - 1).trimEnd()}…` : label;
}

/** A column of grouped boxes from the top: each group's heading, then its boxes. */
function column(groups: readonly GroupInput[], x: number): { headings: DocumentDiagram['headings']; boxes: DocumentDiagram['boxes']; height: number } {
  const headings: DocumentDiagram['headings'] = [];
  const boxes: DocumentDiagram['boxes'] = [];
  let y = 0;
  for (const group of groups) {
    if (group.labels.length === 0) continue;
    headings.push({ x, y: y + 15, vi: group.vi, en: group.en });
    y += HEADING_HEIGHT;
    for (const [i, label] of group.labels.entries()) {
      const english = group.labelsEn?.[i] ?? null;
      boxes.push({ x, y, width: BOX_WIDTH, height: BOX_HEIGHT, lines: [fit(label)], linesEn: english === null ? null : [fit(english)], group: group.id });
      y += BOX_HEIGHT + ROW_GAP;
    }
    y += ROW_GAP;
  }
  return { headings, boxes, height: y };
}

/**
 * One document in the middle, the documents citing it on the left (arrows into it) and what it
 * implements, is based on and cites on the right (arrows out of it), each group under its heading.
 */
export function documentDiagram(centerLines: readonly string[], groups: readonly GroupInput[], centerLinesEn: readonly string[] | null = null): DocumentDiagram {
  const leftX = 0;
  const centerX = BOX_WIDTH + COLUMN_GAP;
  const rightX = centerX + BOX_WIDTH + COLUMN_GAP;
  const left = column(groups.filter((g) => g.direction === 'in'), leftX);
  const right = column(groups.filter((g) => g.direction === 'out'), rightX);
  const lines = centerLines.map((l) => fit(l));
  const linesEn = centerLinesEn?.map((l) => fit(l)) ?? null;
  const centerHeight = Math.max(BOX_HEIGHT, 10 + Math.max(lines.length, linesEn?.length ?? 0) * 16);
  const height = Math.max(left.height, right.height, centerHeight + 2 * ROW_GAP);
  const center: Box = { x: centerX, y: (height - centerHeight) / 2, width: BOX_WIDTH, height: centerHeight, lines, linesEn };
  const middle = center.y + centerHeight / 2;
  const edges: Edge[] = [
    ...left.boxes.map((b) => ({ x1: b.x + b.width, y1: b.y + b.height / 2, x2: center.x, y2: middle, kind: b.group })),
    ...right.boxes.map((b) => ({ x1: center.x + center.width, y1: middle, x2: b.x, y2: b.y + b.height / 2, kind: b.group })),
  ];
  const hasLeft = left.boxes.length > 0;
  // Without citing documents the left column is left out, and everything moves left.
  const shift = hasLeft ? 0 : centerX;
  const moved = <T extends { x: number }>(item: T): T => ({ ...item, x: item.x - shift });
  return {
    width: rightX + BOX_WIDTH - shift,
    height,
    center: moved(center),
    headings: [...left.headings, ...right.headings].map(moved),
    boxes: [...left.boxes, ...right.boxes].map(moved),
    edges: edges.map((e) => ({ ...e, x1: e.x1 - shift, x2: e.x2 - shift })),
  };
}

export interface EditionDiagram {
  width: number;
  height: number;
  documents: Box[];
  references: Box[];
  edges: Edge[];
  /** Curves right of the references, from a reference to one it implements: SVG path data. */
  chains: string[];
}

/**
 * The edition's graph: its documents on the left, the documents they cite on the right, an arrow
 * for each citation (its kind: implements, based on, cites). A reference that is itself in the
 * edition is drawn once, as a document.
 */
export function editionDiagram(
  documents: readonly string[],
  references: readonly string[],
  links: readonly { from: number; to: number; kind: string }[],
  chains: readonly { from: number; to: number }[] = [],
): EditionDiagram {
  const rowsHeight = (n: number) => n * (BOX_HEIGHT + ROW_GAP);
  const height = Math.max(rowsHeight(documents.length), rowsHeight(references.length)) + ROW_GAP;
  const place = (labels: readonly string[], x: number): Box[] => {
    const top = (height - rowsHeight(labels.length)) / 2;
    return labels.map((label, i) => ({ x, y: top + i * (BOX_HEIGHT + ROW_GAP) + ROW_GAP / 2, width: BOX_WIDTH, height: BOX_HEIGHT, lines: [fit(label)] }));
  };
  const left = place(documents, 0);
  const rightX = BOX_WIDTH + COLUMN_GAP * 3;
  const right = place(references, rightX);
  const edges = links.map(({ from, to, kind }) => ({ x1: BOX_WIDTH, y1: left[from]!.y + BOX_HEIGHT / 2, x2: rightX, y2: right[to]!.y + BOX_HEIGHT / 2, kind }));
  const edge = rightX + BOX_WIDTH;
  // The further apart two references stand, the wider the curve, so nested curves do not cross.
  const curves = chains.map(({ from, to }) => {
    const y1 = right[from]!.y + BOX_HEIGHT / 2;
    const y2 = right[to]!.y + BOX_HEIGHT / 2;
    const reach = 20 + Math.abs(y2 - y1) / 6;
    return { d: `M ${edge} ${y1} C ${edge + reach} ${y1}, ${edge + reach} ${y2}, ${edge + 2} ${y2}`, reach };
  });
  const widest = Math.max(0, ...curves.map((c) => c.reach));
  return { width: edge + (curves.length > 0 ? widest + 4 : 0), height, documents: left, references: right, edges, chains: curves.map((c) => c.d) };
}
