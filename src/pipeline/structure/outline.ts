/**
 * A document's outline as an editor checks it: every unit the structure stage recognised, by id
 * and kind, in reading order. Paragraphs and bullets inside a unit are its text, not its outline;
 * a text's own top-level paragraphs (its preamble) are listed.
 */
import type { Clause, EditionDocument } from '../model.ts';

export interface ExpectedLayout {
  metadata: Record<string, unknown> & { date?: string | null };
  outline: string[];
  warnings?: string[];
}

const TEXT_KINDS: ReadonlySet<Clause['kind']> = new Set(['paragraph', 'bullet']);

export function outlineClauses(document: EditionDocument): Clause[] {
  const out: Clause[] = [];
  const walk = (clauses: readonly Clause[], topLevel: boolean) => {
    for (const clause of clauses) {
      if (!TEXT_KINDS.has(clause.kind) || topLevel) out.push(clause);
      if (clause.kind !== 'recipients') walk(clause.children, clause.kind === 'attachment');
    }
  };
  walk(document.clauses, true);
  return out;
}

/** "id kind" per outline clause. */
export function outlineOf(document: EditionDocument): string[] {
  return outlineClauses(document).map((c) => `${c.id} ${c.kind}`);
}
