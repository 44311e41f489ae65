import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildDocument } from '../index.ts';
import { SourceError } from '../model.ts';
import { citationAgreement } from './agreement.ts';
import { clauseLinks, documentRelations, loadReferenceData, recogniseEdition, referencesExport, sentenceAround } from './index.ts';
import { findEnglishMentions, findMentions, normaliseNumberSymbol } from './recognise.ts';
import { referenceLinks, unknownReferenceReport } from './report.ts';
import { documentDiagram, fit } from './diagram.ts';

const fixture = (name: string) => new URL(`./fixtures/${name}`, import.meta.url);
const SLUGS = ['tinh-mot', 'tinh-hai'];
const entries = loadReferenceData(readFileSync(fixture('references.yaml'), 'utf8'), 'fixtures/references.yaml', SLUGS);
const documents = SLUGS.map((slug) => buildDocument(readFileSync(fixture(`${slug}.txt`)), `${slug}.txt`, slug));
const edition = recogniseEdition(documents, entries);

/** What findMentions linked in a text, and the number it read. */
function mentions(text: string): [string, string | null][] {
  return findMentions(text).map((m) => [text.slice(m.start, m.end), m.numberSymbol]);
}

describe('recognising citations by their form', () => {
  it('reads every form the texts use', () => {
    expect(mentions('Thực hiện Nghị quyết số 20-NQ/TW ngày 16/6/2022 của Ban Chấp hành Trung ương')).toEqual([['Nghị quyết số 20-NQ/TW', '20-NQ/TW']]);
    expect(mentions('Nghị quyết 134/NQ-CP của Chính phủ')).toEqual([['Nghị quyết 134/NQ-CP', '134/NQ-CP']]);
    expect(mentions('Quyết định số 340/QĐ-TTg; Kết luận số 70-KL/TW; Kế hoạch số 10-KH/TW')).toEqual([
      ['Quyết định số 340/QĐ-TTg', '340/QĐ-TTg'],
      ['Kết luận số 70-KL/TW', '70-KL/TW'],
      ['Kế hoạch số 10-KH/TW', '10-KH/TW'],
    ]);
    expect(mentions('theo Nghị định 45/2021/NĐ-CP')).toEqual([['Nghị định 45/2021/NĐ-CP', '45/2021/NĐ-CP']]);
    expect(mentions('theo Luật Hợp tác xã năm 2012 và Luật Hợp tác xã số 23/2012/QH13')).toEqual([
      ['Luật Hợp tác xã năm 2012', null],
      ['Luật Hợp tác xã số 23/2012/QH13', '23/2012/QH13'],
    ]);
    // Quyết định … : Số 461/QĐ-TTg …; số 490/QĐ-TTg — the type is in the symbol.
    expect(findMentions('các Quyết định của Thủ tướng Chính phủ: Số 461/QĐ-TTg ngày 27 tháng 4 năm 2018; số 490/QĐ-TTg').map((m) => [m.numberSymbol, m.type, m.date])).toEqual([
      ['461/QĐ-TTg', 'Quyết định', '2018-04-27'],
      ['490/QĐ-TTg', 'Quyết định', null],
    ]);
  });

  it('reads OCR spacing and lower-case type words', () => {
    expect(mentions('triển khai Nghị quyết 20- NQ/TW, ngày 16/6/2022')).toEqual([['Nghị quyết 20- NQ/TW', '20-NQ/TW']]);
    expect(mentions('Số: 1698 /KH-UBND')).toEqual([['Số: 1698 /KH-UBND', '1698/KH-UBND']]);
    expect(mentions('quán triệt nghị quyết số 20-NQ/TW')).toEqual([['nghị quyết số 20-NQ/TW', '20-NQ/TW']]);
    // An OCR "số" the restorer left as "s6" still leaves the number to read; "QD" for "QĐ" keys the same.
    expect(mentions('Nghị quyết s6 20-NQ/TW')).toEqual([['20-NQ/TW', '20-NQ/TW']]);
    expect(normaliseNumberSymbol(findMentions('Quyết định số 340/QD-TTg')[0]!.numberSymbol!)).toBe(normaliseNumberSymbol('340/QĐ-TTg'));
  });

  it('takes no date, period, ratio or heading for a citation', () => {
    expect(mentions('ngày 16/6/2022, giai đoạn 2021 - 2030, tỷ lệ 3/4, mục 2 - Sở Tài chính, pháp luật hợp tác xã')).toEqual([]);
  });

  it('keys numbers regardless of spacing, Đ and leading zeros', () => {
    expect(normaliseNumberSymbol('340/QĐ-TTg')).toBe(normaliseNumberSymbol('340/QD-TTg'));
    expect(normaliseNumberSymbol('09-NQ/TU')).toBe(normaliseNumberSymbol('9-NQ/TU'));
    expect(normaliseNumberSymbol('20- NQ/TW')).toBe(normaliseNumberSymbol('20-NQ/TW'));
    expect(normaliseNumberSymbol('2021 - 2030')).toBeNull();
  });

  it('reads citations by number in the English translations', () => {
    const text = 'Implementing Resolution No. 134/NQ-CP of 25 September 2020 and Decree No. 55/2015/NĐ-CP';
    expect(findEnglishMentions(text).map((m) => [text.slice(m.start, m.end), m.date])).toEqual([
      ['Resolution No. 134/NQ-CP', '2020-09-25'],
      ['Decree No. 55/2015/NĐ-CP', null],
    ]);
  });
});

