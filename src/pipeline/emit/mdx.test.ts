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
import { buildTermIndex } from '../gloss/mark-terms.ts';
import { FIXTURE_ENGLISH, fixtureDocumentWithMarks } from '../review/fixtures/document.ts';
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
    (n) =>
      ['mdxjsEsm', 'mdxFlowExpression', 'mdxTextExpression', 'html', 'link'].includes(n.type) ||
      (n.type === 'mdxJsxTextElement' && !['Reading', 'EditorialMark'].includes(n.name!)) ||
      // An editorial mark is an empty element: its sign comes from the site, never from the data.
      (n.name === 'EditorialMark' && (n.children ?? []).length > 0),
  );
  expect(executable).toEqual([]);
  const elementNames = new Set(nodes.filter((n) => n.type === 'mdxJsxFlowElement').map((n) => n.name));
  expect([...elementNames].every((n) => ['Clause', 'ClauseList', 'ClauseTexts', 'ClauseText', 'EditorialNote', 'TranslatorNote'].includes(n!))).toBe(true);
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

  it('adds editorial marks after their words as empty elements, their notes in both languages and the translator\'s note; the text is unchanged', () => {
    const document = fixtureDocumentWithMarks();
    expectSameText(document);
    const { byId } = roundTrip(document);
    const i2 = byId.get('i-2')!;
    const paragraphOf = (lang: string) =>
      (i2.children![0]!.children ?? []).find((c) => c.attributes?.some((a) => a.name === 'lang' && a.value === lang))!.children!;
    const vi = paragraphOf('vi');
    // Text, then the mark right after "từ các", then the rest.
    const inline = vi[0]!.children!;
    const markAt = inline.findIndex((n) => n.name === 'EditorialMark');
    expect(inline[markAt - 1]!.value).toBe('Ban Chỉ đạo từ các');
    expect(inline[markAt + 1]!.value).toBe(' thường xuyên được kiện toàn.');
    expect(inline[markAt]!.attributes).toEqual([
      expect.objectContaining({ name: 'kind', value: 'gap' }),
      expect.objectContaining({ name: 'id', value: 'i-2--mark-1' }),
    ]);
    const noteVi = vi.find((n) => n.name === 'EditorialNote')!;
    expect(noteVi.attributes).toEqual([
      expect.objectContaining({ name: 'kind', value: 'gap' }),
      expect.objectContaining({ name: 'lang', value: 'vi' }),
      expect.objectContaining({ name: 'id', value: 'i-2--mark-1-note' }),
    ]);
    expect(noteVi.children![0]!.children![0]!.value).toBe('Bản OCR mất chữ ở đây.');
    const en = paragraphOf('en');
    expect(en.map((n) => n.name ?? n.type)).toEqual(['paragraph', 'EditorialNote', 'TranslatorNote']);
    expect(en[1]!.attributes).toEqual(expect.arrayContaining([expect.objectContaining({ name: 'after', value: 'từ các' })]));
    expect(en[2]!.children![0]!.children![0]!.value).toBe(FIXTURE_ENGLISH['i-2']!.note);
    // The second "tiêu thụ công nghiệp" of i-3 carries the [sic], not the first.
    const i3 = (byId.get('i-3')!.children![0]!.children![0]!.children![0]!.children ?? []) as AnyNode[];
    const sicAt = i3.findIndex((n) => n.name === 'EditorialMark');
    expect(i3[sicAt - 1]!.value).toBe('Phát triển tiểu thủ công nghiệp và tiêu thụ công nghiệp ở nông thôn, tiêu thụ công nghiệp');
  });

  it('keeps a glossary term whole beside a mark and leaves unmarked a term a mark falls inside', () => {
    const inlineOf = (terms: { id: string; vi: string[] }[]) => {
      const tree = parseMdx(documentToMdx(fixtureDocumentWithMarks(), { terms: buildTermIndex(terms) })) as AnyNode;
      const clause = collect(tree).find((n) => n.name === 'Clause' && n.attributes!.some((a) => a.value === 'i-2'))!;
      return collect(clause).find((n) => n.type === 'paragraph')!.children!;
    };
    // The mark follows "từ các": a term ending there is marked, the mark after it.
    const beside = inlineOf([{ id: 'ban-chi-dao', vi: ['Ban Chỉ đạo'] }, { id: 'tu-cac', vi: ['từ các'] }]);
    expect(beside.map((n) => n.name ?? n.value)).toEqual(['Term', ' ', 'Term', 'EditorialMark', ' thường xuyên được kiện toàn.']);
    expect(beside[2]!.attributes![0]!.value).toBe('tu-cac');
    // "các thường xuyên" would hold the mark inside: it is left unmarked, its words kept as text.
    const inside = inlineOf([{ id: 'ban-chi-dao', vi: ['Ban Chỉ đạo'] }, { id: 'cac-thuong-xuyen', vi: ['các thường xuyên'] }]);
    expect(inside.map((n) => n.name ?? n.value)).toEqual(['Term', ' từ các', 'EditorialMark', ' thường xuyên được kiện toàn.']);
  });

  it('keeps hostile notes as text', () => {
    const hostile = '{alert(1)} <script>x</script> import a from "b"; </ClauseText>';
    const document = fixtureDocumentWithMarks({ ...FIXTURE_ENGLISH, 'i-2': { ...FIXTURE_ENGLISH['i-2']!, note: hostile } });
    document.clauses.find((c) => c.id === 'i')!.children[1]!.editorial![0]!.note = { vi: hostile, en: hostile };
    expectSameText(document);
    const nodes = roundTrip(document).nodes;
    const notes = nodes.filter((n) => n.name === 'EditorialNote' || n.name === 'TranslatorNote');
    // i-2 and i-3: a Vietnamese and an English note of the mark, and a translator's note, each.
    expect(notes).toHaveLength(6);
    const hostileNotes = notes.filter((n) => collect(n).some((c) => c.value?.includes('alert')));
    expect(hostileNotes).toHaveLength(3);
    for (const note of hostileNotes) expect(collect(note).map((c) => c.value ?? '').join('')).toBe(hostile);
  });
});
