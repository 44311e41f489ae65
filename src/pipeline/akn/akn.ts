/**
 * One document as Akoma Ntoso 3.0 (OASIS LegalDocML): the Vietnamese original is the document
 * (`doc`), its clauses mapped to Akoma Ntoso's hierarchy with each clause id as the element's eId,
 * and the English translation is a component of it with its own expression. FRBR identification
 * names the work, the Vietnamese expression and the English expression; each citation is a <ref>.
 */
import { documentNumber, vietnameseIssuer } from '../cite/citation.ts';
import type { Clause, ClauseKind, EditionDocument } from '../model.ts';
import { slugify } from '../text/fold.ts';
import { el, serialiseXml, type XmlElement, type XmlNode } from './xml.ts';

export const AKN_NAMESPACE = 'http://docs.oasis-open.org/legaldocml/ns/akn/3.0';

/** A citation to mark in a clause's text: its offsets and where it leads. */
export interface AknLink {
  start: number;
  end: number;
  href: string;
}

export interface AknOptions {
  /** Citations in each clause's text by clause id, per language. */
  links?: Map<string, { vi: AknLink[]; en: AknLink[] }>;
  /** The edition's name, the author of the manifestation and of the translation. */
  edition?: string;
  /** The issuing body's English (src/i18n/document-labels.ts), its short form; none where unknown. */
  issuerEn?: string | null;
}

/**
 * Akoma Ntoso's element for each kind of clause. Numbered units keep their names (Phần part, Chương
 * chapter, Mục division, Điều article); a programme's Roman sections are sections, its arabic items
 * paragraphs (khoản), decimal items subparagraphs, letters points, dashes indents. Units Akoma
 * Ntoso has no name for are generic containers (hcontainer) named by kind.
 */
const HIERARCHY: Partial<Record<ClauseKind, string>> = {
  part: 'part',
  chapter: 'chapter',
  division: 'division',
  subdivision: 'subdivision',
  article: 'article',
  section: 'section',
  item: 'paragraph',
  subitem: 'subparagraph',
  point: 'point',
  bullet: 'indent',
};

type Language = 'vi' | 'en';

interface Side {
  lang: Language;
  /** The eId of a clause in this expression. */
  eId: (id: string) => string;
  heading: (clause: Clause) => string | null;
  text: (clause: Clause) => string | null;
  links: (clause: Clause) => AknLink[];
}

/** Text with its citations as <ref> and its line breaks as <eol/>. */
function inline(text: string, links: readonly AknLink[]): XmlNode[] {
  const nodes: XmlNode[] = [];
  const plain = (part: string) =>
    part.split('\n').forEach((line, i) => {
      if (i > 0) nodes.push(el('eol'));
      if (line !== '') nodes.push(line);
    });
  let at = 0;
  for (const link of [...links].sort((a, b) => a.start - b.start)) {
    if (link.start < at || link.end > text.length) continue;
    plain(text.slice(at, link.start));
    nodes.push(el('ref', { href: link.href }, [text.slice(link.start, link.end)]));
    at = link.end;
  }
  plain(text.slice(at));
  return nodes;
}

function paragraph(text: string, links: readonly AknLink[]): XmlElement {
  return el('p', {}, inline(text, links));
}

/** A table clause's rows as an Akoma Ntoso table (header cells th, others td, each holding a p). */
function table(clause: Clause, side: Side): XmlElement | null {
  const data = clause.table;
  if (!data || (data.header.length === 0 && data.rows.length === 0)) return null;
  const row = (cells: string[], cell: 'th' | 'td') => el('tr', {}, cells.map((c) => el(cell, {}, [el('p', {}, inline(c, []))])));
  return el('table', { eId: `${side.eId(clause.id)}__table` }, [...(data.header.length > 0 ? [row(data.header, 'th')] : []), ...data.rows.map((r) => row(r, 'td'))]);
}

/** A clause of the body as a hierarchy element: number, heading, then its text and sub-clauses. */
function hierarchy(clause: Clause, side: Side): XmlElement {
  const name = HIERARCHY[clause.kind] ?? 'hcontainer';
  const children: XmlNode[] = [];
  if (clause.label !== null) children.push(el('num', {}, [clause.marker ?? clause.label]));
  const heading = side.heading(clause);
  if (heading) children.push(el('heading', {}, inline(heading, [])));
  const text = side.text(clause);
  const blocks: XmlElement[] = [];
  if (text) blocks.push(paragraph(text, side.links(clause)));
  const tableElement = table(clause, side);
  if (tableElement) blocks.push(tableElement);
  if (clause.children.length > 0) {
    if (blocks.length > 0) children.push(el('intro', {}, blocks));
    children.push(...clause.children.map((c) => hierarchy(c, side)));
  } else {
    // A clause with neither text nor sub-clauses (a bare heading) still has content, empty.
    children.push(el('content', {}, blocks.length > 0 ? blocks : [el('p')]));
  }
  return el(name, { eId: side.eId(clause.id), name: name === 'hcontainer' ? clause.kind : undefined }, children);
}

