/**
 * Term consistency: where a clause's Vietnamese contains a glossary term, its English uses that
 * term's English (`en`, or one of its `alternatives`), or the document's review log records a
 * reviewed exception (`termExceptions`). The build reports every departure; it fails on a
 * departure without an exception in a document whose review log exists (a document not yet given
 * its second reading has its departures reported, not enforced: there is no review to consult).
 *
 * Terms are found as marking finds them (`termSpans`: whole syllables, longest match first), so a
 * term inside a longer one ("hợp tác xã" in "Liên minh Hợp tác xã tỉnh") is answered by the
 * longer one's rendering.
 */
import { flattenClauses } from '../emit/json.ts';
import type { Clause, EditionDocument } from '../model.ts';
import { DOCUMENT_CODE } from '../structure/metadata.ts';
import { formKey, type GlossaryTerm } from './glossary.ts';
import type { TermIndex } from './mark-terms.ts';
import { termSpans } from './occurrences.ts';

/** A reviewed exception as the review log records it (`term` resolved to the glossary entry's id). */
export interface TermException {
  clause: string;
  /** The Vietnamese term as the review log wrote it (a form of the entry). */
  term: string;
  termId: string;
  /** What the clause's English uses instead. */
  english: string;
  reason: string;
}

export interface TermDeparture {
  slug: string;
  /** Clause id. */
  clause: string;
  termId: string;
  /** The Vietnamese words that were matched, as the clause writes them. */
  vietnamese: string;
  /** The renderings the glossary accepts, `en` first. */
  expected: string[];
}

export interface TermCheck {
  /**
   * Every departure, with the reviewed exception that covers it (or null) and its status: covered by
   * an `exception`, `unreviewed` (the build fails) or `pending` (no review log yet).
   */
  departures: (TermDeparture & { exception: TermException | null; status: 'exception' | 'unreviewed' | 'pending' })[];
  /** Departures without an exception in documents whose review log exists: the build fails on these. */
  unreviewed: TermDeparture[];
  /** Departures in documents without a review log yet: reported, not enforced. */
  pending: TermDeparture[];
  /** Exceptions that cover no departure (the English now uses the glossary's rendering, or the term is not in the clause). */
  unused: (TermException & { slug: string })[];
}

/** The English renderings a term accepts, `en` first. */
export function renderingsOf(term: Pick<GlossaryTerm, 'en' | 'alternatives'>): string[] {
  return [term.en, ...(term.alternatives ?? [])];
}

const APOSTROPHES = /[’‘`]/gu;
const DASHES = /[‐‑‒–—−]/gu;

/** English as the check compares it: NFC, one apostrophe, one hyphen. */
function normaliseEnglish(text: string): string {
  return text.normalize('NFC').replace(APOSTROPHES, "'").replace(DASHES, '-');
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}

/**
 * A pattern that finds a rendering in English running text: whole words, in any case, each word
 * optionally inflected (plural "-s"/"-es", "-y" → "-ies", possessive "'s" or "s'"), with a space
 * and a hyphen between words taken as one ("capacity-building" ~ "capacity building").
 */
export function renderingPattern(rendering: string): RegExp {
  const words = normaliseEnglish(rendering).trim().split(/[\s-]+/u).filter((w) => w !== '');
  const parts = words.map((word) => {
    // A rendering given in the plural ("public services") also matches in the singular.
    const singular = /[^aeiou]ies$/iu.test(word) ? `${word.slice(0, -3)}y` : /[^su']s$/iu.test(word) && word.length > 3 ? word.slice(0, -1) : word;
    const stem = /[^aeiou]y$/iu.test(singular) ? `(?:${escapeRegExp(singular)}|${escapeRegExp(singular.slice(0, -1))}ies)` : escapeRegExp(singular);
    return `${stem}(?:e?s)?(?:'s?)?`;
  });
  return new RegExp(`(?<![\\p{L}\\p{N}])${parts.join('[\\s-]+')}(?![\\p{L}\\p{N}])`, 'iu');
}

