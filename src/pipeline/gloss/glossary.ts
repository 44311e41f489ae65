/**
 * The curated glossary (`content/glossary/terms.yaml`): loading and validation.
 *
 * Each term gives the Vietnamese surface form(s) as they stand in the texts (the first is the
 * headword), optional abbreviations, the English rendering the edition uses, a short English
 * definition, a category and optional notes. The build refuses a glossary with any problem and
 * reports all of them at once, each naming the term.
 */
import { parse } from 'yaml';
import {
  buildTermIndex,
  canonicalSyllable,
  findOccurrences,
  prepareText,
  separatorKey,
  tokenize,
  type MatchMode,
} from './mark-terms.ts';

export const CATEGORIES = [
  'organisation',
  'body',
  'office',
  'role',
  'document-type',
  'document',
  'programme',
  'policy-instrument',
  'economic-concept',
  'legal-concept',
  'place',
  'other',
] as const;

export type Category = (typeof CATEGORIES)[number];

export interface GlossaryTerm {
  /** ASCII slug, unique and permanent: the anchor of /glossary/#<id>. */
  id: string;
  /** Vietnamese surface forms as they occur in the texts (NFC, with diacritics); the first is the headword. */
  vi: string[];
  /** Abbreviations (HTX, UBND, …); matched only exactly as written. */
  abbreviations?: string[];
  /** The English rendering used throughout the edition. */
  en: string;
  /**
   * Other English renderings the term-consistency check accepts besides `en` (inflected forms of
   * each are accepted anyway): a shorter form where the Vietnamese phrase is split by the English
   * ("sale" for "sale of products" in "sale of agricultural products"), or a name's accepted variant.
   */
  alternatives?: string[];
  /** One or two English sentences. */
  definition: string;
  category: Category;
  /** Where usage varies. */
  notes?: string;
}

/** A text the glossary is checked against. */
export interface DocumentText {
  slug: string;
  text: string;
  /**
   * The text is OCR output whose diacritics may be lost or damaged. A term not found with its
   * diacritics in any text may still be found in an OCR text with diacritics and đ folded away on
   * both sides (the fallback described at `validateGlossary`).
   */
  ocr?: boolean;
}

export interface ValidateOptions {
  /** The least number of terms the glossary must have (150 for the edition). */
  minTerms?: number;
}

export const MIN_TERMS = 150;

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const KEYS = new Set(['id', 'vi', 'abbreviations', 'en', 'alternatives', 'definition', 'category', 'notes']);