/** A clause outside the body (header, title, recipients, signature): a container of paragraphs, its sub-clauses' included with their eIds. */
function container(clause: Clause, side: Side): XmlElement {
  const blocks: XmlElement[] = [];
  const add = (c: Clause, own: boolean) => {
    const heading = side.heading(c);
    const text = side.text(c);
    if (heading || text) {
      const prefix = [c.marker, heading].filter(Boolean).join(' ');
      const nodes = [...(prefix ? [prefix + (text ? ' ' : '')] : []), ...(text ? inline(text, side.links(c)) : [])];
      blocks.push(el('p', { eId: own ? undefined : side.eId(c.id) }, nodes));
    }
    for (const child of c.children) add(child, false);
  };
  add(clause, true);
  return el('container', { name: clause.kind, eId: side.eId(clause.id) }, blocks.length > 0 ? blocks : [el('p')]);
}

const PREFACE_KINDS = new Set<ClauseKind>(['header', 'title']);
const CLOSING_KINDS = new Set<ClauseKind>(['recipients', 'signature']);

/**
 * The document's parts in Akoma Ntoso's order: the leading header and title (preface), the opening
 * paragraphs before the first numbered unit (preamble), the body, and the closing recipients and
 * signature (conclusions). Anything out of that order stays in the body, in its place.
 */
function parts(clauses: readonly Clause[]): { preface: Clause[]; preamble: Clause[]; body: Clause[]; conclusions: Clause[] } {
  let i = 0;
  const preface: Clause[] = [];
  while (i < clauses.length && PREFACE_KINDS.has(clauses[i]!.kind)) preface.push(clauses[i++]!);
  const preamble: Clause[] = [];
  while (i < clauses.length && clauses[i]!.kind === 'paragraph' && clauses[i]!.children.length === 0) preamble.push(clauses[i++]!);
  let end = clauses.length;
  while (end > i && CLOSING_KINDS.has(clauses[end - 1]!.kind)) end--;
  const body = clauses.slice(i, end);
  const conclusions = clauses.slice(end);
  // A document that is all preamble keeps it as its body: Akoma Ntoso requires one.
  if (body.length === 0) return { preface, preamble: [], body: preamble, conclusions };
  return { preface, preamble, body, conclusions };
}

function frbrDate(date: EditionDocument['metadata']['date']): { date: string; name: string } {
  if (!date) return { date: '0001-01-01', name: 'unknown: the text gives no date' };
  if (date.day !== null && date.month !== null) return { date: date.iso, name: 'issued' };
  if (date.month !== null) return { date: `${date.iso}-01`, name: `issued in ${date.iso} (the text gives no day)` };
  return { date: `${date.year}-01-01`, name: `issued in ${date.year} (the text gives no month)` };
}

/** FRBR IRIs of the work and its expressions, after the Akoma Ntoso naming convention. */
export function workIri(document: EditionDocument): string {
  const { metadata } = document;
  const subtype = slugify(metadata.documentType ?? 'van-ban');
  const date = metadata.date?.iso ?? 'undated';
  return `/akn/vn/doc/${subtype}/${date}/${document.slug}`;
}

const LANGUAGE_CODE: Record<Language, string> = { vi: 'vie', en: 'eng' };

