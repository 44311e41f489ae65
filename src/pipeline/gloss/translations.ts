/**
 * English translations: editorial data (content/translations/<slug>.json), keyed by clause id,
 * each recording a fingerprint of the Vietnamese it translates. The build attaches them to the
 * clauses, fails on missing ones, reports stale ones, and checks that every number, date,
 * percentage and document code of the Vietnamese appears in the English.
 */
import { flattenClauses } from '../emit/json.ts';
import type { Clause, EditionDocument } from '../model.ts';
import { SourceError } from '../model.ts';
import { DOCUMENT_CODE } from '../structure/metadata.ts';
import { vietnameseFingerprint } from './fingerprint.ts';

export interface TranslationEntry {
  fingerprint: string;
  heading?: string;
  text?: string;
  /** A translator's note, shown under the English (what a gap lost, how a slip was read). */
  note?: string;
}

export interface TranslationFile {
  slug: string;
  language: 'en';
  translator?: string;
  clauses: Record<string, TranslationEntry>;
}

export interface TranslationReport {
  /** Clauses with no translation: the build fails on these. */
  missing: string[];
  /** Translations of Vietnamese that has since changed (fingerprint differs). */
  stale: string[];
  /** Translations of clauses that no longer exist. */
  orphaned: string[];
  /** Numbers, dates, percentages or codes of the Vietnamese that the English lacks. */
  numbers: { id: string; missing: string[] }[];
  /** Heading or text present in one language only. */
  shape: string[];
}

export function parseTranslationFile(raw: unknown, file: string): TranslationFile {
  const data = raw as Partial<TranslationFile> | null;
  if (!data || typeof data.slug !== 'string' || data.language !== 'en' || typeof data.clauses !== 'object' || data.clauses === null) {
    throw new SourceError(file, null, 'expected { "slug": string, "language": "en", "clauses": { "<id>": { "fingerprint", "heading"?, "text"?, "note"? } } }');
  }
  const problems: string[] = [];
  for (const [id, entry] of Object.entries(data.clauses)) {
    if (typeof entry?.fingerprint !== 'string') problems.push(`${id}: "fingerprint" must be a string`);
    for (const field of ['heading', 'text', 'note'] as const) {
      if (entry?.[field] !== undefined && (typeof entry[field] !== 'string' || entry[field]!.trim() === '')) problems.push(`${id}: "${field}" must be non-empty text`);
    }
  }
  if (problems.length > 0) throw new SourceError(file, null, `\n  ${problems.join('\n  ')}`);
  return data as TranslationFile;
}

/** Number words by value (index): "one" and "once" stand for 1. */
const NUMBER_WORDS: readonly (readonly string[])[] = [
  ['zero'], ['one', 'once'], ['two', 'twice'], ['three'], ['four'], ['five'], ['six'], ['seven'], ['eight'], ['nine'], ['ten'], ['eleven'], ['twelve'],
];

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** Numbers as values: "5.412" → "5412", "71,4" → "71.4", "02" → "2". */
function vietnameseNumbers(text: string): string[] {
  return (text.match(/\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?/g) ?? []).map((n) => normaliseNumber(n.replace(/\./g, '').replace(',', '.')));
}

function englishNumbers(text: string): Set<string> {
  const values = new Set<string>();
  for (const n of text.match(/\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?/g) ?? []) {
    const value = n.replace(/,/g, '');
    values.add(normaliseNumber(value));
    // "2.1" in English may stand for the parts of a Vietnamese "2.1" (a section number).
    for (const part of value.split('.')) values.add(normaliseNumber(part));
  }
  // Month names stand for the month numbers of Vietnamese written dates.
  MONTHS.forEach((month, i) => {
    if (new RegExp(`\\b${month}\\b`, 'i').test(text)) values.add(String(i + 1));
  });
  // Small numbers may be written as words where English expects them ("every six months and once a year").
  NUMBER_WORDS.forEach((words, value) => {
    if (words.some((word) => new RegExp(`\\b${word}\\b`, 'i').test(text))) values.add(String(value));
  });
  return values;
}

function normaliseNumber(value: string): string {
  const [whole, fraction] = value.split('.');
  const w = whole!.replace(/^0+(?=\d)/, '');
  return fraction === undefined ? w : `${w}.${fraction}`;
}

/** The numbers and codes of a Vietnamese passage that its English must carry. */
export function missingFigures(vietnamese: string, english: string): string[] {
  const missing: string[] = [];
  const codes = vietnamese.match(DOCUMENT_CODE) ?? [];
  for (const code of codes) if (!english.includes(code)) missing.push(code);
  const withoutCodes = codes.reduce((text, code) => text.replace(code, ' '), vietnamese);
  const available = englishNumbers(codes.reduce((text, code) => text.replace(code, ' '), english));
  for (const value of vietnameseNumbers(withoutCodes)) if (!available.has(value)) missing.push(value);
  return [...new Set(missing)];
}

/**
 * Attach translations to a document's clauses (in place) and report what is missing, stale,
 * orphaned or lacks a figure.
 */
export function attachTranslations(document: EditionDocument, file: TranslationFile | null): TranslationReport {
  const report: TranslationReport = { missing: [], stale: [], orphaned: [], numbers: [], shape: [] };
  const clauses = flattenClauses<Clause>(document.clauses);
  const entries = file?.clauses ?? {};
  const ids = new Set(clauses.map((c) => c.id));
  report.orphaned = Object.keys(entries).filter((id) => !ids.has(id));
  for (const clause of clauses) {
    const entry = entries[clause.id];
    if (!entry) {
      report.missing.push(clause.id);
      continue;
    }
    if (entry.fingerprint !== vietnameseFingerprint(clause.heading, clause.text)) report.stale.push(clause.id);
    if ((clause.heading !== null) !== (entry.heading !== undefined) || (clause.text !== null) !== (entry.text !== undefined)) report.shape.push(clause.id);
    clause.translation = { heading: entry.heading ?? null, text: entry.text ?? null, ...(entry.note !== undefined ? { note: entry.note } : {}) };
    const missing = missingFigures([clause.heading, clause.text].filter(Boolean).join('\n'), [entry.heading, entry.text].filter(Boolean).join('\n'));
    if (missing.length > 0) report.numbers.push({ id: clause.id, missing });
  }
  return report;
}
