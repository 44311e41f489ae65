/**
 * The built site served over HTTP with Debian's Chromium, for a browser-test file: built once per
 * test run (shared by every file), started before the file's tests and stopped after them.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser } from './browser.ts';
import { DIST, ensureBuilt } from './build-site.ts';
import { serveStatic, type StaticServer } from './static-server.ts';

export interface SiteUnderTest {
  readonly url: string;
  readonly browser: Browser;
}

export function useBuiltSite(): SiteUnderTest {
  let server: StaticServer | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    await ensureBuilt();
    server = await serveStatic(DIST);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  return {
    get url() {
      return server!.url;
    },
    get browser() {
      return browser!;
    },
  };
}

/** Serve a site built elsewhere (a copied project's dist/) to Chromium for one test, then stop both. */
export async function withServedSite(dist: string, test: (site: SiteUnderTest) => Promise<void>): Promise<void> {
  const server = await serveStatic(dist);
  const browser = await launchBrowser();
  try {
    await test({ url: server.url, browser });
  } finally {
    await browser.close();
    await server.close();
  }
}
