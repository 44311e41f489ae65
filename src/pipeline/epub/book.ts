/**
 * The edition's documents as EPUB 3 books: one per document and one for the whole edition, each
 * in Vietnamese, English or both (clause by clause). Every clause is an element whose id is its
 * clause id, with its permalink printed after it; the navigation document is the site's outline;
 * glossary terms link to notes (EPUB 3 noterefs to endnotes in a glossary file). Pure: the
 * documents, the glossary, the site's address and a modification time in, books out.
 */
import { UI } from '../../i18n/ui.ts';
import { outline, type OutlineEntry } from '../../lib/documents.ts';
import { documentCitation, vietnameseIssuer } from '../cite/citation.ts';
import type { DocumentLabels } from '../../i18n/document-labels.ts';
import { clauseUrl, documentUrl } from '../emit/json.ts';
import { editorialMarkId } from '../emit/mdx.ts';
import { MARK_SIGNS } from '../editorial/index.ts';
import type { GlossaryTerm } from '../gloss/glossary.ts';
import type { TermIndex } from '../gloss/mark-terms.ts';
import { glossaryIndex, termSpans, type TermSpan } from '../gloss/occurrences.ts';
import type { Clause, EditionDocument } from '../model.ts';
import { STYLESHEET_HREF, type EpubBook, type LangText } from './package.ts';
import { el, xmlDocument, type XmlElement, type XmlNode } from './xml.ts';

/** The three versions of every book: Vietnamese, English, and both clause by clause. */
export const EPUB_LANGUAGES = ['vi', 'en', 'vi-en'] as const;
export type EpubLanguage = (typeof EPUB_LANGUAGES)[number];
type Lang = 'vi' | 'en';

export interface EpubContext {
  /** The published site without a trailing slash (astro.config.mjs `site`), for permalinks. */
  site: string;
  glossary: readonly GlossaryTerm[];
  /** dcterms:modified. */
  modified: Date;
  /** A document's facts in English (src/i18n/document-labels.ts); without it they have none (the citation quotes the issuer). */
  labels?: (document: EditionDocument) => EnglishFacts;
}

type EnglishFacts = Pick<DocumentLabels, 'documentType' | 'date' | 'issuingBody'>;
const NO_ENGLISH: EnglishFacts = { documentType: null, date: null, issuingBody: null };
const englishFacts = (context: EpubContext, document: EditionDocument): EnglishFacts => context.labels?.(document) ?? NO_ENGLISH;

type ClauseTable = NonNullable<Clause['table']>;

const GLOSSARY_HREF = 'glossary.xhtml';

/** The reading the site opens a page in (`?lang=`), for the identifier of each version. */
const SITE_READING: Record<EpubLanguage, string> = { vi: 'vi', en: 'en', 'vi-en': 'both' };

const STYLESHEET = `body { font-family: serif; line-height: 1.45; }
h1, h2, h3, h4, h5, h6 { font-family: sans-serif; line-height: 1.25; }
.marker { font-weight: bold; }
.translation { color: #333; }
h1 .translation, h2 .translation, h3 .translation, h4 .translation, h5 .translation, h6 .translation { display: block; font-weight: normal; }
p.permalink { font-family: sans-serif; font-size: 0.7em; margin-top: 0.2em; word-break: break-all; }
p.permalink a { color: #555; }
.untranslated { font-style: italic; }
a.term { color: inherit; text-decoration: underline dotted; }
table { border-collapse: collapse; margin: 0.5em 0; }
th, td { border: 1px solid #888; padding: 0.2em 0.4em; vertical-align: top; }
caption { font-weight: bold; text-align: left; }
.facts { font-family: sans-serif; font-size: 0.85em; }
.editorial-mark { font-family: sans-serif; font-size: 0.85em; }
.editorial-note, .translator-note { font-family: sans-serif; font-size: 0.85em; margin-left: 1em; }
.translator-note .label { font-style: italic; }
`;

function langAttributes(lang: Lang): { lang: Lang; 'xml:lang': Lang } {
  return { lang, 'xml:lang': lang };
}

/** The language a book's single-language parts (navigation, headings of the glossary) use. */
function mainLanguage(language: EpubLanguage): Lang {
  return language === 'en' ? 'en' : 'vi';
}

