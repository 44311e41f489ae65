import { describe, expect, it } from 'vitest';
import type { GlossaryTerm } from '../gloss/glossary.ts';
import { attachReview, checkReviewLog, isIsoDate, parseReviewLog, reviewCoverage, type ReviewLog } from './index.ts';
import { fixtureDocument, FIXTURE_SLUG } from './fixtures/document.ts';

const FILE = 'content/translations/review/fixture-plan.json';
const TERMS: GlossaryTerm[] = [
  { id: 'tieu-thu-san-pham', vi: ['tiêu thụ sản phẩm'], en: 'sale of products', definition: 'Selling.', category: 'economic-concept' },
];

const record = (changed = false, why = 'accurate; no change', reviewed = '2026-12-07') => ({ reviewed, changed, why });

/** A complete, valid log of the fixture document. */
function fixtureLog(): Record<string, unknown> {
  return {
    slug: FIXTURE_SLUG,
    reviewer: 'second reader R2 (not the first translator)',
    method: 'English against the Vietnamese, clause by clause, glossary open',
    clauses: {
      header: record(),
      title: record(),
      i: record(),
      'i-1': record(true, '"lower product prices" read giá thành as price; now "unit cost".', '2026-12-06'),
      'i-2': record(true, 'The English said "at all levels", which the OCR text does not; gap marked.'),
      'i-3': record(),
    },
    termExceptions: [{ clause: 'i-1', term: 'tiêu thụ sản phẩm', english: 'consumption of products', reason: 'Fixture: kept to test an exception.' }],
  };
}

/** The log as a file: its text, for the line numbers of messages. */
function asFile(raw: unknown) {
  const text = JSON.stringify(raw, null, 2);
  return { raw: JSON.parse(text) as unknown, source: { file: FILE, text } };
}

describe('parseReviewLog', () => {
  it('reads a well-formed log', () => {
    const { raw, source } = asFile(fixtureLog());
    const { log, problems } = parseReviewLog(raw, source);
    expect(problems).toEqual([]);
    expect(log!.clauses['i-1']).toEqual({ reviewed: '2026-12-06', changed: true, why: '"lower product prices" read giá thành as price; now "unit cost".' });
    expect(log!.termExceptions).toHaveLength(1);
  });

  it('reports every missing or mistyped field at once, naming the file, the line and the entry', () => {
    const broken = fixtureLog();
    delete broken.reviewer;
    (broken.clauses as Record<string, unknown>)['i-1'] = { reviewed: '7/12/2026', changed: 'yes' };
    (broken.clauses as Record<string, unknown>)['i-2'] = 'reviewed';
    broken.termExceptions = [{ clause: 'i-1', term: 'tiêu thụ sản phẩm', english: '' }];
    const { raw, source } = asFile(broken);
    const { log, problems } = parseReviewLog(raw, source);
    expect(log).toBeNull();
    const line = (needle: string) => source.text.split('\n').findIndex((l) => l.includes(needle)) + 1;
    expect(problems).toEqual([
      `${FILE}: "reviewer" must be non-empty text`,
      `${FILE}:${line('"i-1": {')}: clauses["i-1"]: "reviewed" must be a date written YYYY-MM-DD (got "7/12/2026")`,
      `${FILE}:${line('"i-1": {')}: clauses["i-1"]: "changed" must be true or false`,
      `${FILE}:${line('"i-1": {')}: clauses["i-1"]: "why" must say what was wrong and what changed, or "accurate; no change"`,
      `${FILE}:${line('"i-2": "reviewed"')}: clauses["i-2"]: expected { "reviewed", "changed", "why" }`,
      `${FILE}:${line('"termExceptions"') + 1}: termExceptions[0]: "english" must be non-empty text`,
      `${FILE}:${line('"termExceptions"') + 1}: termExceptions[0]: "reason" must be non-empty text`,
    ]);
  });

  it('refuses what is not a log object', () => {
    expect(parseReviewLog([], { file: FILE }).problems).toEqual([expect.stringMatching(/^content\/translations\/review\/fixture-plan\.json: expected an object/)]);
  });

  it('knows a calendar date', () => {
    expect(isIsoDate('2026-12-07')).toBe(true);
    expect(isIsoDate('2026-02-30')).toBe(false);
    expect(isIsoDate('2026-12-7')).toBe(false);
  });
});

