/**
 * A document's facts in the reader's language: its type, issuing body, date, signature, the
 * documents it implements, its subject and title, and the short label lists use. Every label is a
 * `Bilingual`: the Vietnamese as the edition shows it and the English, or `null` where no English
 * is known yet — a page then shows the Vietnamese marked lang="vi" instead of mixing it into English.
 *
 * The English comes from data, never from one document's quirks: the glossary's bodies, offices
 * and roles, and content/labels/document-labels.yaml (rules that put a province's name into its
 * bodies' English, signing prefixes, titles, referenced documents' titles; a code's symbol names
 * its type), so a new province's document is labelled without new data where its bodies follow
 * the rules.
 * Proper names (provinces, signers) stay as written.
 */
import { LineCounter, parseDocument, isMap, isSeq, type Node as YamlNode } from 'yaml';
import type { Clause, DocumentDate, DocumentMetadata, EditionDocument } from '../pipeline/model.ts';
import { documentNumber, vietnameseIssuer } from '../pipeline/cite/citation.ts';
import type { GlossaryTerm } from '../pipeline/gloss/glossary.ts';
import { canonicalSyllable } from '../pipeline/gloss/mark-terms.ts';
import { DOCUMENT_CODE } from '../pipeline/structure/metadata.ts';
import { DOCUMENT_TYPE_ENGLISH, documentTypeOfSymbol } from '../pipeline/text/document-types.ts';
import { foldKey } from '../pipeline/text/fold.ts';
import { documentLabel } from '../pipeline/search/records.ts';

/** A label in both languages; `en` is null where the edition has no English for it yet. */
export interface Bilingual {
  vi: string;
  en: string | null;
}

/** The curated tables and the glossary's names, ready for lookup. */
export interface LabelTables {
  issuers: { vi: string; en: string }[];
  capacities: { vi: string; en: string }[];
  /** Bodies, offices and titles by `nameKey`: the curated titles first, then the glossary's. */
  names: Map<string, string>;
  /** Referenced documents by code. */
  documents: Map<string, { vi: string; en: string }>;
}

