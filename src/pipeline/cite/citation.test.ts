import { describe, expect, it } from 'vitest';
import { publishedDocument } from '../../../tests/support/seeds.ts';
import { clauseCitation, clausePlace, documentCitation } from './citation.ts';
import { documentLabels } from '../../i18n/document-labels.ts';
import { readLabelTables } from '../../lib/documents.ts';

const cite = async (seed: string) => {
  const document = await publishedDocument(seed);
  return documentCitation(document.metadata, documentLabels(document, readLabelTables()));
};

describe('citations', () => {
  it('cite a document in Vietnamese legal style and in English', async () => {
    expect((await cite('003_218f22c76233087f.txt'))).toEqual({
      vi: 'Kế hoạch số 1698/KH-UBND ngày 17/5/2021 của Ủy ban nhân dân tỉnh Bình Thuận',
      en: "Plan No. 1698/KH-UBND of 17 May 2021 issued by the People's Committee of Bình Thuận Province",
    });
    expect((await cite('004_06bab214c2a2d528.txt'))).toEqual({
      vi: 'Chương trình hành động số …/CTrHD-UBND tháng 10/2020 của Ủy ban nhân dân tỉnh Lai Châu',
      en: "Action Programme No. …/CTrHD-UBND of October 2020 issued by the People's Committee of Lai Châu Province",
    });
    expect((await cite('000_dc2e615219b91c38.txt')).en).toBe(
      'Action Programme No. 17-CTr/TU of 13 March 2026 issued by the An Giang Provincial Party Committee',
    );
    expect((await cite('001_af1c1f30eff17f08.txt'))).toEqual({
      vi: 'Chương trình hành động của Ban thường vụ tỉnh ủy',
      en: 'Action Programme issued by the Standing Board of the Provincial Party Committee',
    });
  });

  it('name a clause by its numbering, innermost first in Vietnamese', () => {
    expect(clausePlace(['III', '2', 'b'])).toEqual({ vi: 'Điểm b khoản 2 mục III', en: 'Section III, item 2, point b' });
    expect(clausePlace(['III', '2', '2.1'])).toEqual({ vi: 'Tiểu mục 2.1 khoản 2 mục III', en: 'Section III, item 2, sub-item 2.1' });
    const citation = clauseCitation(['III', '2', 'b'], { vi: 'Kế hoạch số 1698/KH-UBND', en: 'Plan No. 1698/KH-UBND' }, 'https://x/documents/d/#iii-2-b');
    expect(citation).toEqual({
      vi: 'Điểm b khoản 2 mục III kế hoạch số 1698/KH-UBND. https://x/documents/d/#iii-2-b',
      en: 'Plan No. 1698/KH-UBND, Section III, item 2, point b. https://x/documents/d/#iii-2-b',
    });
  });

  it('cites the named units of decisions and regulations as a reader does', () => {
    expect(clausePlace(['Điều 3', 'khoản 2', 'điểm a'])).toEqual({ vi: 'Điểm a khoản 2 Điều 3', en: 'Article 3, clause 2, point a' });
    expect(clausePlace(['Chương II', 'Điều 5'])).toEqual({ vi: 'Điều 5 Chương II', en: 'Chapter II, Article 5' });
    expect(clausePlace(['Phụ lục', 'I'])).toEqual({ vi: 'Mục I Phụ lục', en: 'Appendix, Section I' });
  });
});
