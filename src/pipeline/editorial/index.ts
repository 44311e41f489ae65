/**
 * Editorial marks: content/editorial/<slug>.json, written by the reviewers (format agreed for
 * issue 18):
 *
 *   { "marks": [ { "clause", "kind": "gap" | "sic", "after": "<exact words of the clause text>",
 *                  "occurrence"?: 1, "note": { "vi", "en" } } ] }
 *
 * A mark is an addition to the published text, never a change of it: the clause's text stays as
 * the source has it, and the mark is recorded beside it (`Clause.editorial`, with the offset it
 * follows) for the page to show "[…]" or "[sic]" there with its note.
 */
import { flattenClauses } from '../emit/json.ts';
import type { Clause, EditionDocument, EditorialMark } from '../model.ts';
import { isRecord, isText, locateElement, locateKey, type JsonSource } from '../text/json-source.ts';

export const MARK_KINDS = ['gap', 'sic'] as const;

/** What the page shows for each kind of mark. */
export const MARK_SIGNS: Record<EditorialMark['kind'], string> = { gap: '[…]', sic: '[sic]' };

export interface EditorialEntry {
  clause: string;
  kind: EditorialMark['kind'];
  after: string;
  occurrence?: number;
  note: { vi: string; en: string };
}

/** Read the marks file's shape: every problem at once, each naming the file, line and entry. */
export function parseEditorialMarks(raw: unknown, source: JsonSource): { entries: EditorialEntry[]; problems: string[] } {
  if (!isRecord(raw) || !Array.isArray(raw.marks)) return { entries: [], problems: [`${locateKey(source, 'marks')}: expected an object { "marks": [ { "clause", "kind", "after", "occurrence"?, "note": { "vi", "en" } } ] }`] };
  const problems: string[] = [];
  const entries: EditorialEntry[] = [];
  raw.marks.forEach((entry: unknown, i) => {
    const where = `${locateElement(source, 'marks', i)}: marks[${i}]`;
    if (!isRecord(entry)) {
      problems.push(`${where}: expected { "clause", "kind", "after", "occurrence"?, "note": { "vi", "en" } }`);
      return;
    }
    const before = problems.length;
    if (!isText(entry.clause)) problems.push(`${where}: "clause" must be a clause id`);
    if (!(MARK_KINDS as readonly unknown[]).includes(entry.kind)) problems.push(`${where}: "kind" must be "gap" or "sic" (got ${JSON.stringify(entry.kind ?? null)})`);
    if (!isText(entry.after)) problems.push(`${where}: "after" must be the words of the clause text the mark follows`);
    else if (entry.after !== entry.after.normalize('NFC')) problems.push(`${where}: "after" is not in NFC`);
    if (entry.occurrence !== undefined && (!Number.isInteger(entry.occurrence) || (entry.occurrence as number) < 1)) problems.push(`${where}: "occurrence" counts from 1`);
    const note = entry.note;
    if (!isRecord(note) || !isText(note.vi) || !isText(note.en)) problems.push(`${where}: "note" must be { "vi": "<ghi chú>", "en": "<note>" }, both non-empty`);
    if (problems.length === before) {
      entries.push({
        clause: entry.clause as string,
        kind: entry.kind as EditorialMark['kind'],
        after: entry.after as string,
        ...(entry.occurrence !== undefined ? { occurrence: entry.occurrence as number } : {}),
        note: { vi: ((note as Record<string, string>).vi as string).trim(), en: ((note as Record<string, string>).en as string).trim() },
      });
    }
  });
  return { entries, problems };
}

function isWordCharacter(char: string | undefined): boolean {
  return char !== undefined && /[\p{L}\p{M}\p{N}]/u.test(char);
}

/** The end offsets of `words` in `text` where they stand as whole words, in order. */
export function wholeWordEnds(text: string, words: string): number[] {
  const ends: number[] = [];
  for (let at = text.indexOf(words); at >= 0; at = text.indexOf(words, at + 1)) {
    const end = at + words.length;
    if (!isWordCharacter(text[at - 1]) && !isWordCharacter(text[end])) ends.push(end);
  }
  return ends;
}

/**
 * Place the marks on their clauses (in place): each mark follows the `occurrence`-th whole-word
 * occurrence of `after` in the clause's text. Returns the problems (the build fails on any): an
 * unknown clause, a clause without text, words not in the text, or words found more than once
 * without `occurrence`.
 */
export function placeEditorialMarks(document: EditionDocument, entries: readonly EditorialEntry[], source: JsonSource): string[] {
  const problems: string[] = [];
  const clauses = new Map(flattenClauses<Clause>(document.clauses).map((c) => [c.id, c]));
  const placed = new Map<Clause, EditorialMark[]>();
  entries.forEach((entry, i) => {
    const where = `${locateElement(source, 'marks', i)}: marks[${i}]`;
    const clause = clauses.get(entry.clause);
    if (!clause) {
      problems.push(`${where}: no clause "${entry.clause}" in ${document.slug}`);
      return;
    }
    if (clause.text === null) {
      problems.push(`${where}: clause "${entry.clause}" has no running text to mark (only a heading)`);
      return;
    }
    const ends = wholeWordEnds(clause.text, entry.after);
    if (ends.length === 0) {
      problems.push(`${where}: "${entry.after}" does not occur as whole words in the text of "${entry.clause}"`);
      return;
    }
    if (entry.occurrence === undefined && ends.length > 1) {
      problems.push(`${where}: "${entry.after}" occurs ${ends.length} times in "${entry.clause}"; say which with "occurrence"`);
      return;
    }
    const occurrence = entry.occurrence ?? 1;
    const at = ends[occurrence - 1];
    if (at === undefined) {
      problems.push(`${where}: "${entry.after}" occurs ${ends.length} time(s) in "${entry.clause}", not ${occurrence}`);
      return;
    }
    const list = placed.get(clause) ?? [];
    list.push({ kind: entry.kind, after: entry.after, occurrence, at, note: entry.note });
    placed.set(clause, list);
  });
  if (problems.length === 0) for (const [clause, marks] of placed) clause.editorial = marks.sort((a, b) => a.at - b.at);
  return problems;
}