/** A problem in the labels file, naming the file and line. */
export class LabelTableError extends Error {
  readonly problems: string[];
  constructor(problems: string[]) {
    super(problems.join('\n'));
    this.name = 'LabelTableError';
    this.problems = problems;
  }
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const PROVINCE = '{province}';
const BODY = '{body}';
/** Glossary categories whose English names a body, a title or a type of document. */
const NAME_CATEGORIES = new Set(['body', 'office', 'role', 'organisation', 'document-type']);

/**
 * The key names are compared by: words in lower case, NFC, the tone of "oa/oe/uy" on one vowel
 * ("ỦY" and "UỶ" alike), spaces collapsed. Diacritics are kept: "Bí thư" is not "Bị thu".
 */
export function nameKey(text: string): string {
  return text
    .normalize('NFC')
    .trim()
    .split(/\s+/)
    .map((word) => canonicalSyllable(word.toLowerCase()))
    .join(' ');
}

const SECTIONS: Record<string, readonly string[]> = {
  issuers: ['vi', 'en'],
  capacities: ['vi', 'en'],
  titles: ['vi', 'en'],
  documents: ['code', 'vi', 'en'],
};

/**
 * Read and check the labels file against the glossary. Every problem is reported at once, each
 * with the file and line: unknown sections or keys, empty values, a rule without its {province}
 * or {body}, a code that is not a document code, an entry listed twice.
 */
export function loadLabelTables(yamlText: string, file: string, glossary: readonly GlossaryTerm[]): LabelTables {
  const lineCounter = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter, uniqueKeys: true, prettyErrors: true });
  const problems: string[] = doc.errors.map((e) => `${file}: not valid YAML: ${e.message}`);
  const at = (node: YamlNode | null | undefined) => `${file}:${node?.range ? lineCounter.linePos(node.range[0]).line : 1}`;
  const entries: Record<string, { line: string; values: Record<string, string> }[]> = {};
  if (problems.length === 0) {
    if (!isMap(doc.contents)) problems.push(`${at(doc.contents)}: expected the sections ${Object.keys(SECTIONS).join(', ')}`);
    else {
      for (const pair of doc.contents.items) {
        const section = String((pair.key as { value?: unknown } | null)?.value ?? pair.key);
        const keys = SECTIONS[section];
        if (!keys) {
          problems.push(`${at(pair.key as YamlNode)}: unknown section "${section}" (expected ${Object.keys(SECTIONS).join(', ')})`);
          continue;
        }
        if (!isSeq(pair.value)) {
          problems.push(`${at(pair.value as YamlNode)}: "${section}" must be a list`);
          continue;
        }
        entries[section] = [];
        for (const item of pair.value.items) {
          const line = at(item as YamlNode);
          if (!isMap(item)) {
            problems.push(`${line}: a ${section} entry must have ${keys.join(', ')}`);
            continue;
          }
          const values: Record<string, string> = {};
          for (const field of item.items) {
            const key = String((field.key as { value?: unknown }).value);
            const value = (field.value as { value?: unknown } | null)?.value;
            if (!keys.includes(key)) problems.push(`${line}: unknown key "${key}" in ${section} (expected ${keys.join(', ')})`);
            else if (typeof value !== 'string' || value.trim() === '') problems.push(`${line}: "${key}" must be a non-empty string`);
            else values[key] = value.normalize('NFC').trim();
          }
          const missing = keys.filter((k) => !(k in values));
          if (missing.length > 0) {
            if (!problems.some((p) => p.startsWith(`${line}:`))) problems.push(`${line}: ${section} entry lacks ${missing.join(', ')}`);
            continue;
          }
          entries[section].push({ line, values });
        }
      }
    }
  }
  const list = (section: string) => entries[section] ?? [];
  const seen = new Map<string, string>();
  const once = (section: string, key: string, line: string, shown: string) => {
    const previous = seen.get(`${section}\u0000${key}`);
    if (previous) problems.push(`${line}: ${section} lists "${shown}" again (first at ${previous})`);
    seen.set(`${section}\u0000${key}`, line);
  };
  for (const { line, values } of list('issuers')) {
    if (values.vi!.split(PROVINCE).length !== 2 || values.en!.split(PROVINCE).length !== 2) problems.push(`${line}: an issuer rule needs {province} once in vi and once in en`);
    else if (!values.vi!.endsWith(PROVINCE)) problems.push(`${line}: an issuer rule's {province} must end its Vietnamese ("… TỈNH {province}")`);
    once('issuers', nameKey(values.vi!), line, values.vi!);
  }
  for (const { line, values } of list('capacities')) {
    if (values.en!.split(BODY).length !== 2) problems.push(`${line}: a capacity's English needs {body} once`);
    once('capacities', values.vi!, line, values.vi!);
  }
  for (const { line, values } of list('titles')) once('titles', nameKey(values.vi!), line, values.vi!);
  for (const { line, values } of list('documents')) {
    const code = values.code!;
    if ((code.match(DOCUMENT_CODE) ?? [])[0] !== code) problems.push(`${line}: "${code}" is not a document code (such as 20-NQ/TW or 340/QĐ-TTg)`);
    else if (!values.vi!.includes(code) || !values.en!.includes(code)) problems.push(`${line}: the titles of ${code} must name it (vi and en)`);
    once('documents', code, line, code);
  }
  if (problems.length > 0) throw new LabelTableError(problems);

  const names = new Map<string, string>();
  for (const { values } of list('titles')) names.set(nameKey(values.vi!), values.en!);
  for (const term of glossary) {
    if (!NAME_CATEGORIES.has(term.category)) continue;
    for (const form of [...term.vi, ...(term.abbreviations ?? [])]) if (!names.has(nameKey(form))) names.set(nameKey(form), term.en);
  }
  return {
    issuers: list('issuers').map(({ values }) => ({ vi: values.vi!, en: values.en! })),
    capacities: list('capacities').map(({ values }) => ({ vi: values.vi!, en: values.en! })),
    names,
    documents: new Map(list('documents').map(({ values }) => [values.code!, { vi: values.vi!, en: values.en! }])),
  };
}

/** "AN GIANG" → "An Giang": a province's name read from a capitalised heading. */
function titleCase(text: string): string {
  return text
    .toLocaleLowerCase('vi')
    .split(/\s+/)
    .map((w) => w.charAt(0).toLocaleUpperCase('vi') + w.slice(1))
    .join(' ');
}

