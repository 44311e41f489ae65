/**
 * The second reading of the English as data: content/translations/review/<slug>.json, one per
 * document, written by a reader other than the first translator (format agreed for issue 18):
 *
 *   { "slug", "reviewer", "method",
 *     "clauses": { "<clause id>": { "reviewed": "2026-12-07", "changed": true, "why": "…" } },
 *     "termExceptions": [ { "clause", "term", "english", "reason" } ] }
 *
 * Every clause with an English translation has exactly one record once the document's log exists;
 * the build fails otherwise, and on any malformed entry, each problem naming the file, the line
 * and the entry.
 */
import { flattenClauses } from '../emit/json.ts';
import { clauseEnglish, containsPhrase, findTerm, type TermException } from '../gloss/term-check.ts';
import type { GlossaryTerm } from '../gloss/glossary.ts';
import type { Clause, ClauseReview, DocumentReview, EditionDocument } from '../model.ts';
import { isRecord, isText, locateElement, locateKey, type JsonSource } from '../text/json-source.ts';

export interface ReviewLog {
  slug: string;
  reviewer: string;
  method: string;
  clauses: Record<string, ClauseReview>;
  termExceptions: { clause: string; term: string; english: string; reason: string }[];
}

export interface ReviewCoverage {
  /** Clauses with an English translation. */
  translated: number;
  /** Of those, the ones with a review record. */
  reviewed: number;
  /** Translated clauses without a record, in reading order. */
  missing: string[];
}

/** A calendar date written YYYY-MM-DD. */
export function isIsoDate(value: unknown): value is string {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/u.test(value)) return false;
  const [y, m, d] = value.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/**
 * Read a review log's shape: every problem of the file at once (an empty list when it is well
 * formed), each naming the file, the line where it can be found, and the entry.
 */
export function parseReviewLog(raw: unknown, source: JsonSource): { log: ReviewLog | null; problems: string[] } {
  const { file } = source;
  if (!isRecord(raw)) return { log: null, problems: [`${file}: expected an object { "slug", "reviewer", "method", "clauses": { … }, "termExceptions": [ … ] }`] };
  const problems: string[] = [];
  for (const field of ['slug', 'reviewer', 'method'] as const) {
    if (!isText(raw[field])) problems.push(`${locateKey(source, field)}: "${field}" must be non-empty text`);
  }
  const clauses: Record<string, ClauseReview> = {};
  if (!isRecord(raw.clauses)) problems.push(`${locateKey(source, 'clauses')}: "clauses" must be an object keyed by clause id`);
  else {
    const clausesAt = source.text?.indexOf('"clauses"') ?? 0;
    for (const [id, entry] of Object.entries(raw.clauses)) {
      const where = `${locateKey(source, id, clausesAt)}: clauses["${id}"]`;
      if (!isRecord(entry)) {
        problems.push(`${where}: expected { "reviewed", "changed", "why" }`);
        continue;
      }
      const before = problems.length;
      if (!isIsoDate(entry.reviewed)) problems.push(`${where}: "reviewed" must be a date written YYYY-MM-DD (got ${JSON.stringify(entry.reviewed ?? null)})`);
      if (typeof entry.changed !== 'boolean') problems.push(`${where}: "changed" must be true or false`);
      if (!isText(entry.why)) problems.push(`${where}: "why" must say what was wrong and what changed, or "accurate; no change"`);
      if (problems.length === before) clauses[id] = { reviewed: entry.reviewed as string, changed: entry.changed as boolean, why: (entry.why as string).trim() };
    }
  }
  const termExceptions: ReviewLog['termExceptions'] = [];
  const rawExceptions = raw.termExceptions ?? [];
  if (!Array.isArray(rawExceptions)) problems.push(`${locateKey(source, 'termExceptions')}: "termExceptions" must be a list`);
  else {
    rawExceptions.forEach((entry: unknown, i) => {
      const where = `${locateElement(source, 'termExceptions', i)}: termExceptions[${i}]`;
      if (!isRecord(entry)) {
        problems.push(`${where}: expected { "clause", "term", "english", "reason" }`);
        return;
      }
      const missing = (['clause', 'term', 'english', 'reason'] as const).filter((f) => !isText(entry[f]));
      for (const field of missing) problems.push(`${where}: "${field}" must be non-empty text`);
      if (missing.length === 0) termExceptions.push({ clause: entry.clause as string, term: entry.term as string, english: entry.english as string, reason: entry.reason as string });
    });
  }
  if (problems.length > 0) return { log: null, problems };
  return { log: { slug: raw.slug as string, reviewer: raw.reviewer as string, method: raw.method as string, clauses, termExceptions }, problems };
}