function identification(document: EditionDocument, side: Side): XmlElement {
  const { lang } = side;
  const own = (eId: string) => `#${side.eId(eId)}`;
  const work = workIri(document);
  const expression = `${work}/${LANGUAGE_CODE[lang]}@`;
  const date = frbrDate(document.metadata.date);
  const frbrDateElement = () => el('FRBRdate', { date: date.date, name: date.name });
  const number = documentNumber(document.metadata);
  return el('identification', { source: own('edition') }, [
    el('FRBRWork', {}, [
      el('FRBRthis', { value: `${work}/!main` }),
      el('FRBRuri', { value: work }),
      frbrDateElement(),
      el('FRBRauthor', { href: own('issuer') }),
      el('FRBRcountry', { value: 'vn' }),
      ...(document.metadata.documentType ? [el('FRBRsubtype', { value: slugify(document.metadata.documentType) })] : []),
      ...(number ? [el('FRBRnumber', { value: number })] : []),
      el('FRBRname', { value: document.title.replace(/\s+/g, ' ') }),
    ]),
    el('FRBRExpression', {}, [
      el('FRBRthis', { value: `${expression}/!main` }),
      el('FRBRuri', { value: expression }),
      frbrDateElement(),
      el('FRBRauthor', { href: own(lang === 'vi' ? 'issuer' : 'edition') }),
      el('FRBRauthoritative', { value: lang === 'vi' ? 'true' : 'false' }),
      el('FRBRlanguage', { language: LANGUAGE_CODE[lang] }),
      ...(lang === 'en' ? [el('FRBRtranslation', { href: `${work}/vie@`, fromLanguage: 'vie', authoritative: 'false', by: own('edition') })] : []),
    ]),
    el('FRBRManifestation', {}, [
      el('FRBRthis', { value: `${expression}/!main.xml` }),
      el('FRBRuri', { value: `${expression}.akn` }),
      frbrDateElement(),
      el('FRBRauthor', { href: own('edition') }),
      el('FRBRformat', { value: 'application/akn+xml' }),
    ]),
  ]);
}

/** The organisations the metadata names: the issuer, and the edition (author of the manifestation and of the translation). */
function references(document: EditionDocument, side: Side, edition: string, issuerEn: string | null): XmlElement {
  const issuer = vietnameseIssuer(document.metadata);
  return el('references', { source: `#${side.eId('edition')}` }, [
    el('TLCOrganization', { eId: side.eId('issuer'), href: `/ontology/organization/vn/${slugify(issuer ?? 'khong-ro')}`, showAs: issuer ?? 'không rõ · not given in the text', shortForm: issuerEn ?? undefined }),
    el('TLCOrganization', { eId: side.eId('edition'), href: '/ontology/organization/edition', showAs: edition }),
  ]);
}

/** One expression as a `doc`: meta, then preface, preamble, body and conclusions. */
function docElement(document: EditionDocument, side: Side, edition: string, issuerEn: string | null, components: XmlElement[]): XmlElement {
  const { preface, preamble, body, conclusions } = parts(document.clauses);
  return el('doc', { name: slugify(document.metadata.documentType ?? 'van-ban') }, [
    el('meta', {}, [identification(document, side), references(document, side, edition, issuerEn)]),
    ...(preface.length > 0 ? [el('preface', {}, preface.map((c) => container(c, side)))] : []),
    ...(preamble.length > 0 ? [el('preamble', {}, preamble.map((c) => container(c, side)))] : []),
    el('mainBody', {}, body.map((c) => hierarchy(c, side))),
    ...(conclusions.length > 0 ? [el('conclusions', {}, conclusions.map((c) => container(c, side)))] : []),
    ...(components.length > 0 ? [el('components', {}, components)] : []),
  ]);
}

function hasEnglish(clauses: readonly Clause[]): boolean {
  return clauses.some((c) => c.translation !== null || hasEnglish(c.children));
}

/**
 * The document as an Akoma Ntoso tree. Vietnamese eIds are the clause ids; the English component's
 * are the clause ids prefixed with the component's eId ("eng__ii-2-dd"), as the naming convention
 * prefixes a component's eIds, since eIds are unique in the whole file.
 */
export function documentToAkn(document: EditionDocument, options: AknOptions = {}): XmlElement {
  const edition = options.edition ?? 'Kinh tế tập thể · Văn bản tỉnh';
  const links = options.links ?? new Map();
  const vietnamese: Side = { lang: 'vi', eId: (id) => id, heading: (c) => c.heading, text: (c) => c.text, links: (c) => links.get(c.id)?.vi ?? [] };
  const english: Side = {
    lang: 'en',
    eId: (id) => `eng__${id}`,
    heading: (c) => c.translation?.heading ?? null,
    text: (c) => c.translation?.text ?? null,
    links: (c) => links.get(c.id)?.en ?? [],
  };
  const components = hasEnglish(document.clauses) ? [el('component', { eId: 'eng' }, [docElement(document, english, edition, options.issuerEn ?? null, [])])] : [];
  return el('akomaNtoso', { xmlns: AKN_NAMESPACE }, [docElement(document, vietnamese, edition, options.issuerEn ?? null, components)]);
}

export function documentToAknXml(document: EditionDocument, options: AknOptions = {}): string {
  return serialiseXml(documentToAkn(document, options));
}