/** Interface words in the book's language(s). */
function uiText(key: keyof typeof UI, language: EpubLanguage): XmlNode[] {
  if (language === 'vi-en') return [el('span', langAttributes('vi'), UI[key].vi), ' · ', el('span', langAttributes('en'), UI[key].en)];
  return [UI[key][language]];
}

const termIndexes = new WeakMap<readonly GlossaryTerm[], TermIndex>();
/** Term spans by text: each clause's Vietnamese is marked for six books (three of its document, three of the edition). */
const spanCaches = new WeakMap<TermIndex, Map<string, TermSpan[]>>();

function vietnameseTermSpans(text: string, index: TermIndex): TermSpan[] {
  let cache = spanCaches.get(index);
  if (!cache) spanCaches.set(index, (cache = new Map()));
  let spans = cache.get(text);
  if (!spans) cache.set(text, (spans = termSpans(text, index)));
  return spans;
}

function termIndexOf(glossary: readonly GlossaryTerm[]): TermIndex {
  let index = termIndexes.get(glossary);
  if (!index) termIndexes.set(glossary, (index = glossaryIndex(glossary)));
  return index;
}

/** One content document being written: where terms were already linked, which terms the book uses. */
interface Writer {
  language: EpubLanguage;
  slug: string;
  site: string;
  index: TermIndex;
  terms: ReadonlyMap<string, GlossaryTerm>;
  /** Terms linked to their note in the current top-level part, per language (first occurrence only). */
  noted: Record<Lang, Set<string>>;
  /** Every term the book links to (its glossary holds these). */
  used: Set<string>;
  english: EnglishFacts;
}

