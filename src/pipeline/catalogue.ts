import { SourceError } from './model.ts';

export interface CatalogueEntry {
  /** The seed file's name. */
  source: string;
  /** The document's permanent URL segment. */
  slug: string;
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * Validate `content/catalogue.json` against the seeds present: every seed has exactly one entry,
 * every entry names a seed, slugs are URL-safe and unique. Reports every problem at once.
 */
export function validateCatalogue(raw: unknown, seedFiles: readonly string[], file = 'content/catalogue.json'): CatalogueEntry[] {
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
  for (const seed of seedFiles) if (!sources.has(seed)) problems.push(`seed "${seed}" has no entry (give it a slug)`);
  if (problems.length > 0) throw new SourceError(file, null, `\n  ${problems.join('\n  ')}`);
  return entries;
}
