/**
 * The edition's references for pages and endpoints: the curated data (content/references/) and the
 * citations `npm run content` recognised (content/documents/references.json).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { clauseLinks, documentRelations, loadReferenceData, referenceName, parseReferences, sentenceAround, type Citation, type ClauseLinks, type DocumentRelations, type EditionReferences, type ReferenceEntry } from '../pipeline/references/index.ts';
import type { Clause, EditionDocument } from '../pipeline/model.ts';
import { clauseByRef, loadDocuments, readLabelTables } from './documents.ts';
import { englishDocumentType } from '../i18n/document-labels.ts';

export { referenceName };

const ROOT = process.cwd();
export const REFERENCES_FILE = join('content', 'references', 'references.yaml');

/** The curated references, validated against the edition's slugs. */
export function readReferenceData(slugs: readonly string[], root = ROOT): ReferenceEntry[] {
  return loadReferenceData(readFileSync(join(root, REFERENCES_FILE), 'utf8'), REFERENCES_FILE, slugs);
}

let cache: EditionReferences | null = null;

export function loadReferences(): EditionReferences {
  if (cache) return cache;
  const generated = join(ROOT, 'content', 'documents', 'references.json');
  if (!existsSync(generated)) throw new Error(`${generated} is missing: run "npm run content" (npm run build does) first`);
  cache = parseReferences(readFileSync(generated, 'utf8'));
  return cache;
}

export function findReference(id: string): ReferenceEntry {
  const reference = loadReferences().references.find((r) => r.id === id);
  if (!reference) throw new Error(`no reference with id "${id}"`);
  return reference;
}

/** "16/6/2022" (or the year alone), null when not known. */
export function referenceDate(reference: ReferenceEntry): string | null {
  if (!reference.date) return null;
  const [year, month, day] = reference.date.split('-');
  return day && month ? `${Number(day)}/${Number(month)}/${year}` : year!;
}

export interface CitingClause {
  document: EditionDocument;
  clause: Clause;
  /** The sentence that cites the reference, with the cited words' offsets in it. */
  sentence: { text: string; start: number; end: number };
  /** The English sentence that names it, where the translation cites it by number or curated name. */
  english: { text: string; start: number; end: number } | null;
}

/** Every clause citing a reference, grouped by document in edition order, once per clause (its first citation's sentence). */
export function citingClauses(referenceId: string): { document: EditionDocument; clauses: CitingClause[] }[] {
  const byClause = new Map<string, Citation>();
  for (const citation of loadReferences().citations) {
    if (citation.referenceId !== referenceId) continue;
    const key = `${citation.slug}#${citation.id}`;
    if (!byClause.has(key)) byClause.set(key, citation);
  }
  return loadDocuments()
    .map((document) => ({
      document,
      clauses: [...byClause.values()]
        .filter((c) => c.slug === document.slug)
        .map((citation) => {
          const { clause } = clauseByRef(citation)!;
          const text = clause[citation.field]!;
          const englishText = citation.field === 'text' ? clause.translation?.text : clause.translation?.heading;
          const englishLink = citation.field === 'text' ? linksOfClauses().get(`${citation.slug}#${citation.id}`)?.en.find((l) => l.referenceId === referenceId) : undefined;
          return {
            document,
            clause,
            sentence: sentenceAround(text, citation.start, citation.end),
            english: englishText && englishLink ? sentenceAround(englishText, englishLink.start, englishLink.end) : null,
          };
        }),
    }))
    .filter((group) => group.clauses.length > 0);
}

export function relationsOf(slug: string): DocumentRelations {
  const documents = loadDocuments();
  return documentRelations(documents.find((d) => d.slug === slug)!, documents, loadReferences());
}

/** A short label where space is tight (a diagram's box, a list): "Luật Hợp tác xã 2012", "20-NQ/TW". */
export function referenceLabel(reference: ReferenceEntry): string {
  if (reference.name) return `Luật ${reference.name}${reference.date ? ` ${reference.date.slice(0, 4)}` : ''}`;
  if (reference.numberSymbol) return `${reference.type ?? ''} ${reference.numberSymbol}`.trim();
  const title = reference.title.vi ?? reference.id;
  return title.length > 48 ? `${title.slice(0, 46).trimEnd()}…` : title;
}

/**
 * The short label in English ("Resolution 20-NQ/TW", "Law on Cooperatives 2012"), or null where the
 * reference's type or title has no English yet.
 */
export function referenceLabelEn(reference: ReferenceEntry): string | null {
  if (reference.name) return reference.title.en ? `${reference.title.en}${reference.date ? ` ${reference.date.slice(0, 4)}` : ''}` : null;
  const type = reference.type ? englishDocumentType(reference.type, readLabelTables()) : null;
  if (reference.numberSymbol) return type ? `${type} ${reference.numberSymbol}` : null;
  const title = reference.title.en;
  return title ? (title.length > 48 ? `${title.slice(0, 46).trimEnd()}…` : title) : null;
}

/** The references cited anywhere in the edition, in the order of the curated file (then the unknown ones). */
export function citedReferences(): ReferenceEntry[] {
  const cited = new Set(loadReferences().citations.map((c) => c.referenceId));
  return loadReferences().references.filter((r) => cited.has(r.id));
}

let linksCache: Map<string, ClauseLinks> | null = null;

/** The citations drawn as links in each clause (`slug#id`), in both languages. */
export function linksOfClauses(): Map<string, ClauseLinks> {
  linksCache ??= clauseLinks(loadDocuments(), loadReferences());
  return linksCache;
}
