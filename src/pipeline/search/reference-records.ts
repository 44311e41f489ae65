/**
 * Search records of the cited documents: one per reference page, so a search by number ("20-NQ/TW",
 * "340/QD-TTg"), by type and number ("nghi quyet 20") or by a law's name and year ("Luat Hop tac xa
 * 2023") lands on the document's reference page, and on the document itself when it is in the edition.
 */
import type { ReferenceEntry } from '../references/data.ts';
import { foldDiacritics } from '../text/fold.ts';
import type { ClauseRecord } from './records.ts';

/** The ways a reader writes a number: as cited, with Đ as D, and with its parts apart ("20 NQ TW"). */
export function numberForms(numberSymbol: string): string[] {
  const spaced = numberSymbol.replace(/[-/]/g, ' ');
  return [...new Set([numberSymbol, foldDiacritics(numberSymbol), spaced, foldDiacritics(spaced)])];
}

/** The records of a reference: its page, and the document itself when it is in the edition. */
export function referenceRecords(reference: ReferenceEntry): ClauseRecord[] {
  const page = referenceRecord(reference, `/references/${reference.id}/`);
  return reference.inEdition ? [page, { ...page, url: `/documents/${reference.inEdition}/` }] : [page];
}

export function referenceRecord(reference: ReferenceEntry, url: string): ClauseRecord {
  const year = reference.date?.slice(0, 4) ?? null;
  const number = reference.numberSymbol?.match(/^\d+/)?.[0] ?? null;
  const name = [reference.type, reference.name, reference.numberSymbol ? `số ${reference.numberSymbol}` : null].filter(Boolean).join(' ');
  const content = [
    name,
    // "Nghị quyết 20", "Luật Hợp tác xã năm 2023": the short forms readers type.
    number && reference.type ? `${reference.type} ${number}` : null,
    reference.name && year ? `Luật ${reference.name} năm ${year} ${year}` : null,
    ...(reference.numberSymbol ? numberForms(reference.numberSymbol) : []),
    reference.date ? `ngày ${reference.date.split('-').reverse().map(Number).join('/')}` : null,
    reference.issuer,
    reference.title.vi,
    reference.title.en,
    ...reference.aliases,
    ...reference.aliasesEn,
  ].filter((part): part is string => !!part);
  const title = reference.title.vi && !reference.title.vi.startsWith(reference.type ?? '\u0000') ? `${name} ${reference.title.vi}` : name;
  return {
    url,
    content: content.join(' · '),
    language: 'vi',
    meta: { title: name, clause: 'Văn bản được dẫn chiếu · Cited document', heading: title.length > 140 ? `${title.slice(0, 138)}…` : title, lang: 'vi', reference: reference.id },
    filters: { language: ['vi'], ...(reference.type ? { type: [reference.type] } : {}) },
  };
}
