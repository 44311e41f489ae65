import { readFileSync } from 'node:fs';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import { frontmatter } from 'micromark-extension-frontmatter';
import { gfm } from 'micromark-extension-gfm';
import { mdxjs } from 'micromark-extension-mdxjs';
import { describe, expect, it } from 'vitest';
import { buildDocument } from '../index.ts';
import type { Clause, EditionDocument } from '../model.ts';
import { flattenClauses } from '../emit/json.ts';
import { documentToMdx, type ReferenceLink } from '../emit/mdx.ts';

interface AnyNode {
  type: string;
  name?: string;
  value?: string;
  children?: AnyNode[];
  attributes?: { name: string; value: unknown }[];
}

function parse(mdx: string): AnyNode {
  return fromMarkdown(mdx, {
    extensions: [mdxjs(), gfm(), frontmatter(['yaml'])],
    mdastExtensions: [mdxFromMarkdown(), gfmFromMarkdown(), frontmatterFromMarkdown(['yaml'])],
  }) as AnyNode;
}

function all(node: AnyNode, out: AnyNode[] = []): AnyNode[] {
  out.push(node);
  for (const child of node.children ?? []) all(child, out);
  return out;
}

const text = (node: AnyNode): string => (node.children ? node.children.map(text).join('') : (node.value ?? ''));
const attribute = (node: AnyNode, name: string) => node.attributes?.find((a) => a.name === name)?.value;

const hostile = buildDocument(readFileSync(new URL('../emit/fixtures/hostile-seed.txt', import.meta.url)), 'hostile-seed.txt', 'hostile');

/** The hostile document with one clause's text set, and links over it. */
function withLinks(clauseText: string, vi: ReferenceLink[], en: ReferenceLink[] = [], restoration: Clause['restoration'] = null): { document: EditionDocument; id: string; mdx: string } {
  const document = structuredClone(hostile);
  const clause = flattenClauses<Clause>(document.clauses).find((c) => c.text !== null && c.kind === 'point')!;
  clause.text = clauseText;
  clause.restoration = restoration;
  clause.translation = { heading: null, text: 'Implementing Resolution No. 20-NQ/TW <b>' };
  const mdx = documentToMdx(document, { slug: 'hostile', references: new Map([[`hostile#${clause.id}`, { vi, en }]]) });
  return { document, id: clause.id, mdx };
}

describe('citations as links in the MDX', () => {
  it('are Ref elements built in the tree: hostile words stay text, the clause text is unchanged', () => {
    const words = 'Nghị quyết số 20-NQ/TW <script>{props.x}</script>';
    const clauseText = `Thực hiện ${words} và *nhấn* mạnh.`;
    const { mdx } = withLinks(clauseText, [{ start: 10, end: 10 + words.length, href: '/references/20-nq-tw/', referenceId: '20-nq-tw' }], [{ start: 13, end: 36, href: '/references/20-nq-tw/', referenceId: '20-nq-tw' }]);
    const refs = all(parse(mdx)).filter((n) => n.name === 'Ref');
    expect(refs.map((r) => [attribute(r, 'href'), attribute(r, 'reference'), text(r)])).toEqual([
      ['/references/20-nq-tw/', '20-nq-tw', words],
      ['/references/20-nq-tw/', '20-nq-tw', 'Resolution No. 20-NQ/TW'],
    ]);
    expect(all(parse(mdx)).some((n) => n.type === 'paragraph' && text(n) === clauseText)).toBe(true);
    expect(all(parse(mdx)).some((n) => n.type === 'mdxJsxTextElement' && n.name === 'script')).toBe(false);
  });

  it('holds a doubted word inside a link, and gives way to a reading that straddles its edge', () => {
    const clauseText = 'Thực hiện Nghị quyết số 20-NQ/TW ngay';
    const word = (output: string) => ({ source: output, output, confidence: 0.1, alternatives: [], correction: null });
    const inside = withLinks(clauseText, [{ start: 10, end: 32, href: '/references/20-nq-tw/', referenceId: '20-nq-tw' }], [], [word('quyết')]);
    const ref = all(parse(inside.mdx)).find((n) => n.name === 'Ref')!;
    expect(all(ref).some((n) => n.name === 'Reading')).toBe(true);
    const straddling = withLinks(clauseText, [{ start: 10, end: 35, href: '/references/20-nq-tw/', referenceId: '20-nq-tw' }], [], [word('ngay')]);
    expect(all(parse(straddling.mdx)).filter((n) => n.name === 'Ref')).toEqual([]);
    expect(all(parse(straddling.mdx)).some((n) => n.name === 'Reading')).toBe(true);
  });
});
