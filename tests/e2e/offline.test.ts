/**
 * The offline copy, as a student uses it: the zip unpacked on a laptop with no network and opened
 * from disk (file://) in Chromium; and one document as a single self-contained HTML file.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { unzipSync } from 'fflate';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../support/browser.ts';
import { DIST, ensureBuilt } from '../support/build-site.ts';
import { untranslatedFrame } from '../support/untranslated.ts';
import type { DocumentSummaryExport } from '../../src/pipeline/emit/json.ts';

let browser: Browser;
let folder: string;

beforeAll(async () => {
  await ensureBuilt();
  folder = mkdtempSync(join(tmpdir(), 'offline-'));
  for (const [name, bytes] of Object.entries(unzipSync(readFileSync(join(DIST, 'downloads', 'kinh-te-tap-the-offline.zip'))))) {
    if (name.endsWith('/')) continue;
    mkdirSync(dirname(join(folder, name)), { recursive: true });
    writeFileSync(join(folder, name), bytes);
  }
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  if (folder) rmSync(folder, { recursive: true, force: true });
});

/** A page that records every request that is not a file of the copy. */
async function offlinePage(): Promise<{ page: Page; outside: string[] }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const outside: string[] = [];
  page.on('request', (request) => {
    if (!request.url().startsWith('file://') && !request.url().startsWith('data:')) outside.push(request.url());
  });
  return { page, outside };
}

describe('the offline copy, opened from disk', () => {
  it('opens the edition, a document, follows links, reads in English and shows glossary popovers', async () => {
    const { page, outside } = await offlinePage();
    await page.goto(pathToFileURL(join(folder, 'kinh-te-tap-the', 'index.html')).href);
    expect(await page.locator('.document-card').count()).toBe(5);
    await page.locator('.document-card h2 a').filter({ hasText: '1698/KH-UBND' }).click();
    await page.waitForURL('**/documents/binh-thuan-1698-kh-ubnd-2021/index.html');
    expect(await page.locator('h1').first().innerText()).toBe('KẾ HOẠCH');
    await page.locator('nav.toc a[href="#iii-2"]').click();
    expect(new URL(page.url()).hash).toBe('#iii-2');
    expect(await page.locator(':target').getAttribute('id')).toBe('iii-2');
    const term = page.locator('a.term:visible').first();
    await term.hover();
    await expect.poll(() => page.locator('#term-popover').isVisible()).toBe(true);
    await page.getByRole('radio', { name: 'English' }).check();
    expect(await page.locator('#iii-2-b .clause-text.lang-en').isVisible()).toBe(true);
    await page.locator('.site-footer a').first().click();
    await page.waitForURL('**/kinh-te-tap-the/index.html');
    expect(outside).toEqual([]);
    await page.context().close();
  });

  it('searches without a server, folding diacritics (đ too), and lands on the clause', async () => {
    const { page, outside } = await offlinePage();
    await page.goto(pathToFileURL(join(folder, 'kinh-te-tap-the', 'search', 'index.html')).href);
    await page.locator('#search-query').fill('dau tu');
    await page.locator('.search-result').first().waitFor();
    expect(await page.locator('#search-count').innerText()).toMatch(/^\d+ kết quả cho “dau tu”/);
    const marked = (await page.locator('.search-result__excerpt mark').allInnerTexts()).map((m) => m.toLowerCase());
    expect(marked).toContain('đầu');
    const href = (await page.locator('.search-result__link').first().getAttribute('href'))!;
    await page.locator('.search-result__link').first().click();
    const id = href.split('#')[1]!;
    await page.waitForURL(`**#${id}`);
    expect(await page.locator(':target').getAttribute('id')).toBe(id);
    expect(outside).toEqual([]);
    await page.context().close();
  });

  it('reads in English: documents and search results labelled in English, no unmarked Vietnamese in the frame', async () => {
    const { page } = await offlinePage();
    const { documents } = JSON.parse(readFileSync(join(DIST, 'api', 'documents.json'), 'utf8')) as { documents: DocumentSummaryExport[] };
    const names = documents.flatMap((d) => [d.metadata.province, d.metadata.signer].filter((n): n is string => n !== null));
    await page.goto(`${pathToFileURL(join(folder, 'kinh-te-tap-the', 'index.html')).href}?lang=en`);
    expect(await page.locator('.document-card').filter({ hasText: '1698/KH-UBND' }).innerText()).toContain("People's Committee of Bình Thuận Province");
    expect(await untranslatedFrame(page, names)).toEqual([]);
    await page.goto(`${pathToFileURL(join(folder, 'kinh-te-tap-the', 'documents', 'lai-chau-ctrhd-ubnd-2020', 'index.html')).href}?lang=en`);
    expect(await page.locator('.metadata').innerText()).toContain('October 2020');
    expect(await untranslatedFrame(page, names)).toEqual([]);
    await page.goto(`${pathToFileURL(join(folder, 'kinh-te-tap-the', 'search', 'index.html')).href}?lang=en`);
    await page.locator('#search-query').fill('cooperative');
    await page.locator('.search-result').first().waitFor();
    expect(await page.locator('.search-result__document').first().innerText()).toMatch(/^(Action Programme|Plan|Resolution) · /);
    expect(await untranslatedFrame(page, [...names, 'cooperative'])).toEqual([]);
    await page.context().close();
  });

  it('has the header search box lead to the offline search with the query', async () => {
    const { page } = await offlinePage();
    await page.goto(pathToFileURL(join(folder, 'kinh-te-tap-the', 'glossary', 'index.html')).href);
    await page.locator('#site-search-input').fill('hop tac xa');
    await page.keyboard.press('Enter');
    await page.locator('.search-result').first().waitFor();
    expect(await page.locator('#search-query').inputValue()).toBe('hop tac xa');
    await page.context().close();
  });
});

describe('a document as one self-contained HTML file', () => {
  it('renders styled, bilingual and with popovers, and requests nothing', async () => {
    const { page, outside } = await offlinePage();
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    const file = pathToFileURL(join(DIST, 'downloads', 'lai-chau-ctrhd-ubnd-2020.html')).href;
    await page.goto(file);
    expect(requests).toEqual([file]);
    expect(outside).toEqual([]);
    expect(await page.locator('.site-header').evaluate((el) => getComputedStyle(el).position)).toBe('sticky');
    await page.getByRole('radio', { name: 'English' }).check();
    expect(await page.locator('#ii-2-dd-b1 .clause-text.lang-en').isVisible()).toBe(true);
    await page.getByRole('radio', { name: 'Tiếng Việt' }).check();
    await page.locator('a.term:visible').first().hover();
    await expect.poll(() => page.locator('#term-popover').isVisible()).toBe(true);
    await page.context().close();
  });
});
