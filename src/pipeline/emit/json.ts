import type { Clause, ClauseKind, ClauseReview, DocumentMetadata, DocumentReview, EditionDocument, EditorialMark, TextForm } from '../model.ts';
import type { Bilingual, DocumentLabels } from '../../i18n/document-labels.ts';

/**
 * The public JSON export (documented in docs/json-export.md). Later features add fields; existing
 * fields keep their meaning.
 */
export interface ClauseExport {
  id: string;
  /** Numbering labels from the top, e.g. ["III", "2", "2.1"]; unnumbered clauses carry their parent's. */
  path: string[];
  kind: ClauseKind;
  label: string | null;
  /** `en` is present where the clause has an English translation. */
  heading: { vi: string; en?: string } | null;
  text: { vi: string; en?: string } | null;
  /** Site-relative URL of the clause: the document page and `#id`. */
  url: string;
  /** For restored OCR text: the clause as the OCR wrote it (marker included). */
  source: { ocr: string } | null;
  /** For restored OCR text: each word the engine changed or doubted, and each reviewed correction. */
  restoration: { words: NonNullable<Clause['restoration']> } | null;
  /** Numbered sections: their policy topics (ids of content/topics). */
  topics: string[];
  /** Numbered sections: the matching sections of the other documents. */
  related: { slug: string; id: string }[];
  /** The translator's note on the English, or null. */
  translatorNote: string | null;
  /** The second reading of the English (the document's review log), or null where not recorded. */
  review: ClauseReview | null;
  /** Editorial marks in the Vietnamese text ("[…]" gap, "[sic]"), in text order; additions, not part of `text.vi`. */
  editorial: Omit<EditorialMark, 'at'>[];
  /** Tables only: caption, header cells and rows of cells, as the source sets them. */
  table?: NonNullable<Clause['table']>;
  children: ClauseExport[];
}

export interface DocumentSummaryExport {
  slug: string;
  /** The seed file's name. */
  source: string;
  title: string;
  url: string;
  form: TextForm;
  restored: boolean;
  /** Reviewed corrections applied after the restoration engine. */
  corrections: number;
  metadata: DocumentMetadata;
  /** The second reading of the English (content/translations/review/<slug>.json), or null before it. */
  review: DocumentReview | null;
  /**
   * The metadata fields that have a translation, in both languages (`en` null where the edition
   * has none yet), and the title and short label: see docs/json-export.md.
   */
  labels: LabelsExport;
}

export interface LabelsExport {
  title: Bilingual;
  label: Bilingual;
  subject: Bilingual | null;
  documentType: Bilingual | null;
  issuingBody: Bilingual | null;
  /** Where the header names a body above the issuer. */
  parentBody?: Bilingual;
  date: Bilingual | null;
  signingCapacity: Bilingual | null;
  signerTitle: Bilingual | null;
  implements: (Bilingual & { code: string })[];
}

export interface DocumentExport extends DocumentSummaryExport {
  clauses: ClauseExport[];
}

export function documentUrl(slug: string): string {
  return `/documents/${slug}/`;
}

export function clauseUrl(slug: string, id: string): string {
  return `${documentUrl(slug)}#${id}`;
}

/** Topics and matching sections by `slug#id` (the align stage's result). */
export type AlignmentLookup = Map<string, { topics: string[]; related: { slug: string; id: string }[] }>;

function exportClause(slug: string, clause: Clause, alignment: AlignmentLookup): ClauseExport {
  const aligned = alignment.get(`${slug}#${clause.id}`);
  return {
    id: clause.id,
    path: clause.path,
    kind: clause.kind,
    label: clause.label,
    heading: clause.heading === null ? null : { vi: clause.heading, ...(clause.translation?.heading ? { en: clause.translation.heading } : {}) },
    text: clause.text === null ? null : { vi: clause.text, ...(clause.translation?.text ? { en: clause.translation.text } : {}) },
    url: clauseUrl(slug, clause.id),
    source: clause.source === null ? null : { ocr: clause.source },
    restoration: clause.restoration === null ? null : { words: clause.restoration },
    topics: aligned?.topics ?? [],
    related: aligned?.related ?? [],
    translatorNote: clause.translation?.note ?? null,
    review: clause.review ?? null,
    editorial: (clause.editorial ?? []).map(({ kind, after, occurrence, note }) => ({ kind, after, occurrence, note })),
    ...(clause.table ? { table: clause.table } : {}),
    children: clause.children.map((c) => exportClause(slug, c, alignment)),
  };
}

export function summaryExport(document: EditionDocument, labels: DocumentLabels): DocumentSummaryExport {
  const { title, label, subject, documentType, issuingBody, parentBody, date, signingCapacity, signerTitle, implements: implemented } = labels;
  return {
    slug: document.slug,
    source: document.source,
    title: document.title,
    url: documentUrl(document.slug),
    form: document.form,
    restored: document.restored,
    corrections: document.corrections,
    metadata: document.metadata,
    review: document.review ?? null,
    labels: { title, label, subject, documentType, issuingBody, ...(parentBody ? { parentBody } : {}), date, signingCapacity, signerTitle, implements: implemented },
  };
}

export function documentExport(document: EditionDocument, labels: DocumentLabels, alignment: AlignmentLookup = new Map()): DocumentExport {
  return { ...summaryExport(document, labels), clauses: document.clauses.map((c) => exportClause(document.slug, c, alignment)) };
}

/** Every clause of a tree, depth first, in reading order. */
export function flattenClauses<T extends { children: T[] }>(clauses: readonly T[]): T[] {
  return clauses.flatMap((c) => [c, ...flattenClauses(c.children)]);
}
