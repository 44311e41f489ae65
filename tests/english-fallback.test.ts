/**
 * A fact with no English yet, end to end: built from a copy of the project whose labels file lacks
 * the rule for "TỈNH ỦY <province>" and without the Bắc Kạn translation (so without its English
 * title), the English
 * edition shows those values in Vietnamese marked lang="vi" (never half translated), the build
 * names what is missing, and the English frame has no unmarked Vietnamese.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyProject, type ProjectCopy } from './support/project-copy.ts';
import { withServedSite } from './support/site-under-test.ts';
import { untranslatedFrame } from './support/untranslated.ts';

let project: ProjectCopy;

beforeAll(() => {
  project = copyProject();
});
afterAll(() => project?.remove());

describe('a document fact with no English yet', () => {
  it('is shown in Vietnamese marked lang="vi", and the build says what is missing', async () => {
    const labelsFile = join(project.dir, 'content', 'labels', 'document-labels.yaml');
    const labels = readFileSync(labelsFile, 'utf8');
    const rule = '  - vi: TỈNH ỦY {province}\n    en: "{province} Provincial Party Committee"\n';
    expect(labels).toContain(rule);
    writeFileSync(labelsFile, labels.replace(rule, ''));
    // A document whose translation is not written yet has no English title either.
    rmSync(join(project.dir, 'content', 'translations', 'bac-kan-09-nq-tu-2021.json'));
    // …nor, then, its review log.
    rmSync(join(project.dir, 'content', 'translations', 'review', 'bac-kan-09-nq-tu-2021.json'), { force: true });

    const result = project.build();
    expect(result.status, `${result.stdout.slice(-3000)}\n${result.stderr.slice(-3000)}`).toBe(0);
    expect(result.stderr).toContain('warning: an-giang-17-ctr-tu-2026: no English yet for issuing body "TỈNH ỦY AN GIANG"');
    expect(result.stderr).toMatch(/warning: bac-kan-09-nq-tu-2021: no English yet for issuing body "TỈNH ỦY BẮC KẠN", subject "HỘI NGHỊ/);

    const names = ['An Giang', 'Bắc Kạn', 'Bình Thuận', 'Lai Châu', 'Hoàng Duy Chinh', 'Nguyễn Văn Phong', 'Trần Hải Châu', 'Trần Tiến Dũng'];
    await withServedSite(join(project.dir, 'dist'), async ({ url, browser }) => {
      const page = await browser.newPage();
      await page.goto(`${url}/?lang=en`);
      const card = page.locator('.document-card').filter({ has: page.locator('a[href="/documents/bac-kan-09-nq-tu-2021/"]') });
      const issuer = card.locator('dd', { hasText: 'TỈNH ỦY BẮC KẠN' });
      expect(await issuer.isVisible()).toBe(true);
      expect(await issuer.locator('[lang="vi"]').innerText()).toBe('TỈNH ỦY BẮC KẠN');
      const subject = card.locator('.document-card__subject [lang="vi"]');
      expect(await subject.innerText()).toMatch(/^HỘI NGHỊ BAN CHẤP HÀNH ĐẢNG BỘ TỈNH/);
      // What has English is still English beside it.
      expect(await card.innerText()).toContain('22 April 2021');
      expect(await untranslatedFrame(page, names)).toEqual([]);

      await page.goto(`${url}/documents/an-giang-17-ctr-tu-2026/?lang=en`);
      expect(await page.locator('.metadata dd [lang="vi"]', { hasText: 'TỈNH ỦY AN GIANG' }).isVisible()).toBe(true);
      // The signature's capacity still has its English: its body is in the glossary.
      expect(await page.locator('.metadata').innerText()).toContain('On behalf of the Provincial Party Committee');
      expect(await untranslatedFrame(page, names)).toEqual([]);
      const citation = JSON.parse((await page.locator('#document-citation').textContent())!) as { en: string };
      expect(citation.en).toBe('Action Programme No. 17-CTr/TU of 13 March 2026 issued by “Tỉnh ủy An Giang”');
    });
  });
});
