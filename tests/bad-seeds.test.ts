/**
 * Wrong and hostile input through the whole pipeline: a clear error naming the file (and line), or
 * a correct page; never a crash trace, never a silent skip; and source text never runs as code.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { flattenClauses } from '../src/pipeline/emit/json.ts';
import { buildDocument } from '../src/pipeline/index.ts';
import { SourceError, type Clause } from '../src/pipeline/model.ts';
import { loadRestoreStage } from '../src/pipeline/restore-stage.ts';
import { copyProject, type ProjectCopy } from './support/project-copy.ts';
import { withServedSite } from './support/site-under-test.ts';

const bad = (name: string) => readFileSync(new URL(`./bad-seeds/${name}`, import.meta.url));
const restore = await loadRestoreStage();
const build = (bytes: Uint8Array, name: string) => buildDocument(bytes, name, 'bad', { restore });

describe('bad seeds through the pipeline', () => {
  it.each([
    ['empty.txt', /^empty\.txt: the file is empty$/],
    ['binary.txt', /^binary\.txt:\d+: NUL byte at offset \d+: this is a binary file, not text$/],
    ['latin1-not-vietnamese.txt', /^latin1-not-vietnamese\.txt:1: not valid UTF-8 .* not Vietnamese in Windows-1258, TCVN3 or VNI either/],
  ])('%s is refused with a clear error naming the file', (name, message) => {
    expect(() => build(bad(name), name)).toThrowError(SourceError);
    expect(() => build(bad(name), name)).toThrowError(message);
  });

  it('refuses a 1 MB line naming its line, and a 20 MB file naming its size', () => {
    const line = new TextEncoder().encode(`KẾ HOẠCH\n\n${'hợp tác xã '.repeat(100_000)}\n`);
    expect(() => build(line, 'long-line.txt')).toThrowError(/^long-line\.txt:3: the line is [\d,]+ characters long/);
    const huge = new Uint8Array(20 * 1024 * 1024).fill(0x61);
    expect(() => build(huge, 'huge.txt')).toThrowError(/^huge\.txt: the file is 20\.0 MB; a source text may be at most 5 MB$/);
  });

  it.each(['windows-1258', 'tcvn3', 'vni'])('builds a %s seed into the same document as its Unicode original', (encoding) => {
    const legacy = readFileSync(new URL(`../src/pipeline/ingest/legacy/fixtures/source.${encoding}.txt`, import.meta.url));
    const unicode = readFileSync(new URL('../src/pipeline/ingest/legacy/fixtures/source.txt', import.meta.url));
    const texts = (bytes: Uint8Array) => flattenClauses<Clause>(build(bytes, 'seed.txt').clauses).map((c) => [c.id, c.heading, c.text]);
    expect(texts(legacy)).toEqual(texts(unicode));
  });

  it('builds NFD text with CRLF or CR line ends and zero-width characters into the same document as clean UTF-8', () => {
    const clean = readFileSync(new URL('../seeds/003_218f22c76233087f.txt', import.meta.url), 'utf8');
    const messy = new TextEncoder().encode(`\uFEFF${clean.normalize('NFD').replace(/hợp tác xã/gu, 'hợp\u200B tác xã'.normalize('NFD'))}`.replace(/\n/g, '\r\n'));
    const cr = new TextEncoder().encode(clean.replace(/\n/g, '\r'));
    const texts = (bytes: Uint8Array) => flattenClauses<Clause>(build(bytes, 'seed.txt').clauses).map((c) => [c.id, c.heading, c.text]);
    const expected = texts(new TextEncoder().encode(clean));
    expect(texts(messy)).toEqual(expected);
    expect(texts(cr)).toEqual(expected);
  });

  it('makes a correct page of text with no recognisable structure', () => {
    const document = build(bad('no-structure.txt'), 'no-structure.txt');
    expect(document.clauses.map((c) => c.id)).toEqual(['p1', 'p2']);
    expect(document.metadata.documentType).toBeNull();
  });

  it('keeps hostile text as text in the model', () => {
    const document = build(bad('hostile.txt'), 'hostile.txt');
    const text = flattenClauses<Clause>(document.clauses).map((c) => [c.heading, c.text].join(' ')).join('\n');
    expect(text).toContain('<script>window.__pwned = 1</script>');
    expect(text).toContain("import fs from 'node:fs'");
    expect(text).toContain('[bấm](javascript:window.__pwned=5)');
  });
});

describe('a site built with hostile and broken seeds', () => {
  let project: ProjectCopy;
  beforeAll(() => {
    project = copyProject();
  });
  afterAll(() => project?.remove());

  it('reports every broken seed at once, by name, without a crash trace', () => {
    project.setSeeds(
      ['empty.txt', 'binary.txt', 'latin1-not-vietnamese.txt'].map((name, i) => ({ name: `bad-${name}`, bytes: bad(name), slug: `bad-${i}` })),
      true,
    );
    const result = project.build();
    expect(result.status).not.toBe(0);
    for (const name of ['bad-empty.txt', 'bad-binary.txt', 'bad-latin1-not-vietnamese.txt']) expect(result.stderr).toContain(`error: ${name}`);
    expect(result.stderr).not.toMatch(/\n\s+at .+:\d+:\d+\)?\n/);
  }, 300_000);

  it('shows hostile source text literally and runs none of it, at build or in the browser', async () => {
    project.remove();
    project = copyProject();
    project.setSeeds(
      [
        { name: 'hostile.txt', bytes: bad('hostile.txt'), slug: 'hostile' },
        { name: 'decision-with-plan.txt', bytes: bad('decision-with-plan.txt'), slug: 'decision-with-plan' },
      ],
      true,
    );
    const result = project.build();
    expect(result.status, result.stderr).toBe(0);
    await withServedSite(join(project.dir, 'dist'), async ({ url, browser }) => {
      const page = await browser.newPage();
      const dialogs: string[] = [];
      page.on('dialog', (dialog) => {
        dialogs.push(dialog.message());
        void dialog.dismiss();
      });
      await page.goto(`${url}/documents/hostile/`);
      const article = await page.locator('article').innerText();
      expect(article).toContain('<script>window.__pwned = 1</script>');
      expect(article).toContain('<img src=x onerror="window.__pwned = 2">');
      expect(article).toContain('{globalThis.__pwned = 3}');
      expect(article).toContain("export const pwned = fs.readFileSync('/etc/passwd', 'utf8')");
      expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
      expect(await page.locator('article a[href^="javascript:"]').count()).toBe(0);
      expect(await page.locator('article script, article img, article table:not(.clause-table)').count()).toBe(0);
      // A pipe table in the source is a table of the page, its cells text.
      expect(await page.locator('article table.clause-table th').allInnerTexts()).toEqual(['ô', 'ô']);
      expect(dialogs).toEqual([]);

      // A decision and the plan issued with it: both structured, the plan addressable, its table a
      // real table with a caption and header cells, every cell text.
      await page.goto(`${url}/documents/decision-with-plan/`);
      for (const id of ['dieu-1', 'dieu-2', 'kem-theo', 'kem-theo-title', 'kem-theo-i-1', 'kem-theo-i-1-t1', 'kem-theo-ii']) {
        expect(await page.locator(`[id="${id}"]`).count(), id).toBe(1);
      }
      expect(await page.locator('h1').count()).toBe(1);
      const table = page.locator('#kem-theo-i-1-t1 table');
      expect(await table.locator('caption').innerText()).toBe('Bảng 1. Chỉ tiêu <script>window.__pwned = 8</script>');
      expect(await table.locator('thead th[scope="col"]').allInnerTexts()).toEqual(['Địa phương', 'Chỉ tiêu {globalThis.__pwned = 9}']);
      expect(await table.locator('tbody tr').count()).toBe(2);
      expect(await table.locator('tbody td').allInnerTexts()).toEqual(['Xã <b>Một</b>', '3', 'Xã `Hai`', '[bấm](javascript:window.__pwned=10)']);
      expect(await page.locator('article a[href^="javascript:"], article b').count()).toBe(0);
      expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
      // In English mode a heading with no English yet shows its Vietnamese, marked as untranslated.
      await page.goto(`${url}/documents/decision-with-plan/?lang=en`);
      const heading = page.locator('#kem-theo-i--heading');
      expect(await heading.innerText()).toContain('MỤC TIÊU');
      expect(await heading.locator('.untranslated-mark').isVisible()).toBe(true);
    });
  }, 300_000); // a whole site build in a copy of the project, then Chromium; slow on a loaded 2-core machine
});
