/**
 * The build refuses unreviewed work once a document's second reading is recorded: a translated
 * clause without a review record, a departure from the glossary without a reviewed exception, and
 * malformed review or editorial data, each named by file and line. Run on a copy of the project
 * with fixture data (the project's own content/ is left to the reviewers).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildAllDocuments, readGlossary, termConsistency } from '../scripts/build-content.ts';
import { flattenClauses } from '../src/pipeline/emit/json.ts';
import type { Clause, EditionDocument } from '../src/pipeline/model.ts';
import { copyProject, type ProjectCopy } from './support/project-copy.ts';

const SLUG = 'bac-kan-09-nq-tu-2021';
let project: ProjectCopy;
let document: EditionDocument;
let departures: { clause: string; vietnamese: string; termId: string }[];

function write(relative: string, text: string): void {
  mkdirSync(dirname(join(project.dir, relative)), { recursive: true });
  writeFileSync(join(project.dir, relative), text);
}

/** A term the document uses, given an English its translation never uses, in the copy's glossary only. */
const FIXTURE_TERM = 'hop-tac-xa';
const FIXTURE_ENGLISH = 'fixture rendering';

beforeAll(async () => {
  project = copyProject();
  // The reviewed edition departs from its glossary nowhere unexcepted; the copy's glossary is made
  // to disagree with the English, so that the check has departures to report.
  const glossaryFile = join(project.dir, 'content', 'glossary', 'terms.yaml');
  const changed = readFileSync(glossaryFile, 'utf8').replace(new RegExp(`(- id: ${FIXTURE_TERM}\\n(?:  (?!en:).*\\n)*)  en: .*\\n`), `$1  en: ${FIXTURE_ENGLISH}\n`);
  writeFileSync(glossaryFile, changed);
  const built = await buildAllDocuments();
  document = built.documents.find((d) => d.slug === SLUG)!;
  const glossary = readGlossary().map((t) => (t.id === FIXTURE_TERM ? { ...t, en: FIXTURE_ENGLISH, alternatives: [] } : t));
  departures = termConsistency(built.documents, glossary, built.review).departures.filter((d) => d.slug === SLUG);
});
afterAll(() => project?.remove());

describe('the build with a review log', () => {
  it('fails on translated clauses without a record and on departures without an exception, naming each', () => {
    expect(departures.length).toBeGreaterThan(0);
    const translated = flattenClauses<Clause>(document.clauses).filter((c) => c.translation !== null);
    const [left, ...rest] = translated;
    const log = {
      slug: SLUG,
      reviewer: 'fixture reader',
      method: 'fixture',
      clauses: Object.fromEntries(rest.map((c) => [c.id, { reviewed: '2026-12-07', changed: false, why: 'accurate; no change' }])),
      termExceptions: [],
    };
    write(`content/translations/review/${SLUG}.json`, JSON.stringify(log, null, 2));
    const result = project.build();
    expect(result.status).not.toBe(0);
    expect(result.stderr).toContain(`error: content/translations/review/${SLUG}.json: 1 of ${translated.length} translated clauses have no review record: ${left!.id}`);
    for (const d of departures) {
      expect(result.stderr).toContain(`error: content/translations/review/${SLUG}.json: ${SLUG}#${d.clause}: "${d.vietnamese}" (${d.termId}) is not rendered`);
    }
  });

  it('names the file, line and entry of malformed review and editorial data', () => {
    write(
      `content/translations/review/${SLUG}.json`,
      '{\n  "slug": "bac-kan-09-nq-tu-2021",\n  "reviewer": "r",\n  "method": "m",\n  "clauses": {\n    "p1": { "reviewed": "2026-13-01", "changed": false, "why": "ok" },\n    "no-such-clause": { "reviewed": "2026-12-07", "changed": false, "why": "ok" }\n  }\n}\n',
    );
    write(`content/editorial/${SLUG}.json`, '{\n  "marks": [\n    { "clause": "p1", "kind": "gap", "after": "ở các cấp", "note": { "vi": "x", "en": "y" } }\n  ]\n}\n');
    const result = project.build();
    expect(result.status).not.toBe(0);
    expect(result.stderr).toContain(`error: content/translations/review/${SLUG}.json:6: clauses["p1"]: "reviewed" must be a date written YYYY-MM-DD (got "2026-13-01")`);
    expect(result.stderr).toContain(`error: content/editorial/${SLUG}.json:3: marks[0]: "ở các cấp" does not occur as whole words in the text of "p1"`);
    write(`content/translations/review/${SLUG}.json`, '{ "slug": ');
    expect(project.build().stderr).toContain(`error: content/translations/review/${SLUG}.json: not valid JSON`);
  });
});
