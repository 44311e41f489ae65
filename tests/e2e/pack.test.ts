/**
 * The course pack: clauses added from three documents' clause tools round-trip through the pack
 * page's URL (opened elsewhere, with nothing remembered, it shows the same clauses in the same
 * order), are reordered and removed, read in either language or side by side, print to a handout
 * without the page's controls, and an unknown id in a pack link is stated, not dropped.
 */
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { BrowserContextOptions } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { flattenClauses, type ClauseExport, type DocumentExport } from '../../src/pipeline/emit/json.ts';
import { readDist } from '../support/build-site.ts';
import { useBuiltSite } from '../support/site-under-test.ts';
import { axeViolations } from '../support/axe.ts';

const site = useBuiltSite();

const PICKS = [
  { slug: 'an-giang-17-ctr-tu-2026', id: 'iii-2-2-1' },
  { slug: 'bac-kan-09-nq-tu-2021', id: 'ii-3' },
  { slug: 'lai-chau-ctrhd-ubnd-2020', id: 'ii-2-dd' },
];
const clause = (slug: string, id: string) => flattenClauses<ClauseExport>(readDist<DocumentExport>(`api/documents/${slug}.json`).clauses).find((c) => c.id === id)!;
const items = (page: import('playwright-core').Page) => page.locator('.pack-item').evaluateAll((list) => list.map((li) => (li as HTMLElement).dataset.ref));

