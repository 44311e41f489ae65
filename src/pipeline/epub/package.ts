/**
 * An EPUB 3 publication as bytes: the OCF container (mimetype first and stored, then
 * META-INF/container.xml), the package document (metadata, manifest, spine) and the content
 * documents. Pure: the same book gives the same bytes (every entry carries the book's
 * modification time, not the clock's).
 */
import { strToU8, zipSync, type Zippable } from 'fflate';
import { el, xmlDocument, type XmlElement } from './xml.ts';

export interface LangText {
  text: string;
  lang: 'vi' | 'en';
}

/** One XHTML content document of the publication, in reading order. */
export interface ContentDocument {
  /** File name inside the publication folder, e.g. `an-giang.xhtml`. */
  href: string;
  /** The whole file, serialised. */
  xhtml: string;
  /** Manifest properties (`nav` for the navigation document). */
  properties?: string;
}

export interface EpubBook {
  /** dc:identifier, and the package's unique identifier. */
  identifier: string;
  /** dc:title, the first is the main title. */
  titles: LangText[];
  /** dc:language, the first is the publication's main language. */
  languages: ('vi' | 'en')[];
  /** dc:creator (the issuing bodies). */
  creators: LangText[];
  publisher: LangText;
  /** dc:date: the publication date as precise as known (`2021-05-17`, `2020-10`), or null. */
  date: string | null;
  description: LangText | null;
  /** dcterms:modified, and the time of every file in the zip. */
  modified: Date;
  /** The navigation document (`nav.xhtml`), also first in the spine. */
  nav: string;
  documents: ContentDocument[];
  stylesheet: string;
}

/** The folder inside the container that holds the publication. */
const FOLDER = 'EPUB';
export const NAV_HREF = 'nav.xhtml';
export const STYLESHEET_HREF = 'style.css';

/** dcterms:modified as EPUB 3 requires: UTC to the second, "2026-12-07T10:00:00Z". */
export function modifiedStamp(date: Date): string {
  return `${date.toISOString().slice(0, 19)}Z`;
}

function manifestId(href: string): string {
  return `f-${href.replace(/[^A-Za-z0-9_-]/g, '_')}`;
}

export function packageDocument(book: EpubBook): string {
  const dc = (name: string, value: LangText, id?: string) => el(`dc:${name}`, { id, 'xml:lang': value.lang }, value.text);
  const files: ContentDocument[] = [{ href: NAV_HREF, xhtml: book.nav, properties: 'nav' }, ...book.documents];
  const metadata = el(
    'metadata',
    { 'xmlns:dc': 'http://purl.org/dc/elements/1.1/' },
    el('dc:identifier', { id: 'pub-id' }, book.identifier),
    book.titles.map((title, i) => dc('title', title, `title-${i + 1}`)),
    book.languages.map((lang) => el('dc:language', {}, lang)),
    book.creators.map((creator) => dc('creator', creator)),
    dc('publisher', book.publisher),
    book.date && el('dc:date', {}, book.date),
    book.description && dc('description', book.description),
    el('meta', { property: 'dcterms:modified' }, modifiedStamp(book.modified)),
  );
  const manifest = el(
    'manifest',
    {},
    files.map((file) => el('item', { id: manifestId(file.href), href: file.href, 'media-type': 'application/xhtml+xml', properties: file.properties })),
    el('item', { id: 'css', href: STYLESHEET_HREF, 'media-type': 'text/css' }),
  );
  const spine = el('spine', {}, files.map((file) => el('itemref', { idref: manifestId(file.href) })));
  const root = el(
    'package',
    { xmlns: 'http://www.idpf.org/2007/opf', version: '3.0', 'unique-identifier': 'pub-id', 'xml:lang': book.languages[0] },
    metadata,
    manifest,
    spine,
  );
  return xmlDocument(root);
}

function containerDocument(): string {
  const root: XmlElement = el(
    'container',
    { version: '1.0', xmlns: 'urn:oasis:names:tc:opendocument:xmlns:container' },
    el('rootfiles', {}, el('rootfile', { 'full-path': `${FOLDER}/package.opf`, 'media-type': 'application/oebps-package+xml' })),
  );
  return xmlDocument(root);
}

/** The earliest time a zip entry can carry (1980-01-02, a day in, whatever the time zone). */
const ZIP_EPOCH = Date.UTC(1980, 0, 2);

/** The .epub file. */
export function assembleEpub(book: EpubBook): Uint8Array {
  // Zip's DOS dates start in 1980 (SOURCE_DATE_EPOCH=0 is a common reproducible-build setting).
  const mtime = new Date(Math.max(book.modified.getTime(), ZIP_EPOCH));
  // Object keys keep insertion order, and fflate writes entries in that order: mimetype first.
  const files: Zippable = {
    mimetype: [strToU8('application/epub+zip'), { level: 0, mtime }],
    'META-INF/container.xml': [strToU8(containerDocument()), { mtime }],
    [`${FOLDER}/package.opf`]: [strToU8(packageDocument(book)), { mtime }],
    [`${FOLDER}/${NAV_HREF}`]: [strToU8(book.nav), { mtime }],
    [`${FOLDER}/${STYLESHEET_HREF}`]: [strToU8(book.stylesheet), { mtime }],
  };
  for (const document of book.documents) files[`${FOLDER}/${document.href}`] = [strToU8(document.xhtml), { mtime }];
  return zipSync(files, { level: 9 });
}

/** The path of a content document inside the .epub (for reading one back). */
export function entryPath(href: string): string {
  return `${FOLDER}/${href}`;
}
