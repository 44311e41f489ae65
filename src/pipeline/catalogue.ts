import { SourceError, type DocumentMetadata } from './model.ts';
import { typeAbbreviation } from './text/document-types.ts';
import { slugify } from './text/fold.ts';

export interface CatalogueEntry {
  /** The seed file's name. */
  source: string;
  /** The document's permanent URL segment. */
  slug: string;
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * The slug a document's metadata proposes: where it is from (province, else issuer), its number
 * and symbol, and its year: "an-giang-17-ctr-tu-2026", "lai-chau-ctrhd-ubnd-2020" (no number yet).
 * A text without a symbol is named by its type and the document it implements:
 * "ban-thuong-vu-tinh-uy-ctr-20-nq-tw". An editor confirms it by adding it to the catalogue.
 */
export function proposeSlug(metadata: DocumentMetadata, fallback: string): string {
  const place = metadata.province ?? metadata.issuingBody;
  const parts = metadata.symbol
    ? [place, metadata.number, metadata.symbol, metadata.date ? String(metadata.date.year) : null]
    : [place, metadata.documentType ? typeAbbreviation(metadata.documentType) : null, metadata.implements[0] ?? null, metadata.date ? String(metadata.date.year) : null];
  return slugify(parts.filter((p): p is string => !!p).join(' ')) || slugify(fallback);
}

/** The line an editor adds to content/catalogue.json for a seed. */
export function catalogueLine(entry: CatalogueEntry): string {
  return JSON.stringify(entry).replace(/":/g, '": ').replace(/,"/g, ', "').replace(/^\{/, '{ ').replace(/\}$/, ' }');
}

export interface CatalogueCheck {
  entries: CatalogueEntry[];
  /** Seeds in seeds/ that have no entry yet: the build proposes a slug for each. */
  unlisted: string[];
}

/**
 * Validate `content/catalogue.json` against the seeds present: every entry names a seed, slugs are
 * URL-safe and unique; seeds without an entry are returned as unlisted. Reports every other problem at once.
 */
export function checkCatalogue(raw: unknown, seedFiles: readonly string[], file = 'content/catalogue.json'): CatalogueCheck {
  const problems: string[] = [];
  const documents = (raw as { documents?: unknown })?.documents;
  if (!Array.isArray(documents)) throw new SourceError(file, null, 'expected an object with a "documents" array');
  const entries: CatalogueEntry[] = [];
  const slugs = new Set<string>();
  const sources = new Set<string>();
  documents.forEach((entry: unknown, i) => {
    const { source, slug } = (entry ?? {}) as Record<string, unknown>;
    if (typeof source !== 'string' || typeof slug !== 'string') {
      problems.push(`documents[${i}]: needs string "source" and "slug"`);
      return;
    }
    if (!SLUG.test(slug)) problems.push(`documents[${i}]: slug "${slug}" must be lower-case ASCII words joined by hyphens`);
    if (slugs.has(slug)) problems.push(`documents[${i}]: slug "${slug}" is used twice`);
    if (sources.has(source)) problems.push(`documents[${i}]: seed "${source}" is listed twice`);
    if (!seedFiles.includes(source)) problems.push(`documents[${i}]: seed "${source}" is not in seeds/`);
    slugs.add(slug);
    sources.add(source);
    entries.push({ source, slug });
  });
  if (problems.length > 0) throw new SourceError(file, null, `\n  ${problems.join('\n  ')}`);
  return { entries, unlisted: seedFiles.filter((seed) => !sources.has(seed)) };
}

/** As checkCatalogue, and a seed without an entry is a problem too (the build proposes its slug). */
export function validateCatalogue(raw: unknown, seedFiles: readonly string[], file = 'content/catalogue.json'): CatalogueEntry[] {
  const { entries, unlisted } = checkCatalogue(raw, seedFiles, file);
  if (unlisted.length > 0) throw new SourceError(file, null, `\n  ${unlisted.map((seed) => `seed "${seed}" has no entry (give it a slug)`).join('\n  ')}`);
  return entries;
}
