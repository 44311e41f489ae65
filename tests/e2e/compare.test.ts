/**
 * Comparisons across the documents, in Chromium and in the exports: each numbered section's topics
 * and counterparts, the topic pages, and the targets table and chart.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { agreement, goldPairs, linkedPairs } from '../../src/pipeline/align/agreement.ts';
import { flattenClauses, type ClauseExport, type DocumentExport } from '../../src/pipeline/emit/json.ts';
import { readDist } from '../support/build-site.ts';
import { useBuiltSite } from '../support/site-under-test.ts';

const site = useBuiltSite();


describe('comparisons', () => {
  it('export topics with member sections, targets with their sentences, and topics and related links per clause', () => {
    const { topics } = readDist<{ topics: { id: string; vi: string; en: string; sections: { slug: string; id: string; url: string; assignment: string }[] }[] }>('api/topics.json');
    expect(topics.length).toBeGreaterThanOrEqual(20);
    for (const id of ['land', 'credit-fund', 'social-insurance', 'cooperative-alliance', 'objectives']) expect(topics.find((t) => t.id === id)?.sections.length, id).toBeGreaterThan(0);
    const { targets } = readDist<{ targets: { document: string; clause: string; indicator: string; year: number; number: number; unit: string; sentence: string }[] }>('api/targets.json');
    expect(targets).toContainEqual(expect.objectContaining({ document: 'binh-thuan-1698-kh-ubnd-2021', clause: 'i-2-a', indicator: 'cooperatives', year: 2030, number: 248, unit: 'count' }));
    const document = readDist<DocumentExport>('api/documents/an-giang-17-ctr-tu-2026.json');
    const land = flattenClauses<ClauseExport>(document.clauses).find((c) => c.id === 'iii-2-2-2')!;
    expect(land.topics).toContain('land');
    expect(Array.isArray(land.related)).toBe(true);
    const numbered = flattenClauses<ClauseExport>(document.clauses).filter((c) => c.label !== null);
    expect(numbered.filter((c) => c.topics.length > 0).length / numbered.length).toBeGreaterThan(0.9);
  });

  it('link a numbered section to its topics and to the same topic in other documents', async () => {
    const page = await site.browser.newPage();
    const document = readDist<DocumentExport>('api/documents/lai-chau-ctrhd-ubnd-2020.json');
    const withRelated = flattenClauses<ClauseExport>(document.clauses).find((c) => c.related.length > 0)!;
    await page.goto(`${site.url}/documents/lai-chau-ctrhd-ubnd-2020/#${withRelated.id}`);
    const links = page.locator(`#${withRelated.id} > .section-links`).first();
    await links.locator('summary').click();
    const first = withRelated.related[0]!;
    await links.locator(`a[href="/documents/${first.slug}/#${first.id}"]`).click();
    await page.waitForURL(`**/documents/${first.slug}/#${first.id}`);
    expect(await page.locator(':target').getAttribute('id')).toBe(first.id);
    await page.close();
  });

  it('show a topic side by side across the documents, in both languages', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.url}/topics/land/`);
    expect(await page.locator('h1').innerText()).toBe('Đất đai · Land');
    expect(await page.locator('.topic-column').count()).toBe(5);
    const link = page.locator('.topic-section h3 a').first();
    expect(await link.getAttribute('href')).toMatch(/^\/documents\/[a-z0-9-]+\/#[a-z0-9-]+$/);
    expect(await page.locator('.topic-section p[lang="en"]').count()).toBeGreaterThan(0);
    // A section whose words are all in bullets under its heading ("h) Sở Tài nguyên và Môi trường")
    // shows them, in both languages.
    const laiChau = readDist<DocumentExport>('api/documents/lai-chau-ctrhd-ubnd-2020.json');
    const bullet = flattenClauses<ClauseExport>(laiChau.clauses).find((c) => c.id === 'ii-2-h')!.children[0]!;
    expect(bullet.label).toBeNull();
    const section = page.locator('.topic-section', { has: page.locator('a[href="/documents/lai-chau-ctrhd-ubnd-2020/#ii-2-h"]') });
    expect(await section.locator('p[lang="vi"]').first().innerText()).toBe(bullet.text!.vi);
    expect(await section.locator('p[lang="en"]').nth(1).innerText()).toBe(bullet.text!.en);
    // The topic's description is read in the reader's language.
    expect(await page.locator('.lead').innerText()).toMatch(/^Tiếp cận đất đai của hợp tác xã/);
    await page.goto(`${site.url}/topics/land/?lang=en`);
    expect(await page.locator('.lead').innerText()).toMatch(/^Access to land for cooperatives/);
    await page.close();
  });

  it('compare the targets in a table whose values link to their clauses, and in charts readable without script', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.url}/targets/`);
    const cell = page.locator('.targets-table a[href="/documents/binh-thuan-1698-kh-ubnd-2021/#i-2-a"]').first();
    expect(await cell.count()).toBe(1);
    const charts = page.locator('svg.targets-chart[role="img"]');
    expect(await charts.count()).toBeGreaterThan(3);
    const described = await charts.first().getAttribute('aria-labelledby');
    expect(described).toMatch(/^chart-0-title chart-0-desc$/);
    expect(await page.locator('#chart-0-desc').textContent()).toMatch(/: /);
    // Each bar is named by the document's province or issuer, never by a cut-off label.
    const barNames = await page.locator('svg.targets-chart g text:first-child').allTextContents();
    expect(barNames).toContain('An Giang');
    expect(barNames).toContain('Ban thường vụ tỉnh ủy');
    // The table scrolls sideways on a phone: a keyboard can reach it, and it has a name.
    const region = page.getByRole('region', { name: /Chỉ tiêu theo văn bản/ });
    expect(await region.getAttribute('tabindex')).toBe('0');
    // A document that sets no numeric target is named, so its empty column is not read as missing data.
    const { targets } = readDist<{ targets: { document: string }[] }>('api/targets.json');
    const { documents } = readDist<{ documents: { slug: string }[] }>('api/documents.json');
    const without = documents.map((d) => d.slug).filter((slug) => !targets.some((t) => t.document === slug));
    expect(without).toEqual(['lai-chau-ctrhd-ubnd-2020']);
    expect(await page.locator('.targets-none a').evaluateAll((links) => links.map((a) => a.getAttribute('href')))).toEqual(without.map((slug) => `/documents/${slug}/`));
    await context.close();
  });

  it('chart values of one unit on one scale, with a text alternative in the reader\'s language', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.url}/targets/`);
    // A share drawn beside a count on one scale would look like a tiny count: each chart keeps to one unit.
    const units = await page.locator('svg.targets-chart').evaluateAll((charts) =>
      charts.map((svg) => new Set([...svg.querySelectorAll('text.targets-value.ui-vi')].map((t) => (t.textContent ?? '').endsWith('%'))).size),
    );
    expect(units.length).toBeGreaterThan(3);
    expect(units.filter((n) => n !== 1)).toEqual([]);
    expect(await page.getByRole('img', { name: /Bình Thuận: khoảng 5\.412/ }).count()).toBe(1);
    await page.goto(`${site.url}/targets/?lang=en`);
    expect(await page.getByRole('img', { name: /Bình Thuận: about 5,412/ }).count()).toBe(1);
    expect(await page.getByRole('img', { name: /khoảng|ít nhất/ }).count()).toBe(0);
    await page.close();
  });

  it('keep the targets table readable on a phone: short column names, and each row named in view while it scrolls sideways', async () => {
    const page = await site.browser.newPage({ viewport: { width: 390, height: 800 } });
    await page.goto(`${site.url}/targets/`);
    const table = page.locator('.targets-table');
    // A column is named by province or issuer, then number and year, not by the whole title.
    expect(await table.getByRole('columnheader').nth(1).innerText()).toMatch(/^An Giang\s+17-CTr\/TU · 2026$/);
    // The row's header carries the year, so a screen reader reads both with every value.
    expect(await table.getByRole('rowheader').first().innerText()).toBe('Số tổ hợp tác, 2030');
    const region = page.getByRole('region', { name: /Chỉ tiêu theo văn bản/ });
    expect(await region.evaluate((e) => e.scrollWidth > e.clientWidth)).toBe(true);
    await region.evaluate((e) => (e.scrollLeft = e.scrollWidth));
    const regionBox = (await region.boundingBox())!;
    const headerBox = (await table.getByRole('rowheader').first().boundingBox())!;
    expect(Math.abs(headerBox.x - regionBox.x)).toBeLessThan(2);
    // A document known by the resolution it implements is introduced in the reader's language.
    await page.goto(`${site.url}/targets/?lang=en`);
    expect(await table.getByRole('columnheader').nth(2).innerText()).toMatch(/^Standing Board of the Provincial Party Committee\s+implementing 20-NQ\/TW$/);
    await page.close();
  });

  it('tell readers, in their language, how far the links agree with the gold the team drew up', async () => {
    // The figure is recomputed here from the published exports, so the page cannot state a stale one.
    const { documents } = readDist<{ documents: { slug: string }[] }>('api/documents.json');
    const sections = new Map<string, { related: { slug: string; id: string }[] }>();
    for (const { slug } of documents) {
      for (const clause of flattenClauses<ClauseExport>(readDist<DocumentExport>(`api/documents/${slug}.json`).clauses)) sections.set(`${slug}#${clause.id}`, clause);
    }
    const gold = goldPairs(readFileSync(new URL('../../src/pipeline/align/fixtures/section-gold.json', import.meta.url), 'utf8'));
    const { precision, recall } = agreement(linkedPairs(sections), gold);
    const page = await site.browser.newPage();
    await page.goto(`${site.url}/about/?lang=en`);
    const text = await page.locator('article').innerText();
    expect(text).toContain(`(${gold.size} pairs of sections), ${(precision * 100).toFixed(1)}% of the links agree and they find ${(recall * 100).toFixed(1)}% of the pairs`);
    expect(text).not.toContain('Phương pháp biên tập');
    await page.goto(`${site.url}/about/`);
    expect(await page.locator('article').innerText()).toContain(`${(precision * 100).toFixed(1).replace('.', ',')}% số liên kết là đúng`);
    await page.close();
  });

  it('fit every chart value inside its chart, read in either language', async () => {
    const page = await site.browser.newPage();
    for (const [lang, word] of [
      ['vi', 'khoảng'],
      ['en', 'about'],
    ] as const) {
      await page.goto(`${site.url}/targets/?lang=${lang}`);
      const shown = await page.locator('svg.targets-chart text').evaluateAll((texts) => texts.filter((t) => (t as SVGTextElement).getBBox().width > 0).map((t) => t.textContent ?? ''));
      expect(shown.some((text) => text.startsWith(word)), lang).toBe(true);
      const overflowing = await page.locator('svg.targets-chart').evaluateAll((charts) =>
        charts.flatMap((svg) => {
          const width = (svg as SVGSVGElement).viewBox.baseVal.width;
          return [...svg.querySelectorAll('text')].filter((t) => t.getBBox().width > 0 && t.getBBox().x + t.getBBox().width > width).map((t) => t.textContent);
        }),
      );
      expect(overflowing, lang).toEqual([]);
      // A bar's name (the English of an issuer is long) stays left of the bars, which start at 200.
      const intoBars = await page.locator('svg.targets-chart text.targets-bar-name').evaluateAll((texts) =>
        texts.filter((t) => (t as SVGTextElement).getBBox().width > 0 && (t as SVGTextElement).getBBox().x + (t as SVGTextElement).getBBox().width > 196).map((t) => t.textContent),
      );
      expect(intoBars, lang).toEqual([]);
    }
    await page.close();
  });
});
