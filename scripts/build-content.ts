/**
 * seeds/ → content/documents/<slug>.mdx (the page) and <slug>.json (the typed model).
 * Generated; never edit the output by hand. Reports every problem it finds, then exits non-zero.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { catalogueLine, checkCatalogue, proposeSlug } from '../src/pipeline/catalogue.ts';
import { parseCorrections } from '../src/pipeline/corrections/index.ts';
import { loadGlossary, validateGlossary, type GlossaryTerm } from '../src/pipeline/gloss/glossary.ts';
import { documentLabels, LabelTableError, loadLabelTables, untranslatedLabels } from '../src/i18n/document-labels.ts';
import { glossaryIndex } from '../src/pipeline/gloss/occurrences.ts';
import { checkTermConsistency, describeDeparture, termDepartures, type TermException } from '../src/pipeline/gloss/term-check.ts';
import { attachReview, checkReviewLog, parseReviewLog, reviewCoverage, type ReviewCoverage } from '../src/pipeline/review/index.ts';
import { parseEditorialMarks, placeEditorialMarks } from '../src/pipeline/editorial/index.ts';
import { alignEdition, serialiseAlignment } from '../src/pipeline/align/index.ts';
import { readTopicData } from '../src/lib/documents.ts';
import { attachTranslations, parseTranslationFile, type TranslationReport } from '../src/pipeline/gloss/translations.ts';
import { documentToMdx } from '../src/pipeline/emit/mdx.ts';
import { buildDocument } from '../src/pipeline/index.ts';
import { SourceError, type Clause, type EditionDocument } from '../src/pipeline/model.ts';
import { flattenClauses } from '../src/pipeline/emit/json.ts';
import { checkRedirects, checkRegistry, type ClauseRedirect, type PublishedIds } from '../src/pipeline/permalinks/registry.ts';
import { loadRestoreStage } from '../src/pipeline/restore-stage.ts';
import { recogniseEdition, serialiseReferences, type EditionReferences } from '../src/pipeline/references/index.ts';
import { readReferenceData } from '../src/lib/references.ts';
import { referenceLinks, unknownReferenceReport } from '../src/pipeline/references/report.ts';

export const ROOT = new URL('..', import.meta.url).pathname;
export const SEEDS_DIR = join(ROOT, 'seeds');
export const GENERATED_DIR = join(ROOT, 'content', 'documents');
/** Generated with the pages: the align stage's result (topics, links, targets). */
export const ALIGNMENT_FILE = join(GENERATED_DIR, 'alignment.json');
/** Generated with the pages: the references stage's result (every citation and the documents cited). */
export const REFERENCES_FILE = join(GENERATED_DIR, 'references.json');

export const REGISTRY_FILE = join(ROOT, 'content', 'published-ids.json');
export const REDIRECTS_FILE = join(ROOT, 'content', 'redirects.json');

export function readRegistry(): { registry: PublishedIds; redirects: ClauseRedirect[] } {
  const registry = existsSync(REGISTRY_FILE) ? (JSON.parse(readFileSync(REGISTRY_FILE, 'utf8')) as PublishedIds) : {};
  const redirects = existsSync(REDIRECTS_FILE) ? (JSON.parse(readFileSync(REDIRECTS_FILE, 'utf8')) as { redirects: ClauseRedirect[] }).redirects : [];
  return { registry, redirects };
}

export const GLOSSARY_FILE = join(ROOT, 'content', 'glossary', 'terms.yaml');
const LABELS_FILE = join(ROOT, 'content', 'labels', 'document-labels.yaml');

export function readGlossary(): GlossaryTerm[] {
  return loadGlossary(readFileSync(GLOSSARY_FILE, 'utf8'), 'content/glossary/terms.yaml');
}

/** The published text of each document, as the glossary is checked against it. */
export function documentTexts(documents: readonly EditionDocument[]): { slug: string; text: string }[] {
  return documents.map((d) => ({ slug: d.slug, text: flattenClauses<Clause>(d.clauses).flatMap((c) => [c.heading, c.text].filter((t): t is string => !!t)).join('\n') }));
}

export function seedFiles(dir = SEEDS_DIR): string[] {
  return readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();
}

