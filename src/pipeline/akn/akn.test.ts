import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildDocument } from '../index.ts';
import type { Clause, ClauseKind, EditionDocument } from '../model.ts';
import { flattenClauses } from '../emit/json.ts';
import { documentToAknXml } from './akn.ts';
import { el, escapeAttribute, escapeText, serialiseXml } from './xml.ts';

const SCHEMA = fileURLToPath(new URL('../../../../shared/schemas/akn/akomantoso30.xsd', import.meta.url));

/** xmllint's verdict on a document, against the OASIS schema. */
function validate(xml: string): { ok: boolean; output: string } {
  const result = spawnSync('xmllint', ['--noout', '--schema', SCHEMA, '-'], { input: xml, encoding: 'utf8' });
  return { ok: result.status === 0, output: `${result.stdout}${result.stderr}` };
}

/** The text of the element with an eId, as xmllint reads it (entities resolved), spaces collapsed. */
function textOfEId(xml: string, eId: string): string {
  const result = spawnSync('xmllint', ['--xpath', `string(//*[@eId="${eId}"])`, '-'], { input: xml, encoding: 'utf8' });
  return result.stdout.replace(/\s+/g, ' ').trim();
}

const hostile = buildDocument(readFileSync(new URL('../emit/fixtures/hostile-seed.txt', import.meta.url)), 'hostile-seed.txt', 'hostile');

describe('XML serialisation', () => {
  it('escapes markup in text and attributes, and replaces characters XML cannot carry', () => {
    expect(escapeText('a < b && c > d ]]> </script>')).toBe('a &lt; b &amp;&amp; c &gt; d ]]&gt; &lt;/script&gt;');
    expect(escapeAttribute('say "hi"\n<x>')).toBe('say &quot;hi&quot;&#10;&lt;x&gt;');
    expect(escapeText('bell\u0007 and lone \uD800 surrogate')).toBe('bell\uFFFD and lone \uFFFD surrogate');
    const xml = serialiseXml(el('a', { title: '"</a>' }, ['<b>&', el('c')]));
    expect(xml).toBe('<?xml version="1.0" encoding="UTF-8"?>\n<a title="&quot;&lt;/a&gt;">&lt;b&gt;&amp;<c/></a>\n');
  });
});

describe('Akoma Ntoso export', () => {
  it('keeps hostile source text as text, valid against the OASIS schema', () => {
    const xml = documentToAknXml(hostile);
    const verdict = validate(xml);
    expect(verdict.ok, verdict.output).toBe(true);
    expect(xml).not.toContain('<script>');
    expect(xml).not.toContain('<div onclick');
    // Every clause is an element whose eId is its id, holding its text word for word.
    for (const clause of flattenClauses<Clause>(hostile.clauses)) {
      expect(xml, clause.id).toContain(`eId="${clause.id}"`);
    }
    const withText = flattenClauses<Clause>(hostile.clauses).filter((c) => c.text && c.kind !== 'header' && c.children.length === 0).slice(0, 6);
    for (const clause of withText) expect(textOfEId(xml, clause.id), clause.id).toContain(clause.text!.replace(/\s+/g, ' ').trim());
  });

  it('marks citations as <ref> in both languages, and names the work and both expressions', () => {
    const document: EditionDocument = structuredClone(hostile);
    const clause = flattenClauses<Clause>(document.clauses).find((c) => c.text !== null && c.kind !== 'header')!;
    clause.text = `Thực hiện Nghị quyết số 20-NQ/TW & <b>thẻ</b>`;
    clause.translation = { heading: clause.heading === null ? null : 'Heading', text: 'Implementing Resolution No. 20-NQ/TW' };
    const links = new Map([[clause.id, { vi: [{ start: 10, end: 32, href: '/references/20-nq-tw/?a="1"&b=<2>' }], en: [{ start: 13, end: 36, href: '/references/20-nq-tw/' }] }]]);
    const xml = documentToAknXml(document, { links });
    const verdict = validate(xml);
    expect(verdict.ok, verdict.output).toBe(true);
    expect(xml).toContain('<ref href="/references/20-nq-tw/?a=&quot;1&quot;&amp;b=&lt;2&gt;">Nghị quyết số 20-NQ/TW</ref> &amp; &lt;b&gt;thẻ&lt;/b&gt;');
    expect(xml).toContain('<ref href="/references/20-nq-tw/">Resolution No. 20-NQ/TW</ref>');
    expect(xml).toContain('<FRBRlanguage language="vie"/>');
    expect(xml).toContain('<FRBRlanguage language="eng"/>');
    expect(xml).toMatch(/<FRBRtranslation href="\/akn\/vn\/doc\/[^"]+\/vie@" fromLanguage="vie"/);
    expect(xml).toContain(`eId="eng__${clause.id}"`);
  });

  it('maps every kind of clause, the structure stage’s newer ones included, to valid elements', () => {
    const clause = (id: string, kind: ClauseKind | 'unknown-kind', children: Clause[] = [], extra: Partial<Clause> = {}): Clause =>
      ({ id, kind, label: null, marker: null, path: [], heading: null, text: `Nội dung ${id}`, source: null, lines: [1, 1], translation: { heading: null, text: `Text ${id}` }, restoration: null, children, ...extra }) as Clause;
    const document: EditionDocument = {
      ...structuredClone(hostile),
      metadata: { ...hostile.metadata, date: { year: 2025, month: null, day: null, iso: '2025' } },
      clauses: [
        clause('header', 'header'),
        clause('title', 'title', [], { heading: 'NGHỊ ĐỊNH' }),
        clause('phan-1', 'part', [
          clause('chuong-i', 'chapter', [
            clause('muc-1', 'division', [clause('dieu-1', 'article', [clause('dieu-1-khoan-1', 'item', [clause('dieu-1-khoan-1-diem-a', 'point')], { label: '1', marker: '1.' })], { label: '1', marker: 'Điều 1.', heading: 'Phạm vi' })]),
          ], { label: 'I', marker: 'Chương I', heading: 'QUY ĐỊNH CHUNG', text: null }),
        ], { label: '1', marker: 'Phần 1' }),
        clause('phu-luc-1', 'appendix', [clause('phu-luc-1-t1', 'table', [], { table: { caption: 'Bảng <1>', header: ['Chỉ tiêu', 'Năm'], rows: [['Hợp tác xã & tổ', '2030']] } } as Partial<Clause>)]),
        clause('kem-theo', 'attachment', [clause('kem-theo-i-1', 'subitem')], { heading: 'QUY CHẾ' }),
        clause('other', 'unknown-kind'),
        clause('recipients', 'recipients', [clause('recipients-b1', 'bullet')]),
        clause('signature', 'signature'),
      ],
    };
    const xml = documentToAknXml(document);
    const verdict = validate(xml);
    expect(verdict.ok, verdict.output).toBe(true);
    for (const element of ['<part eId="phan-1">', '<chapter eId="chuong-i">', '<division eId="muc-1">', '<article eId="dieu-1">', '<paragraph eId="dieu-1-khoan-1">', '<point eId="dieu-1-khoan-1-diem-a">', '<hcontainer eId="phu-luc-1" name="appendix">', '<hcontainer eId="kem-theo" name="attachment">', '<hcontainer eId="other" name="unknown-kind">', '<th><p>Chỉ tiêu</p></th>', '<td><p>Hợp tác xã &amp; tổ</p></td>']) {
      expect(xml.replace(/>\s+</g, '><')).toContain(element);
    }
    expect(xml).toContain('<FRBRdate date="2025-01-01" name="issued in 2025 (the text gives no month)"/>');
  });
});