/** The province a body's name ends with, as the document names it elsewhere (its place line), else as the heading spells it. */
function provinceOf(words: string, province: string | null): string {
  return province && foldKey(province) === foldKey(words) ? province : titleCase(words);
}

/** A body or title by name: the curated titles, then the glossary; null when neither has it. */
export function englishName(name: string, tables: LabelTables): string | null {
  return tables.names.get(nameKey(name)) ?? null;
}

/**
 * The issuing body in English: a rule with the province's name put in ("People's Committee of Lai
 * Châu Province"), else the body's own name in the glossary ("Standing Board of the Provincial Party
 * Committee"), else a glossary body of a province ("UBND TỈNH QUẢNG NAM" → "People's Committee of
 * Quảng Nam Province"); null when none knows it.
 */
export function englishIssuer(metadata: Pick<DocumentMetadata, 'issuingBody' | 'province'>, tables: LabelTables): string | null {
  const body = metadata.issuingBody;
  if (!body) return null;
  const key = nameKey(body);
  for (const rule of tables.issuers) {
    const prefix = nameKey(rule.vi.slice(0, -PROVINCE.length));
    if (!key.startsWith(`${prefix} `)) continue;
    return rule.en.replace(PROVINCE, provinceOf(body.trim().split(/\s+/).slice(prefix.split(' ').length).join(' '), metadata.province));
  }
  const named = englishName(body, tables);
  if (named) return named;
  // Any other body the glossary names, of a province: "SỞ TÀI CHÍNH TỈNH X", "UBND TỈNH X".
  const words = body.trim().split(/\s+/);
  const at = words.findLastIndex((w, i) => i > 0 && i < words.length - 1 && nameKey(w) === 'tỉnh');
  const head = at > 0 ? englishName(words.slice(0, at).join(' '), tables) : null;
  if (!head) return null;
  return `${head.charAt(0).toUpperCase()}${head.slice(1)} of ${provinceOf(words.slice(at + 1).join(' '), metadata.province)} Province`;
}

/** "Kế hoạch" → "Plan": the document types the structure stage reads, else a glossary name. */
export function englishDocumentType(type: string, tables: LabelTables): string | null {
  const known = DOCUMENT_TYPE_ENGLISH[foldKey(type)];
  if (known) return known;
  const named = englishName(type, tables);
  return named ? named.charAt(0).toUpperCase() + named.slice(1) : null;
}

/** A signing capacity: "T/M TỈNH ỦY" → "On behalf of the Provincial Party Committee"; null when its body or prefix is unknown. */
export function englishCapacity(capacity: string, tables: LabelTables): string | null {
  const trimmed = capacity.trim();
  for (const rule of tables.capacities) {
    if (!trimmed.startsWith(rule.vi)) continue;
    const body = englishName(trimmed.slice(rule.vi.length), tables);
    return body ? rule.en.replace(BODY, body) : null;
  }
  return null;
}

/** "ngày 13 tháng 3 năm 2026", "tháng 10 năm 2020" where the day is blank, "năm 2020". */
export function vietnameseDate(date: DocumentDate): string {
  const month = date.month === null ? '' : `tháng ${date.month} `;
  return `${date.day === null ? '' : `ngày ${date.day} `}${month}năm ${date.year}`;
}

/** "13 March 2026", "October 2020" where the day is blank, "2020". */
export function englishDate(date: DocumentDate): string {
  return [date.day, date.month !== null ? MONTHS[date.month - 1] : null, date.year].filter((p) => p !== null).join(' ');
}

/** A referenced document: its title where listed, else its code with the type its symbol names ("Resolution 134/NQ-CP"). */
export function referencedDocument(code: string, tables: LabelTables): Bilingual {
  const known = tables.documents.get(code);
  if (known) return known;
  // The symbol after the number names the type: 20-NQ/TW → NQ, 340/QĐ-TTg → QĐ; 23/2012/QH13 none.
  const type = documentTypeOfSymbol(code.replace(/^[\d/]+[-/]/u, ''));
  const english = type ? englishDocumentType(type, tables) : null;
  return { vi: type ? `${type} ${code}` : code, en: english ? `${english} ${code}` : code };
}

