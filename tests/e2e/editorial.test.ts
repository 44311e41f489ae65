/**
 * Editorial marks, translator's notes and the review state, end to end: a copy of the project gets
 * fixture data (a gap in Bắc Kạn's OCR text, a [sic] in the Standing Board's programme, a
 * translator's note, and a complete review log for Bắc Kạn), is built, and is read in Chromium in
 * the three reading modes, in the offline copy (from disk) and in the single-file document.
 * Fixture data, not the reviewers' content/: the copy's files are overwritten, the project's are not.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { unzipSync } from 'fflate';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildAllDocuments, readGlossary, termConsistency } from '../../scripts/build-content.ts';
import type { ClauseExport, DocumentExport } from '../../src/pipeline/emit/json.ts';
import { flattenClauses } from '../../src/pipeline/emit/json.ts';
import { clauseEnglish } from '../../src/pipeline/gloss/term-check.ts';
import type { Clause } from '../../src/pipeline/model.ts';
import { syllables } from '../../src/pipeline/text/syllables.ts';
import { axeViolations } from '../support/axe.ts';
import { launchBrowser } from '../support/browser.ts';
import { copyProject, type ProjectCopy } from '../support/project-copy.ts';
import { serveStatic, type StaticServer } from '../support/static-server.ts';

const BAC_KAN = 'bac-kan-09-nq-tu-2021';
const STANDING_BOARD = 'ban-thuong-vu-tinh-uy-ctr-20-nq-tw';
const GAP = { clause: 'p1', kind: 'gap', after: 'từ các', note: { vi: 'Bản OCR mất chữ sau “từ các”.', en: 'The OCR lost words after “từ các”.' } };
const SIC = { clause: 'iii-3-b5', kind: 'sic', after: 'tiêu thụ công nghiệp', note: { vi: 'Có lẽ là “tiểu thủ công nghiệp”.', en: 'Evidently “tiểu thủ công nghiệp” (handicrafts).' } };
const TRANSLATOR_NOTE = 'Words are missing in the OCR text after “từ các”; the English does not supply them.';

let project: ProjectCopy;
let server: StaticServer;
let browser: Browser;
let offline: string;

function writeJson(relative: string, data: unknown): void {
  mkdirSync(dirname(join(project.dir, relative)), { recursive: true });
  writeFileSync(join(project.dir, relative), `${JSON.stringify(data, null, 2)}\n`);
}

beforeAll(async () => {
  project = copyProject();
  // The Standing Board's programme stands for a document whose second reading is not recorded yet.
  rmSync(join(project.dir, 'content', 'translations', 'review', `${STANDING_BOARD}.json`), { force: true });
  writeJson(`content/editorial/${BAC_KAN}.json`, { marks: [GAP] });
  writeJson(`content/editorial/${STANDING_BOARD}.json`, { marks: [SIC] });
  const translationsFile = join(project.dir, 'content', 'translations', `${BAC_KAN}.json`);
  const translations = JSON.parse(readFileSync(translationsFile, 'utf8')) as { clauses: Record<string, { note?: string }> };
  translations.clauses.p1!.note = TRANSLATOR_NOTE;
  writeFileSync(translationsFile, JSON.stringify(translations, null, 2));
  // A complete review log: one record per translated clause, and an exception for each departure
  // from the glossary (their English is the clause's own, so the check accepts them).
  const { documents, review } = await buildAllDocuments();
  const bacKan = documents.find((d) => d.slug === BAC_KAN)!;
  const clauses = flattenClauses<Clause>(bacKan.clauses).filter((c) => c.translation !== null);
  const departures = termConsistency(documents, readGlossary(), review).departures.filter((d) => d.slug === BAC_KAN);
  writeJson(`content/translations/review/${BAC_KAN}.json`, {
    slug: BAC_KAN,
    reviewer: 'fixture reader (test)',
    method: 'fixture: English against the Vietnamese',
    clauses: Object.fromEntries(clauses.map((c) => [c.id, { reviewed: c.id === 'p1' ? '2026-12-07' : '2026-12-05', changed: c.id === 'p1', why: c.id === 'p1' ? 'gap marked' : 'accurate; no change' }])),
    termExceptions: departures.map((d) => ({
      clause: d.clause,
      term: d.vietnamese,
      english: clauseEnglish(clauses.find((c) => c.id === d.clause)!).slice(0, 30),
      reason: 'fixture exception',
    })),
  });
  const result = project.build();
  if (result.status !== 0) throw new Error(`the fixture build failed:\n${result.stderr.slice(-3000)}`);
  server = await serveStatic(join(project.dir, 'dist'));
  browser = await launchBrowser();
  offline = mkdtempSync(join(tmpdir(), 'offline-marks-'));
  for (const [name, bytes] of Object.entries(unzipSync(readFileSync(join(project.dir, 'dist', 'downloads', 'kinh-te-tap-the-offline.zip'))))) {
    if (name.endsWith('/')) continue;
    mkdirSync(dirname(join(offline, name)), { recursive: true });
    writeFileSync(join(offline, name), bytes);
  }
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  project?.remove();
  if (offline) rmSync(offline, { recursive: true, force: true });
});

/** What a screen reader is given for an element: Chromium's computed accessible name and description. */
async function accessibility(page: Page, selector: string): Promise<{ role: string; name: string; description: string }> {
  const cdp = await page.context().newCDPSession(page);
  const { root } = await cdp.send('DOM.getDocument', { depth: 0 });
  const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
  const { nodes } = await cdp.send('Accessibility.getPartialAXTree', { nodeId, fetchRelatives: false });
  const node = nodes[0]!;
  return { role: String(node.role?.value ?? ''), name: String(node.name?.value ?? ''), description: String(node.description?.value ?? '') };
}

