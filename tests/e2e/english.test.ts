/**
 * The edition read in English, in Chromium: every page type's frame (labels, values, notes,
 * controls) is English, or Vietnamese marked lang="vi" where no English exists yet; the documents'
 * facts are English wherever they are shown; and the glossary marks help rather than clutter
 * (once per clause, switchable, remembered, usable by keyboard and touch).
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { DocumentSummaryExport } from '../../src/pipeline/emit/json.ts';
import { readDist } from '../support/build-site.ts';
import { useBuiltSite } from '../support/site-under-test.ts';
import { untranslatedFrame } from '../support/untranslated.ts';

const site = useBuiltSite();

function documents(): DocumentSummaryExport[] {
  return readDist<{ documents: DocumentSummaryExport[] }>('api/documents.json').documents;
}

/** Proper names stay as written in English: the provinces and signers of the documents. */
function properNames(): string[] {
  return documents().flatMap((d) => [d.metadata.province, d.metadata.signer].filter((n): n is string => n !== null));
}

/** What stays as written on a page: the proper names, and on the search page the reader's own query. */
function namesOn(path: string): string[] {
  const query = new URL(path, 'http://site').searchParams.get('q');
  return query ? [...properNames(), query] : properNames();
}

/** Every page type a reader meets, each document (its facts panel) among them. */
function pageTypes(): { name: string; path: string; ready?: (page: Page) => Promise<void> }[] {
  return [
    { name: 'home', path: '/' },
    ...documents().map((d) => ({ name: `document ${d.slug}`, path: `/documents/${d.slug}/` })),
    { name: 'glossary', path: '/glossary/' },
    { name: 'topics', path: '/topics/' },
    ...readDist<{ topics: { id: string }[] }>('api/topics.json').topics.map((t) => ({ name: `topic ${t.id}`, path: `/topics/${t.id}/` })),
    { name: 'targets', path: '/targets/' },
    { name: 'about', path: '/about/' },
    { name: 'references', path: '/references/' },
    { name: 'reference', path: '/references/20-nq-tw/' },
    { name: 'relations', path: '/relations/' },
    { name: 'search with results and filters', path: '/search/?q=hop%20tac%20xa', ready: (page) => page.locator('.search-result').first().waitFor() },
    { name: 'search in English text', path: '/search/?q=cooperative', ready: (page) => page.locator('.search-result').first().waitFor() },
    { name: '404', path: '/khong-co-trang-nay/' },
  ];
}

async function english(browser: Browser): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  return { context, page: await context.newPage() };
}

const withLang = (path: string, lang: string) => {
  const [base, hash = ''] = path.split('#') as [string, string?];
  return `${base}${base.includes('?') ? '&' : '?'}lang=${lang}${hash ? `#${hash}` : ''}`;
};

/** Every page type opened at `address(path)`, in English; what its frame has of unmarked Vietnamese. */
async function frameOfEveryPageType(page: Page, address: (path: string) => string): Promise<string[]> {
  const problems: string[] = [];
  for (const { name, path, ready } of pageTypes()) {
    await page.goto(`${site.url}${address(path)}`);
    await ready?.(page);
    if (name.startsWith('search')) await page.locator('.search-filter').first().waitFor();
    expect(await page.getAttribute('html', 'lang'), name).toBe('en');
    for (const p of await untranslatedFrame(page, namesOn(path))) problems.push(`${name}: “${p.text}” in ${p.where}`);
  }
  return problems;
}

describe('the English page frame', () => {
  it('has no unmarked Vietnamese on any page type read with ?lang=en', async () => {
    const { context, page } = await english(site.browser);
    expect(await frameOfEveryPageType(page, (path) => withLang(path, 'en'))).toEqual([]);
    await context.close();
  });

  it('has none either when English was chosen with the header button and remembered', async () => {
    const { context, page } = await english(site.browser);
    await page.goto(`${site.url}/`);
    await page.getByRole('button', { name: 'English' }).click();
    // No ?lang= in the address: the remembered choice sets the language.
    expect(await frameOfEveryPageType(page, (path) => path)).toEqual([]);
    await context.close();
  });

  it('finds unmarked Vietnamese when there is some (the check can fail)', async () => {
    const { context, page } = await english(site.browser);
    await page.goto(`${site.url}/?lang=en`);
    await page.evaluate(() => {
      const note = document.createElement('p');
      note.textContent = 'Kế hoạch thực hiện';
      const plain = document.createElement('p');
      plain.textContent = 'ke hoach thuc hien cua tinh';
      const marked = document.createElement('p');
      marked.lang = 'vi';
      marked.textContent = 'Kế hoạch thực hiện';
      document.querySelector('main')!.append(note, plain, marked);
    });
    const problems = await untranslatedFrame(page, properNames());
    expect(problems.map((p) => p.text)).toEqual(['Kế hoạch thực hiện', 'ke hoach thuc hien cua tinh']);
    await context.close();
  });
});

