/**
 * The references stage: every citation in the published text of the edition (after restoration and
 * corrections) resolved to a curated document (content/references/) or, when the data does not know
 * it, to a reference recognised from its number and reported for curation; and each document's
 * relations (implements, based on, cites, cited by).
 */
import type { Clause, EditionDocument } from '../model.ts';
import { flattenClauses } from '../emit/json.ts';
import { foldKey, slugify } from '../text/fold.ts';
import { referenceEntry, type ReferenceEntry } from './data.ts';
import { findEnglishMentions, findMentions, isLocalSymbol, normaliseNumberSymbol, withoutOverlaps, type Mention } from './recognise.ts';

export type { ReferenceEntry } from './data.ts';
export { loadReferenceData, referenceName } from './data.ts';

/** One citation in the published text. */
export interface Citation {
  slug: string;
  /** The citing clause. */
  id: string;
  /** Where in the clause: its heading or its text. */
  field: 'heading' | 'text';
  /** UTF-16 offsets in that field. */
  start: number;
  end: number;
  /** The words cited, as the text writes them. */
  words: string;
  referenceId: string;
}

export interface EditionReferences {
  /** Curated entries (in file order), then the references recognised from their number alone. */
  references: ReferenceEntry[];
  /** Every citation, document by document in reading order. */
  citations: Citation[];
}

/** What a citing document tells a citation apart by: its own number, date and province. */
interface CitingContext {
  numberKey: string | null;
  date: string | null;
  province: string | null;
}

function contextOf(document: EditionDocument): CitingContext {
  const { numberSymbol, date, province } = document.metadata;
  return { numberKey: numberSymbol ? normaliseNumberSymbol(numberSymbol) : null, date: date?.iso ?? null, province };
}

/** Where a province's own document stands in one of its texts: the province must match. */
function inScope(entry: ReferenceEntry, context: CitingContext): boolean {
  return entry.province === null || entry.province === context.province;
}

/** Of several entries that could be meant, the one in force at the citing date: the latest issued by then. */
function latestBy(candidates: ReferenceEntry[], date: string | null): ReferenceEntry | null {
  const dated = candidates.filter((e) => e.date !== null && (date === null || e.date <= date)).sort((a, b) => b.date!.localeCompare(a.date!));
  return dated[0] ?? (candidates.length === 1 ? candidates[0]! : null);
}

function yearOf(entry: ReferenceEntry): number | null {
  return entry.date ? Number(entry.date.slice(0, 4)) : null;
}

/** A phrase to find regardless of marks, case and spacing ("khoá"/"khóa", "2021 - 2030"/"2021-2030"), parentheses optional. */
function phrasePattern(phrase: string): RegExp {
  const folded = foldKey(phrase)
    .replace(/[()]/g, ' ')
    .trim()
    .split(/\s+/)
    .map((word) => word.replace(/[.*+?^${}|[\]\\]/g, '\\$&').replace(/-/g, '\\s*[-–]\\s*'))
    .join('[\\s()]+');
  return new RegExp(`(?<![\\p{L}\\p{N}])\\(?${folded}\\)?(?![\\p{L}\\p{N}])`, 'gu');
}

/** The text folded character by character, so offsets in it are offsets in the text. */
function foldInPlace(text: string): string {
  return [...text].map((ch) => (ch.length === 1 ? (foldKey(ch).length === 1 ? foldKey(ch) : ch.toLowerCase()) : ch)).join('');
}

/** Resolves citations to entries, creating an entry for each reference the data does not know. */
export class ReferenceResolver {
  readonly entries: ReferenceEntry[];
  readonly unknown = new Map<string, ReferenceEntry>();
  private readonly byNumber = new Map<string, ReferenceEntry[]>();
  private readonly aliases: { pattern: RegExp; entry: ReferenceEntry }[];
  private readonly aliasesEn: { pattern: RegExp; entry: ReferenceEntry }[];

