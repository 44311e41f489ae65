import type { Element } from '@xmldom/xmldom';
import { describe, expect, it } from 'vitest';
import { elements, languageOf, openEpub, parseXml } from '../../../tests/support/epub.ts';
import { outline, type OutlineEntry } from '../../lib/documents.ts';
import { flattenClauses } from '../emit/json.ts';
import type { Clause } from '../model.ts';
import { documentBook, editionBook, englishTermSpans, type EpubContext } from './book.ts';
import { HOSTILE, HOSTILE_GLOSSARY, hostileDocument, layoutDocuments } from './fixtures/documents.ts';
import { assembleEpub, entryPath } from './package.ts';
import { UI } from '../../i18n/ui.ts';
import { el, serialize } from './xml.ts';

const SITE = 'https://example.invalid';
const CONTEXT: EpubContext = { site: SITE, glossary: HOSTILE_GLOSSARY, modified: new Date(Date.UTC(2026, 11, 7, 9, 30, 15, 600)) };
const CONTENT = entryPath('hostile.xhtml');

/** A text as an XHTML file shows it: a character XML cannot hold as U+FFFD, line breaks as <br/> (no text). */
function asShown(text: string): string {
  return text.replace(/\u0001/g, '\uFFFD').replace(/\n/g, '');
}

describe('XML serialiser', () => {
  it('escapes text and attributes, and replaces characters XML cannot hold', () => {
    const xml = serialize(el('p', { title: 'a "b" <c> & d\ne' }, `x </p><script>&amp; \u0001 \uD800 ]]>`));
    expect(xml).toBe('<p title="a &quot;b&quot; &lt;c&gt; &amp; d&#10;e">x &lt;/p&gt;&lt;script&gt;&amp;amp; \uFFFD \uFFFD ]]&gt;</p>');
    expect(parseXml(xml).documentElement!.textContent).toBe('x </p><script>&amp; \uFFFD \uFFFD ]]>');
  });
});