/** The title clause (kind 'title'), where the document's English title is translated. */
function titleClause(clauses: readonly Clause[]): Clause | null {
  return clauses.find((c) => c.kind === 'title') ?? null;
}

export interface DocumentLabels {
  documentType: Bilingual | null;
  issuingBody: Bilingual | null;
  /** The body above the issuer in the header, where the header names one. */
  parentBody: Bilingual | null;
  date: Bilingual | null;
  signingCapacity: Bilingual | null;
  signerTitle: Bilingual | null;
  /** Capacity, title and name, each on its own (a name is the same in both languages). */
  signature: Bilingual[];
  implements: (Bilingual & { code: string })[];
  subject: Bilingual | null;
  /** Type and subject. */
  title: Bilingual;
  /** The short label of lists and results: type, number, province (or issuer), year. */
  label: Bilingual;
  /** The shortest name that tells a document apart: its province, else its issuer, else its label. */
  name: Bilingual;
}

/** Both languages of a label made of parts; English only when every part has English. */
function joined(parts: (Bilingual | null)[], separator: string): Bilingual {
  const present = parts.filter((p): p is Bilingual => p !== null);
  const english = present.every((p) => p.en !== null) ? present.map((p) => p.en).join(separator) : null;
  return { vi: present.map((p) => p.vi).join(separator), en: english };
}

const same = (text: string | null): Bilingual | null => (text === null ? null : { vi: text, en: text });

export function documentLabels(document: EditionDocument, tables: LabelTables): DocumentLabels {
  const m = document.metadata;
  const documentType = m.documentType ? { vi: m.documentType, en: englishDocumentType(m.documentType, tables) } : null;
  const issuer = m.issuingBody ? { vi: vietnameseIssuer(m)!, en: englishIssuer(m, tables) } : null;
  const title = titleClause(document.clauses);
  const subjectEn = title?.translation?.text ?? null;
  const titleEn = title?.translation ? [title.translation.heading, title.translation.text].filter(Boolean).join(' ') || null : null;
  const implemented = m.implements.map((code) => ({ code, ...referencedDocument(code, tables) }));
  const number = documentNumber(m);
  const place = m.province ? same(m.province) : issuer;
  const year = m.date ? same(String(m.date.year)) : null;
  const implementing =
    number === null && m.implements.length > 0 ? { vi: `thực hiện ${m.implements.join(', ')}`, en: `implementing ${m.implements.join(', ')}` } : null;
  const signingCapacity = m.signingCapacity ? { vi: m.signingCapacity, en: englishCapacity(m.signingCapacity, tables) } : null;
  const signerTitle = m.signerTitle ? { vi: m.signerTitle, en: englishName(m.signerTitle, tables) } : null;
  return {
    documentType,
    issuingBody: m.issuingBody ? { vi: m.issuingBody, en: issuer!.en } : null,
    parentBody: m.parentBody ? { vi: m.parentBody, en: englishIssuer({ issuingBody: m.parentBody, province: m.province }, tables) } : null,
    date: m.date ? { vi: vietnameseDate(m.date), en: englishDate(m.date) } : null,
    signingCapacity,
    signerTitle,
    signature: [signingCapacity, signerTitle, same(m.signer)].filter((p): p is Bilingual => p !== null),
    implements: implemented,
    subject: m.subject ? { vi: m.subject, en: subjectEn } : null,
    title: { vi: document.title, en: titleEn },
    // The Vietnamese label is the search index's (its filter values); the English is made of the same parts.
    label: { vi: documentLabel(document), en: joined([documentType ?? { vi: 'Văn bản', en: 'Document' }, same(number), place, year, implementing], ' · ').en },
    name: place ?? joined([documentType ?? { vi: 'Văn bản', en: 'Document' }, same(number)], ' · '),
  };
}

/** The labels of a document that have no English yet, for the build's report to editors. */
export function untranslatedLabels(labels: DocumentLabels): string[] {
  const named: [string, Bilingual | null][] = [
    ['document type', labels.documentType],
    ['issuing body', labels.issuingBody],
    ['parent body', labels.parentBody],
    ['subject', labels.subject],
    ...labels.signature.map((s): [string, Bilingual] => ['signature', s]),
  ];
  return named.filter(([, label]) => label !== null && label.en === null).map(([what, label]) => `${what} "${label!.vi}"`);
}