  constructor(entries: readonly ReferenceEntry[]) {
    this.entries = [...entries];
    for (const entry of entries) {
      if (entry.numberSymbol === null) continue;
      const key = normaliseNumberSymbol(entry.numberSymbol)!;
      this.byNumber.set(key, [...(this.byNumber.get(key) ?? []), entry]);
    }
    // Laws cited by name alone are found like aliases: "Luật Hợp tác xã" (no year) is the law in force.
    const lawNames = new Map<string, ReferenceEntry>();
    for (const entry of entries) if (entry.name) lawNames.set(entry.name, entry);
    this.aliases = [
      ...entries.flatMap((entry) => entry.aliases.map((alias) => ({ pattern: phrasePattern(alias), entry }))),
      ...[...lawNames.values()].map((entry) => ({ pattern: phrasePattern(`Luật ${entry.name}`), entry })),
    ];
    this.aliasesEn = entries.flatMap((entry) => entry.aliasesEn.map((alias) => ({ pattern: phrasePattern(alias), entry })));
  }

  /** Every citation in a Vietnamese text of a document, resolved; the document's own number is not a citation. */
  resolveText(text: string, context: CitingContext): { start: number; end: number; entry: ReferenceEntry }[] {
    const found: { start: number; end: number; entry: ReferenceEntry }[] = [];
    for (const mention of findMentions(text)) {
      const entry = this.resolveMention(mention, context);
      if (entry) found.push({ start: mention.start, end: mention.end, entry });
    }
    const folded = foldInPlace(text);
    for (const { pattern, entry } of this.aliases) {
      for (const m of folded.matchAll(pattern)) {
        // A law is named with a capital ("Luật Hợp tác xã"); "pháp luật hợp tác xã" is the law in general.
        if (entry.name !== null && text[m.index] !== 'L') continue;
        const resolved = entry.name !== null ? this.lawInForce(entry.name, null, context) : inScope(entry, context) ? entry : null;
        if (resolved) found.push({ start: m.index, end: m.index + m[0].length, entry: resolved });
      }
    }
    // A citation by number or by name and year wins over a shorter description inside it.
    return withoutOverlaps(found);
  }

  /** Citations in an English translation, limited to the documents its Vietnamese cites. */
  resolveEnglish(text: string, cited: ReadonlySet<string>, context: CitingContext): { start: number; end: number; entry: ReferenceEntry }[] {
    const found: { start: number; end: number; entry: ReferenceEntry }[] = [];
    for (const mention of findEnglishMentions(text)) {
      const entry = this.resolveMention(mention, context, false);
      if (entry && cited.has(entry.id)) found.push({ start: mention.start, end: mention.end, entry });
    }
    const folded = foldInPlace(text);
    for (const { pattern, entry } of this.aliasesEn) {
      if (!cited.has(entry.id)) continue;
      for (const m of folded.matchAll(pattern)) found.push({ start: m.index, end: m.index + m[0].length, entry });
    }
    return withoutOverlaps(found);
  }

  private lawInForce(name: string, year: number | null, context: CitingContext): ReferenceEntry | null {
    const laws = this.entries.filter((e) => e.name !== null && foldKey(e.name) === foldKey(name));
    if (year !== null) return laws.find((e) => yearOf(e) === year) ?? null;
    return latestBy(laws, context.date);
  }

