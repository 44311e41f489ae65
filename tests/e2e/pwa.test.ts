/**
 * The installable edition in Chromium: the manifest parses and the install criteria hold with the
 * service worker active; a page once opened reads offline; "Save for offline reading" shows its
 * size, its progress and its outcome, after which, with the network cut, a document opens, a
 * clause link is followed, search answers and a course pack shows; and a new build is taken up at
 * the next visit, never mixing its files with the old build's (two real builds, one origin).
 */
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { DIST } from '../support/build-site.ts';
import { copyProject } from '../support/project-copy.ts';
import { CHROMIUM_PATH, launchBrowser } from '../support/browser.ts';
import { serveStatic } from '../support/static-server.ts';
import { useBuiltSite } from '../support/site-under-test.ts';

const site = useBuiltSite();

async function activeWorker(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const registration = await navigator.serviceWorker.ready;
    const worker = registration.active!;
    if (worker.state !== 'activated') await new Promise((resolve) => worker.addEventListener('statechange', () => worker.state === 'activated' && resolve(null)));
    return `${worker.state} ${registration.scope}`;
  });
}

/** Save the edition from the home page's control; returns the size it announced before starting. */
async function saveEdition(page: Page, choice: 'vi' | 'en' | 'both'): Promise<string> {
  const control = page.locator('[data-save-offline]');
  await control.waitFor();
  await control.locator(`input[name="save-choice"][value="${choice}"]`).check();
  const plan = control.locator('[data-save-plan] .ui-vi');
  await expect.poll(() => plan.innerText()).toMatch(/^Cần tải [\d,]+ (MB|KB) \(\d+ tệp\)\.$/);
  const announced = await plan.innerText();
  await control.locator('[data-save-start]').click();
  await control.locator('progress').waitFor();
  await expect.poll(() => control.locator('[data-save-status] .ui-vi').innerText(), { timeout: 120_000 }).toMatch(/^Đã lưu xong: \d+ tệp/);
  expect(await control.locator('progress').evaluate((p: HTMLProgressElement) => p.value)).toBe(100);
  return announced;
}

describe('installable edition', () => {
  it('has a parsed manifest, meets the install criteria and runs its service worker over the whole site', async () => {
    // A profile of its own: Chromium does not offer installation in an incognito-like context.
    const profile = mkdtempSync(join(tmpdir(), 'edition-profile-'));
    const context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM_PATH, headless: true, args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
    const page = await context.newPage();
    await page.goto(`${site.url}/`);
    expect(await activeWorker(page)).toBe(`activated ${site.url}/`);
    const cdp = await context.newCDPSession(page);
    const manifest = (await cdp.send('Page.getAppManifest')) as { url: string; errors: { message: string }[]; data: string };
    expect(manifest.url).toBe(`${site.url}/manifest.webmanifest`);
    expect(manifest.errors).toEqual([]);
    const data = JSON.parse(manifest.data) as { name: string; theme_color: string; icons: { sizes: string; purpose?: string }[] };
    expect(data.name).toMatch(/Kinh tế tập thể.*Collective Economy/);
    expect(data.icons.some((i) => i.sizes === '512x512' && i.purpose === 'maskable')).toBe(true);
    const installability = (await cdp.send('Page.getInstallabilityErrors')) as { installabilityErrors: { errorId: string }[] };
    expect(installability.installabilityErrors).toEqual([]);
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  });

  it('reads a page already opened offline, and only from this build', async () => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${site.url}/documents/lai-chau-ctrhd-ubnd-2020/`);
    await activeWorker(page);
    // Opened again under the worker, the page is kept.
    await page.reload();
    await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
    await page.waitForLoadState('networkidle');
    await context.setOffline(true);
    await page.goto(`${site.url}/documents/lai-chau-ctrhd-ubnd-2020/?lang=en`);
    expect(await page.locator('.clause--title h1').innerText()).toMatch(/CHƯƠNG TRÌNH|PROGRAMME/i);
    // A page never opened and not saved is not there offline.
    await expect(page.goto(`${site.url}/glossary/`)).rejects.toThrow();
    await context.close();
  });

  it('saves the whole edition with its size and progress shown; offline, a document, a clause link, search and a course pack work', async () => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${site.url}/`);
    await activeWorker(page);
    const announced = await saveEdition(page, 'vi');
    expect(announced).toMatch(/MB/);
    await context.setOffline(true);
    await page.goto(`${site.url}/documents/binh-thuan-1698-kh-ubnd-2021/`);
    expect(await page.locator('.clause--title h1').innerText()).toBe('KẾ HOẠCH');
    // A link to a clause of another document, from the section's "same topic" list.
    const related = page.locator('.section-links__related').first();
    const link = related.locator('a').first();
    const href = (await link.getAttribute('href'))!;
    await related.locator('summary').click();
    await link.click();
    await page.waitForURL(`**${href}`);
    expect(await page.locator(':target').getAttribute('id')).toBe(href.split('#')[1]);
    // Search, from the header, diacritics left out.
    await page.locator('#site-search-input').fill('hop tac xa');
    await page.locator('#site-search-input').press('Enter');
    await page.locator('.search-result').first().waitFor();
    expect(await page.locator('.search-result').count()).toBeGreaterThan(0);
    await page.locator('.search-result a').first().click();
    await page.waitForURL('**/documents/**#*');
    expect(await page.locator(':target').count()).toBe(1);
    await page.goto(`${site.url}/pack/?c=an-giang-17-ctr-tu-2026:iii-2-2-1,bac-kan-09-nq-tu-2021:ii-3`);
    await expect.poll(() => page.locator('.pack-item article').count()).toBe(2);
    await context.close();
  });
});

