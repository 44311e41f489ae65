/**
 * Link lists tell their targets apart: on every built page, in either interface language, no list
 * (ul or ol, its nested lists included) holds two links with the same accessible name that lead to
 * different places.
 */
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST } from '../support/build-site.ts';
import { useBuiltSite } from '../support/site-under-test.ts';

const site = useBuiltSite();

function pages(dir = DIST): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return ['pagefind', 'downloads', '_astro', 'api'].includes(name) ? [] : pages(path);
    return name === 'index.html' || name === '404.html' ? [`/${relative(DIST, path).replace(/index\.html$/, '')}`] : [];
  });
}

describe('link lists', () => {
  it('no list repeats an accessible name for different targets, on any page, in either language', async () => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    const repeated: string[] = [];
    const paths = pages();
    expect(paths.length).toBeGreaterThan(20);
    let lists = 0;
    for (const path of paths) {
      for (const lang of ['vi', 'en']) {
        await page.goto(`${site.url}${path}?lang=${lang}`);
        // Closed <details> hide their lists from layout (and innerText): open them all first.
        const found = await page.evaluate(() => {
          for (const details of document.querySelectorAll('details')) details.open = true;
          const name = (a: HTMLAnchorElement) => (a.getAttribute('aria-label') ?? a.innerText).replace(/\s+/g, ' ').trim();
          const problems: string[] = [];
          const all = document.querySelectorAll('ul, ol');
          for (const list of all) {
            const targets = new Map<string, string>();
            for (const a of list.querySelectorAll<HTMLAnchorElement>('a[href]')) {
              const key = name(a);
              const target = new URL(a.href, location.href).href;
              const seen = targets.get(key);
              if (seen !== undefined && seen !== target) problems.push(`"${key}": ${seen} and ${target}`);
              targets.set(key, target);
            }
          }
          return { problems, lists: all.length };
        });
        lists += found.lists;
        repeated.push(...found.problems.map((p) => `${path}?lang=${lang}: ${p}`));
      }
    }
    expect(lists).toBeGreaterThan(100);
    expect(repeated).toEqual([]);
    await context.close();
  });
});
