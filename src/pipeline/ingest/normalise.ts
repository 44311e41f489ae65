import type { RemovedMark } from '../model.ts';

// Zero-width and other invisible format characters carry no text; they only break matching.
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;

export interface NormalisedLines {
  text: string;
  lines: string[];
  removed: RemovedMark[];
}

/** NFC, `\n` line ends, no invisible characters, tabs and NBSP as plain spaces, no trailing spaces. */
export function normaliseText(raw: string): NormalisedLines {
  const removed: RemovedMark[] = [];
  const lines = raw
    .normalize('NFC')
    .replace(/\r\n?|\u2028|\u2029/g, '\n')
    .split('\n')
    .map((line, index) => {
      const invisible = line.match(INVISIBLE);
      if (invisible) removed.push({ kind: 'invisible', value: invisible.join(''), line: index + 1 });
      // A tab becomes two spaces: a gap wide enough to still separate the columns of a table.
      return line.replace(INVISIBLE, '').replace(/\t/g, '  ').replace(/\u00A0/g, ' ').replace(/\s+$/u, '');
    });
  return { text: lines.join('\n'), lines, removed };
}