describe('a new build of the edition', () => {
  let served: string | undefined;
  let project: ReturnType<typeof copyProject> | undefined;
  afterAll(() => {
    if (served) rmSync(served, { recursive: true, force: true });
    project?.remove();
  });

  it('is taken up at the next visit, and no page is ever served with files of the other build', { timeout: 900_000 }, async () => {
    // Build B: the same project with a changed stylesheet (new file name) and a changed interface string (every page).
    project = copyProject();
    const css = join(project.dir, 'src', 'styles', 'site.css');
    writeFileSync(css, `${readFileSync(css, 'utf8')}\n.site-name { letter-spacing: .01em; }\n`);
    // …and a changed file that keeps its name (public/), which a worker could serve from the wrong build.
    const language = join(project.dir, 'public', 'language.js');
    writeFileSync(language, `${readFileSync(language, 'utf8')}\n// build B\n`);
    const ui = join(project.dir, 'src', 'i18n', 'ui.ts');
    writeFileSync(ui, readFileSync(ui, 'utf8').replace("homeTitle: { vi: 'Văn bản cấp tỉnh", "homeTitle: { vi: 'Các văn bản cấp tỉnh"));
    const built = project.build();
    expect(built.status, built.stderr).toBe(0);
    const distB = join(project.dir, 'dist');

    // One origin: the same server serves A, then B from the same folder.
    served = mkdtempSync(join(tmpdir(), 'edition-served-'));
    const root = join(served, 'site');
    cpSync(DIST, root, { recursive: true });
    const server = await serveStatic(root);
    const browser = await launchBrowser();
    const digest = (bytes: Buffer | Uint8Array) => createHash('sha256').update(bytes).digest('hex');
    const fileOf = (dist: string, url: string) => {
      const path = decodeURIComponent(new URL(url).pathname);
      const file = join(dist, path.endsWith('/') ? `${path}index.html` : path);
      return existsSync(file) ? digest(readFileSync(file)) : null;
    };
    /** Every page and file the page received, by which build's bytes it carries. */
    const wrong = (seen: { url: string; build: string }[], other: 'A' | 'B') => seen.filter((s) => s.build === other || s.build === 'neither').map((s) => `${s.build} ${s.url}`);
    const watch = (context: BrowserContext) => {
      const seen: { url: string; build: 'A' | 'B' | 'both' | 'neither' }[] = [];
      context.on('response', async (response) => {
        if (!response.url().startsWith(server.url) || response.status() !== 200) return;
        const url = response.url();
        if (/\/sw\.js$/.test(new URL(url).pathname)) return;
        // A page's response that its worker fetched from the network has no body of its own in
        // Chromium's record (empty); the worker's own response for it, reported too, has. (No file
        // of the site is empty.)
        const bytes = await response.body().catch(() => null);
        if (bytes === null || bytes.length === 0) return;
        const body = digest(bytes);
        const [a, b] = [fileOf(DIST, url), fileOf(distB, url)];
        seen.push({ url, build: a === body && b === body ? 'both' : a === body ? 'A' : b === body ? 'B' : 'neither' });
      });
      return seen;
    };
    try {
      const context = await browser.newContext();
      const seen = watch(context);
      const page = await context.newPage();
      await page.goto(`${server.url}/`);
      await activeWorker(page);
      await saveEdition(page, 'vi');
      // A second reader, who opened only the home page of build A and saved nothing.
      const context2 = await browser.newContext();
      const seen2 = watch(context2);
      const page2 = await context2.newPage();
      await page2.goto(`${server.url}/`);
      await activeWorker(page2);
      const titleA = await page.locator('h1 .ui-vi').innerText();
      expect(titleA).toMatch(/^Văn bản cấp tỉnh/);

      // The site is now build B. A page of the edition opened now still comes whole from build A.
      rmSync(root, { recursive: true, force: true });
      cpSync(distB, root, { recursive: true });
      seen.length = 0;
      await page.goto(`${server.url}/documents/binh-thuan-1698-kh-ubnd-2021/`);
      await page.waitForLoadState('networkidle');
      expect(wrong(seen, 'B').join('\n'), 'build A pages and files only').toBe('');
      expect(seen.some((s) => s.build === 'A' && s.url.endsWith('.css'))).toBe(true);
      expect(await page.evaluate(() => [...document.styleSheets].every((sheet) => sheet.cssRules.length > 0))).toBe(true);

      // The second reader opens a page build A's worker does not hold: it comes from the network,
      // build B's, and so do all its files — none from build A's cache — and build A's worker keeps none of it.
      seen2.length = 0;
      await page2.goto(`${server.url}/documents/lai-chau-ctrhd-ubnd-2020/`);
      await page2.waitForLoadState('networkidle');
      expect(await page2.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
      expect(seen2.some((s) => s.build === 'B' && s.url.endsWith('/language.js'))).toBe(true);
      expect(wrong(seen2, 'A').join('\n'), 'build B pages and files only').toBe('');
      await context2.setOffline(true);
      await expect(page2.reload()).rejects.toThrow();
      await context2.close();

      // Meanwhile build B's worker installed (carrying the saved edition over) and waits.
      await expect
        .poll(() => page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.waiting?.state ?? null), { timeout: 300_000, interval: 1000 })
        .toBe('installed');

      // Next visit: every page of the old build closed, the site opened again. The waiting worker
      // takes over once no page is open, which the browser does in its own time: a visit that
      // comes first is still build A's, whole (checked below for every visit), so close it and
      // come back a little later.
      await page.close();
      const titleB = 'Các văn bản cấp tỉnh về phát triển kinh tế tập thể, hợp tác xã';
      let next = await context.newPage();
      for (let visit = 1; ; visit++) {
        seen.length = 0;
        await next.goto(`${server.url}/`);
        await next.waitForLoadState('networkidle');
        const title = await next.locator('h1 .ui-vi').innerText();
        expect(wrong(seen, title === titleB ? 'A' : 'B').join('\n'), `visit ${visit}: one build only`).toBe('');
        if (title === titleB || visit === 20) break;
        expect(title).toBe(titleA);
        await next.close();
        await new Promise((resolve) => setTimeout(resolve, 500));
        next = await context.newPage();
      }
      expect(await next.locator('h1 .ui-vi').innerText()).toBe(titleB);
      seen.length = 0;
      await next.goto(`${server.url}/documents/binh-thuan-1698-kh-ubnd-2021/`);
      await next.waitForLoadState('networkidle');
      expect(wrong(seen, 'A').join('\n'), 'build B pages and files only').toBe('');
      expect(seen.some((s) => s.build === 'B' && s.url.endsWith('.css'))).toBe(true);

      // The saved edition came over to build B: offline, another document reads, in build B.
      await context.setOffline(true);
      seen.length = 0;
      await next.goto(`${server.url}/documents/an-giang-17-ctr-tu-2026/`);
      expect(await next.locator('.clause--title h1').count()).toBe(1);
      expect(wrong(seen, 'A').join('\n')).toBe('');
      await context.close();
    } finally {
      await browser.close();
      await server.close();
    }
  });
});
