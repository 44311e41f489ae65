/**
 * Where the glossary's terms stand in the published documents: the spans to mark in each clause's
 * Vietnamese, every term's occurrences (for the glossary page and export), and the clauses whose
 * English does not use a term's glossary rendering (a report for the editors).
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

export interface GlossaryDeviation {
  slug: string;
  id: string;
  termId: string;
  /** The glossary's English, which the clause's translation does not contain. */
  expected: string;
}

/** Clauses whose English translation lacks the glossary rendering of a term their Vietnamese uses. */
export function glossaryDeviations(documents: readonly EditionDocument[], terms: readonly GlossaryTerm[], index: TermIndex): GlossaryDeviation[] {
  const english = new Map(terms.map((t) => [t.id, t.en]));
  const deviations: GlossaryDeviation[] = [];
  for (const document of documents) {
    for (const clause of flattenClauses<Clause>(document.clauses)) {
      if (!clause.translation) continue;
      const translated = [clause.translation.heading, clause.translation.text].filter(Boolean).join(' ').toLowerCase();
      const used = new Set<string>();
      for (const text of [clause.heading, clause.text]) if (text) for (const span of termSpans(text, index)) used.add(span.termId);
      for (const termId of used) {
        const expected = english.get(termId)!;
        // A plural or possessive of the rendering counts as using it.
        const stem = expected.toLowerCase().replace(/(y|s)$/u, '');
        if (!translated.includes(stem)) deviations.push({ slug: document.slug, id: clause.id, termId, expected });
      }
    }
  }
  return deviations;
}