/** The Vietnamese paragraph of a clause: as seen (without screen-reader-only text), and without the marks. */
async function vietnamese(page: Page, clause: string): Promise<{ read: string; withoutMarks: string }> {
  return page.locator(`[id="${clause}"] .clause-text.lang-vi > p`).first().evaluate((p) => {
    const without = (selector: string) => {
      const copy = p.cloneNode(true) as HTMLElement;
      for (const element of copy.querySelectorAll(selector)) element.remove();
      return copy.textContent ?? '';
    };
    return { read: without('.visually-hidden'), withoutMarks: without('.editorial-mark') };
  });
}

/** Text as laid out in a line: whitespace collapsed (innerText would set a <p> apart whatever its display). */
async function lineText(locator: Locator): Promise<string> {
  return ((await locator.textContent()) ?? '').replace(/\s+/gu, ' ').trim();
}

/** The sign a mark shows; its name is there for screen readers only, in a 1-pixel clip. */
async function sign(locator: Locator): Promise<string> {
  const hidden = await locator.locator('.visually-hidden').boundingBox();
  expect(hidden!.width).toBeLessThanOrEqual(1);
  return locator.locator('[aria-hidden="true"]').innerText();
}

async function expectMarkAnnounced(page: Page): Promise<void> {
  const gap = await accessibility(page, '#p1--mark-1');
  expect(gap).toEqual({ role: 'link', name: 'chỗ thiếu chữ (ghi chú biên tập)', description: `Chỗ thiếu chữ: ${GAP.note.vi}` });
}

