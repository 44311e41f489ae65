/**
 * Links to clauses of other documents ("same topic", "shared wording"), grouped by document so a
 * list names each document once and then tells its clauses apart by number and heading (or, for an
 * unnumbered passage, the opening of its text). Documents come in catalogue order, clauses in
 * reading order. Where two clauses of one document would still read the same (two bullets under
 * one heading opening alike), the link names the clause's permanent id as well.
 */
import type { Clause, EditionDocument } from '../pipeline/model.ts';
import { flattenClauses } from '../pipeline/emit/json.ts';
import type { Bilingual } from '../i18n/document-labels.ts';
import { labelsOf, loadDocuments } from './documents.ts';

export interface ClauseLink {
  href: string;
  id: string;
  /** "II › 3", empty for a clause outside the numbering. */
  path: string;
  vi: string;
  en: string | null;
  /** Set when the path and words alone would repeat another link of the group. */
  disambiguation: string | null;
}

export interface DocumentLinkGroup {
  slug: string;
  /** The document's label in both languages (English where known). */
  label: Bilingual;
  links: ClauseLink[];
}

const MAX_LABEL = 80;
const shorten = (text: string) => (text.length > MAX_LABEL ? `${text.slice(0, MAX_LABEL - 2).trimEnd()}…` : text);

let order: Map<string, { document: EditionDocument; clause: Clause; position: number }> | null = null;

function clausePositions(documents: readonly EditionDocument[]) {
  const positions = new Map<string, { document: EditionDocument; clause: Clause; position: number }>();
  documents.forEach((document, documentIndex) => {
    flattenClauses<Clause>(document.clauses).forEach((clause, index) => {
      positions.set(`${document.slug}#${clause.id}`, { document, clause, position: documentIndex * 1_000_000 + index });
    });
  });
  return positions;
}

/** `refs` as the MDX writes them: "slug#id slug#id …". Unknown refs are left out (the build checked them). */
export function groupClauseLinks(refs: string, documents: readonly EditionDocument[] = loadDocuments()): DocumentLinkGroup[] {
  const positions = documents === loadDocuments() ? (order ??= clausePositions(documents)) : clausePositions(documents);
  const found = [...new Set(refs.split(' ').filter(Boolean))]
    .map((ref) => positions.get(ref))
    .filter((f) => f !== undefined)
    .sort((a, b) => a.position - b.position);
  const groups: DocumentLinkGroup[] = [];
  for (const { document, clause } of found) {
    let group = groups.at(-1);
    if (group?.slug !== document.slug) {
      group = { slug: document.slug, label: labelsOf(document).label, links: [] };
      groups.push(group);
    }
    const english = clause.heading !== null ? clause.translation?.heading : clause.translation?.text;
    group.links.push({
      href: `/documents/${document.slug}/#${clause.id}`,
      id: clause.id,
      path: clause.path.join(' › '),
      vi: shorten(clause.heading ?? clause.text ?? ''),
      en: english ? shorten(english) : null,
      disambiguation: null,
    });
  }
  for (const group of groups) {
    const seen = new Map<string, number>();
    for (const link of group.links) for (const key of keys(link)) seen.set(key, (seen.get(key) ?? 0) + 1);
    for (const link of group.links) if (keys(link).some((key) => seen.get(key)! > 1)) link.disambiguation = `#${link.id}`;
  }
  return groups;
}

/** The names a link can have: its Vietnamese and its English reading. */
function keys(link: ClauseLink): string[] {
  return [`vi ${link.path} ${link.vi}`, `en ${link.path} ${link.en ?? link.vi}`];
}
