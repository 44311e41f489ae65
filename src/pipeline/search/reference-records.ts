/**
 * Search records of the cited documents: one per reference page, so a search by number ("20-NQ/TW",
 * "340/QD-TTg"), by type and number ("nghi quyet 20") or by a law's name and year ("Luat Hop tac xa
 * 2023") lands on the document's reference page, and on the document itself when it is in the edition.
 */
import { referenceName, type ReferenceEntry } from '../references/data.ts';
import { documentTypeEnglish } from '../text/document-types.ts';
import { foldDiacritics } from '../text/fold.ts';
import { nameKey } from './query.ts';
import type { ClauseRecord } from './records.ts';

/** The ways a reader writes a number: as cited, with Đ as D, and with its parts apart ("20 NQ TW"). */
export function numberForms(numberSymbol: string): string[] {
  const spaced = numberSymbol.replace(/[-/]/g, ' ');
  return [...new Set([numberSymbol, foldDiacritics(numberSymbol), spaced, foldDiacritics(spaced)])];
}

/** The names a query may give the document by (folded): its number, a law's name, its descriptions. */
export function referenceNames(reference: ReferenceEntry): string[] {
  const names = [
    reference.numberSymbol,
    reference.name ? `Luật ${reference.name}` : null,
    // A law by its name and year: "Luật Hợp tác xã 2023", "Luật Hợp tác xã năm 2023".
    ...(reference.name && reference.date ? [`Luật ${reference.name} ${reference.date.slice(0, 4)}`, `Luật ${reference.name} năm ${reference.date.slice(0, 4)}`] : []),
    reference.name ? reference.title.en : null,
    ...reference.aliases,
    ...reference.aliasesEn,
  ];
  return [...new Set(names.filter((n): n is string => !!n).map(nameKey).filter((n) => n !== ''))];
}

/**
 * The records of a reference page, one per language (a record is short, so a search by number ranks
 * it above the long clauses that cite the document), and the same for the document itself when it
 * is in the edition.
 */
export function referenceRecords(reference: ReferenceEntry): ClauseRecord[] {
  const pages = [`/references/${reference.id}/`, ...(reference.inEdition ? [`/documents/${reference.inEdition}/`] : [])];
  return pages.flatMap((url) => [vietnameseRecord(reference, url), ...(reference.title.en || reference.aliasesEn.length > 0 ? [englishRecord(reference, url)] : [])]);
}

function vietnameseRecord(reference: ReferenceEntry, url: string): ClauseRecord {
  const year = reference.date?.slice(0, 4) ?? null;
  const number = reference.numberSymbol?.match(/^\d+/)?.[0] ?? null;
  const name = referenceName(reference);
  const content = [
    name,
    // "Nghị quyết 20", "Luật Hợp tác xã năm 2023": the short forms readers type.
    number && reference.type ? `${reference.type} ${number}` : null,
    reference.name && year ? `Luật ${reference.name} năm ${year}` : null,
    ...(reference.numberSymbol ? numberForms(reference.numberSymbol) : []),
    reference.date ? `ngày ${reference.date.split('-').reverse().map(Number).join('/')}` : null,
    reference.issuer,
    reference.title.vi,
    ...reference.aliases,
  ].filter((part): part is string => !!part);
  return record(url, content, name, reference.title.vi, 'vi', reference);
}

function englishRecord(reference: ReferenceEntry, url: string): ClauseRecord {
  // "Resolution No. 20-NQ/TW": the English type, where the edition knows it.
  const type = reference.type ? (documentTypeEnglish(reference.type) ?? reference.type) : 'Document';
  const name = reference.numberSymbol ? `${type} No. ${reference.numberSymbol}` : (reference.title.en ?? type);
  const content = [name, ...(reference.numberSymbol ? numberForms(reference.numberSymbol) : []), reference.issuerEn, reference.title.en, ...reference.aliasesEn].filter((part): part is string => !!part);
  return record(`${url}?lang=en`, content, name, reference.title.en, 'en', reference);
}

function record(url: string, content: string[], name: string, title: string | null, lang: 'vi' | 'en', reference: ReferenceEntry): ClauseRecord {
  const heading = title && title !== name ? `${name} — ${title}` : name;
  return {
    url,
    content: content.join(' · '),
    language: lang,
    meta: {
      title: name,
      clause: lang === 'vi' ? 'Văn bản được dẫn chiếu' : 'Cited document',
      heading: heading.length > 160 ? `${heading.slice(0, 158)}…` : heading,
      lang,
      reference: reference.id,
      // What the ranking puts first when a query names it: the number, then its names.
      numbers: reference.numberSymbol?.match(/^\d+/)?.[0] ?? '',
      names: referenceNames(reference).join('|'),
    },
    filters: { language: [lang], ...(reference.type ? { type: [reference.type] } : {}) },
  };
}
