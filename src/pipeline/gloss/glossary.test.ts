import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildAllDocuments, ROOT } from '../../../scripts/build-content.ts';
import { flattenClauses } from '../emit/json.ts';
import { compareEnglish, compareVietnamese } from './collate.ts';
import { CATEGORIES, loadGlossary, MIN_TERMS, termsNotOccurring, validateGlossary, type DocumentText, type GlossaryTerm } from './glossary.ts';
import { buildTermIndex, markTerms } from './mark-terms.ts';

function term(overrides: Partial<GlossaryTerm> & Record<string, unknown> = {}): GlossaryTerm {
  return {
    id: 'hop-tac-xa',
    vi: ['hợp tác xã'],
    abbreviations: ['HTX'],
    en: 'cooperative',
    definition: 'A collective economic organisation owned by its members.',
    category: 'organisation',
    ...overrides,
  } as GlossaryTerm;
}

const TEXTS: DocumentText[] = [
  { slug: 'clean', text: 'Các hợp tác xã, tổ hợp tác và Liên minh Hợp tác xã tỉnh; Tỉnh uỷ chỉ đạo.' },
];

/** Validate fixtures without the edition's 150-term minimum. */
const check = (terms: GlossaryTerm[], texts: DocumentText[] = TEXTS): string[] => validateGlossary(terms, texts, { minTerms: 0 });

describe('loadGlossary', () => {
  it('parses a YAML list of terms', () => {
    const terms = loadGlossary('- id: hop-tac-xa\n  vi: [hợp tác xã]\n  abbreviations: [HTX]\n  en: cooperative\n  definition: A cooperative.\n  category: organisation\n', 'terms.yaml');
    expect(terms).toEqual([{ id: 'hop-tac-xa', vi: ['hợp tác xã'], abbreviations: ['HTX'], en: 'cooperative', definition: 'A cooperative.', category: 'organisation' }]);
    expect(loadGlossary('', 'terms.yaml')).toEqual([]);
  });

  it('names the file when the YAML is broken or not a list', () => {
    expect(() => loadGlossary('- id: [unclosed\n', 'content/glossary/terms.yaml')).toThrow(/content\/glossary\/terms\.yaml: not valid YAML/);
    expect(() => loadGlossary('id: hop-tac-xa\n', 'terms.yaml')).toThrow(/terms\.yaml: expected a list/);
    expect(() => loadGlossary('- id: a\n  id: b\n', 'terms.yaml')).toThrow(/terms\.yaml/);
  });
});

