import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { publishedDocument } from '../../tests/support/seeds.ts';
import { loadGlossary, type GlossaryTerm } from '../pipeline/gloss/glossary.ts';
import type { DocumentMetadata, EditionDocument } from '../pipeline/model.ts';
import { documentLabel } from '../pipeline/search/records.ts';
import { documentCitation } from '../pipeline/cite/citation.ts';
import {
  documentLabels,
  englishCapacity,
  englishDate,
  englishIssuer,
  LabelTableError,
  loadLabelTables,
  nameKey,
  referencedDocument,
  untranslatedLabels,
  type LabelTables,
} from './document-labels.ts';

const LABELS_FILE = 'content/labels/document-labels.yaml';
const glossary = loadGlossary(readFileSync(new URL('../../content/glossary/terms.yaml', import.meta.url), 'utf8'), 'content/glossary/terms.yaml');
const tables = loadLabelTables(readFileSync(new URL(`../../${LABELS_FILE}`, import.meta.url), 'utf8'), LABELS_FILE, glossary);

/** Labels of a file that is the real one with `yaml` appended to or replacing it. */
function problemsOf(yaml: string, terms: readonly GlossaryTerm[] = glossary): string[] {
  try {
    loadLabelTables(yaml, 'labels.yaml', terms);
    return [];
  } catch (error) {
    if (error instanceof LabelTableError) return error.problems;
    throw error;
  }
}

const metadata = (issuingBody: string, province: string | null): Pick<DocumentMetadata, 'issuingBody' | 'province'> => ({ issuingBody, province });

describe('document labels: rules, not seeds', () => {
  it("renders a new province's bodies by rule, its name as the document writes it", () => {
    expect(englishIssuer(metadata('ỦY BAN NHÂN DÂN TỈNH ĐỒNG THÁP', 'Đồng Tháp'), tables)).toBe("People's Committee of Đồng Tháp Province");
    expect(englishIssuer(metadata('TỈNH ỦY QUẢNG NGÃI', null), tables)).toBe('Quảng Ngãi Provincial Party Committee');
    expect(englishIssuer(metadata('BAN THƯỜNG VỤ TỈNH ỦY HÀ GIANG', 'Hà Giang'), tables)).toBe('Standing Board of the Hà Giang Provincial Party Committee');
    // The heading's "UỶ" (old tone placement) is the same word.
    expect(englishIssuer(metadata('TỈNH UỶ CAO BẰNG', 'Cao Bằng'), tables)).toBe('Cao Bằng Provincial Party Committee');
    expect(englishIssuer(metadata('HỘI ĐỒNG NHÂN DÂN TỈNH NINH BÌNH', 'Ninh Bình'), tables)).toBe("People's Council of Ninh Bình Province");
  });

  it('falls back to the glossary for a body named without a province, and to null for an unknown one', () => {
    expect(englishIssuer(metadata('BAN THƯỜNG VỤ TỈNH ỦY', null), tables)).toBe('Standing Board of the Provincial Party Committee');
    expect(englishIssuer(metadata('HỘI NÔNG DÂN XÃ TÂN AN', null), tables)).toBeNull();
  });

  it('renders signing capacities and titles from the prefixes and the glossary', () => {
    expect(englishCapacity('T/M TỈNH ỦY', tables)).toBe('On behalf of the Provincial Party Committee');
    expect(englishCapacity('TM. ỦY BAN NHÂN DÂN', tables)).toBe("On behalf of the People's Committee");
    expect(englishCapacity('KT. CHỦ TỊCH', tables)).toBe('For the Chairman');
    expect(englishCapacity('Q. CHỦ TỊCH', tables)).toBe('Acting Chairman');
    expect(englishCapacity('T/M BAN THƯỜNG VỤ', tables)).toBe('On behalf of the Standing Board of the Provincial Party Committee');
    // An unknown prefix or body has no English; it is never half translated.
    expect(englishCapacity('XYZ. CHỦ TỊCH', tables)).toBeNull();
    expect(englishCapacity('TM. CÂU LẠC BỘ CỜ TƯỚNG', tables)).toBeNull();
  });

  it('writes dates the English way, without a day the text leaves blank', () => {
    expect(englishDate({ year: 2026, month: 3, day: 13, iso: '2026-03-13' })).toBe('13 March 2026');
    expect(englishDate({ year: 2020, month: 10, day: null, iso: '2020-10' })).toBe('October 2020');
    expect(englishDate({ year: 2020, month: null, day: null, iso: '2020' })).toBe('2020');
  });

  it('names a referenced document by its listed title, else by the type its symbol names', () => {
    expect(referencedDocument('20-NQ/TW', tables).en).toMatch(/^Resolution No\. 20-NQ\/TW of 16 June 2022 /);
    expect(referencedDocument('35-CT/TW', tables)).toEqual({ vi: 'Chỉ thị 35-CT/TW', en: 'Directive 35-CT/TW' });
    expect(referencedDocument('12/2024/NQ-HĐND', tables)).toEqual({ vi: 'Nghị quyết 12/2024/NQ-HĐND', en: 'Resolution 12/2024/NQ-HĐND' });
    expect(referencedDocument('23/2012/QH13', tables)).toEqual({ vi: '23/2012/QH13', en: '23/2012/QH13' });
  });
});