describe('documents labelled in English', () => {
  it('lists the documents on the home page by English type, body, date and subject', async () => {
    const { context, page } = await english(site.browser);
    await page.goto(`${site.url}/?lang=en`);
    const cards = page.locator('.document-card');
    const text = (slug: string) => cards.filter({ has: page.locator(`a[href="/documents/${slug}/"]`) }).innerText();
    expect(await page.title()).toBe('Collective Economy · Provincial Texts');
    const anGiang = await text('an-giang-17-ctr-tu-2026');
    expect(anGiang).toContain('Action Programme · 17-CTr/TU · An Giang · 2026');
    expect(anGiang).toContain('An Giang Provincial Party Committee');
    expect(anGiang).toContain('13 March 2026');
    expect(anGiang).toContain('Resolution No. 20-NQ/TW of 16 June 2022');
    expect(anGiang).toContain('OF THE PROVINCIAL PARTY EXECUTIVE COMMITTEE implementing Resolution No. 20-NQ/TW');
    const laiChau = await text('lai-chau-ctrhd-ubnd-2020');
    expect(laiChau).toContain("People's Committee of Lai Châu Province");
    expect(laiChau).toContain('October 2020');
    expect(laiChau).not.toMatch(/tháng|Chương trình/);
    expect(await text('binh-thuan-1698-kh-ubnd-2021')).toContain('Plan · 1698/KH-UBND · Bình Thuận · 2021');
    expect(await text('ban-thuong-vu-tinh-uy-ctr-20-nq-tw')).toContain('Action Programme · Standing Board of the Provincial Party Committee · implementing 20-NQ/TW');
    // The same page read in Vietnamese keeps the Vietnamese.
    await page.goto(`${site.url}/?lang=vi`);
    expect(await page.title()).toBe('Kinh tế tập thể · Văn bản tỉnh');
    expect(await text('lai-chau-ctrhd-ubnd-2020')).toContain('tháng 10 năm 2020');
    expect(await text('binh-thuan-1698-kh-ubnd-2021')).toContain('Kế hoạch · 1698/KH-UBND · Bình Thuận · 2021');
    await context.close();
  });

  it("gives every document's facts in English: type, body, date, implemented documents and signature", async () => {
    const { context, page } = await english(site.browser);
    const facts = async (slug: string) => {
      await page.goto(`${site.url}/documents/${slug}/?lang=en`);
      const rows = await page.locator('.metadata dl.facts').evaluate((dl) => {
        const out: Record<string, string> = {};
        for (const dt of dl.querySelectorAll('dt')) out[(dt as HTMLElement).innerText.trim()] = (dt.nextElementSibling as HTMLElement).innerText.trim();
        return out;
      });
      return rows;
    };
    expect(await facts('lai-chau-ctrhd-ubnd-2020')).toMatchObject({
      'Document type': 'Action Programme',
      'Number and symbol': '…/CTrHD-UBND',
      'Issuing body': "People's Committee of Lai Châu Province",
      Province: 'Lai Châu',
      Date: 'October 2020',
      'Signed by': "On behalf of the People's Committee · Chairman · Trần Tiến Dũng",
    });
    expect(await page.title()).toBe('Action Programme · …/CTrHD-UBND · Lai Châu · 2020 — Collective Economy · Provincial Texts');
    await page.getByRole('button', { name: 'Tiếng Việt' }).click();
    expect(await page.title()).toBe('Chương trình hành động · …/CTrHD-UBND · Lai Châu · 2020 — Kinh tế tập thể · Văn bản tỉnh');
    expect((await facts('lai-chau-ctrhd-ubnd-2020')).Implements).toMatch(/^Resolution No\. 134\/NQ-CP of 25 September 2020 .*\nConclusion No\. 70-KL\/TW of 9 March 2020 /);
    expect(await facts('binh-thuan-1698-kh-ubnd-2021')).toMatchObject({ 'Document type': 'Plan', Date: '17 May 2021', 'Signed by': 'For the Chairman · Vice Chairman · Nguyễn Văn Phong' });
    expect(await facts('an-giang-17-ctr-tu-2026')).toMatchObject({ 'Issuing body': 'An Giang Provincial Party Committee', 'Signed by': 'On behalf of the Provincial Party Committee · Secretary' });
    expect(await facts('bac-kan-09-nq-tu-2021')).toMatchObject({ 'Document type': 'Resolution', Date: '22 April 2021', 'Signed by': 'On behalf of the Provincial Party Committee · Secretary · Hoàng Duy Chinh' });
    expect(await facts('ban-thuong-vu-tinh-uy-ctr-20-nq-tw')).toMatchObject({
      'Issuing body': 'Standing Board of the Provincial Party Committee',
      Date: 'not given in the text',
      'Signed by': 'On behalf of the Standing Board of the Provincial Party Committee · Permanent Deputy Secretary · Trần Hải Châu',
    });
    // The signer's name is a proper name: the same in both readings, and read as Vietnamese.
    expect(await page.locator('.metadata [lang="vi"][translate="no"]', { hasText: 'Trần Hải Châu' }).count()).toBe(1);
    await context.close();
  });

  it('labels search results and filters in English, keeping the filter values of the address', async () => {
    const { context, page } = await english(site.browser);
    await page.goto(`${site.url}/search/?lang=en&q=hop%20tac%20xa&type=${encodeURIComponent('Kế hoạch')}`);
    await page.locator('.search-result').first().waitFor();
    const typeFilter = page.locator('.search-filter').filter({ hasText: 'Document type' });
    const types = (await typeFilter.locator('label').allInnerTexts()).map((t) => t.trim());
    expect(types).toEqual(expect.arrayContaining(['Action Programme', 'Plan', 'Resolution']));
    // Every type, the cited documents' too (Luật, Nghị định …), is named in English.
    expect(await typeFilter.locator('label [lang="vi"]:visible').count()).toBe(0);
    expect(await typeFilter.getByRole('checkbox', { name: 'Plan' }).isChecked()).toBe(true);
    const documentFilter = page.locator('.search-filter').filter({ hasText: 'Document' }).nth(0);
    expect(await documentFilter.innerText()).toContain('Plan · 1698/KH-UBND · Bình Thuận · 2021');
    const results = await page.locator('.search-result__document').allInnerTexts();
    expect(results.length).toBeGreaterThan(0);
    expect(new Set(results)).toEqual(new Set(['Plan · 1698/KH-UBND · Bình Thuận · 2021']));
    // Switching to Vietnamese shows the Vietnamese names at once.
    await page.getByRole('button', { name: 'Tiếng Việt' }).click();
    expect(await page.locator('.search-result__document').first().innerText()).toBe('Kế hoạch · 1698/KH-UBND · Bình Thuận · 2021');
    expect((await page.locator('.search-filter').filter({ hasText: 'Loại văn bản' }).locator('label').allInnerTexts()).map((t) => t.trim())).toEqual(expect.arrayContaining(['Chương trình hành động', 'Kế hoạch', 'Nghị quyết']));
    await context.close();
  });

  it('names the documents in English on topic and targets pages and in citations', async () => {
    const { context, page } = await english(site.browser);
    await page.goto(`${site.url}/topics/land/?lang=en`);
    const columns = await page.locator('.topic-column h2').allInnerTexts();
    expect(columns).toContain('Plan · 1698/KH-UBND · Bình Thuận · 2021');
    expect(columns).toContain('Action Programme · Standing Board of the Provincial Party Committee · implementing 20-NQ/TW');
    await page.goto(`${site.url}/targets/?lang=en`);
    expect(await page.locator('.targets-table thead').innerText()).toContain('Standing Board of the Provincial Party Committee');
    await page.goto(`${site.url}/documents/lai-chau-ctrhd-ubnd-2020/?lang=en`);
    const citation = JSON.parse((await page.locator('#document-citation').textContent())!) as { en: string };
    expect(citation.en).toBe("Action Programme No. …/CTrHD-UBND of October 2020 issued by the People's Committee of Lai Châu Province");
    await context.close();
  });

  it('exports each translated metadata field in both languages', () => {
    const laiChau = documents().find((d) => d.slug === 'lai-chau-ctrhd-ubnd-2020')!;
    expect(laiChau.labels).toMatchObject({
      documentType: { vi: 'Chương trình hành động', en: 'Action Programme' },
      issuingBody: { vi: 'ỦY BAN NHÂN DÂN TỈNH LAI CHÂU', en: "People's Committee of Lai Châu Province" },
      date: { vi: 'tháng 10 năm 2020', en: 'October 2020' },
      signingCapacity: { vi: 'TM. ỦY BAN NHÂN DÂN', en: "On behalf of the People's Committee" },
      signerTitle: { vi: 'CHỦ TỊCH', en: 'Chairman' },
    });
    expect(laiChau.labels.implements.map((i) => i.code)).toEqual(['134/NQ-CP', '70-KL/TW']);
    expect(laiChau.labels.subject!.en).toMatch(/^Implementing Resolution No\. 134\/NQ-CP/);
    // The metadata itself is unchanged: fields are only ever added.
    expect(laiChau.metadata.issuingBody).toBe('ỦY BAN NHÂN DÂN TỈNH LAI CHÂU');
  });
});

