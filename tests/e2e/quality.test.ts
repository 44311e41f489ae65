/**
 * The built site's integrity: accessibility (axe-core in Chromium) on every page type, every
 * internal link and anchor resolving, valid HTML, and a Content-Security-Policy under which the
 * pages work while no request leaves the site; and the byte budgets (script on a document page,
 * search files for a first search).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join, relative } from 'node:path';
import { HtmlValidate } from 'html-validate';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations } from '../support/axe.ts';
import { DIST } from '../support/build-site.ts';
import { firstQueryBytes } from '../support/first-query-bytes.ts';
import { useBuiltSite } from '../support/site-under-test.ts';

const site = useBuiltSite();


function htmlFiles(dir = DIST): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    // Pagefind's own files, and the self-contained downloads (inline by design; tested offline), aside.
    if (statSync(path).isDirectory()) return ['pagefind', 'downloads'].includes(name) ? [] : htmlFiles(path);
    return name.endsWith('.html') ? [path] : [];
  });
}

/** The page types a reader meets, with the state each should be checked in. */
const PAGE_TYPES: { name: string; path: string; ready?: (page: Page) => Promise<void> }[] = [
  { name: 'home', path: '/' },
  { name: 'document (Vietnamese)', path: '/documents/binh-thuan-1698-kh-ubnd-2021/?lang=vi' },
  { name: 'document (English)', path: '/documents/binh-thuan-1698-kh-ubnd-2021/?lang=en' },
  { name: 'document (side by side)', path: '/documents/binh-thuan-1698-kh-ubnd-2021/?lang=both' },
  { name: 'restored OCR document', path: '/documents/an-giang-17-ctr-tu-2026/' },
  { name: 'glossary', path: '/glossary/' },
  { name: 'topics', path: '/topics/' },
  { name: 'topic', path: '/topics/land/' },
  { name: 'targets', path: '/targets/' },
  { name: 'about', path: '/about/' },
  { name: 'reference', path: '/references/13-nq-tw/' },
  { name: 'cited documents', path: '/references/' },
  { name: 'relations', path: '/relations/' },
  { name: 'search with results', path: '/search/?q=hop%20tac%20xa', ready: (page) => page.locator('.search-result').first().waitFor() },
  { name: '404', path: '/khong-co-trang-nay/' },
  { name: 'course pack', path: '/pack/?c=an-giang-17-ctr-tu-2026:iii-2-2-1,bac-kan-09-nq-tu-2021:ii-3,khong-co:x', ready: (page) => page.locator('.pack-item--unknown').waitFor() },
  // Read in English: the labels switch language, and every label in Vietnamese must still say so.
  { name: 'home (English)', path: '/?lang=en' },
  { name: 'restored OCR document (English)', path: '/documents/an-giang-17-ctr-tu-2026/?lang=en' },
  { name: 'glossary (English)', path: '/glossary/?lang=en' },
  { name: 'topic (English)', path: '/topics/land/?lang=en' },
  { name: 'targets (English)', path: '/targets/?lang=en' },
  { name: 'search with results (English)', path: '/search/?q=cooperative&lang=en', ready: (page) => page.locator('.search-filter').first().waitFor() },
];

async function openPage(path: string, ready?: (page: Page) => Promise<void>, bypassCSP = false) {
  // axe-core is injected as a script of the test's own; only that needs the policy set aside.
  const context = await site.browser.newContext({ bypassCSP });
  const page = await context.newPage();
  const violations: string[] = [];
  const external: string[] = [];
  page.on('console', (message) => {
    if (/Content[- ]Security[- ]Policy/i.test(message.text())) violations.push(message.text());
  });
  page.on('request', (request) => {
    if (!request.url().startsWith(site.url) && !request.url().startsWith('data:')) external.push(request.url());
  });
  await page.goto(`${site.url}${path}`);
  await ready?.(page);
  return { page, context, violations, external };
}

describe('accessibility (axe-core in Chromium)', () => {
  it.each(PAGE_TYPES)('$name has no violations', async ({ path, ready }) => {
    const { page, context } = await openPage(path, ready, true);
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });
});

