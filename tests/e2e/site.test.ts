/**
 * The built site in a real browser: Debian's Chromium through playwright-core, against dist/
 * served over HTTP, with the real Pagefind index.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { ClauseExport, DocumentExport } from '../../src/pipeline/emit/json.ts';
import { flattenClauses } from '../../src/pipeline/emit/json.ts';
import { firstMissingInOrder, syllables } from '../../src/pipeline/text/syllables.ts';
import { DIST, readDist } from '../support/build-site.ts';
import { useBuiltSite } from '../support/site-under-test.ts';

const site = useBuiltSite();



async function newPage(width = 1280, height = 900): Promise<Page> {
  const context = await site.browser.newContext({ viewport: { width, height } });
  return context.newPage();
}

describe('JSON export', () => {
  it('lists every document with slug, source and metadata', () => {
    const { documents } = readDist<{ documents: DocumentExport[] }>('api/documents.json');
    expect(documents.map((d) => d.source)).toEqual([
      '000_dc2e615219b91c38.txt',
      '001_af1c1f30eff17f08.txt',
      '002_1abb0fc6ff61a8be.txt',
      '003_218f22c76233087f.txt',
      '004_06bab214c2a2d528.txt',
    ]);
    for (const d of documents) expect(Object.keys(d.metadata)).toEqual(expect.arrayContaining(['issuingBody', 'province', 'documentType', 'date', 'implements', 'signer', 'recipients']));
  });

  it('gives each clause id, path, kind, heading, text, url and children', () => {
    const document = readDist<DocumentExport>('api/documents/binh-thuan-1698-kh-ubnd-2021.json');
    const clause = flattenClauses<ClauseExport>(document.clauses).find((c) => c.id === 'iii-2-b')!;
    expect(clause).toMatchObject({
      id: 'iii-2-b',
      path: ['III', '2', 'b'],
      kind: 'point',
      heading: null,
      url: '/documents/binh-thuan-1698-kh-ubnd-2021/#iii-2-b',
      children: [],
    });
    expect(clause.text!.vi).toMatch(/^Kịp thời tháo gỡ khó khăn/);
    expect(clause.text!.en).toMatch(/^\p{Lu}/u);
    const paragraph = flattenClauses<ClauseExport>(document.clauses).find((c) => c.id === 'iii-3-a-p1')!;
    expect(paragraph.path).toEqual(['III', '3', 'a']);
  });
});

describe('pages in Chromium', () => {
  it('lists the documents on the home page and opens one', async () => {
    const page = await newPage();
    await page.goto(`${site.url}/`);
    expect(await page.getAttribute('html', 'lang')).toBe('vi');
    const links = page.locator('.document-card h2 a');
    expect(await links.count()).toBe(5);
    await page.getByRole('link', { name: /Kế hoạch · 1698\/KH-UBND/ }).click();
    await page.waitForURL('**/documents/binh-thuan-1698-kh-ubnd-2021/');
    await expect.poll(() => page.locator('h1').first().innerText()).toBe('KẾ HOẠCH');
    expect(await page.locator('.metadata').textContent()).toContain('1698/KH-UBND');
    expect(await page.locator('nav.toc a[href="#iii-2"]').count()).toBe(1);
    await page.context().close();
  });

  it('has an element for every clause id of every document, and all the text of the model', async () => {
    const page = await newPage();
    const { documents } = readDist<{ documents: DocumentExport[] }>('api/documents.json');
    for (const summary of documents) {
      const document = readDist<DocumentExport>(`api/documents/${summary.slug}.json`);
      await page.goto(`${site.url}${summary.url}`);
      const ids = new Set(await page.locator('article [id]').evaluateAll((els) => els.map((e) => e.id)));
      for (const clause of flattenClauses<ClauseExport>(document.clauses)) expect(ids.has(clause.id), `${summary.slug}#${clause.id}`).toBe(true);
      // Nothing lost on the way to the page: the model's syllables appear in the page, in order.
      const pageText = await page.locator('article').innerText();
      const model = flattenClauses<ClauseExport>(document.clauses).flatMap((c) => syllables([c.heading?.vi, c.text?.vi].filter(Boolean).join(' ')));
      expect(firstMissingInOrder(model, syllables(pageText)), summary.slug).toBe(-1);
    }
    await page.context().close();
  });

  it('follows a clause permalink: the clause is the target, highlighted and clear of the sticky header', async () => {
    const page = await newPage();
    await page.goto(`${site.url}/documents/lai-chau-ctrhd-ubnd-2020/#ii-2-dd`);
    const target = page.locator(':target');
    expect(await target.getAttribute('id')).toBe('ii-2-dd');
    expect(await target.textContent()).toContain('Ngân hàng Nhà nước Việt Nam chi nhánh tỉnh Lai Châu');
    const background = await target.evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(background).not.toBe('rgba(0, 0, 0, 0)');
    const headerBottom = await page.locator('.site-header').evaluate((el) => el.getBoundingClientRect().bottom);
    const top = await target.evaluate((el) => el.getBoundingClientRect().top);
    expect(top).toBeGreaterThanOrEqual(headerBottom);
    expect(top).toBeLessThan(900);
    await page.context().close();
  });

  it('shows a copy-link control on numbered clauses that copies the clause URL', async () => {
    const page = await newPage();
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.url });
    await page.goto(`${site.url}/documents/binh-thuan-1698-kh-ubnd-2021/`);
    const control = page.locator('#iii-2-b > .clause-tools .copy-link');
    expect(await control.isVisible()).toBe(true);
    await control.click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(`${site.url}/documents/binh-thuan-1698-kh-ubnd-2021/#iii-2-b`);
    expect(new URL(page.url()).hash).toBe('#iii-2-b');
    expect(await page.locator('#site-status').textContent()).toBe('Đã sao chép liên kết.');
    await page.context().close();
  });

  it('cites a clause in Vietnamese legal style and in English, by keyboard, with a copy button', async () => {
    const page = await newPage();
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.url });
    await page.goto(`${site.url}/documents/binh-thuan-1698-kh-ubnd-2021/`);
    const cite = page.locator('#iii-2-b > .clause-tools button[data-cite]');
    await cite.focus();
    await page.keyboard.press('Enter');
    const dialog = page.locator('#cite-dialog');
    await expect.poll(() => dialog.isVisible()).toBe(true);
    const url = `${site.url}/documents/binh-thuan-1698-kh-ubnd-2021/#iii-2-b`;
    expect(await page.inputValue('#cite-vi')).toBe(`Điểm b khoản 2 mục III kế hoạch số 1698/KH-UBND ngày 17/5/2021 của Ủy ban nhân dân tỉnh Bình Thuận. ${url}`);
    expect(await page.inputValue('#cite-en')).toBe(`Plan No. 1698/KH-UBND of 17 May 2021 issued by the People's Committee of Bình Thuận Province, Section III, item 2, point b. ${url}`);
    await dialog.locator('button[data-copy-citation="cite-en"]').click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(await page.inputValue('#cite-en'));
    await page.keyboard.press('Escape');
    expect(await dialog.isVisible()).toBe(false);
    await page.context().close();
  });

  it('falls back to selecting the citation where the clipboard is unavailable', async () => {
    const page = await newPage();
    await page.addInitScript(() => Object.defineProperty(navigator, 'clipboard', { value: undefined }));
    await page.goto(`${site.url}/documents/binh-thuan-1698-kh-ubnd-2021/`);
    await page.locator('#iii-2-b > .clause-tools button[data-cite]').click();
    await page.locator('button[data-copy-citation="cite-vi"]').click();
    expect(await page.locator('.cite-dialog__status').innerText()).toMatch(/Ctrl\+C/);
    expect(await page.evaluate(() => (document.activeElement as HTMLTextAreaElement).selectionEnd > 0)).toBe(true);
    await page.context().close();
  });

  it('searches from the box on any page and lands on the clause', async () => {
    const page = await newPage();
    await page.goto(`${site.url}/documents/lai-chau-ctrhd-ubnd-2020/`);
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('site-search-input');
    await page.keyboard.type('Quỹ hỗ trợ phát triển');
    await page.keyboard.press('Enter');
    await page.waitForURL('**/search/?q=*');
    const first = page.locator('.search-result__link').first();
    await first.waitFor();
    expect(await page.locator('#search-count').textContent()).toMatch(/^\d+ kết quả cho “Quỹ hỗ trợ phát triển”/);
    const href = (await first.getAttribute('href'))!;
    expect(href).toMatch(/^\/documents\/[a-z0-9-]+\/#[a-z0-9-]+$/);
    expect(await page.locator('.search-result__excerpt mark').count()).toBeGreaterThan(0);
    await first.click();
    await page.waitForURL(`**${href}`);
    const id = href.split('#')[1]!;
    expect(await page.locator(':target').getAttribute('id')).toBe(id);
    expect((await page.locator(':target').textContent())!.toLowerCase()).toContain('quỹ hỗ trợ phát triển');
    await page.context().close();
  });

  it('keeps the query in a shareable URL', async () => {
    const page = await newPage();
    await page.goto(`${site.url}/search/?q=${encodeURIComponent('Liên minh Hợp tác xã')}`);
    expect(await page.inputValue('#search-query')).toBe('Liên minh Hợp tác xã');
    await page.locator('.search-result').first().waitFor();
    expect(await page.locator('.search-result').count()).toBeGreaterThan(3);
    await page.context().close();
  });

  it('finds đ-words typed with d, in either case, and marks the match', async () => {
    const page = await newPage();
    for (const [query, expected] of [['dau tu', 'đầu tư'], ['Dang', 'Đảng'], ['hop tac xa', 'hợp tác xã']] as const) {
      await page.goto(`${site.url}/search/?q=${encodeURIComponent(query)}`);
      await page.locator('.search-result').first().waitFor();
      const marks = (await page.locator('.search-result__excerpt mark').allInnerTexts()).map((m) => m.toLowerCase());
      expect(marks.some((m) => m.includes(expected.toLowerCase().split(' ')[0]!)), `${query}: ${marks.slice(0, 5).join(', ')}`).toBe(true);
    }
    await page.context().close();
  });

  it('ranks exact matches first for a query typed with diacritics', async () => {
    const page = await newPage();
    await page.goto(`${site.url}/search/?q=${encodeURIComponent('thuế')}`);
    await page.locator('.search-result').first().waitFor();
    const first = await page.locator('.search-result__excerpt').first().innerText();
    expect(first.toLowerCase()).toContain('thuế');
    await page.context().close();
  });

  it('finds English text, filters by language and document, and keeps the filters in the URL', async () => {
    const page = await newPage();
    await page.goto(`${site.url}/search/?q=${encodeURIComponent('support fund')}`);
    await page.locator('.search-result').first().waitFor();
    expect(await page.locator('.search-result__lang', { hasText: 'EN' }).count()).toBeGreaterThan(0);
    await page.locator('#search-filters input[name="language"][value="en"]').check();
    await expect.poll(async () => (await page.locator('.search-result__lang').allInnerTexts()).every((t) => t === 'EN')).toBe(true);
    expect(new URL(page.url()).searchParams.getAll('language')).toEqual(['en']);
    const href = (await page.locator('.search-result__link').first().getAttribute('href'))!;
    expect(href).toMatch(/^\/documents\/[a-z0-9-]+\/\?lang=en#[a-z0-9-]+$/);
    await page.locator('#search-filters input[name="province"][value="Lai Châu"]').check();
    await expect.poll(async () => (await page.locator('.search-result__document').allInnerTexts()).every((t) => t.includes('Lai Châu'))).toBe(true);
    // The URL reproduces the search, filters included.
    await page.goto(page.url());
    await page.locator('.search-result').first().waitFor();
    expect(await page.locator('#search-filters input[name="province"][value="Lai Châu"]').isChecked()).toBe(true);
    await page.locator('.search-result__link').first().click();
    await page.waitForURL('**/documents/lai-chau-ctrhd-ubnd-2020/?lang=en#*');
    expect(await page.locator(':target .lang-en').first().isVisible()).toBe(true);
    await page.context().close();
  });

  it('is usable by keyboard: type, Esc clears, results announced', async () => {
    const page = await newPage();
    await page.goto(`${site.url}/search/`);
    await page.locator('#search-query').focus();
    await page.keyboard.type('OCOP');
    await expect.poll(() => page.locator('#search-count').innerText()).toMatch(/^\d+ kết quả cho “OCOP”/);
    expect(await page.locator('#search-count').getAttribute('aria-live')).toBe('polite');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Escape');
    await page.locator('#search-query').focus();
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('.search-result').count()).toBe(0);
    await page.context().close();
  });

  it('serves a 404 page for an unknown address', async () => {
    const page = await newPage();
    const response = await page.goto(`${site.url}/documents/khong-co/`);
    expect(response?.status()).toBe(404);
    expect(await page.locator('h1').innerText()).toBe('Không tìm thấy trang');
    await page.context().close();
  });

  it("gives a numbered clause's text the phone's full width, its tools on the line of its number", async () => {
    const page = await newPage(375, 740);
    await page.goto(`${site.url}/documents/binh-thuan-1698-kh-ubnd-2021/#iii-4-c`);
    const clause = await page.locator('[id="iii-4-c"]').boundingBox();
    const body = await page.locator('[id="iii-4-c"] > .clause__body').boundingBox();
    const marker = await page.locator('[id="iii-4-c"] > .clause__marker').boundingBox();
    const tools = await page.locator('[id="iii-4-c"] > .clause-tools').boundingBox();
    expect(body!.width).toBeGreaterThan(clause!.width * 0.95);
    // The number and the tools share the line above the text.
    expect(Math.abs(tools!.y + tools!.height / 2 - (marker!.y + marker!.height / 2))).toBeLessThan(8);
    expect(body!.y).toBeGreaterThanOrEqual(tools!.y + tools!.height - 1);
    await page.context().close();
  });

  it('fits a phone screen without sideways scrolling', async () => {
    const page = await newPage(375, 740);
    for (const path of ['/', '/documents/binh-thuan-1698-kh-ubnd-2021/', '/search/?q=hop%20tac%20xa']) {
      await page.goto(`${site.url}${path}`);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, path).toBeLessThanOrEqual(0);
    }
    await page.context().close();
  });
});