describe('editorial marks on the document page', () => {
  it('show "[…]" after the words in Vietnamese, with its note, announced by name and description', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/documents/${BAC_KAN}/?lang=vi`);
    const mark = page.locator('#p1--mark-1');
    expect(await mark.isVisible()).toBe(true);
    expect(await sign(mark)).toBe('[…]');
    const { read, withoutMarks } = await vietnamese(page, 'p1');
    expect(read).toContain('từ các[…] thường xuyên');
    const note = page.locator('#p1--mark-1-note');
    expect(await note.isVisible()).toBe(true);
    expect(await note.innerText()).toContain(GAP.note.vi);
    await expectMarkAnnounced(page);
    // Styled as a mark, not as running text.
    expect(await mark.evaluate((el) => getComputedStyle(el).fontWeight)).toBe('600');
    // The mark is an addition: without it the paragraph is the published text, syllable for syllable.
    const exported = JSON.parse(readFileSync(join(project.dir, 'dist', 'api', 'documents', `${BAC_KAN}.json`), 'utf8')) as DocumentExport;
    const p1 = flattenClauses<ClauseExport>(exported.clauses).find((c) => c.id === 'p1')!;
    expect(syllables(withoutMarks)).toEqual(syllables(p1.text!.vi));
    // Keyboard: the mark is reachable and leads to its note.
    await mark.focus();
    await page.keyboard.press('Enter');
    await page.waitForURL('**#p1--mark-1-note');
    await page.close();
  });

  it('give the English reader the note, the words it follows and the translator\'s note; the [sic] too', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/documents/${BAC_KAN}/?lang=en`);
    expect(await page.locator('#p1--mark-1').isVisible()).toBe(false);
    const english = page.locator('[id="p1"] .clause-text.lang-en');
    const note = english.locator('.editorial-note--gap');
    expect(await note.isVisible()).toBe(true);
    expect(await lineText(note)).toBe(`[…]Gap in the Vietnamese text after “từ các”: ${GAP.note.en}`);
    expect(await note.getAttribute('lang')).toBe('en');
    expect(await note.locator('[lang="vi"]').innerText()).toBe('từ các');
    const translator = english.locator('.translator-note');
    expect(await translator.isVisible()).toBe(true);
    expect(await lineText(translator)).toBe(`Translator’s note: ${TRANSLATOR_NOTE}`);
    await page.goto(`${server.url}/documents/${STANDING_BOARD}/?lang=en`);
    const sic = page.locator('[id="iii-3-b5"] .clause-text.lang-en .editorial-note--sic');
    expect(await lineText(sic)).toBe(`[sic]As written in the Vietnamese source, after “tiêu thụ công nghiệp”: ${SIC.note.en}`);
    await page.close();
  });

  it('show the mark in the Vietnamese and the notes in the English, side by side', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/documents/${STANDING_BOARD}/?lang=both`);
    const sic = page.locator('#iii-3-b5--mark-1');
    expect(await sic.isVisible()).toBe(true);
    expect(await sign(sic)).toBe('[sic]');
    const { read } = await vietnamese(page, 'iii-3-b5');
    expect(read).toContain('tiêu thụ công nghiệp[sic] an toàn');
    expect(await accessibility(page, '#iii-3-b5--mark-1')).toEqual({ role: 'link', name: 'nguyên văn [sic] (ghi chú biên tập)', description: `Nguyên văn: ${SIC.note.vi}` });
    expect(await page.locator('[id="iii-3-b5"] .clause-text.lang-en .editorial-note--sic').isVisible()).toBe(true);
    await page.close();
  });

  it.each(['vi', 'en', 'both'])('leave the page free of axe-core violations (?lang=%s)', async (lang) => {
    // axe-core is injected as a script of the test's own; only that needs the policy set aside.
    const context = await browser.newContext({ bypassCSP: true });
    const page = await context.newPage();
    await page.goto(`${server.url}/documents/${BAC_KAN}/?lang=${lang}`);
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });
});

describe('the review state', () => {
  it('shows a "reviewed" mark with the date and coverage on the page, and none where there is no log', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/documents/${BAC_KAN}/?lang=en`);
    const status = page.locator('.review-status');
    expect(await status.getAttribute('data-reviewed')).toBe('2026-12-07');
    const exported = JSON.parse(readFileSync(join(project.dir, 'dist', 'api', 'documents', `${BAC_KAN}.json`), 'utf8')) as DocumentExport;
    const translated = flattenClauses<ClauseExport>(exported.clauses).filter((c) => c.text?.en !== undefined || c.heading?.en !== undefined).length;
    expect(await status.locator('.ui-en').innerText()).toBe(`✓ Reviewed 7 December 2026: second reading of the English against the Vietnamese, ${translated} of ${translated} clauses (1 changed).`);
    await page.goto(`${server.url}/documents/${STANDING_BOARD}/`);
    expect(await page.locator('.review-status').count()).toBe(0);
    await page.close();
  });

  it('is in the JSON export, per document and per clause, with the marks and the translator\'s note', () => {
    const read = (slug: string) => JSON.parse(readFileSync(join(project.dir, 'dist', 'api', 'documents', `${slug}.json`), 'utf8')) as DocumentExport;
    const bacKan = read(BAC_KAN);
    expect(bacKan.review).toMatchObject({ reviewer: 'fixture reader (test)', reviewed: '2026-12-07', changed: 1 });
    expect(bacKan.review!.reviewedClauses).toBe(bacKan.review!.translated);
    const p1 = flattenClauses<ClauseExport>(bacKan.clauses).find((c) => c.id === 'p1')!;
    expect(p1.review).toEqual({ reviewed: '2026-12-07', changed: true, why: 'gap marked' });
    expect(p1.translatorNote).toBe(TRANSLATOR_NOTE);
    expect(p1.editorial).toEqual([{ kind: 'gap', after: 'từ các', occurrence: 1, note: GAP.note }]);
    expect(read(STANDING_BOARD).review).toBeNull();
    const summary = (JSON.parse(readFileSync(join(project.dir, 'dist', 'api', 'documents.json'), 'utf8')) as { documents: DocumentExport[] }).documents;
    expect(summary.find((d) => d.slug === BAC_KAN)!.review?.reviewed).toBe('2026-12-07');
  });
});

describe('editorial marks offline', () => {
  it('render and are announced in the offline copy opened from disk, in Vietnamese and in English', async () => {
    const page = await browser.newPage();
    await page.goto(pathToFileURL(join(offline, 'kinh-te-tap-the', 'documents', BAC_KAN, 'index.html')).href);
    expect(await page.locator('#p1--mark-1').isVisible()).toBe(true);
    await expectMarkAnnounced(page);
    await page.getByRole('radio', { name: 'English' }).check();
    expect(await page.locator('[id="p1"] .clause-text.lang-en .editorial-note--gap').isVisible()).toBe(true);
    expect(await page.locator('[id="p1"] .translator-note').isVisible()).toBe(true);
    await page.close();
  });

  it('render in the single-file document', async () => {
    const page = await browser.newPage();
    await page.goto(pathToFileURL(join(project.dir, 'dist', 'downloads', `${STANDING_BOARD}.html`)).href);
    expect(await sign(page.locator('#iii-3-b5--mark-1'))).toBe('[sic]');
    expect((await accessibility(page, '#iii-3-b5--mark-1')).description).toBe(`Nguyên văn: ${SIC.note.vi}`);
    await page.close();
  });
});
