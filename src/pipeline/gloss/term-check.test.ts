import { describe, expect, it } from 'vitest';
import { fixtureDocument, FIXTURE_ENGLISH, FIXTURE_SLUG } from '../review/fixtures/document.ts';
import type { GlossaryTerm } from './glossary.ts';
import { buildTermIndex } from './mark-terms.ts';
import { checkTermConsistency, describeDeparture, findTerm, renderingPattern, termDepartures, usesRendering, type TermException } from './term-check.ts';

function term(id: string, vi: string[], en: string, extra: Partial<GlossaryTerm> = {}): GlossaryTerm {
  return { id, vi, en, definition: 'A term.', category: 'other', ...extra };
}

const TERMS: GlossaryTerm[] = [
  term('hop-tac-xa', ['hợp tác xã'], 'cooperative', { abbreviations: ['HTX'] }),
  term('tieu-thu-san-pham', ['tiêu thụ sản phẩm'], 'sale of products', { alternatives: ['sale', 'selling'] }),
  term('gia-thanh', ['giá thành'], 'unit cost', { alternatives: ['production cost'] }),
  term('ban-chi-dao', ['Ban Chỉ đạo'], 'Steering Committee'),
  term('tieu-thu-cong-nghiep', ['tiểu thủ công nghiệp'], 'handicrafts'),
  term('uy-ban-nhan-dan', ['Ủy ban nhân dân'], "People's Committee"),
  term('dich-vu-cong', ['dịch vụ công'], 'public services'),
];
const INDEX = buildTermIndex(TERMS);

describe('usesRendering', () => {
  it('accepts plural, possessive and capitalised forms, and a hyphen for a space', () => {
    expect(usesRendering('Support for Cooperatives', ['cooperative'])).toBe(true);
    expect(usesRendering("the cooperative's members; the cooperatives' assets", ['cooperative'])).toBe(true);
    expect(usesRendering('THE PROVINCIAL PEOPLE’S COMMITTEES', ["People's Committee"])).toBe(true);
    expect(usesRendering('training and capacity building', ['training and capacity-building'])).toBe(true);
    expect(usesRendering('the policies and strategies', ['policy'])).toBe(true);
    // A rendering given in the plural also matches the singular.
    expect(usesRendering('a public service', ['public services'])).toBe(true);
  });

  it('needs whole words in order, and accepts a listed alternative', () => {
    expect(usesRendering('cooperation among farmers', ['cooperative'])).toBe(false);
    expect(usesRendering('production and consumption of products', ['sale of products'])).toBe(false);
    expect(usesRendering('the sale of agricultural products', ['sale of products'])).toBe(false);
    expect(usesRendering('the sale of agricultural products', ['sale of products', 'sale'])).toBe(true);
    expect(usesRendering('products of the cooperative', ['cooperative products'])).toBe(false);
  });

  it('escapes what a rendering holds (parentheses, full stops)', () => {
    expect(renderingPattern('Resolution No. 20-NQ/TW (2022)').test('Resolution No. 20-NQ/TW (2022)')).toBe(true);
    expect(renderingPattern('No. 20').test('Nox 20')).toBe(false);
  });
});

