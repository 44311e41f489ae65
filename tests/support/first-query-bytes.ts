/**
 * What a reader's browser downloads for its first search: everything fetched from /pagefind/ (its
 * script, WebAssembly, index chunks, filters, result fragments) in a fresh browser context, from
 * opening the search page with a query until its results are shown. Shared by the budget test and
 * npm run bench:search, so both measure the same thing.
 */
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';

export interface FirstQueryBytes {
  /** Their bytes as the test server sent them (uncompressed). */
  raw: number;
  /** Their bytes as gzip would send them. */
  gzipped: number;
  /** The search files fetched (their names under /pagefind/). */
  files: string[];
}

export async function firstQueryBytes(browser: Browser, siteUrl: string, query: string): Promise<FirstQueryBytes> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const pending: Promise<void>[] = [];
    const measured: FirstQueryBytes = { raw: 0, gzipped: 0, files: [] };
    page.on('requestfinished', (request) => {
      const url = new URL(request.url());
      if (!url.pathname.startsWith('/pagefind/')) return;
      pending.push(
        (async () => {
          const response = await request.response();
          const body = response ? await response.body() : Buffer.alloc(0);
          measured.raw += body.length;
          measured.gzipped += gzipSync(body).length;
          measured.files.push(url.pathname.slice('/pagefind/'.length));
        })(),
      );
    });
    await page.goto(`${siteUrl}/search/?q=${encodeURIComponent(query)}`);
    await page.waitForFunction((q) => (document.querySelector('#search-count')?.textContent ?? '').includes(`“${q}”`), query);
    await page.waitForLoadState('networkidle');
    await Promise.all(pending);
    return measured;
  } finally {
    await context.close();
  }
}
