/**
 * References and relations in the built site: every citation link leads to a page that lists the
 * citing clause, every reference page lists its citing clauses, the relation diagrams have their
 * text alternative, every document page carries schema.org Legislation JSON-LD, every
 * dist/akn/*.xml validates against the OASIS Akoma Ntoso schema, and a search by a document's
 * number lands on its reference page first (real Pagefind index, in Chromium).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ReferencesExport } from '../../src/pipeline/references/index.ts';
import type { DocumentExport, DocumentSummaryExport } from '../../src/pipeline/emit/json.ts';
import { flattenClauses } from '../../src/pipeline/emit/json.ts';
import { DIST, ROOT, readDist } from '../support/build-site.ts';
import { useBuiltSite } from '../support/site-under-test.ts';

const site = useBuiltSite();
const SCHEMA = join(ROOT, '..', 'shared', 'schemas', 'akn', 'akomantoso30.xsd');

const html = (path: string) => readFileSync(join(DIST, path, 'index.html'), 'utf8');
const documents = () => readDist<{ documents: DocumentSummaryExport[] }>('api/documents.json').documents;
const references = () => readDist<ReferencesExport>('api/references.json').references;

describe('references.json', () => {
  it('has the documented shape, and every citing clause exists on its page', () => {
    const list = references();
    expect(list.length).toBeGreaterThan(0);
    for (const reference of list) {
      expect(Object.keys(reference)).toEqual(['id', 'numberSymbol', 'type', 'issuer', 'date', 'title', 'inEdition', 'citedBy']);
      expect(Object.keys(reference.title)).toEqual(['vi', 'en']);
      for (const { slug, id } of reference.citedBy) expect(html(`documents/${slug}`), `${reference.id} ← ${slug}#${id}`).toContain(` id="${id}"`);
    }
    // The five documents cite these, among others.
    expect(list.filter((r) => r.citedBy.length > 0).map((r) => r.numberSymbol)).toEqual(expect.arrayContaining(['20-NQ/TW', '13-NQ/TW', '134/NQ-CP', '340/QĐ-TTg', '70-KL/TW', '23/2012/QH13']));
  });
});

describe('reference pages', () => {
  it('say what the document is and list every clause that cites it, with a link to the clause', () => {
    for (const reference of references()) {
      const page = html(`references/${reference.id}`);
      const listed = [...page.matchAll(/data-citing-clause="([^"]+)"/g)].map((m) => m[1]);
      expect(listed, reference.id).toEqual(reference.citedBy.map((c) => `${c.slug}#${c.id}`));
      for (const { slug, id } of reference.citedBy) expect(page).toContain(`href="/documents/${slug}/#${id}"`);
      if (reference.numberSymbol) expect(page).toContain(reference.numberSymbol);
      if (reference.title.en) expect(page).toContain(reference.title.en.replace(/'/g, '&#39;'));
      if (reference.citedBy.length === 0) expect(page).toContain('data-no-citations');
    }
  });

  it('are where every citation link of the documents leads, and list the citing document', () => {
    let links = 0;
    for (const { slug } of documents()) {
      const page = html(`documents/${slug}`);
      for (const [, href, id] of page.matchAll(/<a class="ref" href="([^"]+)" data-reference="([^"]+)"/g)) {
        links++;
        const reference = references().find((r) => r.id === id)!;
        expect(href).toBe(reference.inEdition ? `/documents/${reference.inEdition}/` : `/references/${id}/`);
        expect(reference.citedBy.some((c) => c.slug === slug), `${slug} → ${id}`).toBe(true);
      }
    }
    expect(links).toBeGreaterThan(50);
  });
});

describe('relations', () => {
  it('each document page shows its relations as a diagram with a text alternative and as lists', async () => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    for (const { slug } of documents()) {
      await page.goto(`${site.url}/documents/${slug}/`);
      const svg = page.locator('[data-relations] svg[role="img"]');
      await expect(svg.count()).resolves.toBe(1);
      const labelledBy = (await svg.getAttribute('aria-labelledby'))!.split(' ');
      const alternative = await page.evaluate((ids) => ids.map((id) => document.getElementById(id)?.textContent ?? '').join(' '), labelledBy);
      // The alternative names every document the lists name.
      const listed = await page.locator('[data-relations] dd[data-relation] a').allTextContents();
      // Group headings ("Thực hiện", "Implements") aside, each in its own language.
      const boxes = await page.locator('[data-relations] svg text:not(.relations-heading)').allTextContents();
      expect(listed.length, slug).toBeGreaterThan(0);
      for (const box of boxes) expect(alternative, `${slug}: ${box}`).toContain(box.replace(/…$/, ''));
    }
    await context.close();
  });

  it('the edition page draws the whole graph and says the same in a table', () => {
    const page = html('relations');
    expect(page).toMatch(/<svg[^>]*role="img"[^>]*aria-labelledby="edition-graph-title edition-graph-desc"/);
    expect(page).toMatch(/id="edition-graph-desc"[^>]*>.*An Giang/s);
    for (const reference of references().filter((r) => r.citedBy.length > 0)) expect(page).toContain(`href="/references/${reference.id}/"`);
  });
});

describe('schema.org JSON-LD', () => {
  it('every document page carries one valid Legislation description, its citations those of its relations', () => {
    for (const { slug, metadata } of documents()) {
      const page = html(`documents/${slug}`);
      const scripts = [...page.matchAll(/<script type="application\/ld\+json">([^<]*)<\/script>/g)];
      expect(scripts, slug).toHaveLength(1);
      const json = JSON.parse(scripts[0]![1]!) as Record<string, unknown> & { citation: { legislationIdentifier?: string }[] };
      expect(json['@context']).toBe('https://schema.org');
      expect(json['@type']).toBe('Legislation');
      expect(json.inLanguage).toBe('vi');
      for (const key of ['name', 'url', 'legislationJurisdiction', 'legislationPassedBy', 'legislationType', 'workExample']) expect(json, `${slug}: ${key}`).toHaveProperty(key);
      if (metadata.numberSymbol) expect(json.legislationIdentifier).toBe(metadata.numberSymbol);
      if (metadata.date) expect(json.legislationDate).toBe(metadata.date.iso);
      expect((json.workExample as { inLanguage: string }).inLanguage).toBe('en');
      const cited = new Set(references().filter((r) => r.citedBy.some((c) => c.slug === slug)).map((r) => r.id));
      expect(json.citation, slug).toHaveLength(cited.size);
    }
  });
});

describe('Akoma Ntoso export', () => {
  it('every dist/akn/*.xml validates against the OASIS schema, with an eId per clause and a <ref> per citation', () => {
    expect(existsSync(SCHEMA), SCHEMA).toBe(true);
    for (const { slug } of documents()) {
      const file = join(DIST, 'akn', `${slug}.xml`);
      const result = spawnSync('xmllint', ['--noout', '--schema', SCHEMA, file], { encoding: 'utf8' });
      expect(result.status, `${slug}: ${result.stderr}`).toBe(0);
      const xml = readFileSync(file, 'utf8');
      const document = readDist<DocumentExport>(`api/documents/${slug}.json`);
      for (const clause of flattenClauses(document.clauses)) expect(xml, `${slug}#${clause.id}`).toContain(`eId="${clause.id}"`);
      const citing = references().flatMap((r) => r.citedBy).filter((c) => c.slug === slug).length;
      expect((xml.match(/<ref href="/g) ?? []).length, slug).toBeGreaterThanOrEqual(citing);
      expect(xml).toContain('<FRBRlanguage language="vie"/>');
      expect(xml).toContain('<FRBRlanguage language="eng"/>');
    }
  });
});

describe('search by document number', () => {
  it.each([
    ['20-NQ/TW', '20-nq-tw'],
    ['340/QD-TTg', '340-qd-ttg'],
    ['nghi quyet 20', '20-nq-tw'],
    ['Luat Hop tac xa 2023', 'luat-hop-tac-xa-2023'],
  ])('“%s” lands on the reference page first', async (query, id) => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${site.url}/search/?q=${encodeURIComponent(query)}`);
    await page.waitForFunction((q) => (document.querySelector('#search-count')?.textContent ?? '').includes(`“${q}”`), query);
    const first = await page.locator('.search-result__link').first().getAttribute('href');
    expect(new URL(first!, site.url).pathname).toBe(`/references/${id}/`);
    await context.close();
  });
});