describe('termDepartures', () => {
  it('lists each clause whose English lacks the rendering of a term its Vietnamese uses, once per term', () => {
    const departures = termDepartures([fixtureDocument()], TERMS, INDEX);
    // The header's "ỦY BAN NHÂN DÂN" is answered by "PEOPLE'S COMMITTEE" in capitals; "consumption" is no sale.
    expect(departures.map(describeDeparture)).toEqual([`${FIXTURE_SLUG}#i-1: "tiêu thụ sản phẩm" (tieu-thu-san-pham) is not rendered "sale of products" or "sale" or "selling"`]);
  });

  it('finds nothing to report once the English uses the renderings; the translator\'s note does not count', () => {
    const english = { ...FIXTURE_ENGLISH, 'i-1': { text: 'Support cooperatives in producing and selling products; lower their unit cost.', note: 'sale of products' } };
    expect(termDepartures([fixtureDocument(english)], TERMS, INDEX)).toEqual([]);
    const noted = { ...FIXTURE_ENGLISH, 'i-1': { text: 'Support cooperatives in production and consumption; lower the unit cost of products.', note: 'Here tiêu thụ is sale of products.' } };
    expect(termDepartures([fixtureDocument(noted)], TERMS, INDEX).map((d) => d.clause)).toEqual(['i-1']);
  });

  it('does not count an abbreviation inside a document code as the term', () => {
    const terms = [...TERMS, term('ke-hoach', ['kế hoạch'], 'plan', { abbreviations: ['KH'] })];
    // The header's "12/KH-UBND" is a code, reproduced as it stands; the title's "KẾ HOẠCH" is the term ("PLAN").
    expect(termDepartures([fixtureDocument()], terms, buildTermIndex(terms)).map((d) => `${d.clause} ${d.vietnamese}`)).toEqual(['i-1 tiêu thụ sản phẩm']);
    const untranslated = fixtureDocument({ ...FIXTURE_ENGLISH, title: { heading: 'PROGRAMME', text: 'Developing cooperatives in 2026' } });
    expect(termDepartures([untranslated], terms, buildTermIndex(terms)).map((d) => `${d.clause} ${d.vietnamese}`)).toEqual(['title KẾ HOẠCH', 'i-1 tiêu thụ sản phẩm']);
  });

  it('skips clauses without a translation', () => {
    expect(termDepartures([fixtureDocument({})], TERMS, INDEX)).toEqual([]);
  });
});

describe('checkTermConsistency', () => {
  const departures = termDepartures([fixtureDocument()], TERMS, INDEX);
  const exception: TermException = { clause: 'i-1', term: 'tiêu thụ sản phẩm', termId: 'tieu-thu-san-pham', english: 'consumption', reason: 'Fixture: a reviewed exception.' };

  it('fails (unreviewed) a departure without an exception in a reviewed document, and only reports it in an unreviewed one', () => {
    expect(departures).toHaveLength(1);
    const reviewed = checkTermConsistency(departures, new Map([[FIXTURE_SLUG, []]]));
    expect(reviewed.unreviewed.map((d) => d.clause)).toEqual(['i-1']);
    expect(reviewed.pending).toEqual([]);
    const unreviewed = checkTermConsistency(departures, new Map());
    expect(unreviewed.unreviewed).toEqual([]);
    expect(unreviewed.pending.map((d) => d.clause)).toEqual(['i-1']);
  });

  it('accepts a departure its review log records as an exception, and reports exceptions that cover nothing', () => {
    const stale: TermException = { ...exception, clause: 'i-2', term: 'Ban Chỉ đạo', termId: 'ban-chi-dao', english: 'Steering Committee' };
    const check = checkTermConsistency(departures, new Map([[FIXTURE_SLUG, [exception, stale]]]));
    expect(check.unreviewed).toEqual([]);
    expect(check.departures).toEqual([expect.objectContaining({ clause: 'i-1', exception, status: 'exception' })]);
    expect(check.unused).toEqual([{ ...stale, slug: FIXTURE_SLUG }]);
  });
});

describe('findTerm', () => {
  it('finds an entry by a Vietnamese form (any case, either tone placement), an abbreviation or its id', () => {
    expect(findTerm(TERMS, 'Hợp tác xã')?.id).toBe('hop-tac-xa');
    expect(findTerm(TERMS, 'HTX')?.id).toBe('hop-tac-xa');
    expect(findTerm(TERMS, 'Uỷ ban nhân dân')?.id).toBe('uy-ban-nhan-dan');
    expect(findTerm(TERMS, 'gia-thanh')?.id).toBe('gia-thanh');
    expect(findTerm(TERMS, 'giá cả')).toBeNull();
  });
});