describe('glossary marks', () => {
  it('marks a term once per clause on the page', async () => {
    const { context, page } = await english(site.browser);
    for (const d of documents()) {
      await page.goto(`${site.url}/documents/${d.slug}/`);
      const repeated = await page.evaluate(() =>
        [...document.querySelectorAll('.clause-text')].flatMap((text) => {
          const ids = [...text.querySelectorAll('a.term')].map((a) => (a as HTMLElement).dataset.term!);
          return ids.filter((id, i) => ids.indexOf(id) !== i).map((id) => `${text.closest('[id]')?.id}: ${id}`);
        }),
      );
      expect(repeated, d.slug).toEqual([]);
    }
    await context.close();
  });

  it('can be switched off and on, and the choice is remembered', async () => {
    const { context, page } = await english(site.browser);
    await page.goto(`${site.url}/documents/lai-chau-ctrhd-ubnd-2020/`);
    const term = page.locator('#ii-2-dd-b1 a.term').first();
    const underline = () => term.evaluate((a) => getComputedStyle(a).textDecorationLine);
    expect(await underline()).toContain('underline');
    const toggle = page.getByRole('checkbox', { name: 'Đánh dấu thuật ngữ trong văn bản' });
    await toggle.focus();
    await page.keyboard.press('Space');
    expect(await toggle.isChecked()).toBe(false);
    expect(await underline()).toBe('none');
    expect(await term.getAttribute('tabindex')).toBe('-1');
    // Hovering an unmarked term opens nothing.
    await term.hover({ force: true });
    await page.waitForTimeout(300);
    expect(await page.locator('#term-popover').isVisible()).toBe(false);
    // Remembered on the next page, before any script runs.
    await page.goto(`${site.url}/documents/binh-thuan-1698-kh-ubnd-2021/?lang=en`);
    expect(await page.getAttribute('html', 'data-terms')).toBe('off');
    expect(await page.getByRole('checkbox', { name: 'Mark glossary terms in the text' }).isChecked()).toBe(false);
    expect(await page.locator('a.term').first().evaluate((a) => getComputedStyle(a).textDecorationLine)).toBe('none');
    await page.getByRole('checkbox', { name: 'Mark glossary terms in the text' }).check();
    expect(await page.getAttribute('html', 'data-terms')).toBeNull();
    await page.goto(`${site.url}/documents/lai-chau-ctrhd-ubnd-2020/`);
    expect(await underline()).toContain('underline');
    await context.close();
  });

  it('switches off by CSS alone where there is no script', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.url}/documents/lai-chau-ctrhd-ubnd-2020/`);
    await page.locator('input[data-term-marks]').uncheck();
    expect(await page.locator('#ii-2-dd-b1 a.term').first().evaluate((a) => getComputedStyle(a).textDecorationLine)).toBe('none');
    await context.close();
  });

  it('opens the popover by keyboard, and by touch: a first tap shows it, a second follows the link', async () => {
    const context = await site.browser.newContext({ viewport: { width: 375, height: 740 }, hasTouch: true, isMobile: true });
    const page = await context.newPage();
    // Terms are marked in the Vietnamese text.
    await page.goto(`${site.url}/documents/lai-chau-ctrhd-ubnd-2020/?lang=vi`);
    const term = page.locator('#ii-2-dd-b1 a.term[data-term="hop-tac-xa"]');
    const popover = page.locator('#term-popover');
    await term.focus();
    await expect.poll(() => popover.isVisible()).toBe(true);
    await page.keyboard.press('Escape');
    expect(await popover.isVisible()).toBe(false);
    await term.tap();
    await expect.poll(() => popover.isVisible()).toBe(true);
    expect(await popover.locator('.term-popover__title').innerText()).toBe('cooperative');
    expect(page.url()).toContain('/documents/lai-chau-ctrhd-ubnd-2020/');
    // A tap elsewhere closes it; a tap on the open term's link goes to the glossary.
    await page.locator('h1').first().tap();
    await expect.poll(() => popover.isVisible()).toBe(false);
    await term.tap();
    await expect.poll(() => popover.isVisible()).toBe(true);
    await term.tap();
    await page.waitForURL('**/glossary/#hop-tac-xa');
    await context.close();
  });
});
