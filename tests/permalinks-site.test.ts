/**
 * Links are forever, end to end: a build that would drop a published clause fails, naming it; with
 * a recorded redirect it passes, and the old link forwards to the new place in the browser.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyProject, type ProjectCopy } from './support/project-copy.ts';
import { withServedSite } from './support/site-under-test.ts';

let project: ProjectCopy;

beforeAll(() => {
  project = copyProject();
});
afterAll(() => project?.remove());

describe('published clause links', () => {
  it('fail the build when a published document would disappear without a redirect', () => {
    const catalogue = JSON.parse(readFileSync(join(project.dir, 'content', 'catalogue.json'), 'utf8')) as { documents: { source: string; slug: string }[] };
    // The Lai Châu document is republished under a new slug.
    for (const d of catalogue.documents) if (d.slug === 'lai-chau-ctrhd-ubnd-2020') d.slug = 'lai-chau-chuong-trinh-2020';
    writeFileSync(join(project.dir, 'content', 'catalogue.json'), JSON.stringify(catalogue, null, 2));
    rmSync(join(project.dir, 'content', 'translations', 'lai-chau-ctrhd-ubnd-2020.json'));
    const result = project.build();
    expect(result.status).not.toBe(0);
    expect(result.stderr).toContain('error: content/published-ids.json: /documents/lai-chau-ctrhd-ubnd-2020/#ii-2-dd is published but the build no longer produces it');
  });

  it('forward old links, clause included, once redirects are recorded', async () => {
    const ids = (JSON.parse(readFileSync(join(project.dir, 'content', 'published-ids.json'), 'utf8')) as Record<string, string[]>)['lai-chau-ctrhd-ubnd-2020']!;
    const redirects = [
      ...ids.map((id) => ({ from: { slug: 'lai-chau-ctrhd-ubnd-2020', id }, to: { slug: 'lai-chau-chuong-trinh-2020', id }, reason: 'slug changed' })),
      { from: { slug: 'binh-thuan-1698-kh-ubnd-2021', id: 'iii-2-old' }, to: { slug: 'binh-thuan-1698-kh-ubnd-2021', id: 'iii-2-b' }, reason: 'test' },
    ];
    writeFileSync(join(project.dir, 'content', 'redirects.json'), JSON.stringify({ redirects }, null, 2));
    const result = project.build();
    expect(result.status, result.stderr.slice(-2000)).toBe(0);
    await withServedSite(join(project.dir, 'dist'), async ({ url, browser }) => {
      const page = await browser.newPage();
      await page.goto(`${url}/documents/lai-chau-ctrhd-ubnd-2020/#ii-2-dd`);
      await page.waitForURL('**/documents/lai-chau-chuong-trinh-2020/#ii-2-dd');
      expect(await page.locator(':target').getAttribute('id')).toBe('ii-2-dd');
      await page.goto(`${url}/documents/binh-thuan-1698-kh-ubnd-2021/#iii-2-old`);
      await page.waitForURL('**/documents/binh-thuan-1698-kh-ubnd-2021/#iii-2-b');
      expect(await page.locator(':target').getAttribute('id')).toBe('iii-2-b');
    });
  });
});