describe('course pack', () => {
  it('gathers clauses from three documents and round-trips through its URL', async () => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    for (const { slug, id } of PICKS) {
      await page.goto(`${site.url}/documents/${slug}/`);
      const button = page.locator(`[id="${id}"] > .clause-tools button[data-pack-add], [id="${id}"] > .clause-tools button[data-pack-add]`).first();
      await button.click();
      expect(await button.getAttribute('aria-pressed')).toBe('true');
      await expect.poll(() => page.locator('#site-status').innerText()).toMatch(/^Đã thêm vào tập tài liệu/);
    }
    await page.locator('.site-footer a[href="/pack/"]').click();
    await expect.poll(() => items(page)).toEqual(PICKS.map((p) => `${p.slug}:${p.id}`));
    const url = page.url();
    expect(new URL(url).search).toBe(`?c=${PICKS.map((p) => `${p.slug}:${p.id}`).join(',')}`);
    // Each clause with its text, citation and permanent link.
    const first = page.locator('.pack-item').first();
    expect(await first.locator('.clause-text.lang-vi').first().innerText()).toContain((clause(PICKS[0]!.slug, PICKS[0]!.id).heading ?? clause(PICKS[0]!.slug, PICKS[0]!.id).text)!.vi);
    expect(await first.locator('.pack-item__citation .lang-vi').innerText()).toMatch(/^Tiểu mục 2\.1 khoản 2 mục III chương trình hành động số 17-CTr\/TU .*\/documents\/an-giang-17-ctr-tu-2026\/#iii-2-2-1$/);
    expect(await first.locator('.pack-item__permalink a').getAttribute('href')).toBe(`${site.url}/documents/an-giang-17-ctr-tu-2026/#iii-2-2-1`);
    // The sub-clauses come with a section.
    const section = clause('bac-kan-09-nq-tu-2021', 'ii-3');
    expect(await page.locator('.pack-item').nth(1).locator('.clause-texts').count()).toBe(flattenClauses<ClauseExport>([section]).filter((c) => c.heading || c.text).length);
    await context.close();

    // Elsewhere, nothing remembered: the link alone brings the same pack.
    const other = await site.browser.newContext();
    const shared = await other.newPage();
    await shared.goto(url);
    await expect.poll(() => items(shared)).toEqual(PICKS.map((p) => `${p.slug}:${p.id}`));
    expect(await shared.locator('[data-pack-link]').inputValue()).toBe(url);
    // Reorder by keyboard: the first goes down; the URL follows and focus stays on the moved clause's control.
    await shared.locator('.pack-item').first().locator('button[data-action="down"]').focus();
    await shared.keyboard.press('Enter');
    await expect.poll(() => items(shared)).toEqual([PICKS[1], PICKS[0], PICKS[2]].map((p) => `${p!.slug}:${p!.id}`));
    expect(new URL(shared.url()).searchParams.get('c')).toBe([PICKS[1], PICKS[0], PICKS[2]].map((p) => `${p!.slug}:${p!.id}`).join(','));
    expect(await shared.evaluate(() => document.activeElement?.closest('.pack-item')?.getAttribute('data-ref'))).toBe(`${PICKS[0]!.slug}:${PICKS[0]!.id}`);
    await shared.reload();
    await expect.poll(() => items(shared)).toEqual([PICKS[1], PICKS[0], PICKS[2]].map((p) => `${p!.slug}:${p!.id}`));
    await shared.locator('.pack-item').last().locator('button[data-action="remove"]').click();
    await expect.poll(() => items(shared)).toEqual([PICKS[1], PICKS[0]].map((p) => `${p!.slug}:${p!.id}`));
    await other.close();
  });

  it('reads in English or side by side', async () => {
    const page = await site.browser.newPage();
    const c = PICKS.map((p) => `${p.slug}:${p.id}`).join(',');
    await page.goto(`${site.url}/pack/?c=${c}&lang=en`);
    await page.locator('.pack-item article').first().waitFor();
    const english = clause('lai-chau-ctrhd-ubnd-2020', 'ii-2-dd');
    const item = page.locator('.pack-item').nth(2);
    expect(await item.locator('.clause-text.lang-en').first().innerText()).toContain((english.heading ?? english.text)!.en!);
    expect(await item.locator('.clause-text.lang-vi').first().isVisible()).toBe(false);
    expect(await item.locator('.pack-item__citation .lang-en').innerText()).toMatch(/^Programme|^Action Programme|, Section II, item 2, point đ\./);
    await page.getByRole('radio', { name: 'Song ngữ · Side by side' }).check();
    expect(await item.locator('.clause-text.lang-vi').first().isVisible()).toBe(true);
    expect(await item.locator('.clause-text.lang-en').first().isVisible()).toBe(true);
    expect(new URL(page.url()).searchParams.get('c')).toBe(c);
    await page.close();
  });

  it('states unknown ids instead of dropping them', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.url}/pack/?c=an-giang-17-ctr-tu-2026:iii-2-2-1,khong-co-van-ban:ii-1,bac-kan-09-nq-tu-2021:khong-co-khoan`);
    await expect.poll(() => page.locator('.pack-item').count()).toBe(3);
    expect(await page.locator('.pack-item--unknown').count()).toBe(2);
    expect(await page.locator('.pack-item').nth(1).innerText()).toContain('Không có văn bản “khong-co-van-ban” trong ấn bản (khoản “ii-1”).');
    expect(await page.locator('.pack-item').nth(2).innerText()).toMatch(/Không có khoản “khong-co-khoan” trong văn bản Nghị quyết · 09-NQ\/TU/);
    // Still in the URL: the pack is the trainer's, the page does not rewrite it away.
    expect(new URL(page.url()).searchParams.get('c')).toContain('khong-co-van-ban:ii-1');
    await page.close();
  });

  it('prints a clean handout: the clauses, citations and links, none of the controls', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.url}/pack/?c=${PICKS.map((p) => `${p.slug}:${p.id}`).join(',')}`);
    await expect.poll(() => page.locator('.pack-item article').count()).toBe(3);
    await page.emulateMedia({ media: 'print' });
    const pdf = await page.pdf({ format: 'A4' });
    const document = await getDocument({ data: new Uint8Array(pdf), useSystemFonts: true }).promise;
    let text = '';
    for (let n = 1; n <= document.numPages; n++) text += (await (await document.getPage(n)).getTextContent()).items.map((i) => ('str' in i ? i.str : '')).join(' ');
    const flat = text.replace(/\s+/g, '');
    expect(flat).toContain('17-CTr/TU');
    expect(flat).toContain('/documents/bac-kan-09-nq-tu-2021/#ii-3');
    expect(flat).toContain(clause('lai-chau-ctrhd-ubnd-2020', 'ii-2-dd').heading!.vi.replace(/\s+/g, ''));
    for (const control of ['Lên', 'Xuống', 'Tải về để đọc', 'Sao chép liên kết', 'In tài liệu phát tay', 'Tìm kiếm (phím /)']) expect(text).not.toContain(control);
    await page.close();
  });

  const SIZES: [string, BrowserContextOptions][] = [
    ['phone', { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true }],
    ['desktop', { viewport: { width: 1280, height: 800 } }],
  ];
  it.each(SIZES)('pack page and home page (save control shown) have no axe violations at %s size', async (_name, options) => {
    const context = await site.browser.newContext({ ...options, bypassCSP: true });
    const page = await context.newPage();
    for (const path of [`/pack/?c=${PICKS.map((p) => `${p.slug}:${p.id}`).join(',')},khong-co:x`, '/']) {
      await page.goto(`${site.url}${path}`);
      if (path === '/') await page.locator('[data-save-offline]').waitFor();
      else await expect.poll(() => page.locator('.pack-item').count()).toBe(4);
      const violations = await axeViolations(page);
      expect(violations, path).toEqual([]);
    }
    await context.close();
  });
});