/** Parse terms.yaml. Throws (naming the file) only when it is not YAML or not a list; the entries are checked by `validateGlossary`. */
export function loadGlossary(yamlText: string, file: string): GlossaryTerm[] {
  let data: unknown;
  try {
    data = parse(yamlText, { prettyErrors: true, uniqueKeys: true });
  } catch (error) {
    throw new Error(`${file}: not valid YAML: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (data === null || data === undefined) return [];
  if (!Array.isArray(data)) throw new Error(`${file}: expected a list of terms at the top level`);
  return data as GlossaryTerm[];
}

/**
 * Key under which two surface forms of different entries count as the same claim: the syllables
 * (NFC, one tone placement) in lower case; punctuation between them does not count.
 */
export function formKey(form: string): string {
  return tokenize(form.normalize('NFC'))
    .map((t) => canonicalSyllable(t.text).toLowerCase())
    .join(' ');
}

/** Key under which one entry lists a form twice: as marking sees it (case and separators kept). */
function exactKey(form: string): string {
  const nfc = form.normalize('NFC');
  const tokens = tokenize(nfc);
  return tokens.map((t, i) => (i === 0 ? '' : `${separatorKey(nfc.slice(tokens[i - 1]!.end, t.start))}`) + canonicalSyllable(t.text)).join('\u0000');
}

function label(term: unknown, position: number): string {
  const id = isRecord(term) && typeof term.id === 'string' && term.id !== '' ? term.id : null;
  return id ? `term "${id}"` : `term #${position + 1} (no id)`;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isStringList(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((v) => typeof v === 'string');
}

/** Problems of one surface form or abbreviation as written. */
function formProblems(form: string): string[] {
  const problems: string[] = [];
  if (form.trim() === '') return ['is empty'];
  if (form !== form.normalize('NFC')) problems.push('is not in NFC');
  if (form !== form.trim() || /\s{2,}|[\t\n]/u.test(form)) problems.push('has stray spacing');
  if (!/^[\p{L}\p{N}]/u.test(form) || !/[\p{L}\p{M}\p{N}]$/u.test(form)) problems.push('must begin and end with a letter or digit');
  return problems;
}

/** Sentences in a definition, not counting the full stops of common abbreviations and numbers. */
function sentenceCount(text: string): number {
  const masked = text.replace(/\b(?:No|Nos|e\.g|i\.e|etc|cf|Art|Dr|Mr|Ms|vs)\./gu, (m) => m.replace(/\./gu, '·'));
  return masked.split(/(?<=[.!?])\s+(?=[\p{Lu}\p{N}"“(])/u).filter((s) => s.trim() !== '').length;
}

/**
 * Every problem of the glossary, each message naming the term; empty when it is valid.
 *
 * - schema: required fields and their types, no unknown fields, `category` one of CATEGORIES,
 *   `id` an ASCII slug, ids unique, surface forms in NFC, a definition of one or two sentences;
 * - no two entries claim the same surface form or abbreviation (compared case-insensitively, with
 *   both tone placements "hoá"/"hóa" taken as one);
 * - at least `minTerms` terms (150);
 * - every term occurs in the texts: at least one of its forms or abbreviations, as whole
 *   syllables, case-insensitively but with its diacritics.
 *
 * OCR fallback: a term found in no text with its diacritics is looked for once more in the texts
 * marked `ocr`, with diacritics and đ folded away on both sides ("hợp tác xã" ~ "hop tac xa").
 * That fallback exists because two sources are OCR output that lost their diacritics; it checks
 * that the words are in the text, not that the glossary spelled them right, so the clean texts
 * are always tried first, and a term found only in an OCR text must be written with its correct
 * Vietnamese spelling by the editor.
 */
export function validateGlossary(
  terms: readonly GlossaryTerm[],
  documentTexts: readonly DocumentText[],
  options: ValidateOptions = {},
): string[] {
  const minTerms = options.minTerms ?? MIN_TERMS;
  const problems: string[] = [];
  const valid: GlossaryTerm[] = [];
  const ids = new Map<string, number>();
  const claims = new Map<string, { id: string; form: string }>();

  (terms as readonly unknown[]).forEach((raw, position) => {
    const name = label(raw, position);
    if (!isRecord(raw)) {
      problems.push(`${name}: is not a mapping`);
      return;
    }
    const before = problems.length;
    for (const key of Object.keys(raw)) if (!KEYS.has(key)) problems.push(`${name}: unknown field "${key}"`);

    const { id, vi, abbreviations, en, alternatives, definition, category, notes } = raw;
    if (typeof id !== 'string' || id === '') problems.push(`${name}: "id" is required`);
    else if (!ID.test(id)) problems.push(`${name}: id must be an ASCII slug (lower-case letters, digits, single hyphens)`);
    else {
      const first = ids.get(id);
      if (first !== undefined) problems.push(`${name}: id is used again (first by term #${first + 1})`);
      else ids.set(id, position);
    }

    if (!isStringList(vi) || vi.length === 0) problems.push(`${name}: "vi" must be a non-empty list of surface forms`);
    if (abbreviations !== undefined && abbreviations !== null && !isStringList(abbreviations)) problems.push(`${name}: "abbreviations" must be a list of strings`);
    if (typeof en !== 'string' || en.trim() === '') problems.push(`${name}: "en" (the English rendering) is required`);
    if (alternatives !== undefined && alternatives !== null) {
      if (!isStringList(alternatives) || alternatives.length === 0) problems.push(`${name}: "alternatives" must be a non-empty list of English renderings`);
      else {
        const seen = new Set(typeof en === 'string' ? [en.trim().toLowerCase()] : []);
        for (const alternative of alternatives) {
          if (alternative.trim() === '' || alternative !== alternative.trim()) problems.push(`${name}: alternative "${alternative}" is empty or has stray spacing`);
          else if (seen.has(alternative.toLowerCase())) problems.push(`${name}: alternative "${alternative}" repeats "en" or another alternative`);
          else seen.add(alternative.toLowerCase());
        }
      }
    }
    if (typeof definition !== 'string' || definition.trim() === '') problems.push(`${name}: "definition" is required`);
    else {
      const sentences = sentenceCount(definition.trim());
      if (sentences > 2) problems.push(`${name}: the definition has ${sentences} sentences; give one or two`);
      if (!/[.!?)]$/u.test(definition.trim())) problems.push(`${name}: the definition must end with a full stop`);
    }
    if (typeof category !== 'string' || category === '') problems.push(`${name}: "category" is required`);
    else if (!(CATEGORIES as readonly string[]).includes(category)) problems.push(`${name}: category "${category}" is not one of ${CATEGORIES.join(', ')}`);
    if (notes !== undefined && notes !== null && typeof notes !== 'string') problems.push(`${name}: "notes" must be text`);

    const forms: { form: string; kind: string }[] = [
      ...(isStringList(vi) ? vi.map((form) => ({ form, kind: 'surface form' })) : []),
      ...(isStringList(abbreviations) ? abbreviations.map((form) => ({ form, kind: 'abbreviation' })) : []),
    ];
    // Within one entry the same form may be listed in two capitalisations (marking is case-aware);
    // the same form twice is a slip. Across entries any two forms equal up to case conflict.
    const own = new Set<string>();
    const owner = typeof id === 'string' && id !== '' ? id : `#${position + 1}`;
    for (const { form, kind } of forms) {
      for (const p of formProblems(form)) problems.push(`${name}: ${kind} "${form}" ${p}`);
      if (form.trim() === '') continue;
      const exact = exactKey(form);
      if (own.has(exact)) {
        problems.push(`${name}: ${kind} "${form}" is listed twice`);
        continue;
      }
      own.add(exact);
      const key = formKey(form);
      const claim = claims.get(key);
      if (!claim) claims.set(key, { id: owner, form });
      else if (claim.id !== owner) problems.push(`${name}: ${kind} "${form}" is already claimed by term "${claim.id}" ("${claim.form}")`);
    }

    if (problems.length === before) valid.push(raw as unknown as GlossaryTerm);
  });

  if (terms.length < minTerms) problems.push(`glossary: ${terms.length} terms; at least ${minTerms} are required`);

  const missing = termsNotOccurring(valid, documentTexts);
  for (const term of missing) problems.push(`term "${term.id}": none of its forms (${[...term.vi, ...(term.abbreviations ?? [])].join(', ')}) occurs in the texts`);
  return problems;
}

/** Ids of the terms that occur in the texts under one match mode. */
function occurring(terms: readonly GlossaryTerm[], texts: readonly DocumentText[], mode: MatchMode): Set<string> {
  const found = new Set<string>();
  if (terms.length === 0) return found;
  const index = buildTermIndex(terms, mode);
  for (const { text } of texts) for (const o of findOccurrences(prepareText(text, mode), index)) found.add(o.termId);
  return found;
}

/** The terms none of whose forms occurs in the texts (with the OCR fallback of `validateGlossary`). */
export function termsNotOccurring(terms: readonly GlossaryTerm[], documentTexts: readonly DocumentText[]): GlossaryTerm[] {
  const withMarks = occurring(terms, documentTexts, 'lower');
  let rest = terms.filter((t) => !withMarks.has(t.id));
  const ocrTexts = documentTexts.filter((d) => d.ocr);
  if (rest.length > 0 && ocrTexts.length > 0) {
    const folded = occurring(rest, ocrTexts, 'folded');
    rest = rest.filter((t) => !folded.has(t.id));
  }
  return rest;
}