describe('resolving citations with the curated data', () => {
  const cited = (slug: string, id: string) => edition.citations.filter((c) => c.slug === slug && c.id === id).map((c) => [c.words, c.referenceId]);

  it('resolves numbers, descriptions (marks and parentheses aside) and OCR spacing', () => {
    expect(cited('tinh-mot', 'i-1')).toEqual([
      ['Nghị quyết Trung ương 5 (khoá IX)', '13-nq-tw'],
      ['Nghị quyết 20- NQ/TW', '20-nq-tw'],
      ['Luật Hợp tác xã', 'luat-hop-tac-xa-2023'],
    ]);
  });

  it('reads a law named without a year as the law in force at the citing date', () => {
    expect(cited('tinh-hai', 'i-1').at(-1)).toEqual(['Luật Hợp tác xã', 'luat-hop-tac-xa-2012']);
    expect(cited('tinh-mot', 'p1')).toEqual([['Luật Hợp tác xã năm 2023', 'luat-hop-tac-xa-2023']]);
  });

  it('does not take a document’s own number for a citation, but does the same number of another year', () => {
    expect(cited('tinh-hai', 'p1')).toEqual([['Nghị quyết số 20-NQ/TW', '20-nq-tw']]);
    expect(edition.citations.some((c) => c.slug === 'tinh-hai' && c.id === 'header')).toBe(false);
    expect(cited('tinh-hai', 'i-1')[0]).toEqual(['Nghị quyết số 09-NQ/TU', 'quang-mot-09-nq-tu-2016']);
  });

  it('recognises unknown references from their number, a province’s own under its name, and reports them', () => {
    const unknown = edition.references.filter((r) => !r.known).map((r) => [r.id, r.numberSymbol, r.type, r.date]);
    expect(unknown).toEqual([
      ['45-2021-nd-cp', '45/2021/NĐ-CP', 'Nghị định', null],
      ['quang-mot-07-kh-tu', '07-KH/TU', 'Kế hoạch', null],
      ['quang-mot-09-nq-tu-2016', '09-NQ/TU', 'Nghị quyết', '2016-04-26'],
    ]);
  });

  it('resolves a province’s own document only in that province’s texts', () => {
    const elsewhere = buildDocument(Buffer.from(readFileSync(fixture('tinh-mot.txt'), 'utf8').replace(/QUẢNG MỘT|Quảng Một/g, 'QUẢNG HAI')), 'x.txt', 'x');
    const other = recogniseEdition([elsewhere], entries);
    expect(other.citations.find((c) => c.words.includes('01-CTr/TU'))?.referenceId).toBe('quang-hai-01-ctr-tu-2023');
  });

  it('links the English of a clause to the documents its Vietnamese cites', () => {
    const links = clauseLinks(documents, edition);
    expect(links.get('tinh-mot#i-1')!.vi.map((l) => l.referenceId)).toEqual(['13-nq-tw', '20-nq-tw', 'luat-hop-tac-xa-2023']);
  });
});