  private resolveMention(mention: Mention, context: CitingContext, create = true): ReferenceEntry | null {
    if (mention.numberSymbol === null) {
      const law = this.lawInForce(mention.lawName!, mention.year, context);
      if (law || !create) return law;
      return this.remember({ id: `luat-${slugify(mention.lawName!)}-${mention.year}`, numberSymbol: null, type: 'Luật', name: mention.lawName, title: { vi: `Luật ${mention.lawName}`, en: null } }, mention);
    }
    const key = normaliseNumberSymbol(mention.numberSymbol);
    if (key === null) return null;
    // The document's own number (its header) is not a citation, unless the text dates it otherwise
    // ("Nghị quyết số 09-NQ/TU ngày 26 tháng 4 năm 2016" in Bắc Kạn's 09-NQ/TU of 2021).
    if (key === context.numberKey && (mention.date === null || mention.date === context.date)) return null;
    const candidates = (this.byNumber.get(key) ?? []).filter((e) => inScope(e, context) && (mention.year === null || yearOf(e) === null || yearOf(e) === mention.year));
    const known = candidates.length === 1 ? candidates[0]! : candidates.length > 1 ? latestBy(candidates, mention.date ?? context.date) : null;
    if (known || !create) return known;
    const local = isLocalSymbol(mention.numberSymbol) ? context.province : null;
    const year = mention.year !== null && !/\/\d{4}\//.test(mention.numberSymbol) ? mention.year : null;
    const id = slugify([local, mention.numberSymbol, year].filter((p) => p !== null).join('-'));
    return this.remember({ id, numberSymbol: mention.numberSymbol, type: mention.type, name: mention.lawName, province: local, title: { vi: null, en: null } }, mention);
  }

  private remember(fields: Partial<ReferenceEntry> & { id: string }, mention: Mention): ReferenceEntry {
    const known = this.unknown.get(fields.id);
    if (known) {
      known.date ??= mention.date;
      return known;
    }
    const entry = referenceEntry({ date: mention.date, ...fields, known: false });
    this.unknown.set(entry.id, entry);
    return entry;
  }
}

/** Recognise and resolve every citation in the edition's published text. */
export function recogniseEdition(documents: readonly EditionDocument[], entries: readonly ReferenceEntry[]): EditionReferences {
  const resolver = new ReferenceResolver(entries);
  const citations: Citation[] = [];
  for (const document of documents) {
    const context = contextOf(document);
    for (const clause of flattenClauses<Clause>(document.clauses)) {
      for (const field of ['heading', 'text'] as const) {
        const text = clause[field];
        if (!text) continue;
        for (const { start, end, entry } of resolver.resolveText(text, context)) {
          citations.push({ slug: document.slug, id: clause.id, field, start, end, words: text.slice(start, end), referenceId: entry.id });
        }
      }
    }
  }
  return { references: [...resolver.entries, ...resolver.unknown.values()], citations };
}

/** Links to draw in one clause's two languages: the Vietnamese citations, and the same documents in its English. */
export interface ClauseLinks {
  vi: { start: number; end: number; referenceId: string }[];
  en: { start: number; end: number; referenceId: string }[];
}

/** The links of each clause's text (`slug#id`), for the page: Vietnamese from the citations, English found for the same documents. */
export function clauseLinks(documents: readonly EditionDocument[], edition: EditionReferences): Map<string, ClauseLinks> {
  const resolver = new ReferenceResolver(edition.references);
  const links = new Map<string, ClauseLinks>();
  for (const citation of edition.citations) {
    if (citation.field !== 'text') continue;
    const key = `${citation.slug}#${citation.id}`;
    const entry = links.get(key) ?? { vi: [], en: [] };
    entry.vi.push({ start: citation.start, end: citation.end, referenceId: citation.referenceId });
    links.set(key, entry);
  }
  for (const document of documents) {
    const context = contextOf(document);
    for (const clause of flattenClauses<Clause>(document.clauses)) {
      const key = `${document.slug}#${clause.id}`;
      const english = clause.translation?.text;
      const entry = links.get(key);
      if (!english || !entry) continue;
      const cited = new Set(entry.vi.map((l) => l.referenceId));
      entry.en = resolver.resolveEnglish(english, cited, context).map(({ start, end, entry: e }) => ({ start, end, referenceId: e.id }));
    }
  }
  return links;
}

