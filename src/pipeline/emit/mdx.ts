import type { BlockContent, Paragraph, PhrasingContent, Root, RootContent } from 'mdast';
import type { MdxJsxAttribute, MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { frontmatterToMarkdown } from 'mdast-util-frontmatter';
import { gfmToMarkdown } from 'mdast-util-gfm';
import { mdxToMarkdown } from 'mdast-util-mdx';
import { toMarkdown } from 'mdast-util-to-markdown';
import { stringify as stringifyYaml } from 'yaml';
import type { Clause, EditionDocument } from '../model.ts';
import { UNCERTAIN_BELOW } from '../structure/clause-tree.ts';
import type { TermIndex } from '../gloss/mark-terms.ts';
import { termSpans, type TermSpan } from '../gloss/occurrences.ts';
import type { SectionAlignment } from '../align/index.ts';

/** The MDX components a generated page uses; the site supplies them when it renders the page. */
export const MDX_COMPONENTS = ['Clause', 'ClauseList', 'ClauseTexts', 'ClauseText', 'Reading', 'Term', 'SectionLinks'] as const;

export interface EmitOptions {
  /** The glossary's terms, to mark in the Vietnamese text. */
  terms?: TermIndex;
  /** Topics, matching sections and shared wording, by `slug#id`. */
  alignment?: Map<string, SectionAlignment>;
  /** The document's slug (keys of `alignment`). */
  slug?: string;
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

/**
 * A clause's Vietnamese as phrasing content: glossary terms as `Term`, restored words readers
 * should notice as `Reading` (inside a term where they fall in one), line breaks as breaks.
 */
function vietnameseParagraph(clause: Clause, terms: readonly TermSpan[]): Paragraph {
  const text = clause.text!;
  const readings = readingSpans(clause);
  // A term is kept only where no reading straddles its edge.
  const kept = terms.filter((t) => !readings.some((r) => r.start < t.end && r.end > t.start && (r.start < t.start || r.end > t.end)));
  const withReadings = (from: number, to: number): PhrasingContent[] => {
    const out: PhrasingContent[] = [];
    let at = from;
    for (const r of readings) {
      if (r.start < from || r.end > to) continue;
      out.push(...phrasing(text.slice(at, r.start)), readingElement(r.word, phrasing(text.slice(r.start, r.end))));
      at = r.end;
    }
    out.push(...phrasing(text.slice(at, to)));
    return out;
  };
  const children: PhrasingContent[] = [];
  let at = 0;
  for (const term of kept) {
    children.push(...withReadings(at, term.start), termElement(term.termId, withReadings(term.start, term.end)));
    at = term.end;
  }
  children.push(...withReadings(at, text.length));
  return { type: 'paragraph', children: children.filter((c) => c.type !== 'text' || c.value !== '') };
}

/**
 * A clause's own text in each language, side by side in one element so the two align row by row
 * in the bilingual reading mode. Each carries its language.
 */
function clauseTexts(clause: Clause, options: EmitOptions): MdxJsxFlowElement {
  const terms = options.terms ? termSpans(clause.text!, options.terms) : [];
  const vietnamese: MdxJsxFlowElement = {
    type: 'mdxJsxFlowElement',
    name: 'ClauseText',
    attributes: attribute('lang', 'vi'),
    children: [vietnameseParagraph(clause, terms)],
  };
  const english: MdxJsxFlowElement[] =
    clause.translation?.text != null
      ? [{ type: 'mdxJsxFlowElement', name: 'ClauseText', attributes: attribute('lang', 'en'), children: [paragraph(clause.translation.text)] }]
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
