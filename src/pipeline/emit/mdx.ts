import type { BlockContent, Paragraph, PhrasingContent, Root, RootContent } from 'mdast';
import type { MdxJsxAttribute, MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { frontmatterToMarkdown } from 'mdast-util-frontmatter';
import { gfmToMarkdown } from 'mdast-util-gfm';
import { mdxToMarkdown } from 'mdast-util-mdx';
import { toMarkdown } from 'mdast-util-to-markdown';
import { stringify as stringifyYaml } from 'yaml';
import type { Clause, EditionDocument, EditorialMark } from '../model.ts';
import { UNCERTAIN_BELOW } from '../structure/clause-tree.ts';
import type { TermIndex } from '../gloss/mark-terms.ts';
import { firstOfEachTerm, termSpans, type TermSpan } from '../gloss/occurrences.ts';
import type { SectionAlignment } from '../align/index.ts';

/** The MDX components a generated page uses; the site supplies them when it renders the page. */
export const MDX_COMPONENTS = ['Clause', 'ClauseList', 'ClauseTexts', 'ClauseText', 'Reading', 'Term', 'SectionLinks', 'EditorialMark', 'EditorialNote', 'TranslatorNote', 'Ref'] as const;

/** A citation to draw as a link: its offsets in the clause's text, where it leads and which reference it is. */
export interface ReferenceLink {
  start: number;
  end: number;
  href: string;
  referenceId: string;
}

export interface EmitOptions {
  /** The glossary's terms, to mark in the Vietnamese text. */
  terms?: TermIndex;
  /** Topics, matching sections and shared wording, by `slug#id`. */
  alignment?: Map<string, SectionAlignment>;
  /** The document's slug (keys of `alignment`). */
  slug?: string;
  /** Citations of other documents in each clause's text, by `slug#id`, in each language (the references stage). */
  references?: Map<string, { vi: ReferenceLink[]; en: ReferenceLink[] }>;
}

/** The page's frontmatter: what the site needs to list and label a document without its body. */
export interface DocumentFrontmatter {
  slug: string;
  source: string;
  title: string;
  form: EditionDocument['form'];
  restored: boolean;
  metadata: EditionDocument['metadata'];
}

function attribute(name: string, value: string | null): MdxJsxAttribute[] {
  return value === null ? [] : [{ type: 'mdxJsxAttribute', name, value }];
}

/** Running text as phrasing content; line breaks inside a block (header, signature) stay breaks. */
function phrasing(text: string): PhrasingContent[] {
  const nodes: PhrasingContent[] = [];
  text.split('\n').forEach((line, i) => {
    if (i > 0) nodes.push({ type: 'break' });
    nodes.push({ type: 'text', value: line });
  });
  return nodes;
}

function paragraph(text: string): Paragraph {
  return { type: 'paragraph', children: phrasing(text) };
}

type Word = NonNullable<Clause['restoration']>[number];

/** A stretch of a clause's Vietnamese to render as an element: a restored word or a glossary term. */
interface Span {
  start: number;
  end: number;
}

/** A restored word readers should see as such: a reviewed correction, or a reading the engine doubted. */
function readingElement(word: Word, children: PhrasingContent[]): MdxJsxTextElement {
  const corrected = word.correction !== null;
  return {
    type: 'mdxJsxTextElement',
    name: 'Reading',
    attributes: [
      ...attribute('kind', corrected ? 'corrected' : 'uncertain'),
      ...attribute('ocr', word.source),
      ...attribute('engine', corrected ? word.correction!.engine : null),
      ...attribute('alternatives', corrected ? null : word.alternatives.map((a) => a.output).join(', ')),
    ],
    children,
  };
}

function termElement(termId: string, children: PhrasingContent[]): MdxJsxTextElement {
  return { type: 'mdxJsxTextElement', name: 'Term', attributes: attribute('id', termId), children };
}

/** A citation as a link element (the `Ref` component draws it as a link to the reference page or document). */
function referenceElement(link: ReferenceLink, children: PhrasingContent[]): MdxJsxTextElement {
  return { type: 'mdxJsxTextElement', name: 'Ref', attributes: [...attribute('href', link.href), ...attribute('reference', link.referenceId)], children };
}

/** Whether `inner` crosses an edge of `outer` (overlaps it without lying inside it). */
function straddles(outer: Span, inner: Span): boolean {
  return inner.start < outer.end && inner.end > outer.start && (inner.start < outer.start || inner.end > outer.end);
}

function whole(text: string, at: number, length: number): boolean {
  const before = text[at - 1];
  const after = text[at + length];
  return !(before && /[\p{L}\p{N}]/u.test(before)) && !(after && /[\p{L}\p{N}]/u.test(after));
}

/**
 * Where the corrected and doubtful words of a restored clause stand in its text. The record lists
 * words in reading order over marker, heading and text; a cursor finds each in turn.
 */
function readingSpans(clause: Clause): (Span & { word: Word })[] {
  const text = clause.text ?? '';
  const spans: (Span & { word: Word })[] = [];
  const segments = [clause.marker ?? '', clause.heading ?? '', text].map((t) => ({ text: t, at: 0 }));
  let segment = 0;
  for (const word of clause.restoration ?? []) {
    for (let s = segment; s < segments.length; s++) {
      const seg = segments[s]!;
      let index = seg.text.indexOf(word.output, seg.at);
      while (index >= 0 && !whole(seg.text, index, word.output.length)) index = seg.text.indexOf(word.output, index + 1);
      if (index < 0) continue;
      segment = s;
      seg.at = index + word.output.length;
      const shown = word.correction !== null || word.confidence < UNCERTAIN_BELOW;
      if (s === segments.length - 1 && shown) spans.push({ start: index, end: index + word.output.length, word });
      break;
    }
  }
  return spans;
}

/** The element id of a clause's n-th editorial mark (from 1); its note is `<id>-note`. */
export function editorialMarkId(clauseId: string, n: number): string {
  return `${clauseId}--mark-${n}`;
}

/** An editorial mark in the Vietnamese text: "[…]" or "[sic]", described by its note (the site renders it). */
function markElement(mark: EditorialMark, id: string): MdxJsxTextElement {
  return { type: 'mdxJsxTextElement', name: 'EditorialMark', attributes: [...attribute('kind', mark.kind), ...attribute('id', id)], children: [] };
}

/**

 * A clause's Vietnamese as phrasing content: citations as `Ref` links, glossary terms as `Term`,
 * restored words readers should notice as `Reading` (inside a link or term where they fall in one),
 * editorial marks as `EditorialMark` after the words they follow, line breaks as breaks. A link or
 * term is kept only where no reading straddles its edge (a reading shows what the text is; a link
 * or term only adds to it) and no mark stands inside it, and a term inside a link gives way to it.
 */
function vietnameseParagraph(clause: Clause, terms: readonly TermSpan[], links: readonly ReferenceLink[]): Paragraph {
  const text = clause.text!;
  const readings = readingSpans(clause);
  const marks = (clause.editorial ?? []).map((mark, i) => ({ mark, id: editorialMarkId(clause.id, i + 1) }));
  const markInside = (span: Span) => marks.some(({ mark }) => mark.at > span.start && mark.at < span.end);
  const keptLinks = links.filter((l) => !readings.some((r) => straddles(l, r)) && !markInside(l));
  // A term is marked only where the clause first uses it.
  const keptTerms = firstOfEachTerm(terms.filter((t) => !readings.some((r) => straddles(t, r)) && !markInside(t) && !keptLinks.some((l) => l.start < t.end && l.end > t.start)));
  // Text between links and terms: readings and marks in text order (a mark follows whole words, so it never falls inside a reading).
  const inlineContent = (from: number, to: number, withMarks: boolean): PhrasingContent[] => {
    const out: PhrasingContent[] = [];
    const events = [
      ...readings.filter((r) => r.start >= from && r.end <= to).map((r) => ({ at: r.start, node: readingElement(r.word, phrasing(text.slice(r.start, r.end))), end: r.end })),
      ...(withMarks ? marks.filter(({ mark }) => mark.at >= from && mark.at <= to).map(({ mark, id }) => ({ at: mark.at, node: markElement(mark, id), end: mark.at })) : []),
    ].sort((a, b) => a.at - b.at || a.end - b.end);
    let at = from;
    for (const event of events) {
      out.push(...phrasing(text.slice(at, event.at)), event.node);
      at = event.end;
    }
    out.push(...phrasing(text.slice(at, to)));
    return out;
  };
  const elements: (Span & { wrap: (children: PhrasingContent[]) => MdxJsxTextElement })[] = [
    ...keptLinks.map((l) => ({ start: l.start, end: l.end, wrap: (children: PhrasingContent[]) => referenceElement(l, children) })),
    ...keptTerms.map((t) => ({ start: t.start, end: t.end, wrap: (children: PhrasingContent[]) => termElement(t.termId, children) })),
  ].sort((a, b) => a.start - b.start);
  const children: PhrasingContent[] = [];
  let at = 0;
  for (const element of elements) {
    children.push(...inlineContent(at, element.start, true), element.wrap(inlineContent(element.start, element.end, false)));
    at = element.end;
  }
  children.push(...inlineContent(at, text.length, true));
  return { type: 'paragraph', children: children.filter((c) => c.type !== 'text' || c.value !== '') };
}

/** The English of a clause, its citations as links. */
function englishParagraph(text: string, links: readonly ReferenceLink[]): Paragraph {
  const children: PhrasingContent[] = [];
  let at = 0;
  for (const link of links) {
    children.push(...phrasing(text.slice(at, link.start)), referenceElement(link, phrasing(text.slice(link.start, link.end))));
    at = link.end;
  }
  children.push(...phrasing(text.slice(at)));
  return { type: 'paragraph', children: children.filter((c) => c.type !== 'text' || c.value !== '') };
}

/**
 * The notes of a clause's editorial marks, in one language: under the Vietnamese text, each note
 * carries the id its mark's `aria-describedby` names; under the English, the note says which
 * Vietnamese words the mark follows.
 */
function editorialNotes(clause: Clause, lang: 'vi' | 'en'): MdxJsxFlowElement[] {
  return (clause.editorial ?? []).map((mark, i) => ({
    type: 'mdxJsxFlowElement',
    name: 'EditorialNote',
    attributes: [
      ...attribute('kind', mark.kind),
      ...attribute('lang', lang),
      ...attribute('id', lang === 'vi' ? `${editorialMarkId(clause.id, i + 1)}-note` : null),
      ...attribute('after', lang === 'en' ? mark.after : null),
    ],
    children: [paragraph(mark.note[lang])],
  }));
}

/** The translator's note of a clause's English, where it has one. */
function translatorNote(clause: Clause): MdxJsxFlowElement[] {
  const note = clause.translation?.note;
  return note ? [{ type: 'mdxJsxFlowElement', name: 'TranslatorNote', attributes: [], children: [paragraph(note)] }] : [];
}

/**
 * A clause's own text in each language, side by side in one element so the two align row by row
 * in the bilingual reading mode. Each carries its language.
 */
function clauseTexts(clause: Clause, options: EmitOptions): MdxJsxFlowElement {
  const terms = options.terms ? termSpans(clause.text!, options.terms) : [];
  const links = options.references?.get(`${options.slug}#${clause.id}`) ?? { vi: [], en: [] };
  const vietnamese: MdxJsxFlowElement = {
    type: 'mdxJsxFlowElement',
    name: 'ClauseText',
    attributes: attribute('lang', 'vi'),
    children: [vietnameseParagraph(clause, terms, links.vi), ...editorialNotes(clause, 'vi')],
  };
  const english: MdxJsxFlowElement[] =
    clause.translation?.text != null
      ? [
          {
            type: 'mdxJsxFlowElement',
            name: 'ClauseText',
            attributes: attribute('lang', 'en'),
            children: [englishParagraph(clause.translation.text, links.en), ...editorialNotes(clause, 'en'), ...translatorNote(clause)],
          },
        ]
      : [];
  return { type: 'mdxJsxFlowElement', name: 'ClauseTexts', attributes: [], children: [vietnamese, ...english] };
}

function element(name: string, children: (BlockContent | MdxJsxFlowElement)[], attributes: MdxJsxAttribute[] = []): MdxJsxFlowElement {
  return { type: 'mdxJsxFlowElement', name, attributes, children };
}

/**
 * A table as HTML elements: a caption (the table's own, else its appendix's heading), header cells
 * with their scope, body rows. Cells are text nodes like every other source text.
 */
function tableElement(table: NonNullable<Clause['table']>): MdxJsxFlowElement {
  const cell = (name: 'th' | 'td', text: string): MdxJsxFlowElement =>
    element(name, text === '' ? [] : [paragraph(text)], name === 'th' ? attribute('scope', 'col') : []);
  return element('table', [
    ...(table.caption ? [element('caption', [paragraph(table.caption)])] : []),
    element('thead', [element('tr', table.header.map((text) => cell('th', text)))]),
    element('tbody', table.rows.map((row) => element('tr', row.map((text) => cell('td', text))))),
  ], attribute('class', 'clause-table'));
}

function clauseElement(clause: Clause, options: EmitOptions): MdxJsxFlowElement {
  const children: (BlockContent | MdxJsxFlowElement)[] = [];
  if (clause.table) children.push(tableElement(clause.table));
  else if (clause.text !== null) children.push(clauseTexts(clause, options));
  // A clause without running text (a heading, a table) keeps its translator's note below it.
  if (clause.text === null || clause.table) children.push(...translatorNote(clause));
  const aligned = options.alignment?.get(`${options.slug}#${clause.id}`);
  if (aligned && (aligned.topics.length > 0 || aligned.related.length > 0 || aligned.shared.length > 0)) {
    const refs = (list: { slug: string; id: string }[]) => list.map((r) => `${r.slug}#${r.id}`).join(' ');
    children.push({
      type: 'mdxJsxFlowElement',
      name: 'SectionLinks',
      attributes: [
        ...attribute('topics', aligned.topics.join(' ')),
        ...attribute('source', aligned.source),
        ...attribute('related', refs(aligned.related)),
        ...attribute('shared', refs(aligned.shared)),
      ],
      children: [],
    });
  }
  children.push(...clauseList(clause.children, options));
  return {
    type: 'mdxJsxFlowElement',
    name: 'Clause',
    attributes: [
      ...attribute('id', clause.id),
      ...attribute('kind', clause.kind),
      ...attribute('label', clause.label),
      ...attribute('marker', clause.marker),
      ...attribute('path', clause.path.join(' › ')),
      // A table's heading is its caption, set in the table itself.
      ...attribute('heading', clause.table ? null : clause.heading),
      ...attribute('headingEn', clause.translation?.heading ?? null),
      ...attribute('source', clause.source),
    ],
    children,
  };
}

/** Clauses in order; consecutive bullets are gathered into one list so they read as a list. */
function clauseList(clauses: readonly Clause[], options: EmitOptions): MdxJsxFlowElement[] {
  const out: MdxJsxFlowElement[] = [];
  let list: MdxJsxFlowElement | null = null;
  for (const clause of clauses) {
    if (clause.kind === 'bullet') {
      if (list === null) {
        list = { type: 'mdxJsxFlowElement', name: 'ClauseList', attributes: [], children: [] };
        out.push(list);
      }
      list.children.push(clauseElement(clause, options));
    } else {
      list = null;
      out.push(clauseElement(clause, options));
    }
  }
  return out;
}

export function frontmatterOf(document: EditionDocument): DocumentFrontmatter {
  return {
    slug: document.slug,
    source: document.source,
    title: document.title,
    form: document.form,
    restored: document.restored,
    metadata: document.metadata,
  };
}

/** The document as an MDX syntax tree: YAML frontmatter, then one `Clause` element per clause. */
export function documentToMdast(document: EditionDocument, options: EmitOptions = {}): Root {
  const children: RootContent[] = [
    { type: 'yaml', value: stringifyYaml(frontmatterOf(document)).trimEnd() },
    ...clauseList(document.clauses, options),
  ];
  return { type: 'root', children };
}

/**
 * Serialise a document to MDX. Source text is data: it is placed in text nodes and attribute
 * values, and the serialiser escapes whatever MDX, Markdown or GFM would read as syntax.
 */
export function documentToMdx(document: EditionDocument, options: EmitOptions = {}): string {
  return toMarkdown(documentToMdast(document, options), {
    extensions: [mdxToMarkdown(), gfmToMarkdown(), frontmatterToMarkdown(['yaml'])],
    bullet: '-',
    emphasis: '_',
    rule: '-',
  });
}