/**
 * Read a JSON data file of content/ where it exists: its value and its text (for messages naming
 * lines); `absent` when there is no such file, null (the problem reported) when it is not JSON.
 */
function readJsonData(relative: string, problems: string[]): { raw: unknown; source: { file: string; text: string } } | 'absent' | null {
  if (!existsSync(join(ROOT, relative))) return 'absent';
  const text = readFileSync(join(ROOT, relative), 'utf8');
  try {
    return { raw: JSON.parse(text) as unknown, source: { file: relative, text } };
  } catch (error) {
    problems.push(`${relative}: not valid JSON: ${error instanceof Error ? error.message : String(error)}`);
    return null;
  }
}

/** The second reading of each document that has a review log: its reviewed term exceptions and its coverage. */
export interface ReviewState {
  /** By slug, for every document whose review log exists (an empty list where it records no exception). */
  exceptions: Map<string, TermException[]>;
  /** By slug, for every translated document; `logged` says whether its review log exists. */
  coverage: Map<string, ReviewCoverage & { logged: boolean }>;
}

/**
 * Attach a document's review log (content/translations/review/<slug>.json) and editorial marks
 * (content/editorial/<slug>.json), where they exist, after its translation; problems are collected.
 */
function attachEditorialData(document: EditionDocument, glossary: readonly GlossaryTerm[], problems: string[], review: ReviewState): void {
  const reviewLog = readJsonData(join('content', 'translations', 'review', `${document.slug}.json`), problems);
  if (reviewLog === 'absent') {
    if (flattenClauses<Clause>(document.clauses).some((c) => c.translation !== null)) review.coverage.set(document.slug, { ...reviewCoverage(document, null), logged: false });
  } else if (reviewLog) {
    const parsed = parseReviewLog(reviewLog.raw, reviewLog.source);
    problems.push(...parsed.problems);
    if (parsed.log) {
      const checked = checkReviewLog(parsed.log, document, glossary, reviewLog.source);
      problems.push(...checked.problems);
      review.exceptions.set(document.slug, checked.exceptions);
      attachReview(document, parsed.log);
      review.coverage.set(document.slug, { ...reviewCoverage(document, parsed.log), logged: true });
    }
  }
  const marks = readJsonData(join('content', 'editorial', `${document.slug}.json`), problems);
  if (marks && marks !== 'absent') {
    const parsed = parseEditorialMarks(marks.raw, marks.source);
    problems.push(...parsed.problems);
    if (parsed.problems.length === 0) problems.push(...placeEditorialMarks(document, parsed.entries, marks.source));
  }
}

/** Build every document; collect the problems of all seeds instead of stopping at the first. */
export async function buildAllDocuments(): Promise<{ documents: EditionDocument[]; problems: string[]; translationReports: Record<string, TranslationReport | null>; review: ReviewState }> {
  const problems: string[] = [];
  const translationReports: Record<string, TranslationReport | null> = {};
  const review: ReviewState = { exceptions: new Map(), coverage: new Map() };
  const glossary = readGlossary();
  const files = seedFiles();
  const { entries: catalogue, unlisted } = checkCatalogue(JSON.parse(readFileSync(join(ROOT, 'content', 'catalogue.json'), 'utf8')), files);
  const restore = await loadRestoreStage();
  // A new seed: read it, propose the slug its metadata gives, and name the exact line to add.
  for (const source of unlisted) {
    try {
      const document = buildDocument(readFileSync(join(SEEDS_DIR, source)), source, 'unlisted', { restore });
      const slug = proposeSlug(document.metadata, source.replace(/\.[^.]+$/, ''));
      problems.push(`content/catalogue.json: seed "${source}" has no entry. Its metadata proposes the slug "${slug}" (npm run check-seed seeds/${source} shows what was read); add to "documents":\n    ${catalogueLine({ source, slug })}`);
    } catch (error) {
      if (error instanceof SourceError) problems.push(error.message);
      else throw error;
    }
  }
  const documents: EditionDocument[] = [];
  for (const entry of catalogue) {
    try {
      const correctionsFile = join('content', 'corrections', `${entry.slug}.json`);
      const corrections = existsSync(join(ROOT, correctionsFile))
        ? { file: correctionsFile, entries: parseCorrections(JSON.parse(readFileSync(join(ROOT, correctionsFile), 'utf8')), correctionsFile) }
        : undefined;
      const document = buildDocument(readFileSync(join(SEEDS_DIR, entry.source)), entry.source, entry.slug, { restore, corrections });
      const translationFile = join('content', 'translations', `${entry.slug}.json`);
      if (existsSync(join(ROOT, translationFile))) {
        const report = attachTranslations(document, parseTranslationFile(JSON.parse(readFileSync(join(ROOT, translationFile), 'utf8')), translationFile));
        translationReports[entry.slug] = report;
        if (report.missing.length > 0) problems.push(`${translationFile}: no English for ${report.missing.length} clause(s): ${report.missing.join(', ')}`);
        for (const { id, missing } of report.numbers) problems.push(`${translationFile}: ${id}: the English lacks ${missing.join(', ')}`);
        if (report.shape.length > 0) problems.push(`${translationFile}: heading/text present in one language only: ${report.shape.join(', ')}`);
      } else {
        translationReports[entry.slug] = null;
      }
      attachEditorialData(document, glossary, problems, review);
      documents.push(document);
    } catch (error) {
      if (error instanceof SourceError) problems.push(error.message);
      else throw error;
    }
  }
  return { documents, problems, translationReports, review };
}

