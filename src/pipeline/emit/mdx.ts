import type { BlockContent, Paragraph, PhrasingContent, Root, RootContent } from 'mdast';
import type { MdxJsxAttribute, MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import { frontmatterToMarkdown } from 'mdast-util-frontmatter';
import { gfmToMarkdown } from 'mdast-util-gfm';
import { mdxToMarkdown } from 'mdast-util-mdx';
import { toMarkdown } from 'mdast-util-to-markdown';
import { stringify as stringifyYaml } from 'yaml';
import type { Clause, EditionDocument } from '../model.ts';

/** The MDX components a generated page uses; the site supplies them when it renders the page. */
export const MDX_COMPONENTS = ['Clause', 'ClauseList'] as const;

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

function clauseElement(clause: Clause): MdxJsxFlowElement {
  const children: (BlockContent | MdxJsxFlowElement)[] = [];
  if (clause.text !== null) children.push(paragraph(clause.text));
  children.push(...clauseList(clause.children));
  return {
    type: 'mdxJsxFlowElement',
    name: 'Clause',
    attributes: [
      ...attribute('id', clause.id),
      ...attribute('kind', clause.kind),
      ...attribute('label', clause.label),
      ...attribute('marker', clause.marker),
      ...attribute('path', clause.path.join(' › ')),
      ...attribute('heading', clause.heading),
      ...attribute('source', clause.source),
    ],
    children,
  };
}

/** Clauses in order; consecutive bullets are gathered into one list so they read as a list. */
function clauseList(clauses: readonly Clause[]): MdxJsxFlowElement[] {
  const out: MdxJsxFlowElement[] = [];
  let list: MdxJsxFlowElement | null = null;
  for (const clause of clauses) {
    if (clause.kind === 'bullet') {
      if (list === null) {
        list = { type: 'mdxJsxFlowElement', name: 'ClauseList', attributes: [], children: [] };
        out.push(list);
      }
      list.children.push(clauseElement(clause));
    } else {
      list = null;
      out.push(clauseElement(clause));
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
export function documentToMdast(document: EditionDocument): Root {
  const children: RootContent[] = [
    { type: 'yaml', value: stringifyYaml(frontmatterOf(document)).trimEnd() },
    ...clauseList(document.clauses),
  ];
  return { type: 'root', children };
}

/**
 * Serialise a document to MDX. Source text is data: it is placed in text nodes and attribute
 * values, and the serialiser escapes whatever MDX, Markdown or GFM would read as syntax.
 */
export function documentToMdx(document: EditionDocument): string {
  return toMarkdown(documentToMdast(document), {
    extensions: [mdxToMarkdown(), gfmToMarkdown(), frontmatterToMarkdown(['yaml'])],
    bullet: '-',
    emphasis: '_',
    rule: '-',
  });
}