describe('bilingual reading in Chromium', () => {
  it('switches between Vietnamese, English and side by side by mouse, keyboard and URL, and remembers the choice', async () => {
    const page = await newPage();
    const url = `${site.url}/documents/lai-chau-ctrhd-ubnd-2020/`;
    await page.goto(url);
    const vi = page.locator('#ii-2-dd-b1 .clause-text.lang-vi');
    const en = page.locator('#ii-2-dd-b1 .clause-text.lang-en');
    expect(await vi.isVisible()).toBe(true);
    expect(await en.isVisible()).toBe(false);
    expect(await en.getAttribute('lang')).toBe('en');
    // Mouse: English.
    await page.getByRole('radio', { name: 'English' }).check();
    expect(await vi.isVisible()).toBe(false);
    expect(await en.isVisible()).toBe(true);
    expect(new URL(page.url()).searchParams.get('lang')).toBe('en');
    expect(await page.locator('#ii-2-dd .clause__title.lang-en').innerText()).toBe('State Bank of Viet Nam, Lai Châu Provincial Branch');
    // Keyboard: arrow to the next radio, side by side: both visible, in one row on a wide screen.
    await page.getByRole('radio', { name: 'English' }).focus();
    await page.keyboard.press('ArrowRight');
    expect(await vi.isVisible()).toBe(true);
    expect(await en.isVisible()).toBe(true);
    const [viBox, enBox] = [await vi.boundingBox(), await en.boundingBox()];
    expect(Math.abs(viBox!.y - enBox!.y)).toBeLessThan(2);
    expect(enBox!.x).toBeGreaterThan(viBox!.x + viBox!.width - 1);
    // Remembered on another document; a URL parameter overrides it.
    await page.goto(`${site.url}/documents/binh-thuan-1698-kh-ubnd-2021/`);
    expect(await page.locator('input[name="reading-mode"][value="both"]').isChecked()).toBe(true);
    await page.goto(`${site.url}/documents/binh-thuan-1698-kh-ubnd-2021/?lang=vi`);
    expect(await page.locator('#iii-2-b .clause-text.lang-en').isVisible()).toBe(false);
    await page.context().close();
  });

  it('shows the interface in English when the reader chooses English, on every page', async () => {
    const page = await newPage();
    await page.goto(`${site.url}/`);
    expect(await page.locator('h1').innerText()).toBe('Văn bản cấp tỉnh về phát triển kinh tế tập thể, hợp tác xã');
    await page.getByRole('button', { name: 'English' }).click();
    expect(await page.locator('h1').innerText()).toBe('Provincial texts on developing the collective economy and cooperatives');
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await page.getByRole('button', { name: 'English' }).getAttribute('aria-pressed')).toBe('true');
    expect(await page.getAttribute('#site-search-input', 'placeholder')).toBe('Search (press /)');
    await page.goto(`${site.url}/documents/binh-thuan-1698-kh-ubnd-2021/`);
    expect(await page.locator('#metadata-heading').innerText()).toBe('Document information');
    expect(await page.locator('input[name="reading-mode"][value="en"]').isChecked()).toBe(true);
    expect(await page.locator('#iii-2-b .clause-text.lang-en').isVisible()).toBe(true);
    // Every interface string is marked with its language.
    expect(await page.locator('.ui-en:not([lang="en"]), .ui-vi:not([lang="vi"])').count()).toBe(0);
    await page.getByRole('button', { name: 'Tiếng Việt' }).click();
    expect(await page.locator('#metadata-heading').innerText()).toBe('Thông tin văn bản');
    await page.context().close();
  });

  it('stacks the two languages on a phone and switches by touch', async () => {
    const context = await site.browser.newContext({ viewport: { width: 375, height: 740 }, hasTouch: true, isMobile: true });
    const page = await context.newPage();
    await page.goto(`${site.url}/documents/lai-chau-ctrhd-ubnd-2020/?lang=both`);
    await page.getByRole('radio', { name: 'English' }).tap();
    await page.getByText('Song ngữ · Side by side').tap();
    const [viBox, enBox] = [await page.locator('#ii-2-dd-b1 .lang-vi').boundingBox(), await page.locator('#ii-2-dd-b1 .lang-en').boundingBox()];
    expect(enBox!.y).toBeGreaterThan(viBox!.y + viBox!.height - 1);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await context.close();
  });
});