describe('Content-Security-Policy', () => {
  it.each(PAGE_TYPES)('$name works under the policy and requests nothing from elsewhere', async ({ path, ready }) => {
    const { page, context, violations, external } = await openPage(path, ready);
    expect(await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')).toMatch(/default-src 'self'; script-src 'self'/);
    await page.waitForLoadState('networkidle');
    expect(violations).toEqual([]);
    expect(external).toEqual([]);
    await context.close();
  });

  it('keeps every script and style in files of the site (no inline code for the policy to allow)', () => {
    for (const file of htmlFiles()) {
      const html = readFileSync(file, 'utf8');
      // Data blocks (JSON, and the JSON-LD of document pages) are not code.
      const inlineScripts = [...html.matchAll(/<script(?![^>]*\bsrc=)(?![^>]*type="application\/(?:ld\+)?json")[^>]*>/g)];
      expect(inlineScripts, relative(DIST, file)).toEqual([]);
      expect(html, relative(DIST, file)).not.toMatch(/<style[\s>]| style="/);
    }
  });
});

describe('link integrity', () => {
  it('resolves every internal link and anchor in dist/', () => {
    const files = htmlFiles();
    const ids = new Map<string, Set<string>>();
    const idsOf = (file: string) => {
      if (!ids.has(file)) ids.set(file, new Set([...readFileSync(file, 'utf8').matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!)));
      return ids.get(file)!;
    };
    const broken: string[] = [];
    let checked = 0;
    for (const file of files) {
      const html = readFileSync(file, 'utf8');
      const page = `/${relative(DIST, file)}`;
      for (const [, href] of html.matchAll(/\shref="([^"]+)"/g)) {
        if (/^(https?:|mailto:|data:)/.test(href!)) continue;
        const url = new URL(href!.replace(/&amp;/g, '&'), `http://site${page}`);
        let target = join(DIST, decodeURIComponent(url.pathname));
        if (url.pathname.endsWith('/')) target = join(target, 'index.html');
        checked++;
        try {
          statSync(target);
        } catch {
          broken.push(`${page}: ${href} (no ${relative(DIST, target)})`);
          continue;
        }
        if (url.hash && target.endsWith('.html') && !idsOf(target).has(decodeURIComponent(url.hash.slice(1)))) broken.push(`${page}: ${href} (no #${url.hash.slice(1)})`);
      }
    }
    expect(broken).toEqual([]);
    expect(checked).toBeGreaterThan(1000);
  });
});

describe('HTML validity', () => {
  it('every page validates (html-validate, recommended rules)', async () => {
    const validator = new HtmlValidate({
      extends: ['html-validate:recommended'],
      rules: {
        // Prettier-style formatting choices, not validity.
        'void-style': 'off',
        'no-trailing-whitespace': 'off',
        // The clause "#" permalinks are labelled by visually hidden text.
        'text-content': 'off',
        // Long Vietnamese titles are legitimate.
        'long-title': 'off',
      },
    });
    const problems: string[] = [];
    for (const file of htmlFiles()) {
      const report = await validator.validateString(readFileSync(file, 'utf8'), relative(DIST, file));
      for (const result of report.results) for (const message of result.messages.slice(0, 5)) problems.push(`${relative(DIST, file)}:${message.line}: ${message.ruleId}: ${message.message}`);
    }
    expect(problems).toEqual([]);
  });
});

describe('performance budget', () => {
  it('sends at most 30 KB (gzip) of JavaScript before interaction on a document page', async () => {
    for (const path of ['/documents/binh-thuan-1698-kh-ubnd-2021/', '/documents/an-giang-17-ctr-tu-2026/']) {
      const context = await site.browser.newContext();
      const page = await context.newPage();
      const scripts: Promise<number>[] = [];
      page.on('response', (response) => {
        if (response.request().resourceType() === 'script') scripts.push(response.body().then((body) => gzipSync(body).length));
      });
      await page.goto(`${site.url}${path}`);
      await page.waitForLoadState('networkidle');
      const total = (await Promise.all(scripts)).reduce((a, b) => a + b, 0);
      expect(scripts.length, path).toBeGreaterThan(0);
      expect(total, `${path}: ${total} bytes`).toBeLessThanOrEqual(30 * 1024);
      await context.close();
    }
  });

  it('downloads at most 150 KB (gzip) of search files for a first search', async () => {
    const { gzipped, files } = await firstQueryBytes(site.browser, site.url, 'hop tac xa');
    expect(files.some((f) => f.endsWith('.pf_fragment')), 'results were fetched').toBe(true);
    expect(gzipped, `${(gzipped / 1024).toFixed(1)} KB in ${files.join(', ')}`).toBeLessThanOrEqual(150 * 1024);
  });
});