describe('checkReviewLog', () => {
  const parse = (raw: Record<string, unknown>): { log: ReviewLog; source: { file: string; text: string } } => {
    const file = asFile(raw);
    return { log: parseReviewLog(file.raw, file.source).log!, source: file.source };
  };

  it('accepts a log with one record per translated clause and resolves its exceptions to glossary ids', () => {
    const { log, source } = parse(fixtureLog());
    const { problems, exceptions } = checkReviewLog(log, fixtureDocument(), TERMS, source);
    expect(problems).toEqual([]);
    expect(exceptions).toEqual([{ clause: 'i-1', term: 'tiêu thụ sản phẩm', termId: 'tieu-thu-san-pham', english: 'consumption of products', reason: 'Fixture: kept to test an exception.' }]);
  });

  it('reports unknown clause ids, translated clauses without a record, and exceptions that do not hold', () => {
    const raw = fixtureLog();
    const clauses = raw.clauses as Record<string, unknown>;
    delete clauses['i-3'];
    delete clauses.title;
    clauses['i-9'] = record();
    raw.slug = 'other-plan';
    raw.termExceptions = [
      { clause: 'i-1', term: 'giá cả', english: 'consumption', reason: 'r' },
      { clause: 'i-1', term: 'tiêu thụ sản phẩm', english: 'marketing', reason: 'r' },
      { clause: 'i-7', term: 'tiêu thụ sản phẩm', english: 'sale', reason: 'r' },
    ];
    const { log, source } = parse(raw);
    const { problems } = checkReviewLog(log, fixtureDocument(), TERMS, source);
    const line = (needle: string) => source.text.split('\n').findIndex((l) => l.includes(needle)) + 1;
    const exceptionsAt = line('"termExceptions"');
    expect(problems).toEqual([
      `${FILE}:${line('"slug"')}: "slug" is "other-plan" but the file is the log of "${FIXTURE_SLUG}"`,
      `${FILE}:${line('"i-9"')}: clauses["i-9"]: no clause "i-9" in ${FIXTURE_SLUG}`,
      `${FILE}: 2 of 6 translated clauses have no review record: title, i-3`,
      `${FILE}:${exceptionsAt + 1}: termExceptions[0]: "giá cả" is not a term of content/glossary/terms.yaml (give one of its Vietnamese forms)`,
      `${FILE}:${exceptionsAt + 7}: termExceptions[1]: the English of "i-1" does not contain "marketing"`,
      `${FILE}:${exceptionsAt + 13}: termExceptions[2]: no clause "i-7" in ${FIXTURE_SLUG}`,
    ]);
  });

  it('reports a record for a clause that has no English', () => {
    const document = fixtureDocument();
    document.clauses.find((c) => c.id === 'title')!.translation = null;
    const { log, source } = parse(fixtureLog());
    expect(checkReviewLog(log, document, TERMS, source).problems).toEqual([expect.stringMatching(/clauses\["title"\]: the clause has no English translation to review$/)]);
  });
});

describe('attachReview and reviewCoverage', () => {
  it('puts each record on its clause and the summary, with the latest date, on the document', () => {
    const document = fixtureDocument();
    const { raw, source } = asFile(fixtureLog());
    const review = attachReview(document, parseReviewLog(raw, source).log!);
    expect(review).toEqual({
      reviewer: 'second reader R2 (not the first translator)',
      method: 'English against the Vietnamese, clause by clause, glossary open',
      reviewed: '2026-12-07',
      translated: 6,
      reviewedClauses: 6,
      changed: 2,
    });
    expect(document.review).toEqual(review);
    const item = document.clauses.find((c) => c.id === 'i')!.children[0]!;
    expect(item.review).toEqual({ reviewed: '2026-12-06', changed: true, why: '"lower product prices" read giá thành as price; now "unit cost".' });
  });

  it('counts coverage without a log as none reviewed', () => {
    expect(reviewCoverage(fixtureDocument(), null)).toEqual({ translated: 6, reviewed: 0, missing: ['header', 'title', 'i', 'i-1', 'i-2', 'i-3'] });
  });
});
