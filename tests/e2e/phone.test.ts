/**
 * The document page on a phone (390 × 844): the first screen shows the title and the beginning of
 * the text; the facts and the contents are one tap (or key) away, with or without JavaScript; the
 * bar holding them stays on screen while the reader scrolls and names the section being read.
 * Axe checks the page at this size with the panels closed and open.
 */
import type { BrowserContextOptions, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { readDist } from '../support/build-site.ts';
import { useBuiltSite } from '../support/site-under-test.ts';
import { axeViolations } from '../support/axe.ts';
import { flattenClauses, type ClauseExport, type DocumentExport, type DocumentSummaryExport } from '../../src/pipeline/emit/json.ts';

const site = useBuiltSite();
const PHONE: BrowserContextOptions = { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true };
const slugs = () => readDist<{ documents: DocumentSummaryExport[] }>('api/documents.json').documents.map((d) => d.slug);

/** The first clause of the text proper: after the header and the title, the first with words of its own. */
function firstTextClause(slug: string): ClauseExport {
  const document = readDist<DocumentExport>(`api/documents/${slug}.json`);
  return flattenClauses<ClauseExport>(document.clauses).find((c) => !['header', 'title'].includes(c.id) && c.text !== null)!;
}

async function phonePage(options: BrowserContextOptions = {}): Promise<Page> {
  const context = await site.browser.newContext({ ...PHONE, ...options });
  return context.newPage();
}

describe('document page on a phone (390 × 844)', () => {
  it('shows the title and the first clause of the text on the first screen, for every document', async () => {
    const page = await phonePage();
    expect(slugs().length).toBeGreaterThanOrEqual(5);
    for (const slug of slugs()) {
      await page.goto(`${site.url}/documents/${slug}/`);
      const first = firstTextClause(slug);
      const title = (await page.locator('.clause--title h1').boundingBox())!;
      const text = (await page.locator(`[id="${first.id}"] .clause-text`).first().boundingBox())!;
      expect(title.y, slug).toBeGreaterThanOrEqual(0);
      expect(title.y + title.height, slug).toBeLessThan(844);
      // The clause's first line is on screen.
      expect(text.y, `${slug}#${first.id}`).toBeLessThan(844 - 24);
      // The panels are closed, so the facts and the contents stand before none of it.
      expect(await page.locator('.facts').isVisible(), slug).toBe(false);
      expect(await page.locator('nav.toc').isVisible(), slug).toBe(false);
    }
    await page.context().close();
  });

  it('opens the contents and the facts by keyboard, and closes them with Escape', async () => {
    const page = await phonePage();
    await page.goto(`${site.url}/documents/binh-thuan-1698-kh-ubnd-2021/`);
    // Focus order: the panels come right after the header's controls, before the text.
    await page.locator('.site-language button[data-set-language="en"]').focus();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('details')?.id)).toBe('metadata-panel');
    await page.keyboard.press('Enter');
    expect(await page.locator('.facts').isVisible()).toBe(true);
    expect(await page.locator('.facts').innerText()).toContain('1698/KH-UBND');
    await page.keyboard.press('Escape');
    expect(await page.locator('.facts').isVisible()).toBe(false);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('details')?.id)).toBe('toc-panel');
    await page.keyboard.press('Space');
    const entry = page.locator('nav.toc a[href="#iii-2"]');
    expect(await entry.isVisible()).toBe(true);
    // The next Tab goes into the open contents.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => !!document.activeElement?.closest('nav.toc'))).toBe(true);
    await entry.focus();
    await page.keyboard.press('Enter');
    await page.waitForURL('**#iii-2');
    expect(await entry.isVisible()).toBe(false);
    await page.context().close();
  });

  it('opens them by touch, lands on a clause below the bar, and keeps the bar and the current section on screen', async () => {
    const page = await phonePage();
    await page.goto(`${site.url}/documents/binh-thuan-1698-kh-ubnd-2021/`);
    await page.locator('#metadata-panel > summary').tap();
    expect(await page.locator('.facts').isVisible()).toBe(true);
    await page.locator('#toc-panel > summary').tap();
    // One panel at a time on a phone (the toggle event comes a moment later).
    await expect.poll(() => page.locator('.facts').isVisible()).toBe(false);
    await page.locator('nav.toc a[href="#iii-2"]').tap();
    await page.waitForURL('**#iii-2');
    expect(await page.locator('nav.toc').isVisible()).toBe(false);
    const bar = page.locator('.document-aside');
    const barBox = (await bar.boundingBox())!;
    expect(Math.abs(barBox.y)).toBeLessThan(1);
    const heading = (await page.locator('#iii-2 > .clause__heading').boundingBox())!;
    expect(heading.y).toBeGreaterThanOrEqual(barBox.y + barBox.height - 1);
    expect(heading.y).toBeLessThan(844);
    const current = page.locator('[data-current-section] a');
    await expect.poll(() => current.getAttribute('href')).toBe('#iii-2');
    expect(await current.innerText()).toMatch(/^III › 2 /);
    await page.mouse.wheel(0, 3000);
    await expect.poll(async () => (await bar.boundingBox())!.y).toBeLessThan(1);
    await expect.poll(() => current.getAttribute('href')).not.toBe('#iii-2');
    // The contents stay one tap away wherever the reader is.
    await page.locator('#toc-panel > summary').tap();
    expect(await page.locator('nav.toc a[href="#iii-2"]').isVisible()).toBe(true);
    await page.context().close();
  });

  it('opens them without JavaScript', async () => {
    const page = await phonePage({ javaScriptEnabled: false });
    await page.goto(`${site.url}/documents/lai-chau-ctrhd-ubnd-2020/`);
    expect(await page.locator('nav.toc').isVisible()).toBe(false);
    await page.locator('#toc-panel > summary').tap();
    expect(await page.locator('nav.toc').isVisible()).toBe(true);
    await page.locator('#metadata-panel > summary').click();
    expect(await page.locator('.facts').isVisible()).toBe(true);
    await page.context().close();
  });

  it('shows the panels open beside the text on a wide screen', async () => {
    const context = await site.browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.goto(`${site.url}/documents/lai-chau-ctrhd-ubnd-2020/`);
    expect(await page.locator('.facts').isVisible()).toBe(true);
    expect(await page.locator('nav.toc').isVisible()).toBe(true);
    await context.close();
  });

  it.each(['closed', 'open'])('has no axe violations with the panels %s, at phone size', async (state) => {
    const page = await phonePage({ bypassCSP: true });
    await page.goto(`${site.url}/documents/an-giang-17-ctr-tu-2026/`);
    if (state === 'open') await page.locator('#toc-panel > summary').tap();
    const violations = await axeViolations(page);
    expect(violations).toEqual([]);
    await page.context().close();
  });
});
