/**
 * Tables in plain text: rows of cells between pipes (Markdown, or a table copied from a web page
 * or a word processor), or columns aligned with runs of spaces or tabs (a table typed or
 * converted to text). A run of rows becomes one block whose cells are kept, so that the page can
 * show a table and the export structured rows, never a run-on paragraph.
 */
import type { RemovedMark, TableGrid } from '../model.ts';
import { readMarker } from '../text/markers.ts';

interface Line {
  text: string;
  no: number;
}

export interface LineRun<L extends Line> {
  lines: L[];
  table?: TableGrid;
}

/** "|---|:--:|": the rule under a Markdown table's header row. */
const PIPE_RULE = /^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$/;
/** Columns aligned by hand are separated by two spaces or more (a tab counts as two). */
const COLUMN_GAP = /\s{2,}/;

function pipeCount(text: string): number {
  return text.split('|').length - 1;
}

function isPipeRow(text: string): boolean {
  const t = text.trim();
  // A numbered or bulleted line that quotes pipes is a clause, not a row ("b) | cột một | cột hai |").
  if (!t.startsWith('|') && readMarker(t) !== null) return false;
  return pipeCount(t) >= 2 || (pipeCount(t) === 1 && (t.startsWith('|') || t.endsWith('|')));
}

function pipeCells(text: string): string[] {
  const cells = text.trim().split('|').map((c) => c.trim());
  if (cells[0] === '') cells.shift();
  if (cells.at(-1) === '') cells.pop();
  return cells;
}

function columnCells(text: string): string[] {
  return text.trim().split(COLUMN_GAP);
}

/** The header row and body rows, every row as long as the widest (short rows padded with empty cells). */
function grid(rows: string[][]): TableGrid {
  const width = Math.max(...rows.map((r) => r.length));
  const padded = rows.map((r) => [...r, ...Array<string>(width - r.length).fill('')]);
  return { header: padded[0]!, rows: padded.slice(1) };
}

/**
 * Split a block of lines into runs of table rows and runs of other lines. Pipe tables need two rows
 * or more; aligned columns need two rows or more of the same number of cells, three at least.
 */
export function splitTables<L extends Line>(lines: readonly L[], removed: RemovedMark[]): LineRun<L>[] {
  const runs: LineRun<L>[] = [];
  const plain = (line: L) => {
    const last = runs.at(-1);
    if (last && !last.table) last.lines.push(line);
    else runs.push({ lines: [line] });
  };
  let i = 0;
  while (i < lines.length) {
    let end = i;
    while (end < lines.length && (isPipeRow(lines[end]!.text) || (end > i && PIPE_RULE.test(lines[end]!.text)))) end++;
    if (end - i >= 2) {
      const rows: string[][] = [];
      for (const line of lines.slice(i, end)) {
        if (PIPE_RULE.test(line.text)) removed.push({ kind: 'markup', value: line.text.trim(), line: line.no });
        else rows.push(pipeCells(line.text));
      }
      runs.push({ lines: lines.slice(i, end), table: grid(rows) });
      i = end;
      continue;
    }
    const width = columnCells(lines[i]!.text).length;
    end = i;
    while (width >= 3 && end < lines.length && columnCells(lines[end]!.text).length === width) end++;
    if (end - i >= 2) {
      runs.push({ lines: lines.slice(i, end), table: grid(lines.slice(i, end).map((l) => columnCells(l.text))) });
      i = end;
      continue;
    }
    plain(lines[i]!);
    i++;
  }
  return runs;
}