describe('EPUB of a hostile document', () => {
  const document = hostileDocument();
  const epub = openEpub(assembleEpub(documentBook(document, 'vi-en', CONTEXT)));

  it('zips the container correctly: mimetype first, stored, no extra field', () => {
    const bytes = assembleEpub(documentBook(document, 'vi', CONTEXT));
    const view = new DataView(bytes.buffer, bytes.byteOffset);
    expect(view.getUint32(0, true)).toBe(0x04034b50);
    expect(view.getUint16(8, true), 'compression method').toBe(0);
    expect(view.getUint16(28, true), 'extra field length').toBe(0);
    expect(new TextDecoder().decode(bytes.subarray(30, 58))).toBe('mimetypeapplication/epub+zip');
    expect(epub.names.slice(0, 2)).toEqual(['mimetype', 'META-INF/container.xml']);
  });

  it('zips a book of any modification time, even before zip dates begin (SOURCE_DATE_EPOCH=0)', () => {
    const book = documentBook(document, 'vi', { ...CONTEXT, modified: new Date(0) });
    expect(openEpub(assembleEpub(book)).text(entryPath('package.opf'))).toContain('<meta property="dcterms:modified">1970-01-01T00:00:00Z</meta>');
  });

  it('gives the same bytes for the same book (no clock in it)', () => {
    expect(assembleEpub(documentBook(document, 'en', CONTEXT))).toEqual(assembleEpub(documentBook(hostileDocument(), 'en', CONTEXT)));
  });

  it('writes every XML file well-formed, with the hostile text as text', () => {
    for (const name of epub.names.filter((n) => /\.(xhtml|opf|xml)$/.test(n))) epub.xml(name);
    const content = epub.xml(CONTENT);
    expect(elements(content, 'script')).toHaveLength(0);
    expect(elements(content, 'b')).toHaveLength(0);
    const text = content.documentElement!.textContent!;
    expect(text).toContain(HOSTILE);
    expect(text).toContain('Trước\uFFFDsau');
    expect(text).toContain('<div onclick="alert(1)">html</div>');
    const glossary = epub.xml(entryPath('glossary.xhtml')).documentElement!.textContent!;
    expect(glossary).toContain(`A plan ${HOSTILE}.`);
    expect(glossary).toContain('<MT>');
    const opf = epub.xml(entryPath('package.opf'));
    expect(elements(opf, 'dc:creator')[0]!.textContent).toContain(HOSTILE);
  });

  it('gives every clause an element with its id and its permalink beside it', () => {
    const content = epub.xml(CONTENT);
    for (const clause of flattenClauses<Clause>(document.clauses)) {
      const element = content.getElementById(clause.id);
      expect(element, clause.id).not.toBeNull();
      const link = elements(element!, 'p').find((p) => p.getAttribute('class') === 'permalink' && p.parentNode === element);
      const url = `${SITE}/documents/hostile/#${clause.id}`;
      expect(link?.textContent, clause.id).toBe(url);
      expect(elements(link!, 'a')[0]!.getAttribute('href')).toBe(url);
    }
  });

  it('marks the language of every block, Vietnamese then English clause by clause', () => {
    const content = epub.xml(CONTENT);
    for (const name of ['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'td', 'th', 'caption', 'span', 'a']) {
      for (const element of elements(content, name)) {
        const lang = languageOf(element);
        expect(['vi', 'en'], `${name}: ${element.textContent}`).toContain(lang);
        if (element.hasAttribute('lang')) expect(element.getAttribute('xml:lang')).toBe(element.getAttribute('lang'));
      }
    }
    for (const clause of flattenClauses<Clause>(document.clauses)) {
      // (A table's text is its cells, which its table shows: tested below.)
      if (clause.text === null || clause.table) continue;
      const element = content.getElementById(clause.id)!;
      const notes = ['editorial-note', 'translator-note'];
      const blocks = elements(element, 'p').filter((p) => p.parentNode === element && !notes.includes(p.getAttribute('class') ?? ''));
      const expected = clause.translation?.text ? ['vi', 'en', null] : ['vi', null];
      expect(blocks.map((p) => p.getAttribute('lang')), clause.id).toEqual(expected);
      // The Vietnamese text is all there, editorial marks (tested below) aside.
      const shown = blocks[0]!.textContent!.replace(/\[…\]|\[sic\]/g, '');
      expect(shown, clause.id).toContain(asShown(clause.text));
      if (clause.translation?.text) expect(blocks[1]!.textContent).toContain(asShown(clause.translation.text));
    }
  });

  it('shows an English book in English, and the Vietnamese (marked vi) where a clause has no translation', () => {
    const english = openEpub(assembleEpub(documentBook(document, 'en', CONTEXT))).xml(CONTENT);
    expect(english.documentElement!.getAttribute('lang')).toBe('en');
    const untranslated = flattenClauses<Clause>(document.clauses).find((c) => c.translation === null && c.text !== null && !c.table)!;
    const block = elements(english.getElementById(untranslated.id)!, 'p')[0]!;
    expect(block.getAttribute('lang')).toBe('vi');
    expect(block.getAttribute('class')).toBe('untranslated');
  });

  it('renders a table clause as a table with its caption and header cells, and a clause of an unknown kind generically', () => {
    const content = epub.xml(CONTENT);
    const table = elements(content, 'table')[0]!;
    expect(elements(table, 'caption')[0]!.textContent).toBe(`Bảng <1> & ${HOSTILE}`);
    expect(elements(table, 'th').map((th) => [th.textContent, th.getAttribute('scope')])).toEqual([
      ['Chỉ tiêu', 'col'],
      ['Năm <2025>', 'col'],
    ]);
    expect(elements(table, 'tr')).toHaveLength(3);
    expect(elements(table, 'td')[1]!.textContent).toBe('> 10%mới');
    // Its caption and cells are shown once: not again as a heading, nor as the text's lines.
    const holder = table.parentNode as Element;
    expect(elements(holder, 'h2').concat(elements(holder, 'h3'), elements(holder, 'h4'))).toHaveLength(0);
    expect(holder.textContent).not.toContain('Chỉ tiêu | Năm');
    const odd = flattenClauses<Clause>(document.clauses).find((c) => c.kind === ('annex <x>' as Clause['kind']))!;
    const element = content.getElementById(odd.id)!;
    expect(element.getAttribute('class')).toBe('clause clause--annexx');
    expect(element.textContent).toContain(`§ Phần lạ ${HOSTILE}`);
  });

  it('links glossary terms to endnotes, once per top-level part and language', () => {
    const content = epub.xml(CONTENT);
    const notes = epub.xml(entryPath('glossary.xhtml'));
    const refs = elements(content, 'a').filter((a) => a.getAttribute('epub:type') === 'noteref');
    expect(refs.length).toBeGreaterThan(0);
    for (const ref of refs) {
      const [file, id] = ref.getAttribute('href')!.split('#');
      expect(file).toBe('glossary.xhtml');
      expect(notes.getElementById(id!)?.getAttribute('epub:type')).toBe('endnote');
    }
    for (const part of document.clauses) {
      const element = content.getElementById(part.id)!;
      const keys = elements(element, 'a')
        .filter((a) => a.getAttribute('epub:type') === 'noteref')
        .map((a) => `${languageOf(a)} ${a.getAttribute('href')}`);
      expect(new Set(keys).size, part.id).toBe(keys.length);
    }
    const english = refs.filter((a) => languageOf(a) === 'en').map((a) => a.textContent);
    expect(english).toContain('plan');
  });

  it("shows editorial marks after the words they follow, with their notes, and the translator's note with the English", () => {
    const content = epub.xml(CONTENT);
    const clause = content.getElementById('p-marks')!;
    const [vietnamese, gapNote, sicNote, english, englishGap, englishSic, translatorNote] = elements(clause, 'p').filter((p) => p.parentNode === clause);
    expect(vietnamese!.textContent).toBe(`Phần lạ[…] của kế[sic] hoạch và mục tiêu ${HOSTILE}`);
    const marks = elements(vietnamese!, 'a').filter((a) => a.getAttribute('class') === 'editorial-mark');
    expect(marks.map((a) => content.getElementById(a.getAttribute('href')!.slice(1)))).toEqual([gapNote, sicNote]);
    expect(gapNote!.textContent).toBe(`[…] ${UI.editorialGapNote.vi}: Mất chữ <${HOSTILE}>`);
    // A term with a mark inside is left unlinked; the next term is linked.
    const terms = elements(vietnamese!, 'a').filter((a) => a.getAttribute('epub:type') === 'noteref').map((a) => a.textContent);
    expect(terms).toEqual(['mục tiêu']);
    expect(english!.getAttribute('lang')).toBe('en');
    expect(englishGap!.textContent).toBe(`[…] ${UI.editorialGapNote.en} after “Phần lạ”: Words lost <${HOSTILE}>`);
    expect(englishSic!.textContent).toBe(`[sic] ${UI.editorialSicNote.en}, after “Phần lạ của kế”: As written`);
    expect(translatorNote!.textContent).toBe(`${UI.translatorNote.en}: Note <i>${HOSTILE}</i>`);
    expect(translatorNote!.getAttribute('lang')).toBe('en');
    const vietnameseOnly = openEpub(assembleEpub(documentBook(document, 'vi', CONTEXT))).xml(CONTENT);
    expect(vietnameseOnly.getElementById('p-marks')!.textContent).not.toContain(UI.translatorNote.en);
  });

  it('writes the metadata: identifier = permalink of the reading, title, issuer, date, languages, modified', () => {
    const opf = epub.xml(entryPath('package.opf'));
    const text = (name: string) => elements(opf, name).map((e) => e.textContent);
    expect(text('dc:identifier')).toEqual([`${SITE}/documents/hostile/?lang=both`]);
    expect(text('dc:language')).toEqual(['vi', 'en']);
    expect(text('dc:title')).toHaveLength(2);
    expect(text('dc:title')[0]).toMatch(/^Kế hoạch số 12\/KH-UBND ngày 2\/3\/2024/);
    expect(text('dc:date')).toEqual(['2024-03-02']);
    const modified = elements(opf, 'meta').find((m) => m.getAttribute('property') === 'dcterms:modified');
    expect(modified?.textContent).toBe('2026-12-07T09:30:15Z');
  });

  it('builds the nav from the outline and the whole edition with one entry per document', () => {
    const nav = epub.xml(entryPath('nav.xhtml'));
    const toc = elements(nav, 'nav')[0]!;
    expect(toc.getAttribute('epub:type')).toBe('toc');
    const hrefs = elements(toc, 'a').map((a) => a.getAttribute('href'));
    expect(hrefs).toContain('hostile.xhtml#i');
    expect(hrefs.at(-1)).toBe('glossary.xhtml');
    const edition = openEpub(assembleEpub(editionBook([document], 'en', CONTEXT)));
    const top = elements(edition.xml(entryPath('nav.xhtml')), 'ol')[0]!;
    const entries = Array.from(top.childNodes).filter((n) => n.nodeName === 'li');
    expect(entries).toHaveLength(2);
    expect(elements(entries[0] as never, 'a')[0]!.getAttribute('href')).toBe('hostile.xhtml');
    expect(elements(edition.xml(entryPath('package.opf')), 'dc:identifier')[0]!.textContent).toBe(`${SITE}/?lang=en`);
  });
});

describe('EPUBs of documents in the official layouts', () => {
  it.each(layoutDocuments().map((d) => [d.slug, d] as const))('%s: every clause of every kind (articles, attached documents) is there with its id', (slug, document) => {
    for (const language of ['vi', 'en', 'vi-en'] as const) {
      const epub = openEpub(assembleEpub(documentBook(document, language, CONTEXT)));
      const content = epub.xml(entryPath(`${slug}.xhtml`));
      epub.xml(entryPath('nav.xhtml'));
      for (const clause of flattenClauses<Clause>(document.clauses)) {
        const element = content.getElementById(clause.id);
        expect(element, `${language} ${clause.id}`).not.toBeNull();
        expect(element!.getAttribute('class')).toBe(`clause clause--${clause.kind}`);
      }
      // The navigation is the page's contents list, attached documents and their units included.
      const toc = elements(epub.xml(entryPath('nav.xhtml')), 'ol')[0]!;
      const ids = (list: Element): unknown[] =>
        Array.from(list.childNodes)
          .filter((n) => n.nodeName === 'li')
          .map((li) => {
            const children = Array.from(li.childNodes) as Element[];
            const sublist = children.find((c) => c.nodeName === 'ol');
            return [children.find((c) => c.nodeName === 'a')!.getAttribute('href')!.replace(`${slug}.xhtml#`, ''), sublist ? ids(sublist) : []];
          })
          .filter(([id]) => id !== 'glossary.xhtml');
      const expected = (entries: readonly OutlineEntry[]): unknown[] => entries.map((e) => [e.id, expected(e.children)]);
      expect(ids(toc), language).toEqual(expected(outline(document.clauses)));
    }
  });
});

describe('English term spans', () => {
  const terms = new Map(HOSTILE_GLOSSARY.map((t) => [t.id, t]));
  it('finds whole words in any case, plurals included, and only for the terms asked', () => {
    const text = 'Plans and the plan; planning, objectives.';
    expect(englishTermSpans(text, ['ke-hoach'], terms).map((s) => text.slice(s.start, s.end))).toEqual(['Plans', 'plan']);
    expect(englishTermSpans(text, ['muc-tieu'], terms).map((s) => text.slice(s.start, s.end))).toEqual(['objectives']);
    expect(englishTermSpans(text, [], terms)).toEqual([]);
  });
});
