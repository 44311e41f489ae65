/**
 * The curated list of cited documents (content/references/references.yaml), validated: every
 * problem is reported with the file, the entry's line and its id, never a crash or a silent skip.
 */
import { isMap, isSeq, LineCounter, parseDocument } from 'yaml';
import { SourceError } from '../model.ts';
import { normaliseNumberSymbol } from './recognise.ts';

/** A document the edition's texts cite: curated, or recognised from its number alone (`known: false`). */
export interface ReferenceEntry {
  /** ASCII slug; the reference page is /references/<id>/. */
  id: string;
  /** "20-NQ/TW", "23/2012/QH13"; null for a document cited only by description. */
  numberSymbol: string | null;
  /** Vietnamese document type ("Nghị quyết", "Luật"), null when the text does not say. */
  type: string | null;
  issuer: string | null;
  issuerEn: string | null;
  /** ISO date (YYYY-MM-DD), or a year alone for an unknown reference whose citation gives one. */
  date: string | null;
  title: { vi: string | null; en: string | null };
  /** A law's name without "Luật" ("Hợp tác xã"). */
  name: string | null;
  /** A provincial document's province: its number resolves only in that province's texts. */
  province: string | null;
  aliases: string[];
  aliasesEn: string[];
  /** The edition's slug when the document is itself in the edition. */
  inEdition: string | null;
  /** Ids of the documents it implements. */
  implements: string[];
  /** Whether the entry is curated (false: recognised from its number, to be curated). */
  known: boolean;
}

/** An entry with every field not given empty (null, [] or unknown), curated unless `known` says otherwise. */
export function referenceEntry(fields: Partial<ReferenceEntry> & { id: string }): ReferenceEntry {
  return {
    numberSymbol: null,
    type: null,
    issuer: null,
    issuerEn: null,
    date: null,
    title: { vi: null, en: null },
    name: null,
    province: null,
    aliases: [],
    aliasesEn: [],
    inEdition: null,
    implements: [],
    known: true,
    ...fields,
  };
}

/** "Nghị quyết số 20-NQ/TW", "Luật Hợp tác xã số 23/2012/QH13": what the document is called in a list. */
export function referenceName(reference: ReferenceEntry): string {
  const type = reference.type ?? 'Văn bản';
  const named = reference.name ? `${type} ${reference.name}` : type;
  if (reference.numberSymbol) return `${named} số ${reference.numberSymbol}`;
  return reference.title.vi ?? `${named}${reference.date ? ` năm ${reference.date.slice(0, 4)}` : ''}`;
}

const FIELDS = ['id', 'numberSymbol', 'type', 'issuer', 'issuerEn', 'date', 'title', 'name', 'province', 'aliases', 'aliasesEn', 'inEdition', 'implements'];
const REQUIRED = ['id', 'numberSymbol', 'type', 'issuer', 'date', 'title', 'inEdition'];

function isValidDate(iso: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return false;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.toISOString().slice(0, 10) === iso;
}

/**
 * Parse and check the curated references. `slugs` are the edition's documents (for `inEdition`).
 * Throws one SourceError listing every problem, each as `line N: entry "id": …`.
 */