/**
 * Term consistency against the review logs: departures without a reviewed exception in a document
 * whose review log exists are problems (the build fails); the rest is reported.
 */
export function termConsistency(documents: readonly EditionDocument[], glossary: readonly GlossaryTerm[], review: ReviewState) {
  return checkTermConsistency(termDepartures(documents, glossary, glossaryIndex(glossary)), review.exceptions);
}

async function main(): Promise<void> {
  const started = performance.now();
  let result: Awaited<ReturnType<typeof buildAllDocuments>>;
  try {
    result = await buildAllDocuments();
  } catch (error) {
    if (error instanceof SourceError) {
      console.error(`error: ${error.message}`);
      process.exit(1);
    }
    throw error;
  }
  const { documents, problems, translationReports, review } = result;
  for (const [slug, report] of Object.entries(translationReports)) {
    if (report === null) console.warn(`warning: ${slug}: no English translation yet (content/translations/${slug}.json)`);
    else {
      if (report.stale.length > 0) console.warn(`warning: ${slug}: ${report.stale.length} translation(s) of Vietnamese that has changed since: ${report.stale.join(', ')}`);
      if (report.orphaned.length > 0) console.warn(`warning: ${slug}: translations of clauses that no longer exist: ${report.orphaned.join(', ')}`);
    }
  }
  // Links are forever: a published clause id may only go away through a recorded redirect.
  const { registry, redirects } = readRegistry();
  const check = checkRegistry(registry, documents, redirects);
  for (const { slug, id } of check.missing) {
    problems.push(`content/published-ids.json: /documents/${slug}/#${id} is published but the build no longer produces it; restore it or record a redirect in content/redirects.json`);
  }
  problems.push(...checkRedirects(redirects, documents).map((p) => `content/redirects.json: ${p}`));
  if (check.unregistered.length > 0) {
    console.warn(`warning: ${check.unregistered.length} clause ids are not in content/published-ids.json yet; run "npm run register-ids" to publish them`);
  }
  // The glossary is checked against the published (restored) text: every term occurs, no form twice.
  const glossary = readGlossary();
  problems.push(...validateGlossary(glossary, documentTexts(documents)).map((p) => `content/glossary/terms.yaml: ${p}`));
  const terms = glossaryIndex(glossary);
  // The English of the documents' facts: the labels file is checked here; a fact with no English yet is reported.
  try {
    const labelTables = loadLabelTables(readFileSync(LABELS_FILE, 'utf8'), 'content/labels/document-labels.yaml', glossary);
    for (const document of documents) {
      const missing = untranslatedLabels(documentLabels(document, labelTables));
      if (missing.length > 0) console.warn(`warning: ${document.slug}: no English yet for ${missing.join(', ')} (content/labels/document-labels.yaml, the glossary, or the title's translation); shown in Vietnamese`);
    }
  } catch (error) {
    if (error instanceof LabelTableError) problems.push(...error.problems);
    else throw error;
  }
  // Term consistency: a departure from the glossary needs a reviewed exception once the document's review log exists.
  const consistency = termConsistency(documents, glossary, review);
  for (const departure of consistency.unreviewed) {
    problems.push(`content/translations/review/${departure.slug}.json: ${describeDeparture(departure)}, and the review log records no exception (termExceptions)`);
  }
  for (const e of consistency.unused) console.warn(`warning: content/translations/review/${e.slug}.json: the exception for "${e.term}" in ${e.clause} covers no departure (the English uses the glossary's rendering, or the term is not in the clause)`);
  for (const [slug, coverage] of review.coverage) {
    if (coverage.logged) console.log(`review: ${slug}: ${coverage.reviewed} of ${coverage.translated} translated clauses reviewed`);
    else {
      const pending = consistency.pending.filter((d) => d.slug === slug).length;
      console.warn(`warning: ${slug}: no review log yet (content/translations/review/${slug}.json): 0 of ${coverage.translated} clauses reviewed; ${pending} departure(s) from the glossary reported, not enforced (npm run --silent glossary-report)`);
    }
  }
  // Topics and their reviewed overrides are editorial data, checked here; the alignment feeds the pages.
  let alignment: ReturnType<typeof alignEdition> | null = null;
  try {
    alignment = alignEdition(documents, readTopicData(ROOT));
  } catch (error) {
    if (error instanceof SourceError) problems.push(error.message);
    else throw error;
  }
  // Cited documents are editorial data, checked here; citations are recognised in the published text.
  let references: EditionReferences | null = null;
  try {
    references = recogniseEdition(documents, readReferenceData(documents.map((d) => d.slug), ROOT));
  } catch (error) {
    if (error instanceof SourceError) problems.push(error.message);
    else throw error;
  }
  for (const problem of problems) console.error(`error: ${problem}`);
  if (problems.length > 0) process.exit(1);
  const excepted = consistency.departures.length - consistency.unreviewed.length - consistency.pending.length;
  console.log(`glossary: ${glossary.length} terms; ${consistency.departures.length} departure(s) from the glossary's English: ${excepted} reviewed exception(s), ${consistency.pending.length} in documents not yet reviewed (npm run --silent glossary-report lists them)`);

  rmSync(GENERATED_DIR, { recursive: true, force: true });
  mkdirSync(GENERATED_DIR, { recursive: true });
  for (const document of documents) {
    writeFileSync(
      join(GENERATED_DIR, `${document.slug}.mdx`),
      documentToMdx(document, { terms, alignment: alignment?.sections, slug: document.slug, references: references ? referenceLinks(documents, references) : undefined }),
    );
    writeFileSync(join(GENERATED_DIR, `${document.slug}.json`), `${JSON.stringify(document, null, 2)}\n`);
    for (const warning of document.warnings) console.warn(`warning: ${document.source}: ${warning}`);
    const marks = document.removed.filter((m) => m.kind !== 'markup');
    const note = marks.length > 0 ? `; took out ${marks.map((m) => `"${m.value}" (line ${m.line})`).join(', ')}` : '';
    // Text converted from a legacy encoding, or mojibake repaired, is reported: the editor checks it.
    const encoding = /^utf-(8|16)/.test(document.encoding) ? '' : `, converted from ${document.encoding}`;
    console.log(`content: ${document.source} → ${document.slug} (${document.form}${encoding}${document.restored ? ', restored' : ''})${note}`);
  }
  // The site's pages, search index and offline copy read the alignment instead of recomputing it.
  if (alignment) writeFileSync(ALIGNMENT_FILE, serialiseAlignment(alignment));
  if (references) {
    writeFileSync(REFERENCES_FILE, serialiseReferences(references));
    for (const line of unknownReferenceReport(references)) console.warn(`warning: ${line}`);
    console.log(`references: ${references.citations.length} citations of ${new Set(references.citations.map((c) => c.referenceId)).size} documents`);
  }
  console.log(`content: ${documents.length} documents in ${((performance.now() - started) / 1000).toFixed(2)} s`);
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
