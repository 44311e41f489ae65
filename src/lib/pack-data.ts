/**
 * The compact clause data the course pack reads in the browser (/api/clauses/<slug>.json): per
 * document its label and citation, and its clauses in reading order with their numbering path,
 * depth and words in both languages — no restoration detail, OCR source or alignment, which make
 * the full export (/api/documents/<slug>.json) many times larger.
 */
import type { Clause, EditionDocument } from '../pipeline/model.ts';
import { documentCitation, type DocumentCitation } from '../pipeline/cite/citation.ts';
import { labelsOf, shortTitle } from './documents.ts';

export interface PackClause {
  id: string;
  path: string[];
  kind: string;
  /** The numbering mark as written ("2.1.", "a)", "-"), or null. */
  marker: string | null;
  /** 0 for a clause at the top of the document; a clause's own part of the text runs until the next clause at its depth or above. */
  depth: number;
  heading: { vi: string; en?: string } | null;
  text: { vi: string; en?: string } | null;
  /** For kind 'table': its caption and cells, as text. */
  table?: Clause['table'];
}

export interface PackDocument {
  slug: string;
  label: string;
  citation: DocumentCitation;
  clauses: PackClause[];
}

function words(vi: string | null, en: string | null | undefined): { vi: string; en?: string } | null {
  return vi === null ? null : { vi, ...(en ? { en } : {}) };
}

export function packDocument(document: EditionDocument): PackDocument {
  const clauses: PackClause[] = [];
  const walk = (list: readonly Clause[], depth: number) => {
    for (const clause of list) {
      clauses.push({
        id: clause.id,
        path: clause.path,
        kind: clause.kind,
        marker: clause.marker,
        depth,
        heading: words(clause.heading, clause.translation?.heading),
        text: words(clause.text, clause.translation?.text),
        ...(clause.table ? { table: clause.table } : {}),
      });
      walk(clause.children, depth + 1);
    }
  };
  walk(document.clauses, 0);
  return { slug: document.slug, label: shortTitle(document), citation: documentCitation(document.metadata, labelsOf(document)), clauses };
}