export function loadReferenceData(yamlText: string, file: string, slugs: readonly string[]): ReferenceEntry[] {
  const lineCounter = new LineCounter();
  const document = parseDocument(yamlText, { lineCounter });
  if (document.errors.length > 0) {
    const error = document.errors[0]!;
    throw new SourceError(file, error.linePos?.[0]?.line ?? null, error.message.split('\n')[0]!);
  }
  const root = document.contents;
  if (root === null) return [];
  if (!isSeq(root)) throw new SourceError(file, 1, 'expected a list of references ({ id, numberSymbol, type, issuer, date, title, … })');
  const problems: string[] = [];
  const entries: ReferenceEntry[] = [];
  const ids = new Set<string>();
  const numbers = new Map<string, string>();
  const aliases = new Map<string, string>();
  root.items.forEach((item, i) => {
    const line = item && typeof item === 'object' && 'range' in item && item.range ? lineCounter.linePos(item.range[0]).line : null;
    const raw = isMap(item) ? (item.toJSON() as Record<string, unknown>) : null;
    const name = typeof raw?.id === 'string' ? `"${raw.id}"` : `#${i + 1}`;
    const problem = (message: string) => problems.push(`${file}:${line ?? '?'}: entry ${name}: ${message}`);
    if (raw === null) return problem('expected a mapping of fields');
    for (const key of Object.keys(raw)) if (!FIELDS.includes(key)) problem(`unknown field "${key}" (fields: ${FIELDS.join(', ')})`);
    for (const key of REQUIRED) if (!(key in raw)) problem(`"${key}" is required (null where not known)`);
    const text = (key: string): string | null => {
      const value = raw[key];
      if (value === null || value === undefined) return null;
      if (typeof value !== 'string' || value.trim() === '') {
        problem(`"${key}" must be a non-empty string or null`);
        return null;
      }
      return value.normalize('NFC');
    };
    const list = (key: string): string[] => {
      const value = raw[key];
      if (value === undefined || value === null) return [];
      if (!Array.isArray(value) || value.some((v) => typeof v !== 'string' || v.trim() === '')) {
        problem(`"${key}" must be a list of non-empty strings`);
        return [];
      }
      return value.map((v: string) => v.normalize('NFC'));
    };
    const id = text('id');
    if (id !== null && !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(id)) problem(`id "${id}" must be lower-case ASCII words joined by hyphens`);
    if (id !== null && ids.has(id)) problem(`id "${id}" is used twice`);
    if (id !== null) ids.add(id);
    const date = raw.date instanceof Date ? raw.date.toISOString().slice(0, 10) : text('date');
    if (date !== null && !isValidDate(date)) problem(`date "${date}" must be a real date written YYYY-MM-DD (or null)`);
    const numberSymbol = text('numberSymbol');
    if (numberSymbol !== null && normaliseNumberSymbol(numberSymbol) === null) problem(`numberSymbol "${numberSymbol}" is not a number and symbol ("20-NQ/TW", "23/2012/QH13")`);
    const province = text('province');
    if (numberSymbol !== null) {
      // One number may be two documents only when they are of different provinces or years.
      const key = `${normaliseNumberSymbol(numberSymbol)}|${province ?? ''}|${date?.slice(0, 4) ?? ''}`;
      if (numbers.has(key)) problem(`numberSymbol "${numberSymbol}" is also entry "${numbers.get(key)}" (same province and year)`);
      numbers.set(key, id ?? name);
    }
    const title = raw.title;
    let titles: ReferenceEntry['title'] = { vi: null, en: null };
    if (!title || typeof title !== 'object' || Array.isArray(title)) problem('"title" must be { vi, en } (each null where not known)');
    else {
      const t = title as Record<string, unknown>;
      for (const key of Object.keys(t)) if (key !== 'vi' && key !== 'en') problem(`title has an unknown language "${key}" (vi, en)`);
      for (const key of ['vi', 'en'] as const) {
        if (t[key] !== null && t[key] !== undefined && (typeof t[key] !== 'string' || (t[key] as string).trim() === '')) problem(`title.${key} must be a non-empty string or null`);
      }
      titles = { vi: typeof t.vi === 'string' ? t.vi.normalize('NFC') : null, en: typeof t.en === 'string' ? t.en.normalize('NFC') : null };
    }
    const inEdition = text('inEdition');
    if (inEdition !== null && !slugs.includes(inEdition)) problem(`inEdition "${inEdition}" is not a document of the edition (content/catalogue.json)`);
    const entry: ReferenceEntry = {
      id: id ?? '',
      numberSymbol,
      type: text('type'),
      issuer: text('issuer'),
      issuerEn: text('issuerEn'),
      date,
      title: titles,
      name: text('name'),
      province,
      aliases: list('aliases'),
      aliasesEn: list('aliasesEn'),
      inEdition,
      implements: list('implements'),
      known: true,
    };
    if (entry.name !== null && entry.type !== 'Luật') problem('"name" is for laws (type Luật)');
    if (numberSymbol === null && entry.aliases.length === 0 && entry.name === null) problem('a document without a number needs "aliases" (or a law\'s "name") to be recognised by');
    for (const alias of entry.aliases) {
      const key = `${alias.toLocaleLowerCase('vi')}|${province ?? ''}`;
      if (aliases.has(key)) problem(`alias "${alias}" also names entry "${aliases.get(key)}"`);
      aliases.set(key, id ?? name);
    }
    entries.push(entry);
  });
  for (const entry of entries) {
    for (const target of entry.implements) if (!ids.has(target)) problems.push(`${file}: entry "${entry.id}": implements "${target}", which is not an entry`);
  }
  if (problems.length > 0) throw new SourceError(file, null, `\n  ${problems.join('\n  ')}`);
  return entries;
}
