/**
 * The search index's records: one per clause and language, so every result lands on its clause's
 * anchor, with the document's facts as filters. Built after Astro into dist/pagefind/.
 */
import { documentNumber, vietnameseIssuer } from '../cite/citation.ts';
import { clauseUrl, flattenClauses } from '../emit/json.ts';
import type { Clause, EditionDocument } from '../model.ts';

export interface ClauseRecord {
  url: string;
  content: string;
  language: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}

/**
 * A short label for lists and results: type, number, province, year. A document that names no
 * province, number or year (a "Chương trình hành động của Ban Thường vụ Tỉnh ủy") is told apart by
 * its issuer and the resolution it implements instead.
 */
export function documentLabel(document: EditionDocument): string {
  const { metadata } = document;
  const { documentType, province, date, implements: implemented } = metadata;
  const number = documentNumber(metadata);
  const parts = [
    documentType ?? 'Văn bản',
    number,
    province ?? vietnameseIssuer(metadata),
    date ? String(date.year) : null,
    number === null && implemented.length > 0 ? `thực hiện ${implemented.join(', ')}` : null,
  ];
  return parts.filter(Boolean).join(' · ');
}

/**
 * The records of a document: every clause with text of its own, in Vietnamese and in English.
 * `topicsOf` gives a numbered section's topics; a clause inside it is filtered with them.
 * `englishLabel` is the document's label in English (src/i18n/document-labels.ts), where known:
 * results show it to an English reader; the filters keep the Vietnamese label as their value.
 */
export function clauseRecords(document: EditionDocument, topicsOf: (id: string) => string[] = () => [], englishLabel: string | null = null): ClauseRecord[] {
  const { metadata } = document;
  const label = documentLabel(document);
  const facts: Record<string, string[]> = { document: [label] };
  if (metadata.province) facts.province = [metadata.province];
  if (metadata.documentType) facts.type = [metadata.documentType];
  if (metadata.date) facts.year = [String(metadata.date.year)];
  const records: ClauseRecord[] = [];
  const inherited = new Map<string, string[]>();
  const walk = (clauses: readonly Clause[], parentTopics: string[]) => {
    for (const clause of clauses) {
      const own = clause.label !== null ? topicsOf(clause.id) : [];
      const topics = own.length > 0 ? own : parentTopics;
      inherited.set(clause.id, topics);
      walk(clause.children, topics);
    }
  };
  walk(document.clauses, []);
  for (const clause of flattenClauses<Clause>(document.clauses)) {
    const topics = inherited.get(clause.id) ?? [];
    const topicFilter: Record<string, string[]> = topics.length > 0 ? { topic: topics } : {};
    const meta = { title: label, ...(englishLabel ? { title_en: englishLabel } : {}), clause: clause.path.join(' › '), id: clause.id, slug: document.slug };
    const vietnamese = [clause.marker, clause.heading, clause.text].filter(Boolean).join(' ');
    if ((clause.heading ?? clause.text ?? '').trim() !== '') {
      records.push({
        url: clauseUrl(document.slug, clause.id),
        content: vietnamese,
        language: 'vi',
        meta: { ...meta, heading: clause.heading ?? '', lang: 'vi' },
        filters: { ...facts, ...topicFilter, language: ['vi'] },
      });
    }
    const english = [clause.translation?.heading, clause.translation?.text].filter(Boolean).join(' ');
    if (english.trim() !== '') {
      records.push({
        // The English lands on the same clause, read in English.
        url: `/documents/${document.slug}/?lang=en#${clause.id}`,
        content: [clause.marker, english].filter(Boolean).join(' '),
        language: 'en',
        meta: { ...meta, heading: clause.translation?.heading ?? '', lang: 'en' },
        filters: { ...facts, ...topicFilter, language: ['en'] },
      });
    }
  }
  return records;
}
