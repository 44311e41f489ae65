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
