/**
 * Where the glossary's terms stand in the published documents: the spans to mark in each clause's
 * Vietnamese and every term's occurrences (for the glossary page and export). Whether a clause's
 * English uses the terms' renderings is checked by term-check.ts.
 */
import { flattenClauses } from '../emit/json.ts';
import type { Clause, EditionDocument } from '../model.ts';
import type { GlossaryTerm } from './glossary.ts';
import { buildTermIndex, findOccurrences, prepareText, selectLongestFirst, type TermIndex } from './mark-terms.ts';

export interface TermSpan {
  termId: string;
  start: number;
  end: number;
}

export function glossaryIndex(terms: readonly GlossaryTerm[]): TermIndex {
  return buildTermIndex(terms);
}

/** The terms to mark in a Vietnamese text: longest match first, whole syllables, in text order. */
export function termSpans(text: string, index: TermIndex): TermSpan[] {
  return selectLongestFirst(findOccurrences(prepareText(text, 'exact'), index)).map(({ termId, start, end }) => ({ termId, start, end }));
}

/**
 * Only the first span of each term: a clause marks a term where the reader first meets it, so a
 * paragraph that says "hợp tác xã" ten times is not underlined ten times.
 */
export function firstOfEachTerm(spans: readonly TermSpan[]): TermSpan[] {
  const seen = new Set<string>();
  return spans.filter((span) => !seen.has(span.termId) && seen.add(span.termId));
}

export interface TermOccurrence {
  slug: string;
  /** Clause id. */
  id: string;
  path: string[];
}

/**
 * Every clause (heading or text) in which each term occurs, in document and reading order. Unlike
 * marking, this counts a term inside a longer one ("Luật" in "Luật Hợp tác xã") and ignores case.
 */
export function glossaryOccurrences(documents: readonly EditionDocument[], terms: readonly GlossaryTerm[]): Map<string, TermOccurrence[]> {
  const index = buildTermIndex(terms, 'lower');
  const occurrences = new Map<string, TermOccurrence[]>();
  for (const document of documents) {
    for (const clause of flattenClauses<Clause>(document.clauses)) {
      const found = new Set<string>();
      for (const text of [clause.heading, clause.text]) if (text) for (const o of findOccurrences(prepareText(text, 'lower'), index)) found.add(o.termId);
      for (const termId of found) {
        const list = occurrences.get(termId) ?? [];
        list.push({ slug: document.slug, id: clause.id, path: clause.path });
        occurrences.set(termId, list);
      }
    }
  }
  return occurrences;
}