describe('validateGlossary', () => {
  it('accepts a valid glossary', () => {
    expect(check([term(), term({ id: 'to-hop-tac', vi: ['tổ hợp tác'], abbreviations: ['THT'], en: 'cooperative group' })])).toEqual([]);
  });

  it('reports missing and mistyped fields, naming the term', () => {
    const problems = check([
      term({ en: '' }),
      term({ id: 'b', definition: undefined }),
      term({ id: 'c', vi: [] }),
      term({ id: 'd', category: undefined }),
      term({ id: 'e', abbreviations: 'HTX' as unknown as string[] }),
      term({ id: 'f', notes: 3 as unknown as string }),
      { vi: ['hợp tác xã'] } as unknown as GlossaryTerm,
      'hợp tác xã' as unknown as GlossaryTerm,
    ]);
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^term "hop-tac-xa": "en".*required/),
        expect.stringMatching(/^term "b": "definition" is required/),
        expect.stringMatching(/^term "c": "vi" must be a non-empty list/),
        expect.stringMatching(/^term "d": "category" is required/),
        expect.stringMatching(/^term "e": "abbreviations" must be a list/),
        expect.stringMatching(/^term "f": "notes" must be text/),
        expect.stringMatching(/^term #7 \(no id\): "id" is required/),
        expect.stringMatching(/^term #8 \(no id\): is not a mapping/),
      ]),
    );
  });

  it('reports a category outside the set, an unknown field and a long definition', () => {
    const problems = check([
      term({ category: 'cooperative' as GlossaryTerm['category'] }),
      term({ id: 'b', vi: ['tổ hợp tác'], abbreviations: [], abbreviation: ['THT'] }),
      term({ id: 'c', vi: ['Liên minh Hợp tác xã tỉnh'], abbreviations: [], definition: 'One. Two. Three.' }),
      term({ id: 'd', vi: ['Tỉnh ủy'], abbreviations: [], definition: 'No full stop' }),
    ]);
    expect(problems).toEqual([
      expect.stringMatching(/^term "hop-tac-xa": category "cooperative" is not one of organisation, body/),
      'term "b": unknown field "abbreviation"',
      'term "c": the definition has 3 sentences; give one or two',
      'term "d": the definition must end with a full stop',
    ]);
    // Abbreviations and numbers do not end sentences.
    expect(check([term({ definition: 'Resolution No. 20-NQ/TW of 16 June 2022, e.g. on cooperatives. It is the main text.' })])).toEqual([]);
  });

  it('accepts listed alternative renderings and reports malformed or repeated ones', () => {
    expect(check([term({ alternatives: ['co-op', 'cooperative society'] })])).toEqual([]);
    expect(check([term({ alternatives: [] })])).toEqual(['term "hop-tac-xa": "alternatives" must be a non-empty list of English renderings']);
    expect(check([term({ alternatives: 'co-op' as unknown as string[] })])).toEqual(['term "hop-tac-xa": "alternatives" must be a non-empty list of English renderings']);
    expect(check([term({ alternatives: ['Cooperative', ' co-op', 'co-op', 'CO-OP'] })])).toEqual([
      'term "hop-tac-xa": alternative "Cooperative" repeats "en" or another alternative',
      'term "hop-tac-xa": alternative " co-op" is empty or has stray spacing',
      'term "hop-tac-xa": alternative "CO-OP" repeats "en" or another alternative',
    ]);
  });

  it('checks the id form and that ids are unique', () => {
    const problems = check([
      term({ id: 'Hợp-tác-xã' }),
      term({ id: 'hop_tac_xa', vi: ['tổ hợp tác'], abbreviations: [] }),
      term({ id: 'tinh-uy', vi: ['Tỉnh ủy'], abbreviations: [] }),
      term({ id: 'tinh-uy', vi: ['Liên minh Hợp tác xã tỉnh'], abbreviations: [] }),
    ]);
    expect(problems).toEqual([
      'term "Hợp-tác-xã": id must be an ASCII slug (lower-case letters, digits, single hyphens)',
      'term "hop_tac_xa": id must be an ASCII slug (lower-case letters, digits, single hyphens)',
      'term "tinh-uy": id is used again (first by term #3)',
    ]);
  });

  it('reports two entries claiming one surface form or abbreviation, case-insensitively and across tone placements', () => {
    const problems = check([
      term(),
      term({ id: 'a', vi: ['Hợp tác xã'], abbreviations: [] }),
      term({ id: 'b', vi: ['tổ hợp tác'], abbreviations: ['htx'] }),
      term({ id: 'c', vi: ['HTX'], abbreviations: [] }),
      term({ id: 'd', vi: ['Tỉnh ủy'], abbreviations: [] }),
      term({ id: 'e', vi: ['Tỉnh uỷ'], abbreviations: [] }),
    ]);
    expect(problems).toEqual([
      'term "a": surface form "Hợp tác xã" is already claimed by term "hop-tac-xa" ("hợp tác xã")',
      'term "b": abbreviation "htx" is already claimed by term "hop-tac-xa" ("HTX")',
      'term "c": surface form "HTX" is already claimed by term "hop-tac-xa" ("HTX")',
      'term "e": surface form "Tỉnh uỷ" is already claimed by term "d" ("Tỉnh ủy")',
    ]);
  });

  it('lets one entry list a form in two capitalisations, but not twice', () => {
    expect(check([term({ vi: ['Liên minh Hợp tác xã tỉnh', 'Liên minh hợp tác xã tỉnh'], abbreviations: [] })])).toEqual([]);
    expect(check([term({ vi: ['hợp tác xã', 'hợp tác xã'] })])).toEqual(['term "hop-tac-xa": surface form "hợp tác xã" is listed twice']);
  });

  it('checks how forms are written', () => {
    const nfd = 'hợp tác xã'.normalize('NFD');
    const problems = check([
      term({ vi: [nfd] }),
      term({ id: 'b', vi: [' tổ hợp tác'], abbreviations: [] }),
      term({ id: 'c', vi: ['(Tỉnh ủy)'], abbreviations: [] }),
      term({ id: 'd', vi: ['Liên minh  Hợp tác xã tỉnh'], abbreviations: [''] }),
    ]);
    expect(problems).toEqual([
      `term "hop-tac-xa": surface form "${nfd}" is not in NFC`,
      'term "b": surface form " tổ hợp tác" has stray spacing',
      'term "b": surface form " tổ hợp tác" must begin and end with a letter or digit',
      'term "c": surface form "(Tỉnh ủy)" must begin and end with a letter or digit',
      'term "d": surface form "Liên minh  Hợp tác xã tỉnh" has stray spacing',
      'term "d": abbreviation "" is empty',
    ]);
  });

  it('requires at least 150 terms by default', () => {
    expect(validateGlossary([term()], TEXTS)).toEqual([`glossary: 1 terms; at least ${MIN_TERMS} are required`]);
    expect(MIN_TERMS).toBe(150);
  });

  it('requires every term to occur in the texts, as whole syllables, case-insensitively but with its diacritics', () => {
    const problems = check([
      term(),
      term({ id: 'lien-hiep', vi: ['liên hiệp hợp tác xã'], abbreviations: ['LHHTX'] }),
      term({ id: 'hop-tac', vi: ['hợp tác'], abbreviations: [] }),
      term({ id: 'tac-x', vi: ['tác x'], abbreviations: [] }),
      term({ id: 'hop-tac-xa-khong-dau', vi: ['hop tac xa'], abbreviations: [] }),
      term({ id: 'lien-minh', vi: ['LIÊN MINH HỢP TÁC XÃ TỈNH'], abbreviations: [] }),
      term({ id: 'tinh-uy', vi: ['Tỉnh ủy'], abbreviations: [] }),
    ]);
    expect(problems).toEqual([
      'term "lien-hiep": none of its forms (liên hiệp hợp tác xã, LHHTX) occurs in the texts',
      'term "tac-x": none of its forms (tác x) occurs in the texts',
      'term "hop-tac-xa-khong-dau": none of its forms (hop tac xa) occurs in the texts',
    ]);
  });

  it('falls back to the folded OCR text for a term found in no text with its diacritics', () => {
    const texts: DocumentText[] = [
      { slug: 'clean', text: 'Các hợp tác xã.' },
      { slug: 'ocr', text: 'Quy HS trg phat trien hop tac xa; lién hiép hop tac xa', ocr: true },
    ];
    const lienHiep = term({ id: 'lien-hiep', vi: ['liên hiệp hợp tác xã'], abbreviations: [] });
    const quy = term({ id: 'quy', vi: ['Quỹ hỗ trợ phát triển hợp tác xã'], abbreviations: [] });
    expect(check([term(), lienHiep], texts)).toEqual([]);
    // The fallback is for OCR texts only, and only finds words that survived the OCR.
    expect(check([term(), lienHiep], texts.map((t) => ({ slug: t.slug, text: t.text })))).toEqual([
      'term "lien-hiep": none of its forms (liên hiệp hợp tác xã) occurs in the texts',
    ]);
    expect(termsNotOccurring([term(), lienHiep, quy], texts).map((t) => t.id)).toEqual(['quy']);
  });

  it('reports every problem at once', () => {
    const problems = validateGlossary(
      [term({ category: 'x' as GlossaryTerm['category'] }), term({ id: 'hop-tac-xa', vi: ['không có'], abbreviations: [] })],
      TEXTS,
    );
    expect(problems).toHaveLength(3);
    expect(problems.join('\n')).toMatch(/category "x"/);
    expect(problems.join('\n')).toMatch(/id is used again/);
    expect(problems.join('\n')).toMatch(/at least 150/);
  });
});