/** Text with its line breaks (header and signature blocks) as <br/>. */
function withBreaks(text: string): XmlNode[] {
  return text.split('\n').flatMap((line, i) => (i === 0 ? [line] : [el('br'), line]));
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const englishPatterns = new Map<string, RegExp>();

/** A glossary rendering as a whole word (or words), any case, a plural "s" allowed. */
function englishPattern(english: string): RegExp {
  let pattern = englishPatterns.get(english);
  if (!pattern) englishPatterns.set(english, (pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(english)}(?:e?s)?(?![\\p{L}\\p{N}])`, 'giu')));
  return pattern;
}

/**
 * Where the English renderings of the given terms stand in an English text: whole words, any
 * case, a plural "s" allowed; longest first, never overlapping, in text order.
 */
export function englishTermSpans(text: string, termIds: Iterable<string>, terms: ReadonlyMap<string, GlossaryTerm>): TermSpan[] {
  const found: TermSpan[] = [];
  for (const termId of new Set(termIds)) {
    const english = terms.get(termId)?.en;
    if (!english) continue;
    for (const m of text.matchAll(englishPattern(english))) found.push({ termId, start: m.index, end: m.index + m[0].length });
  }
  found.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const chosen: TermSpan[] = [];
  for (const span of found) if (chosen.every((c) => span.end <= c.start || span.start >= c.end)) chosen.push(span);
  return chosen.sort((a, b) => a.start - b.start);
}

/** An editorial mark placed in a text: where it stands and what to write there. */
interface PlacedMark {
  at: number;
  node: XmlElement;
}

/**
 * Text with its first occurrence of each term (in the current part) linked to the term's note, and
 * its editorial marks after the words they follow. A term with a mark inside it is left unlinked
 * (the mark shows what the text is; a link only adds to it), as on the site.
 */
function markedText(text: string, spans: readonly TermSpan[], lang: Lang, writer: Writer, marks: readonly PlacedMark[] = []): XmlNode[] {
  const events: { start: number; end: number; node: XmlElement }[] = marks.map((mark) => ({ start: mark.at, end: mark.at, node: mark.node }));
  for (const span of spans) {
    if (writer.noted[lang].has(span.termId) || marks.some((mark) => mark.at > span.start && mark.at < span.end)) continue;
    writer.noted[lang].add(span.termId);
    writer.used.add(span.termId);
    const note = el('a', { 'epub:type': 'noteref', class: 'term', href: `${GLOSSARY_HREF}#term-${span.termId}` }, withBreaks(text.slice(span.start, span.end)));
    events.push({ start: span.start, end: span.end, node: note });
  }
  // A mark where a term begins follows the words before it.
  events.sort((a, b) => a.start - b.start || a.end - b.end);
  const nodes: XmlNode[] = [];
  let at = 0;
  for (const event of events) {
    if (event.start > at) nodes.push(...withBreaks(text.slice(at, event.start)));
    nodes.push(event.node);
    at = event.end;
  }
  if (at < text.length) nodes.push(...withBreaks(text.slice(at)));
  return nodes;
}

/** A clause's editorial marks in its Vietnamese text: "[…]" or "[sic]", each linking to its note below the text. */
function editorialMarks(clause: Clause): PlacedMark[] {
  return (clause.editorial ?? []).map((mark, i) => {
    const id = editorialMarkId(clause.id, i + 1);
    return { at: mark.at, node: el('a', { id, class: 'editorial-mark', href: `#${id}-note` }, MARK_SIGNS[mark.kind]) };
  });
}

/**
 * The notes of a clause's editorial marks under its text in one language: under the Vietnamese each
 * is its mark's target; under the English it names the Vietnamese words the mark follows.
 */
function editorialNotes(clause: Clause, lang: Lang): XmlElement[] {
  return (clause.editorial ?? []).map((mark, i) => {
    const label = (mark.kind === 'gap' ? UI.editorialGapNote : UI.editorialSicNote)[lang];
    const after = lang === 'en' ? [mark.kind === 'sic' ? ',' : '', ` ${UI.editorialAfter.en} “`, el('span', langAttributes('vi'), mark.after), '”'] : [];
    return el(
      'p',
      { class: 'editorial-note', id: lang === 'vi' ? `${editorialMarkId(clause.id, i + 1)}-note` : null, ...langAttributes(lang) },
      `${MARK_SIGNS[mark.kind]} ${label}`,
      after,
      `: ${mark.note[lang]}`,
    );
  });
}

/** The terms a clause's Vietnamese uses (heading and text), for finding their English in its translation. */
function clauseTermIds(clause: Clause, writer: Writer): string[] {
  return [clause.heading, clause.text].flatMap((text) => (text ? vietnameseTermSpans(text, writer.index).map((s) => s.termId) : []));
}

/** One language of a piece of a clause (its heading or its text): the nodes and the language they are in. */
function inLanguage(clause: Clause, part: 'heading' | 'text', lang: Lang, writer: Writer): { lang: Lang; nodes: XmlNode[] } | null {
  const vietnamese = clause[part];
  if (lang === 'vi' || !clause.translation?.[part]) {
    if (vietnamese === null) return null;
    const marks = part === 'text' ? editorialMarks(clause) : [];
    return { lang: 'vi', nodes: markedText(vietnamese, vietnameseTermSpans(vietnamese, writer.index), 'vi', writer, marks) };
  }
  const english = clause.translation[part]!;
  return { lang: 'en', nodes: markedText(english, englishTermSpans(english, clauseTermIds(clause, writer), writer.terms), 'en', writer) };
}

/** The languages a clause is shown in: the book's, or Vietnamese then English. */
function languagesOf(language: EpubLanguage): Lang[] {
  return language === 'vi-en' ? ['vi', 'en'] : [language];
}

function marker(clause: Clause): XmlNode[] {
  return clause.marker ? [el('span', { class: 'marker' }, clause.marker), ' '] : [];
}

function headingLevel(clause: Clause): number {
  if (clause.kind === 'title') return 1;
  // Sections are h2 under the document's h1; each numbering level goes one deeper, capped at h6.
  const depth = clause.path.length + (clause.kind === 'subheading' ? 1 : 0);
  return Math.min(6, Math.max(2, depth + 1));
}

function headingElement(clause: Clause, writer: Writer): XmlElement {
  const shown = languagesOf(writer.language)
    .map((lang) => inLanguage(clause, 'heading', lang, writer))
    .filter((part, i, parts) => part !== null && (i === 0 || part.lang !== parts[0]?.lang));
  const [first, ...others] = shown as { lang: Lang; nodes: XmlNode[] }[];
  return el(
    `h${headingLevel(clause)}`,
    langAttributes(first!.lang),
    marker(clause),
    first!.nodes,
    others.map((other) => [' ', el('span', { class: 'translation', ...langAttributes(other.lang) }, other.nodes)]),
  );
}

function textBlocks(clause: Clause, writer: Writer): XmlElement[] {
  const headed = clause.heading !== null;
  const blocks: XmlElement[] = [];
  const seen = new Set<Lang>();
  for (const lang of languagesOf(writer.language)) {
    const part = inLanguage(clause, 'text', lang, writer);
    if (part === null || seen.has(part.lang)) continue;
    // A table's Vietnamese text is its cells line by line (for search and the no-loss checks), which its table shows.
    if (clause.table && part.lang === 'vi') continue;
    seen.add(part.lang);
    // In a bilingual book the English follows the Vietnamese; in an English one, Vietnamese stands where a clause has no translation.
    const className = writer.language === 'vi-en' && part.lang === 'en' ? 'translation' : lang === 'en' && part.lang === 'vi' ? 'untranslated' : null;
    blocks.push(el('p', { class: className, ...langAttributes(part.lang) }, headed ? [] : marker(clause), part.nodes), ...editorialNotes(clause, part.lang));
  }
  // The translator's note goes with the English, below the clause's text (or its heading, where it has no text).
  const note = writer.language !== 'vi' ? clause.translation?.note : undefined;
  if (note) blocks.push(el('p', { class: 'translator-note', ...langAttributes('en') }, el('span', { class: 'label' }, `${UI.translatorNote.en}:`), ' ', note));
  // A numbered clause with no text of its own (its children hold it) still shows its number.
  if (blocks.length === 0 && !headed && clause.marker) blocks.push(el('p', {}, marker(clause)));
  return blocks;
}

/** A table clause as an XHTML table: caption, header cells, rows; its cells are the source's Vietnamese. */
function tableElement(table: ClauseTable): XmlElement {
  return el(
    'table',
    langAttributes('vi'),
    table.caption !== null && el('caption', {}, table.caption),
    table.header.length > 0 && el('thead', {}, el('tr', {}, table.header.map((cell) => el('th', { scope: 'col' }, withBreaks(cell))))),
    el('tbody', {}, table.rows.map((row) => el('tr', {}, row.map((cell) => el('td', {}, withBreaks(cell)))))),
  );
}

function permalink(writer: Writer, id: string): XmlElement {
  const url = `${writer.site}${clauseUrl(writer.slug, id)}`;
  return el('p', { class: 'permalink' }, el('a', { href: url }, url));
}

/** A clause and everything below it; any kind, known or not, takes this one shape. */
function clauseElement(clause: Clause, writer: Writer): XmlElement {
  // Any clause may carry cells (kind 'table' does); absent means none.
  const table = clause.table ?? null;
  // A table's own caption is also its heading: the table's caption element shows it once.
  const headed = clause.heading !== null && clause.heading !== table?.caption;
  return el(
    headed ? 'section' : 'div',
    { id: clause.id, class: `clause clause--${clause.kind.replace(/[^a-z0-9-]/gi, '')}` },
    headed && headingElement(clause, writer),
    textBlocks(clause, writer),
    table && tableElement(table),
    permalink(writer, clause.id),
    clause.children.map((child) => clauseElement(child, writer)),
  );
}

function xhtmlFile(title: string, language: EpubLanguage, body: XmlNode[]): string {
  const root = el(
    'html',
    { xmlns: 'http://www.w3.org/1999/xhtml', 'xmlns:epub': 'http://www.idpf.org/2007/ops', ...langAttributes(mainLanguage(language)) },
    el('head', {}, el('meta', { charset: 'utf-8' }), el('title', {}, title), el('link', { rel: 'stylesheet', type: 'text/css', href: STYLESHEET_HREF })),
    el('body', {}, body),
  );
  return xmlDocument(root, '<!DOCTYPE html>');
}

/** The document's citation in the book's language(s), "Kế hoạch số 1698/KH-UBND ngày 17/5/2021 của …". */
function citationTexts(document: EditionDocument, language: EpubLanguage, english: EnglishFacts): LangText[] {
  const citation = documentCitation(document.metadata, english);
  return languagesOf(language).map((lang) => ({ text: citation[lang], lang }));
}

function documentXhtml(document: EditionDocument, language: EpubLanguage, writer: Writer): string {
  const citations = citationTexts(document, language, writer.english);
  const url = `${writer.site}${documentUrl(document.slug)}`;
  const facts = el(
    'div',
    { class: 'facts' },
    citations.map((c) => el('p', langAttributes(c.lang), c.text)),
    el('p', { class: 'permalink' }, el('a', { href: url }, url)),
  );
  const hasTitle = document.clauses.some((c) => c.kind === 'title');
  const clauses = document.clauses.map((clause) => {
    // A term is linked to its note at its first occurrence in each top-level part of the text.
    writer.noted = { vi: new Set(), en: new Set() };
    return clauseElement(clause, writer);
  });
  return xhtmlFile(citations[0]!.text, language, [
    el(
      'section',
      { 'epub:type': 'chapter', id: `document-${document.slug}`, ...langAttributes(mainLanguage(language)) },
      hasTitle ? null : el('h1', langAttributes(citations[0]!.lang), citations[0]!.text),
      facts,
      clauses,
    ),
  ]);
}

/** The glossary file: an endnote per term the book links to, in the book's language(s). */
function glossaryXhtml(termIds: ReadonlySet<string>, language: EpubLanguage, context: EpubContext): string {
  const lang = mainLanguage(language);
  const collator = new Intl.Collator(lang);
  const terms = context.glossary.filter((t) => termIds.has(t.id));
  const headword = (t: GlossaryTerm) => (lang === 'en' ? t.en : t.vi[0]!);
  terms.sort((a, b) => collator.compare(headword(a), headword(b)));
  const entry = (term: GlossaryTerm) => {
    const vietnamese = el('dfn', langAttributes('vi'), term.vi[0]!);
    const abbreviations = term.abbreviations?.length ? [' (', el('abbr', langAttributes('vi'), term.abbreviations.join(', ')), ')'] : [];
    const english = el(lang === 'en' ? 'dfn' : 'span', langAttributes('en'), term.en);
    const names = lang === 'en' ? [english, ' — ', el('span', langAttributes('vi'), term.vi[0]!), abbreviations] : [vietnamese, abbreviations, ' — ', english];
    return el(
      'li',
      { id: `term-${term.id}`, 'epub:type': 'endnote' },
      el('p', langAttributes(lang), names),
      el('p', langAttributes('en'), term.definition),
      term.notes && el('p', { class: 'translation', ...langAttributes('en') }, term.notes),
    );
  };
  const title = uiText('glossaryTitle', language);
  return xhtmlFile(language === 'vi-en' ? `${UI.glossaryTitle.vi} · ${UI.glossaryTitle.en}` : UI.glossaryTitle[language], language, [
    el('section', { 'epub:type': 'endnotes', id: 'glossary' }, el('h1', {}, title), el('ol', {}, terms.map(entry))),
  ]);
}

interface NavItem {
  label: XmlNode[];
  lang: Lang;
  href: string;
  children: NavItem[];
}

function outlineItems(entries: readonly OutlineEntry[], href: string, language: EpubLanguage): NavItem[] {
  return entries.map((entry) => {
    const english = language === 'en' && entry.headingEn !== null;
    const heading = english ? entry.headingEn! : entry.heading;
    return {
      label: [entry.marker ? `${entry.marker} ` : '', heading],
      lang: english ? 'en' : 'vi',
      href: `${href}#${entry.id}`,
      children: outlineItems(entry.children, href, language),
    };
  });
}

function navList(items: readonly NavItem[]): XmlElement {
  return el(
    'ol',
    {},
    items.map((item) =>
      el('li', {}, el('a', { href: item.href, ...langAttributes(item.lang) }, item.label), item.children.length > 0 && navList(item.children)),
    ),
  );
}

function navXhtml(title: string, items: NavItem[], language: EpubLanguage, glossary: boolean): string {
  const all = glossary ? [...items, { label: uiText('glossaryTitle', language), lang: mainLanguage(language), href: GLOSSARY_HREF, children: [] }] : items;
  return xhtmlFile(title, language, [el('nav', { 'epub:type': 'toc', id: 'toc' }, el('h1', {}, uiText('contents', language)), navList(all))]);
}

function writerFor(document: EditionDocument, language: EpubLanguage, context: EpubContext, used: Set<string>): Writer {
  const slug = document.slug;
  return {
    english: englishFacts(context, document),
    language,
    slug,
    site: context.site,
    index: termIndexOf(context.glossary),
    terms: new Map(context.glossary.map((t) => [t.id, t])),
    noted: { vi: new Set(), en: new Set() },
    used,
  };
}

function uiTexts(key: keyof typeof UI, language: EpubLanguage): LangText[] {
  return languagesOf(language).map((lang) => ({ text: UI[key][lang], lang }));
}

function issuers(documents: readonly EditionDocument[], language: EpubLanguage, context: EpubContext): LangText[] {
  const seen = new Set<string>();
  return documents.flatMap((document) =>
    languagesOf(language).flatMap((lang) => {
      const text = lang === 'vi' ? vietnameseIssuer(document.metadata) : englishFacts(context, document).issuingBody?.en;
      if (!text || seen.has(`${lang}:${text}`)) return [];
      seen.add(`${lang}:${text}`);
      return [{ text, lang }];
    }),
  );
}

/** The body of a book: its documents' files, then its glossary when it links to any term. */
function contentOf(documents: readonly EditionDocument[], language: EpubLanguage, context: EpubContext): { files: EpubBook['documents']; used: Set<string> } {
  const used = new Set<string>();
  const files = documents.map((document) => ({ href: `${document.slug}.xhtml`, xhtml: documentXhtml(document, language, writerFor(document, language, context, used)) }));
  if (used.size > 0) files.push({ href: GLOSSARY_HREF, xhtml: glossaryXhtml(used, language, context) });
  return { files, used };
}

/** One document as a book. */
export function documentBook(document: EditionDocument, language: EpubLanguage, context: EpubContext): EpubBook {
  const { files, used } = contentOf([document], language, context);
  const titles = citationTexts(document, language, englishFacts(context, document));
  const titleClause = document.clauses.find((c) => c.kind === 'title');
  const englishTitle = [titleClause?.translation?.heading, titleClause?.translation?.text].filter(Boolean).join(' ');
  const description: LangText | null =
    language === 'en' ? (englishTitle ? { text: englishTitle, lang: 'en' } : null) : document.metadata.subject ? { text: document.metadata.subject, lang: 'vi' } : null;
  return {
    identifier: `${context.site}${documentUrl(document.slug)}?lang=${SITE_READING[language]}`,
    titles,
    languages: languagesOf(language),
    creators: issuers([document], language, context),
    publisher: uiTexts('siteName', language)[0]!,
    date: document.metadata.date?.iso ?? null,
    description,
    modified: context.modified,
    nav: navXhtml(titles[0]!.text, outlineItems(outline(document.clauses), `${document.slug}.xhtml`, language), language, used.size > 0),
    documents: files,
    stylesheet: STYLESHEET,
  };
}

/** The whole edition as one book: every document in catalogue order, one glossary. */
export function editionBook(documents: readonly EditionDocument[], language: EpubLanguage, context: EpubContext): EpubBook {
  const { files, used } = contentOf(documents, language, context);
  const items: NavItem[] = documents.map((document) => {
    const title = citationTexts(document, language, englishFacts(context, document))[0]!;
    return { label: [title.text], lang: title.lang, href: `${document.slug}.xhtml`, children: outlineItems(outline(document.clauses), `${document.slug}.xhtml`, language) };
  });
  const titles = uiTexts('siteName', language);
  return {
    identifier: `${context.site}/?lang=${SITE_READING[language]}`,
    titles,
    languages: languagesOf(language),
    creators: issuers(documents, language, context),
    publisher: titles[0]!,
    date: null,
    description: uiTexts('homeTitle', language)[0]!,
    modified: context.modified,
    nav: navXhtml(titles[0]!.text, items, language, used.size > 0),
    documents: files,
    stylesheet: STYLESHEET,
  };
}