/** Whether an English text uses one of the renderings (inflected forms included). */
export function usesRendering(english: string, renderings: readonly string[]): boolean {
  const text = normaliseEnglish(english);
  return renderings.some((r) => renderingPattern(r).test(text));
}

/** Whether `phrase` stands in `english`, compared case-insensitively with apostrophes and dashes unified. */
export function containsPhrase(english: string, phrase: string): boolean {
  return normaliseEnglish(english).toLowerCase().includes(normaliseEnglish(phrase).trim().toLowerCase());
}

/** A clause's English as the check reads it: heading and text (a translator's note is not the translation). */
export function clauseEnglish(clause: Clause): string {
  return [clause.translation?.heading, clause.translation?.text].filter(Boolean).join('\n');
}

/**
 * The glossary entry a review log names: by one of its Vietnamese forms or abbreviations
 * (case-insensitively, either tone placement), or by its id.
 */
export function findTerm(terms: readonly GlossaryTerm[], name: string): GlossaryTerm | null {
  const key = formKey(name);
  return terms.find((t) => t.id === name || [...t.vi, ...(t.abbreviations ?? [])].some((form) => formKey(form) === key)) ?? null;
}

/** The stretches of a text that are document codes ("06/CTrHD-UBND"): reproduced verbatim, never translated. */
function codeRanges(text: string): [number, number][] {
  return [...text.matchAll(DOCUMENT_CODE)].map((m) => [m.index, m.index + m[0].length]);
}

/**
 * Every translated clause whose English lacks the glossary's rendering of a term its Vietnamese
 * uses. An abbreviation inside a document code ("UBND" in "06/CTrHD-UBND") is part of the code.
 */
export function termDepartures(documents: readonly EditionDocument[], terms: readonly GlossaryTerm[], index: TermIndex): TermDeparture[] {
  const byId = new Map(terms.map((t) => [t.id, t]));
  const departures: TermDeparture[] = [];
  for (const document of documents) {
    for (const clause of flattenClauses<Clause>(document.clauses)) {
      if (!clause.translation) continue;
      const english = clauseEnglish(clause);
      const found = new Map<string, string>();
      for (const text of [clause.heading, clause.text]) {
        if (!text) continue;
        const codes = codeRanges(text);
        for (const span of termSpans(text, index)) {
          if (found.has(span.termId) || codes.some(([start, end]) => span.start >= start && span.end <= end)) continue;
          found.set(span.termId, text.slice(span.start, span.end));
        }
      }
      for (const [termId, vietnamese] of found) {
        const term = byId.get(termId);
        if (!term) continue;
        const expected = renderingsOf(term);
        if (!usesRendering(english, expected)) departures.push({ slug: document.slug, clause: clause.id, termId, vietnamese, expected });
      }
    }
  }
  return departures;
}

/**
 * Match departures with the reviewed exceptions of each document's review log. `exceptions` has an
 * entry (possibly empty) for every document whose review log exists; the others are pending.
 */
export function checkTermConsistency(departures: readonly TermDeparture[], exceptions: ReadonlyMap<string, readonly TermException[]>): TermCheck {
  const check: TermCheck = { departures: [], unreviewed: [], pending: [], unused: [] };
  const used = new Set<TermException>();
  for (const departure of departures) {
    const reviewed = exceptions.get(departure.slug);
    const exception = reviewed?.find((e) => e.clause === departure.clause && e.termId === departure.termId) ?? null;
    if (exception) used.add(exception);
    const status = exception ? 'exception' : reviewed ? 'unreviewed' : 'pending';
    check.departures.push({ ...departure, exception, status });
    if (status === 'unreviewed') check.unreviewed.push(departure);
    if (status === 'pending') check.pending.push(departure);
  }
  for (const [slug, list] of exceptions) for (const exception of list) if (!used.has(exception)) check.unused.push({ ...exception, slug });
  return check;
}

/** One line per departure, for the build's report. */
export function describeDeparture(d: TermDeparture): string {
  return `${d.slug}#${d.clause}: "${d.vietnamese}" (${d.termId}) is not rendered ${d.expected.map((e) => `"${e}"`).join(' or ')}`;
}