describe('relations', () => {
  it('reads implements from the title, based on from "Căn cứ", and cited by from the edition', () => {
    expect(documentRelations(documents[0]!, documents, edition)).toEqual({
      implements: ['09-nq-cp'],
      basedOn: ['luat-hop-tac-xa-2023', 'quang-mot-01-ctr-tu-2023'],
      cites: ['13-nq-tw', '20-nq-tw', '45-2021-nd-cp', 'quang-mot-07-kh-tu'],
      citedBy: [],
    });
    expect(documentRelations(documents[1]!, documents, edition).citedBy).toEqual(['tinh-mot']);
  });
});

describe('references.json', () => {
  it('has exactly the documented fields, and each citing clause once', () => {
    const exported = referencesExport(edition);
    for (const reference of exported.references) expect(Object.keys(reference)).toEqual(['id', 'numberSymbol', 'type', 'issuer', 'date', 'title', 'inEdition', 'citedBy']);
    const twenty = exported.references.find((r) => r.id === '20-nq-tw')!;
    expect(twenty.citedBy).toEqual([
      { slug: 'tinh-mot', id: 'i-1' },
      { slug: 'tinh-hai', id: 'title' },
      { slug: 'tinh-hai', id: 'p1' },
    ]);
    expect(exported.references.find((r) => r.id === 'quang-mot-01-ctr-tu-2023')!.inEdition).toBe('tinh-hai');
  });
});

describe('the sentence of a citation', () => {
  it('is the sentence holding it, with the cited words’ offsets in it', () => {
    const text = 'Mở đầu. Thực hiện Nghị quyết số 20-NQ/TW ngày 16/6/2022; phần sau.';
    const at = text.indexOf('Nghị quyết');
    const sentence = sentenceAround(text, at, at + 22);
    expect(sentence.text).toBe('Thực hiện Nghị quyết số 20-NQ/TW ngày 16/6/2022;');
    expect(sentence.text.slice(sentence.start, sentence.end)).toBe('Nghị quyết số 20-NQ/TW');
  });
});

describe('the curated data', () => {
  const problems = (yaml: string) => {
    try {
      loadReferenceData(yaml, 'content/references/references.yaml', SLUGS);
      return '';
    } catch (error) {
      expect(error).toBeInstanceOf(SourceError);
      return (error as Error).message;
    }
  };
  const entry = (fields: string) => `- id: a\n  numberSymbol: 1-NQ/TW\n  type: Nghị quyết\n  issuer: X\n  date: 2020-01-01\n  title: { vi: null, en: null }\n  inEdition: null\n${fields}`;

  it('names the file, line and entry of each problem', () => {
    const message = problems(`${entry('')}${entry('  colour: red\n').replace('date: 2020-01-01', 'date: 2020-02-31')}`);
    expect(message).toContain('content/references/references.yaml:8: entry "a": id "a" is used twice');
    expect(message).toContain('content/references/references.yaml:8: entry "a": unknown field "colour"');
    expect(message).toContain('must be a real date');
  });

  it('refuses a slug outside the edition, a missing field, a bad number and an unknown implemented document', () => {
    const message = problems(entry('  implements: [nowhere]\n').replace('inEdition: null', 'inEdition: elsewhere').replace('1-NQ/TW', 'not a number').replace('  type: Nghị quyết\n', ''));
    expect(message).toContain('inEdition "elsewhere" is not a document of the edition');
    expect(message).toContain('"type" is required');
    expect(message).toContain('numberSymbol "not a number" is not a number and symbol');
    expect(message).toContain('implements "nowhere", which is not an entry');
  });

  it('reports YAML syntax errors with their line', () => {
    expect(problems('- id: a\n  title: {vi: x\n')).toMatch(/references\.yaml:\d+:/);
  });

  it('accepts the edition’s own data', () => {
    const slugs = (JSON.parse(readFileSync(new URL('../../../content/catalogue.json', import.meta.url), 'utf8')) as { documents: { slug: string }[] }).documents.map((d) => d.slug);
    expect(() => loadReferenceData(readFileSync(new URL('../../../content/references/references.yaml', import.meta.url), 'utf8'), 'content/references/references.yaml', slugs)).not.toThrow();
  });
});

