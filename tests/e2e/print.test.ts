/**
 * Printing: a document printed to PDF in Chromium, in Vietnamese and in English, carries all of
 * its text, its clause ids and where its links go, without the site's controls.
 */
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, it } from 'vitest';
import { flattenClauses, type ClauseExport, type DocumentExport } from '../../src/pipeline/emit/json.ts';
import { firstMissingInOrder, syllables } from '../../src/pipeline/text/syllables.ts';
import { readDist } from '../support/build-site.ts';
import { useBuiltSite } from '../support/site-under-test.ts';

const site = useBuiltSite();


async function printedText(path: string): Promise<string> {
  const page = await site.browser.newPage();
  await page.goto(`${site.url}${path}`);
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ format: 'A4', printBackground: false });
  await page.close();
  const document = await getDocument({ data: new Uint8Array(pdf), useSystemFonts: true }).promise;
  const pages: string[] = [];
  for (let n = 1; n <= document.numPages; n++) {
    const content = await (await document.getPage(n)).getTextContent();
    pages.push(content.items.map((item) => ('str' in item ? item.str + (item.hasEOL ? '\n' : '') : '')).join(''));
  }
  return pages.join('\n');
}

const exported = (slug: string) => readDist<DocumentExport>(`api/documents/${slug}.json`);

describe('printing a document', () => {
  it('prints the whole Vietnamese text in order, with clause ids and link targets, without controls', async () => {
    const slug = 'lai-chau-ctrhd-ubnd-2020';
    const text = await printedText(`/documents/${slug}/?lang=vi`);
    const clauses = flattenClauses<ClauseExport>(exported(slug).clauses);
    const expected = clauses.flatMap((c) => syllables([c.heading?.vi, c.text?.vi].filter(Boolean).join(' ')));
    expect(firstMissingInOrder(expected, syllables(text))).toBe(-1);
    expect(text).toContain('#ii-2-dd');
    expect(text).not.toContain('Tìm kiếm (phím /)');
    expect(text).not.toContain('Ngôn ngữ đọc');
  });

  it('prints where links go', async () => {
    const text = await printedText('/documents/an-giang-17-ctr-tu-2026/');
    expect(text.replace(/\s+/g, '')).toContain('</about/#khoi-phuc-dau>');
  });

  it('prints the English reading mode in English', async () => {
    const slug = 'lai-chau-ctrhd-ubnd-2020';
    const text = await printedText(`/documents/${slug}/?lang=en`);
    const clauses = flattenClauses<ClauseExport>(exported(slug).clauses);
    const expected = clauses.flatMap((c) => syllables([c.heading?.en ?? c.heading?.vi, c.text?.en ?? c.text?.vi].filter(Boolean).join(' ')));
    expect(firstMissingInOrder(expected, syllables(text))).toBe(-1);
  });
});
