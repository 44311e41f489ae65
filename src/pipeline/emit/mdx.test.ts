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
import { publishedDocument, SEED_FILES } from '../../../tests/support/seeds.ts';
import { buildDocument } from '../index.ts';
import type { Clause, EditionDocument } from '../model.ts';
import { documentToMdx } from './mdx.ts';
import { flattenClauses } from './json.ts';
import { loadGlossary } from '../gloss/glossary.ts';
import { glossaryIndex, termSpans } from '../gloss/occurrences.ts';

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

/** What a parsed `Clause` element says its text is in a language: that ClauseText's paragraph, breaks as newlines. */
function textOf(element: AnyNode, lang = 'vi'): string | null {
  const texts = (element.children ?? []).find((c) => c.name === 'ClauseTexts');
  const text = (texts?.children ?? []).find((c) => c.attributes?.some((a) => a.name === 'lang' && a.value === lang));
  const paragraph = (text?.children ?? []).find((c) => c.type === 'paragraph');
  if (!paragraph) return null;
  const flat = (nodes: AnyNode[]): string => nodes.map((c) => (c.type === 'break' ? '\n' : c.children ? flat(c.children) : (c.value ?? ''))).join('');
  return flat(paragraph.children ?? []);
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
  const executable = nodes.filter(
    (n) => ['mdxjsEsm', 'mdxFlowExpression', 'mdxTextExpression', 'html', 'link'].includes(n.type) || (n.type === 'mdxJsxTextElement' && n.name !== 'Reading'),
  );
  expect(executable).toEqual([]);
  const elementNames = new Set(nodes.filter((n) => n.type === 'mdxJsxFlowElement').map((n) => n.name));
  expect([...elementNames].every((n) => ['Clause', 'ClauseList', 'ClauseTexts', 'ClauseText'].includes(n!))).toBe(true);
  for (const clause of flattenClauses<Clause>(document.clauses)) {
    const element = byId.get(clause.id);
    expect(element, clause.id).toBeDefined();
    expect(textOf(element!), clause.id).toBe(clause.text);
    expect(textOf(element!, 'en'), clause.id).toBe(clause.translation?.text ?? null);
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

  it('round-trips every clause of the five published documents (restored words marked) unchanged', async () => {
    for (const seed of SEED_FILES) {
      const document = await publishedDocument(seed);
      expectSameText(document);
      if (document.restored) {
        const readings = roundTrip(document).nodes.filter((n) => n.type === 'mdxJsxTextElement' && n.name === 'Reading');
        expect(readings.length, seed).toBeGreaterThan(0);
      }
    }
  });

  it('marks a glossary term at its first occurrence in each clause only', async () => {
    const terms = glossaryIndex(loadGlossary(readFileSync(new URL('../../../content/glossary/terms.yaml', import.meta.url), 'utf8'), 'terms.yaml'));
    let clausesRepeatingATerm = 0;
    for (const seed of SEED_FILES) {
      const document = await publishedDocument(seed);
      const tree = parseMdx(documentToMdx(document, { terms })) as AnyNode;
      for (const clause of collect(tree).filter((n) => n.name === 'ClauseText')) {
        const ids = collect(clause).filter((n) => n.name === 'Term').map((n) => String(n.attributes!.find((a) => a.name === 'id')!.value));
        expect(ids.length, seed).toBe(new Set(ids).size);
      }
      // The texts do repeat terms within a clause: the test is not vacuous.
      for (const clause of flattenClauses<Clause>(document.clauses)) {
        const spans = clause.text ? termSpans(clause.text, terms) : [];
        if (new Set(spans.map((s) => s.termId)).size < spans.length) clausesRepeatingATerm++;
      }
    }
    expect(clausesRepeatingATerm).toBeGreaterThan(10);
  });

  it('writes metadata as YAML frontmatter that parses back to the same values', () => {
    const bytes = readFileSync(new URL('./fixtures/hostile-seed.txt', import.meta.url));
    const document = buildDocument(bytes, 'hostile-seed.txt', 'hostile');
    const yaml = roundTrip(document).nodes.find((n) => n.type === 'yaml');
    expect(yaml?.value).toContain('slug: hostile');
    expect(yaml?.value).toContain('numberSymbol: 12/KH-UBND');
  });
});