/** The sentence of a text that holds a span (sentences end at . ; ! ? or a line break). */
export function sentenceAround(text: string, start: number, end: number): { text: string; start: number; end: number } {
  const boundary = /[.;!?](?=\s)|\n/g;
  let from = 0;
  let to = text.length;
  for (const m of text.matchAll(boundary)) {
    const at = m.index + m[0].length;
    if (m.index < start) from = at;
    else if (m.index >= end) {
      to = m.index + (m[0] === '\n' ? 0 : 1);
      break;
    }
  }
  while (from < start && /\s/.test(text[from]!)) from++;
  return { text: text.slice(from, to), start: start - from, end: end - from };
}

/** A document's place among the others: what it implements, is based on and cites, and which documents of the edition cite it. */
export interface DocumentRelations {
  implements: string[];
  basedOn: string[];
  cites: string[];
  /** Slugs of the edition's documents that cite it. */
  citedBy: string[];
}

/**
 * Relations read from the text: a document implements what its title says it implements
 * (metadata.implements, read by the structure stage); it is based on what its opening paragraphs
 * cite after "Căn cứ" (the legal bases of an administrative document's preamble); it cites every
 * other document its text names; and it is cited by the edition's documents whose citations resolve
 * to it (`inEdition`).
 */
export function documentRelations(document: EditionDocument, documents: readonly EditionDocument[], edition: EditionReferences): DocumentRelations {
  const own = edition.citations.filter((c) => c.slug === document.slug);
  const byId = new Map(edition.references.map((r) => [r.id, r]));
  const implementedKeys = new Set(document.metadata.implements.map(normaliseNumberSymbol));
  const titleIds = new Set(own.filter((c) => c.id === 'title').map((c) => c.referenceId));
  const implementsIds = [...titleIds].filter((id) => {
    const numberSymbol = byId.get(id)?.numberSymbol;
    return numberSymbol != null && implementedKeys.has(normaliseNumberSymbol(numberSymbol));
  });
  const preamble = new Set(document.clauses.filter((c) => c.kind === 'paragraph' && c.text !== null && foldKey(c.text).startsWith('can cu')).map((c) => c.id));
  const basedOn = unique(own.filter((c) => preamble.has(c.id)).map((c) => c.referenceId)).filter((id) => !implementsIds.includes(id));
  const cites = unique(own.map((c) => c.referenceId)).filter((id) => !implementsIds.includes(id) && !basedOn.includes(id));
  const selfIds = new Set(edition.references.filter((r) => r.inEdition === document.slug).map((r) => r.id));
  const citedBy = documents.filter((d) => d.slug !== document.slug && edition.citations.some((c) => c.slug === d.slug && selfIds.has(c.referenceId))).map((d) => d.slug);
  return { implements: implementsIds, basedOn, cites, citedBy };
}

function unique<T>(items: readonly T[]): T[] {
  return [...new Set(items)];
}

/** The references.json export (docs/json-export.md): each reference and the clauses that cite it. */
export interface ReferencesExport {
  references: {
    id: string;
    numberSymbol: string | null;
    type: string | null;
    issuer: string | null;
    date: string | null;
    title: { vi: string | null; en: string | null };
    inEdition: string | null;
    citedBy: { slug: string; id: string }[];
  }[];
}

export function referencesExport(edition: EditionReferences): ReferencesExport {
  return {
    references: edition.references.map((r) => {
      const seen = new Set<string>();
      const citedBy = edition.citations
        .filter((c) => c.referenceId === r.id)
        .filter((c) => !seen.has(`${c.slug}#${c.id}`) && seen.add(`${c.slug}#${c.id}`))
        .map((c) => ({ slug: c.slug, id: c.id }));
      return { id: r.id, numberSymbol: r.numberSymbol, type: r.type, issuer: r.issuer, date: r.date, title: r.title, inEdition: r.inEdition, citedBy };
    }),
  };
}

/** Serialised with the pages (content/documents/references.json), read by the site. */
export function serialiseReferences(edition: EditionReferences): string {
  return `${JSON.stringify(edition, null, 2)}\n`;
}

export function parseReferences(json: string): EditionReferences {
  return JSON.parse(json) as EditionReferences;
}
