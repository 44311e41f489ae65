import { readFileSync } from 'node:fs';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import { frontmatter } from 'micromark-extension-frontmatter';
import { gfm } from 'micromark-extension-gfm';
import { mdxjs } from 'micromark-extension-mdxjs';
import type { Node } from 'unist';
import { describe, expect, it } from 'vitest';
import { buildDocument } from '../index.ts';
import type { Clause, EditionDocument } from '../model.ts';
import { documentToMdx } from './mdx.ts';
import { flattenClauses } from './json.ts';

/** Parse MDX the way the site's MDX compiler does (MDX + GFM + YAML frontmatter). */
function parseMdx(mdx: string) {
  return fromMarkdown(mdx, {
    extensions: [mdxjs(), gfm(), frontmatter(['yaml'])],
    mdastExtensions: [mdxFromMarkdown(), gfmFromMarkdown(), frontmatterFromMarkdown(['yaml'])],
  });
}

interface AnyNode extends Node {
  name?: string;
  value?: string;
  children?: AnyNode[];
  attributes?: { name: string; value: unknown }[];
}

function collect(node: AnyNode, out: AnyNode[] = []): AnyNode[] {
  out.push(node);
  for (const child of node.children ?? []) collect(child, out);
  return out;
}

/** What a parsed `Clause` element says its text is: its paragraphs' text, breaks as newlines. */
function textOf(element: AnyNode): string | null {
  const paragraph = (element.children ?? []).find((c) => c.type === 'paragraph');
  if (!paragraph) return null;
  return (paragraph.children ?? []).map((c) => (c.type === 'break' ? '\n' : (c.value ?? ''))).join('');
}

function roundTrip(document: EditionDocument) {
  const tree = parseMdx(documentToMdx(document)) as AnyNode;
  const nodes = collect(tree);
  const elements = nodes.filter((n) => n.type === 'mdxJsxFlowElement' && n.name === 'Clause');
  const byId = new Map(elements.map((e) => [String(e.attributes!.find((a) => a.name === 'id')!.value), e]));
  return { nodes, byId };
}

function expectSameText(document: EditionDocument) {
  const { nodes, byId } = roundTrip(document);
  // Nothing the source says may come back as code, HTML or a link.
  const executable = nodes.filter((n) => ['mdxjsEsm', 'mdxFlowExpression', 'mdxTextExpression', 'html', 'link', 'mdxJsxTextElement'].includes(n.type));
  expect(executable).toEqual([]);
  const elementNames = new Set(nodes.filter((n) => n.type === 'mdxJsxFlowElement').map((n) => n.name));
  expect([...elementNames].sort()).toEqual(['Clause', 'ClauseList'].filter((n) => elementNames.has(n)).sort());
  for (const clause of flattenClauses<Clause>(document.clauses)) {
    const element = byId.get(clause.id);
    expect(element, clause.id).toBeDefined();
    expect(textOf(element!), clause.id).toBe(clause.text);
    const heading = element!.attributes!.find((a) => a.name === 'heading')?.value ?? null;
    expect(heading, clause.id).toBe(clause.heading);
  }
}

describe('MDX emitter', () => {
  it('keeps hostile source text as text: no expression, import, HTML, script or link survives', () => {
    const bytes = readFileSync(new URL('./fixtures/hostile-seed.txt', import.meta.url));
    const document = buildDocument(bytes, 'hostile-seed.txt', 'hostile');
    const mdx = documentToMdx(document);
    expect(mdx).not.toMatch(/^import /m);
    expect(mdx).not.toMatch(/^export /m);
    expect(mdx).not.toMatch(/(^|[^\\])<script>/m);
    expectSameText(document);
  });

  it('round-trips every clause of the five seeds through the MDX parser unchanged', () => {
    const seeds = ['000_dc2e615219b91c38.txt', '001_af1c1f30eff17f08.txt', '002_1abb0fc6ff61a8be.txt', '003_218f22c76233087f.txt', '004_06bab214c2a2d528.txt'];
    for (const seed of seeds) {
      const bytes = readFileSync(new URL(`../../../seeds/${seed}`, import.meta.url));
      expectSameText(buildDocument(bytes, seed, 'doc'));
    }
  });

  it('writes metadata as YAML frontmatter that parses back to the same values', () => {
    const bytes = readFileSync(new URL('./fixtures/hostile-seed.txt', import.meta.url));
    const document = buildDocument(bytes, 'hostile-seed.txt', 'hostile');
    const yaml = roundTrip(document).nodes.find((n) => n.type === 'yaml');
    expect(yaml?.value).toContain('slug: hostile');
    expect(yaml?.value).toContain('numberSymbol: 12/KH-UBND');
  });
});