describe('agreement with a gold list', () => {
  it('counts precision over found pairs and recall over gold pairs', () => {
    const result = citationAgreement(new Set(['a→x', 'a→y', 'b→z']), new Set(['a→x', 'b→z', 'b→w', 'b→v']));
    expect(result.precision).toBeCloseTo(2 / 3);
    expect(result.recall).toBeCloseTo(2 / 4);
    expect(result.missed).toEqual(['b→w', 'b→v']);
  });
});

describe('the build’s report and links', () => {
  it('names every reference to curate, where it is cited, and the page it is shown on', () => {
    const report = unknownReferenceReport(edition);
    expect(report).toHaveLength(3);
    expect(report[0]).toBe('content/references/references.yaml has no entry for 45/2021/NĐ-CP (shown as /references/45-2021-nd-cp/; cited 1× : tinh-mot#i-2 "Nghị định 45/2021/NĐ-CP"); add one');
  });

  it('links a citation of a document in the edition to the document itself', () => {
    const links = referenceLinks(documents, edition);
    expect(links.get('tinh-mot#p2')!.vi).toEqual([expect.objectContaining({ referenceId: 'quang-mot-01-ctr-tu-2023', href: '/documents/tinh-hai/' })]);
    expect(links.get('tinh-mot#i-1')!.vi.map((l) => l.href)).toEqual(['/references/13-nq-tw/', '/references/20-nq-tw/', '/references/luat-hop-tac-xa-2023/']);
  });
});

describe('relation diagrams', () => {
  it('place citing documents left, cited ones right, one arrow each, without overlapping boxes', () => {
    const layout = documentDiagram(['Kế hoạch', '12/KH-UBND'], [
      { id: 'implements', vi: 'Thực hiện', en: 'Implements', direction: 'out', labels: ['Nghị quyết 09/NQ-CP'] },
      { id: 'cites', vi: 'Trích dẫn', en: 'Cites', direction: 'out', labels: ['A', 'B'] },
      { id: 'citedBy', vi: 'Được trích dẫn bởi', en: 'Cited by', direction: 'in', labels: ['C'] },
    ]);
    expect(layout.boxes.map((b) => b.lines[0])).toEqual(['C', 'Nghị quyết 09/NQ-CP', 'A', 'B']);
    expect(layout.edges).toHaveLength(4);
    expect(layout.boxes[0]!.x).toBeLessThan(layout.center.x);
    for (const b of layout.boxes.slice(1)) expect(b.x).toBeGreaterThan(layout.center.x + layout.center.width);
    const right = layout.boxes.slice(1);
    for (let i = 1; i < right.length; i++) expect(right[i]!.y).toBeGreaterThanOrEqual(right[i - 1]!.y + right[i - 1]!.height);
    expect(layout.height).toBeGreaterThanOrEqual(Math.max(...layout.boxes.map((b) => b.y + b.height)));
  });

  it('cut long labels to their box', () => {
    expect(fit('Nghị quyết Đại hội đại biểu Đảng bộ tỉnh Bắc Kạn lần thứ XII')).toMatch(/^.{31}…$/u);
  });
});