/** How far a document's translated clauses are covered by its review log. */
export function reviewCoverage(document: EditionDocument, log: ReviewLog | null): ReviewCoverage {
  const translated = flattenClauses<Clause>(document.clauses).filter((c) => c.translation !== null);
  const missing = translated.filter((c) => !log?.clauses[c.id]).map((c) => c.id);
  return { translated: translated.length, reviewed: translated.length - missing.length, missing };
}

/**
 * Check a well-formed review log against its document and the glossary: the slug is the
 * document's; every record names a clause that exists and has an English translation; every
 * translated clause has a record; every term exception names a clause, a glossary term, and English
 * the clause's translation really uses. Returns the problems (the build fails on any) and the
 * exceptions, resolved to glossary ids (an exception that covers no departure is reported by the
 * term check as unused).
 */
export function checkReviewLog(log: ReviewLog, document: EditionDocument, terms: readonly GlossaryTerm[], source: JsonSource): { problems: string[]; exceptions: TermException[] } {
  const { file } = source;
  const problems: string[] = [];
  if (log.slug !== document.slug) problems.push(`${locateKey(source, 'slug')}: "slug" is "${log.slug}" but the file is the log of "${document.slug}"`);
  const clauses = new Map(flattenClauses<Clause>(document.clauses).map((c) => [c.id, c]));
  const clausesAt = source.text?.indexOf('"clauses"') ?? 0;
  for (const id of Object.keys(log.clauses)) {
    const clause = clauses.get(id);
    const where = `${locateKey(source, id, clausesAt)}: clauses["${id}"]`;
    if (!clause) problems.push(`${where}: no clause "${id}" in ${document.slug}`);
    else if (clause.translation === null) problems.push(`${where}: the clause has no English translation to review`);
  }
  const { missing, translated } = reviewCoverage(document, log);
  if (missing.length > 0) {
    const shown = missing.slice(0, 20).join(', ');
    problems.push(`${file}: ${missing.length} of ${translated} translated clauses have no review record: ${shown}${missing.length > 20 ? ', …' : ''}`);
  }
  const exceptions: TermException[] = [];
  log.termExceptions.forEach((entry, i) => {
    const where = `${locateElement(source, 'termExceptions', i)}: termExceptions[${i}]`;
    const clause = clauses.get(entry.clause);
    const term = findTerm(terms, entry.term);
    if (!clause) problems.push(`${where}: no clause "${entry.clause}" in ${document.slug}`);
    if (!term) problems.push(`${where}: "${entry.term}" is not a term of content/glossary/terms.yaml (give one of its Vietnamese forms)`);
    if (!clause || !term) return;
    if (clause.translation === null) problems.push(`${where}: clause "${entry.clause}" has no English translation`);
    else if (!containsPhrase(clauseEnglish(clause), entry.english)) problems.push(`${where}: the English of "${entry.clause}" does not contain "${entry.english}"`);
    exceptions.push({ clause: entry.clause, term: entry.term, termId: term.id, english: entry.english, reason: entry.reason });
  });
  return { problems, exceptions };
}

/** Put the review on the document and its clauses (in place): each record on its clause, the summary on the document. */
export function attachReview(document: EditionDocument, log: ReviewLog): DocumentReview {
  const coverage = reviewCoverage(document, log);
  let changed = 0;
  let latest = '';
  for (const clause of flattenClauses<Clause>(document.clauses)) {
    const record = log.clauses[clause.id];
    if (!record || clause.translation === null) continue;
    clause.review = { ...record };
    if (record.changed) changed++;
    if (record.reviewed > latest) latest = record.reviewed;
  }
  const review: DocumentReview = { reviewer: log.reviewer, method: log.method, reviewed: latest, translated: coverage.translated, reviewedClauses: coverage.reviewed, changed };
  document.review = review;
  return review;
}