describe('document labels of documents the edition does not publish yet', () => {
  it('labels every document of the structure stage\'s development set in English without new data', () => {
    const dir = new URL('../pipeline/structure/fixtures/documents/', import.meta.url);
    const files = readdirSync(dir).filter((f) => f.endsWith('.expected.json'));
    expect(files.length).toBeGreaterThan(10);
    const missing: string[] = [];
    let labelled = 0;
    for (const file of files) {
      const expected = JSON.parse(readFileSync(new URL(file, dir), 'utf8')) as { metadata?: DocumentMetadata } & Partial<DocumentMetadata>;
      const metadata = { implements: [], subject: null, ...(expected.metadata ?? expected) } as DocumentMetadata;
      const document = { slug: file, title: '', clauses: [], metadata } as unknown as EditionDocument;
      const labels = documentLabels(document, tables);
      // Subjects come from each document's translation, which these texts do not have.
      for (const problem of untranslatedLabels(labels)) if (!problem.startsWith('subject')) missing.push(`${file}: ${problem}`);
      if (labels.issuingBody?.en) labelled++;
    }
    expect(missing).toEqual([]);
    expect(labelled).toBeGreaterThan(10);
  });

  it("renders a glossary body of a province by rule, its abbreviation too", () => {
    expect(englishIssuer(metadata('UBND TỈNH QUẢNG NAM', 'Quảng Nam'), tables)).toBe("People's Committee of Quảng Nam Province");
    expect(englishIssuer(metadata('SỞ TÀI CHÍNH TỈNH BẾN TRE', 'Bến Tre'), tables)).toMatch(/^Department of Finance of Bến Tre Province$/);
  });
});

describe('document labels of the published documents', () => {
  const labelsOf = async (seed: string) => {
    const document: EditionDocument = await publishedDocument(seed);
    return { document, labels: documentLabels(document, tables) };
  };

  it('labels the Lai Châu programme: blank day, UBND signature, both implemented documents', async () => {
    const { labels } = await labelsOf('004_06bab214c2a2d528.txt');
    expect(labels.documentType).toEqual({ vi: 'Chương trình hành động', en: 'Action Programme' });
    expect(labels.issuingBody).toEqual({ vi: 'ỦY BAN NHÂN DÂN TỈNH LAI CHÂU', en: "People's Committee of Lai Châu Province" });
    expect(labels.date).toEqual({ vi: 'tháng 10 năm 2020', en: 'October 2020' });
    expect(labels.signature).toEqual([
      { vi: 'TM. ỦY BAN NHÂN DÂN', en: "On behalf of the People's Committee" },
      { vi: 'CHỦ TỊCH', en: 'Chairman' },
      { vi: 'Trần Tiến Dũng', en: 'Trần Tiến Dũng' },
    ]);
    expect(labels.implements.map((i) => i.code)).toEqual(['134/NQ-CP', '70-KL/TW']);
    expect(labels.implements.every((i) => i.en !== null && i.en.includes(i.code))).toBe(true);
    expect(labels.subject!.en).toMatch(/^Implementing Resolution No\. 134\/NQ-CP/);
    expect(labels.title.en).toMatch(/^ACTION PROGRAMME Implementing/);
    expect(labels.label).toEqual({ vi: 'Chương trình hành động · …/CTrHD-UBND · Lai Châu · 2020', en: 'Action Programme · …/CTrHD-UBND · Lai Châu · 2020' });
    expect(untranslatedLabels(labels)).toEqual([]);
  });

  it('labels the programme that names no province by its issuer and the resolution it implements', async () => {
    const { labels } = await labelsOf('001_af1c1f30eff17f08.txt');
    expect(labels.label.en).toBe('Action Programme · Standing Board of the Provincial Party Committee · implementing 20-NQ/TW');
    expect(labels.name.en).toBe('Standing Board of the Provincial Party Committee');
    expect(labels.date).toBeNull();
    expect(labels.signature.map((s) => s.en)).toEqual(['On behalf of the Standing Board of the Provincial Party Committee', 'Permanent Deputy Secretary', 'Trần Hải Châu']);
  });

  it('keeps the Vietnamese label the search filters use, and has English for every label of the five documents', async () => {
    for (const seed of ['000_dc2e615219b91c38.txt', '001_af1c1f30eff17f08.txt', '002_1abb0fc6ff61a8be.txt', '003_218f22c76233087f.txt', '004_06bab214c2a2d528.txt']) {
      const { document, labels } = await labelsOf(seed);
      expect(labels.label.vi, seed).toBe(documentLabel(document));
      expect(labels.label.en, seed).not.toBeNull();
      expect(untranslatedLabels(labels), seed).toEqual([]);
    }
  });

  it('makes a label Vietnamese-only, never half English, when one of its parts has no English', async () => {
    const { document } = await labelsOf('003_218f22c76233087f.txt');
    const unknownType: EditionDocument = { ...document, metadata: { ...document.metadata, documentType: 'Thông tri mật' } };
    const labels = documentLabels(unknownType, tables);
    expect(labels.documentType).toEqual({ vi: 'Thông tri mật', en: null });
    expect(labels.label).toEqual({ vi: 'Thông tri mật · 1698/KH-UBND · Bình Thuận · 2021', en: null });
    expect(untranslatedLabels(labels)).toEqual(['document type "Thông tri mật"']);
  });

  it('cites a document in Vietnamese legal style and in English, quoting an issuer with no English', async () => {
    const { document, labels } = await labelsOf('003_218f22c76233087f.txt');
    expect(documentCitation(document.metadata, labels).en).toBe("Plan No. 1698/KH-UBND of 17 May 2021 issued by the People's Committee of Bình Thuận Province");
    const unknown = { ...document.metadata, issuingBody: 'CÂU LẠC BỘ CỜ TƯỚNG TỈNH BÌNH THUẬN' };
    const unknownLabels = documentLabels({ ...document, metadata: unknown }, tables);
    expect(documentCitation(unknown, unknownLabels).en).toBe('Plan No. 1698/KH-UBND of 17 May 2021 issued by “Câu lạc bộ cờ tướng tỉnh Bình Thuận”');
    const farmers = { ...document.metadata, issuingBody: 'HỘI NÔNG DÂN TỈNH BÌNH THUẬN' };
    // A body of the glossary, of a province: its English follows the glossary's.
    const farmersUnion = glossary.find((t) => t.id === 'hoi-nong-dan')!.en;
    expect(documentCitation(farmers, documentLabels({ ...document, metadata: farmers }, tables)).en).toBe(`Plan No. 1698/KH-UBND of 17 May 2021 issued by the ${farmersUnion} of Bình Thuận Province`);
  });
});

