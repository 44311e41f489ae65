/**
 * What an editor should look at before publishing a document: numbering that skips (I then III:
 * a unit the pipeline did not recognise, or a slip in the source), and a text that falls mostly
 * into unnumbered paragraphs (its numbering was not recognised at all). Reported as warnings
 * naming the lines; never a reason to refuse the document.
 */
import type { Clause } from '../model.ts';
import { romanValue, VIETNAMESE_LETTERS } from '../text/markers.ts';
import { syllables } from '../text/syllables.ts';

/** The ordinal of a label within its kind of numbering, or null when it has none. */
function ordinal(label: string): number | null {
  const last = label.split(' ').at(-1)!;
  if (/^\d+$/.test(last)) return Number(last);
  if (/^\d+(\.\d+)+$/.test(last)) return Number(last.split('.').at(-1));
  const roman = romanValue(last);
  if (roman !== null && /^[IVXLC]+$/.test(last)) return roman;
  const letter = VIETNAMESE_LETTERS.indexOf(last);
  return letter >= 0 ? letter + 1 : null;
}

/** Siblings of one kind numbered in sequence: I, II, III; 1, 2; a, b, c, d, đ. */
function skips(siblings: readonly Clause[], warnings: string[]): void {
  const byKind = new Map<string, Clause[]>();
  for (const clause of siblings) {
    if (clause.label === null || clause.kind === 'article' || clause.kind === 'chapter' || clause.kind === 'part') continue;
    byKind.set(clause.kind, [...(byKind.get(clause.kind) ?? []), clause]);
  }
  for (const list of byKind.values()) checkSequence(list, warnings);
}

function checkSequence(list: readonly Clause[], warnings: string[]): void {
  for (let i = 1; i < list.length; i++) {
    const before = ordinal(list[i - 1]!.label!);
    const after = ordinal(list[i]!.label!);
    if (before !== null && after !== null && after !== before + 1 && after !== before) {
      const shown = (label: string) => label.split(' ').at(-1)!;
      warnings.push(`line ${list[i]!.lines[0]}: numbering skips from ${shown(list[i - 1]!.label!)} to ${shown(list[i]!.label!)}`);
    }
  }
}

/** Every list of siblings of one text; an attached text is checked on its own. */
function walk(clauses: readonly Clause[], visit: (siblings: readonly Clause[]) => void): void {
  visit(clauses);
  for (const clause of clauses) if (clause.kind !== 'attachment') walk(clause.children, visit);
}

const FRAME: ReadonlySet<Clause['kind']> = new Set(['header', 'title', 'recipients', 'signature']);

/** Warnings about a text's numbering (articles and chapters run through the whole text). */
export function numberingWarnings(clauses: readonly Clause[]): string[] {
  const warnings: string[] = [];
  walk(clauses, (siblings) => skips(siblings, warnings));
  const throughout = (kind: Clause['kind']) => {
    const list: Clause[] = [];
    walk(clauses, (siblings) => list.push(...siblings.filter((c) => c.kind === kind)));
    checkSequence(list, warnings);
  };
  throughout('article');
  throughout('chapter');

  const content = clauses.filter((c) => !FRAME.has(c.kind) && c.kind !== 'attachment');
  const words = (c: Clause): number => syllables([c.heading, c.text].filter(Boolean).join(' ')).length + c.children.reduce((n, child) => n + words(child), 0);
  const total = content.reduce((n, c) => n + words(c), 0);
  // The preamble (grounds, "QUYẾT ĐỊNH:") stands before the first unit by rule; text after it does not.
  const firstUnit = content.findIndex((c) => c.label !== null);
  const loose = content.filter((c, i) => c.kind === 'paragraph' && (firstUnit < 0 || i > firstUnit));
  const looseWords = loose.reduce((n, c) => n + words(c), 0);
  const lines = loose.map((c) => (c.lines[0] === c.lines[1] ? `${c.lines[0]}` : `${c.lines[0]}–${c.lines[1]}`)).join(', ');
  if (total > 0 && !content.some((c) => c.label !== null)) {
    warnings.push(`no numbered units: the text is read as ${loose.length} unnumbered paragraph(s) (lines ${lines}); check that its numbering was recognised`);
  } else if (total > 0 && looseWords / total > 0.5) {
    warnings.push(`${Math.round((looseWords / total) * 100)}% of the text is in paragraphs outside any numbered unit (lines ${lines}); check that its numbering was recognised`);
  }
  return warnings;
}