describe('glossary in Chromium', () => {
  it("shows a term's English and definition on hover and on focus, keeps it while the pointer is on it, closes it with Esc", async () => {
    const page = await newPage();
    await page.goto(`${site.url}/documents/lai-chau-ctrhd-ubnd-2020/`);
    const term = page.locator('#ii-2-dd-b1 a.term[data-term="hop-tac-xa"]').first();
    const popover = page.locator('#term-popover');
    expect(await term.getAttribute('href')).toBe('/glossary/#hop-tac-xa');
    await term.hover();
    await expect.poll(() => popover.isVisible()).toBe(true);
    expect(await popover.locator('.term-popover__title').innerText()).toBe('cooperative');
    expect(await popover.getAttribute('role')).toBe('tooltip');
    expect(await term.getAttribute('aria-describedby')).toBe('term-popover');
    // The pointer moves onto the popover: it stays, and its link can be used.
    await popover.hover();
    await page.waitForTimeout(400);
    expect(await popover.isVisible()).toBe(true);
    await page.keyboard.press('Escape');
    expect(await popover.isVisible()).toBe(false);
    expect(await term.getAttribute('aria-describedby')).toBeNull();
    // Keyboard focus shows it too.
    await term.focus();
    await expect.poll(() => popover.isVisible()).toBe(true);
    await page.context().close();
  });

  it('links each term to its entry without JavaScript', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.url}/documents/lai-chau-ctrhd-ubnd-2020/`);
    await page.locator('#ii-2-dd-b1 a.term[data-term="hop-tac-xa"]').first().click();
    await page.waitForURL('**/glossary/#hop-tac-xa');
    expect(await page.locator(':target h3').innerText()).toBe('hợp tác xã — cooperative');
    await context.close();
  });

  it('lists the terms in Vietnamese alphabetical order (đ after d) and in English order, with occurrences', async () => {
    const page = await newPage();
    await page.goto(`${site.url}/glossary/`);
    const headwords = await page.locator('#vi-order ~ ol > li h3 > span[lang="vi"]').allInnerTexts();
    expect(headwords.length).toBeGreaterThanOrEqual(150);
    const firstLetters = headwords.map((h) => h[0]!.toLowerCase());
    expect(firstLetters.lastIndexOf('d')).toBeLessThan(firstLetters.indexOf('đ'));
    expect(firstLetters.lastIndexOf('đ')).toBeLessThan(firstLetters.indexOf('e'));
    const english = await page.locator('#english-order ~ ol > li > a').allInnerTexts();
    const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true }); // 4.0 before 2012
    for (let i = 1; i < english.length; i++) expect(collator.compare(english[i - 1]!, english[i]!), `${english[i - 1]} / ${english[i]}`).toBeLessThanOrEqual(0);
    await page.locator('#hop-tac-xa summary').click();
    const occurrence = page.locator('#hop-tac-xa details a').first();
    expect(await occurrence.getAttribute('href')).toMatch(/^\/documents\/[a-z0-9-]+\/#[a-z0-9-]+$/);
    await page.context().close();
  });

  it("exports the glossary with each term's occurrences", () => {
    const { terms } = readDist<{ terms: { id: string; en: string; vi: string[]; occurrences: { slug: string; id: string; url: string }[] }[] }>('api/glossary.json');
    expect(terms.length).toBeGreaterThanOrEqual(150);
    const cooperative = terms.find((t) => t.id === 'hop-tac-xa')!;
    expect(cooperative.en).toBe('cooperative');
    expect(cooperative.occurrences.length).toBeGreaterThan(50);
    expect(terms.every((t) => t.occurrences.length > 0)).toBe(true);
  });
});

describe('restored OCR documents in Chromium', () => {
  it('state how their text was produced, show the OCR source and mark corrections', async () => {
    const page = await newPage();
    await page.goto(`${site.url}/documents/bac-kan-09-nq-tu-2021/`);
    const provenance = await page.locator('.provenance').innerText();
    expect(provenance).toMatch(/OCR/);
    expect(provenance).toMatch(/\d+ chỗ đã được hiệu đính/);
    expect(provenance).toMatch(/độ chính xác đo được: \d+,\d% âm tiết/);
    const corrected = page.locator('article .reading--corrected').first();
    expect(await corrected.getAttribute('title')).toMatch(/^Đã hiệu đính\. Bản OCR: “.+”; máy đọc: “.+”\.$/);
    const ocr = page.locator('#ii-6 > .ocr-source');
    expect(await ocr.locator('.ocr-source__text').isVisible()).toBe(false);
    await ocr.locator('summary').click();
    expect(await ocr.locator('.ocr-source__text').innerText()).toContain('Tang cwong vai tro, trach nhiém caa Lién minh Hep tac xa tinh');
    await page.context().close();
  });
});

describe('build output', () => {
  it('writes the whole site to dist/ with the search index', () => {
    for (const file of ['index.html', '404.html', 'search/index.html', 'pagefind/pagefind.js', 'api/documents.json']) expect(existsSync(join(DIST, file)), file).toBe(true);
  });
});