describe('the labels file is validated with its line', () => {
  it('accepts the committed file', () => {
    expect(tables.issuers.length).toBeGreaterThan(0);
    expect(nameKey('TỈNH UỶ')).toBe(nameKey('Tỉnh ủy'));
  });

  it('reports every problem at once, each with the file and line', () => {
    const problems = problemsOf(
      [
        'issuers:',
        '  - vi: ỦY BAN NHÂN DÂN TỈNH',
        '    en: People\'s Committee',
        'capacities:',
        '  - vi: TM.',
        '    en: On behalf of',
        'titles:',
        '  - vi: Giám đốc',
        '    en: Director',
        '  - vi: GIÁM ĐỐC',
        '    en: Director',
        'documents:',
        '  - code: not a code',
        '    vi: x',
        '    en: y',
        '  - code: 20-NQ/TW',
        '    vi: Nghị quyết',
        '    en: Resolution',
        '    note: extra',
        'colours: []',
      ].join('\n'),
    );
    expect(problems).toEqual([
      'labels.yaml:16: unknown key "note" in documents (expected code, vi, en)',
      'labels.yaml:20: unknown section "colours" (expected issuers, capacities, titles, documents)',
      'labels.yaml:2: an issuer rule needs {province} once in vi and once in en',
      'labels.yaml:5: a capacity\'s English needs {body} once',
      'labels.yaml:10: titles lists "GIÁM ĐỐC" again (first at labels.yaml:8)',
      'labels.yaml:13: "not a code" is not a document code (such as 20-NQ/TW or 340/QĐ-TTg)',
      'labels.yaml:16: the titles of 20-NQ/TW must name it (vi and en)',
    ]);
  });

  it('refuses a file that is not YAML, naming it', () => {
    expect(problemsOf('issuers: [').join('\n')).toMatch(/^labels\.yaml: not valid YAML/);
  });

  it('takes a title from the curated table before the glossary', () => {
    const own = problemsOf('titles:\n  - vi: Chủ tịch\n    en: Chair\n');
    expect(own).toEqual([]);
    const custom: LabelTables = loadLabelTables('titles:\n  - vi: Chủ tịch\n    en: Chair\n', 'labels.yaml', glossary);
    expect(englishCapacity('KT. CHỦ TỊCH', { ...tables, names: custom.names })).toBe('For the Chair');
  });
});