describe('content/glossary/terms.yaml', () => {
  const file = join(ROOT, 'content', 'glossary', 'terms.yaml');
  const terms = loadGlossary(readFileSync(file, 'utf8'), file);
  const texts: DocumentText[] = [];

  beforeAll(async () => {
    const { documents } = await buildAllDocuments();
    expect(documents).toHaveLength(5);
    for (const document of documents) {
      const clauses = flattenClauses(document.clauses);
      const text = clauses.map((c) => [c.heading, c.text].filter(Boolean).join('\n')).join('\n\n');
      if (document.form !== 'ocr') {
        texts.push({ slug: document.slug, text });
        continue;
      }
      // The two OCR seeds (An Giang 000, Bắc Kạn 002): their text as published (restored by the
      // build when the restorer judges it damaged) is matched with diacritics like the clean
      // texts, and both it and the raw OCR are offered to the folded fallback of validateGlossary,
      // for terms that neither a clean text nor the restoration spells out.
      texts.push({ slug: document.slug, text, ocr: true });
      const source = clauses.map((c) => c.source).filter((s): s is string => s !== null).join('\n\n');
      if (source !== '') texts.push({ slug: `${document.slug} (OCR source)`, text: source, ocr: true });
    }
  });

  it('validates against the five texts', () => {
    expect(validateGlossary(terms, texts)).toEqual([]);
  });

  it('has at least 150 terms across the categories, with the core abbreviations', () => {
    expect(terms.length).toBeGreaterThanOrEqual(150);
    const categories = new Set(terms.map((t) => t.category));
    for (const c of ['organisation', 'body', 'office', 'role', 'document-type', 'document', 'programme', 'policy-instrument', 'economic-concept'] as const) {
      expect(categories.has(c), c).toBe(true);
      expect(CATEGORIES).toContain(c);
    }
    const abbreviations = new Map(terms.flatMap((t) => (t.abbreviations ?? []).map((a) => [a, t.vi[0]] as const)));
    expect(abbreviations.get('HTX')).toBe('hợp tác xã');
    expect(abbreviations.get('THT')).toBe('tổ hợp tác');
    expect(abbreviations.get('LHHTX')).toBe('liên hiệp hợp tác xã');
    expect(abbreviations.get('MTTQ')).toBe('Mặt trận Tổ quốc Việt Nam');
    expect(abbreviations.get('HĐND')).toBe('Hội đồng nhân dân');
    expect(abbreviations.get('UBND')).toBe('Ủy ban nhân dân');
  });

  it('marks the texts of the edition', () => {
    const index = buildTermIndex(terms);
    const marked = new Set<string>();
    for (const { slug, text } of texts) {
      if (slug.endsWith('(OCR source)')) continue; // marking works on the published (restored) text
      const segments = markTerms(text, index);
      expect(segments.map((s) => (typeof s === 'string' ? s : s.text)).join('')).toBe(text);
      for (const s of segments) if (typeof s !== 'string') marked.add(s.termId);
    }
    // Most terms are marked somewhere; the others occur only inside a longer term.
    expect(marked.size).toBeGreaterThan(terms.length * 0.9);
    expect(marked).toContain('hop-tac-xa');
    expect(marked).toContain('lien-minh-hop-tac-xa-tinh');
  });

  it('sorts in Vietnamese and in English order', () => {
    const vi = [...terms].sort((a, b) => compareVietnamese(a.vi[0]!, b.vi[0]!)).map((t) => t.vi[0]);
    const at = (headword: string): number => vi.indexOf(headword);
    expect(at('dồn điền đổi thửa')).toBeLessThan(at('đảng viên'));
    expect(at('đoàn viên')).toBeLessThan(at('giám đốc hợp tác xã'));
    expect(at('Ủy ban nhân dân')).toBeLessThan(at('ưu đãi về thuế'));
    expect(at('hợp tác xã')).toBeLessThan(at('hợp tác xã dịch vụ'));
    const en = [...terms].sort((a, b) => compareEnglish(a.en, b.en)).map((t) => t.en);
    expect(en.indexOf('accountability')).toBeLessThan(en.indexOf('cooperative'));
  });
});
