/**
 * The edition's references for pages and endpoints: the curated data (content/references/) and the
 * citations `npm run content` recognised (content/documents/references.json).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { documentRelations, loadReferenceData, parseReferences, sentenceAround, type Citation, type DocumentRelations, type EditionReferences, type ReferenceEntry } from '../pipeline/references/index.ts';
import type { Clause, EditionDocument } from '../pipeline/model.ts';
import { clauseByRef, loadDocuments } from './documents.ts';

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

/** "Nghị quyết số 20-NQ/TW", "Luật Hợp tác xã số 23/2012/QH13": what the document is called in a list. */
export function referenceName(reference: ReferenceEntry): string {
  const type = reference.type ?? 'Văn bản';
  const named = reference.name ? `${type} ${reference.name}` : type;
  if (reference.numberSymbol) return `${named} số ${reference.numberSymbol}`;
  return reference.title.vi ?? `${named}${reference.date ? ` năm ${reference.date.slice(0, 4)}` : ''}`;
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
          return { document, clause, sentence: sentenceAround(text, citation.start, citation.end) };
        }),
    }))
    .filter((group) => group.clauses.length > 0);
}

export function relationsOf(slug: string): DocumentRelations {
  const documents = loadDocuments();
  return documentRelations(documents.find((d) => d.slug === slug)!, documents, loadReferences());
}
