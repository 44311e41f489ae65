/** What the build does with the references stage's result: the links of the pages, and the report of references to curate. */
import type { EditionDocument } from '../model.ts';
import type { ReferenceLink } from '../emit/mdx.ts';
import { clauseLinks, type EditionReferences } from './index.ts';

/** Where a citation leads: the document itself when it is in the edition, else its reference page. */
export function referencePath(reference: { id: string; inEdition: string | null }): string {
  return reference.inEdition ? `/documents/${reference.inEdition}/` : `/references/${reference.id}/`;
}

/** Each clause's citations as links, in both languages, by `slug#id`. */
export function referenceLinks(documents: readonly EditionDocument[], edition: EditionReferences): Map<string, { vi: ReferenceLink[]; en: ReferenceLink[] }> {
  const byId = new Map(edition.references.map((r) => [r.id, r]));
  const withHref = (links: { start: number; end: number; referenceId: string }[]) => links.map((l) => ({ ...l, href: referencePath(byId.get(l.referenceId)!) }));
  return new Map([...clauseLinks(documents, edition)].map(([key, links]) => [key, { vi: withHref(links.vi), en: withHref(links.en) }]));
}

/** One line per reference the curated data does not know, with where it is cited, so it can be curated. */
export function unknownReferenceReport(edition: EditionReferences): string[] {
  return edition.references
    .filter((r) => !r.known)
    .map((r) => {
      const places = edition.citations.filter((c) => c.referenceId === r.id);
      const where = places.slice(0, 3).map((c) => `${c.slug}#${c.id} "${c.words}"`).join(', ');
      return `content/references/references.yaml has no entry for ${r.numberSymbol ?? r.title.vi ?? r.id} (shown as /references/${r.id}/; cited ${places.length}× : ${where}); add one`;
    });
}
