/**
 * The edition's EPUBs (dist/downloads/epub/): three per document and three for the whole edition.
 * The pages that offer them and the build step that writes them both build them here, from the same
 * inputs, so a page states the exact size of the file it links to: the books are pure functions of
 * the generated document models, the glossary and their modification time, which is read from
 * those inputs (or SOURCE_DATE_EPOCH, for a reproducible build), never from the clock.
 */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { documentBook, editionBook, EPUB_LANGUAGES, type EpubContext, type EpubLanguage } from '../pipeline/epub/book.ts';
import { assembleEpub, type EpubBook } from '../pipeline/epub/package.ts';
import { loadGlossary } from '../pipeline/gloss/glossary.ts';
import { labelsOf, loadDocuments } from './documents.ts';

const ROOT = process.cwd();
const GLOSSARY_FILE = join('content', 'glossary', 'terms.yaml');

/** Where the EPUBs are published, under the site's root. */
export const EPUB_FOLDER = 'downloads/epub';
/** The file name stem of the whole edition's books. */
const EDITION_STEM = 'kinh-te-tap-the';

export interface EpubFile {
  /** Site-absolute URL, e.g. `/downloads/epub/an-giang-17-ctr-tu-2026.vi-en.epub`. */
  url: string;
  /** The document's slug, or null for the whole edition. */
  slug: string | null;
  language: EpubLanguage;
  bytes: Uint8Array;
}

function epubFileName(slug: string | null, language: EpubLanguage): string {
  return `${slug ?? EDITION_STEM}.${language}.epub`;
}

/** The books' modification time: SOURCE_DATE_EPOCH when set, else the newest of their inputs, to the second. */
function editionModified(files: readonly string[]): Date {
  const epoch = process.env.SOURCE_DATE_EPOCH;
  if (epoch !== undefined && epoch !== '') {
    if (!/^\d+$/.test(epoch)) throw new Error(`SOURCE_DATE_EPOCH must be whole seconds since 1970, not "${epoch}"`);
    return new Date(Number(epoch) * 1000);
  }
  const newest = Math.max(...files.map((file) => statSync(join(ROOT, file)).mtimeMs));
  return new Date(Math.floor(newest / 1000) * 1000);
}

const cache = new Map<string, EpubFile[]>();

/** Every EPUB of the edition: each document's three, then the edition's three. */
export function editionEpubs(site: string): EpubFile[] {
  const base = site.replace(/\/+$/, '');
  const cached = cache.get(base);
  if (cached) return cached;
  const documents = loadDocuments();
  const inputs = [...documents.map((d) => join('content', 'documents', `${d.slug}.json`)), GLOSSARY_FILE];
  const context: EpubContext = {
    site: base,
    glossary: loadGlossary(readFileSync(join(ROOT, GLOSSARY_FILE), 'utf8'), GLOSSARY_FILE),
    modified: editionModified(inputs),
    labels: labelsOf,
  };
  const file = (slug: string | null, language: EpubLanguage, book: EpubBook): EpubFile => ({
    url: `/${EPUB_FOLDER}/${epubFileName(slug, language)}`,
    slug,
    language,
    bytes: assembleEpub(book),
  });
  const files = [
    ...documents.flatMap((document) => EPUB_LANGUAGES.map((language) => file(document.slug, language, documentBook(document, language, context)))),
    ...EPUB_LANGUAGES.map((language) => file(null, language, editionBook(documents, language, context))),
  ];
  cache.set(base, files);
  return files;
}

/** The three EPUBs of one document, or of the whole edition (slug null). */
export function epubsOf(slug: string | null, site: string): EpubFile[] {
  return editionEpubs(site).filter((file) => file.slug === slug);
}

/** A file's size as the reader's language writes it: "28 KB", "1,2 MB" / "1.2 MB". */
export function formatSize(bytes: number, lang: 'vi' | 'en'): string {
  if (bytes < 1000 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} KB`;
  const megabytes = (bytes / (1024 * 1024)).toFixed(1);
  return `${lang === 'vi' ? megabytes.replace('.', ',') : megabytes} MB`;
}
