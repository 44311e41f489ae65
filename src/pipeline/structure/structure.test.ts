import { beforeAll, describe, expect, it } from 'vitest';
import { publishedDocument, SEED_FILES, seedBytes } from '../../../tests/support/seeds.ts';
import { flattenClauses } from '../emit/json.ts';
import { ingest } from '../ingest/index.ts';
import type { Clause, EditionDocument } from '../model.ts';
import { labelToIdSegment } from '../text/markers.ts';
import { syllables } from '../text/syllables.ts';

/** The numbered outline: path and heading (or the opening of the text) of every numbered clause. */
function outlineOf(document: EditionDocument): string {
  return flattenClauses<Clause>(document.clauses)
    .filter((c) => c.label !== null || c.kind === 'subheading')
    .map((c) => {
      const words = (c.heading ?? c.text ?? '').split(' ');
      const title = c.heading ?? `${words.slice(0, 8).join(' ')}${words.length > 8 ? ' …' : ''}`;
      return `${c.id.padEnd(14)} ${c.path.join(' › ').padEnd(16)} ${c.kind === 'subheading' ? '[sub-heading] ' : ''}${title}`;
    })
    .join('\n');
}

describe('structure: the five seeds', () => {
  it.each(SEED_FILES)('pins the numbered outline of %s', async (seed) => {
    await expect(`${outlineOf(await publishedDocument(seed))}\n`).toMatchFileSnapshot(`./fixtures/outlines/${seed.replace('.txt', '.outline.txt')}`);
  });

  it.each(SEED_FILES)('gives every clause of %s a unique id derived from its numbering path', async (seed) => {
    const clauses = flattenClauses<Clause>((await publishedDocument(seed)).clauses);
    const ids = clauses.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const clause of clauses) {
      expect(clause.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      if (clause.label !== null) {
        // A numbered clause's id is exactly its path, label by label.
        expect(clause.id).toBe(clause.path.map(labelToIdSegment).join('-'));
      } else if (!['header', 'title', 'recipients', 'signature'].includes(clause.kind)) {
        // An unnumbered clause's id is its numbered ancestors' path, then positions among its kind.
        expect(clause.id).toMatch(/(^|-)[pbh]\d+$/);
        if (clause.path.length > 0) expect(clause.id.startsWith(`${clause.path.map(labelToIdSegment).join('-')}-`)).toBe(true);
      }
    }
  });

  it.each(SEED_FILES)('loses nothing of %s: every syllable reaches the published model, in order', async (seed) => {
    const ingested = ingest(seedBytes(seed), seed);
    const document = await publishedDocument(seed);
    // What went in: the source's syllables, less the page numbers and marks ingest recorded taking out.
    const lines = ingested.text.split('\n').map((line) => syllables(line));
    for (const mark of document.removed) {
      for (const s of syllables(mark.value)) {
        const at = lines[mark.line - 1]!.indexOf(s);
        expect(at, `${seed}:${mark.line} records "${mark.value}"`).toBeGreaterThanOrEqual(0);
        lines[mark.line - 1]!.splice(at, 1);
      }
    }
    const input = lines.flat();
    const clauses = flattenClauses<Clause>(document.clauses);
    const own = (c: Clause) => syllables([c.marker, c.heading, c.text].filter(Boolean).join(' '));
    // What came out, as the source wrote it: a restored clause keeps its OCR source beside it.
    const asWritten = clauses.flatMap((c) => (c.source !== null ? syllables(c.source) : own(c)));
    expect(asWritten).toEqual(input);
    // And as published: restoration reads each word anew but neither drops nor adds one, clause by clause,
    // except where a reviewed correction records taking a stray mark out ("thé ," → "thể,", "‘hop" → "hợp").
    // (A list marker or the emblem's star is not a word; an OCR symbol such as "&" for "ở" is one.)
    const words = (text: string) => text.split(/\s+/).filter((w) => w !== '' && !/^[-–+*•]$/u.test(w)).length;
    for (const c of clauses.filter((c) => c.source !== null)) {
      const recordedRemovals = (c.restoration ?? []).filter((w) => w.correction !== null).reduce((n, w) => n + words(w.source) - words(w.output), 0);
      expect(words([c.marker, c.heading, c.text].filter(Boolean).join(' ')), c.id).toBe(words(c.source!) - recordedRemovals);
    }
  });
});

describe('structure: metadata read from the text', () => {
  let documents: Record<string, EditionDocument> = {};
  beforeAll(async () => {
    documents = Object.fromEntries(await Promise.all(SEED_FILES.map(async (seed) => [seed, await publishedDocument(seed)])));
  });
  const metadata = (seed: string) => documents[seed]!.metadata;

  it('reads the An Giang programme from its restored OCR text; its signature names no signer', () => {
    expect(metadata('000_dc2e615219b91c38.txt')).toMatchObject({
      issuingBody: 'TỈNH ỦY AN GIANG',
      province: 'An Giang',
      documentType: 'Chương trình hành động',
      number: '17',
      symbol: 'CTr/TU',
      numberSymbol: '17-CTr/TU',
      date: { year: 2026, month: 3, day: 13, iso: '2026-03-13' },
      implements: ['20-NQ/TW'],
      signer: null,
      signerTitle: 'BÍ THƯ',
      signingCapacity: 'T/M TỈNH ỦY',
    });
    expect(metadata('000_dc2e615219b91c38.txt').recipients[0]).toBe('Ban Bí thư TW Đảng (b/c),');
  });

  it('reads the Bắc Kạn resolution from its restored OCR text', () => {
    expect(metadata('002_1abb0fc6ff61a8be.txt')).toMatchObject({
      issuingBody: 'TỈNH ỦY BẮC KẠN',
      province: 'Bắc Kạn',
      documentType: 'Nghị quyết',
      number: '09',
      symbol: 'NQ/TU',
      numberSymbol: '09-NQ/TU',
      date: { year: 2021, month: 4, day: 22, iso: '2021-04-22' },
      subject: 'HỘI NGHỊ BAN CHẤP HÀNH ĐẢNG BỘ TỈNH LẦN THỨ BA (KHÓA XII) về phát triển kinh tế tập thể, hợp tác xã, giai đoạn 2021-2025',
      implements: [],
      signer: 'Hoàng Duy Chinh',
      signerTitle: 'BÍ THƯ',
      signingCapacity: 'T/M TỈNH ỦY',
    });
  });

  it('reads the Bình Thuận plan (hard-wrapped)', () => {
    expect(metadata('003_218f22c76233087f.txt')).toMatchObject({
      issuingBody: 'ỦY BAN NHÂN DÂN TỈNH BÌNH THUẬN',
      province: 'Bình Thuận',
      documentType: 'Kế hoạch',
      number: '1698',
      symbol: 'KH-UBND',
      numberSymbol: '1698/KH-UBND',
      date: { year: 2021, month: 5, day: 17, iso: '2021-05-17' },
      implements: ['340/QĐ-TTg'],
      signer: 'Nguyễn Văn Phong',
      signerTitle: 'PHÓ CHỦ TỊCH',
      signingCapacity: 'KT. CHỦ TỊCH',
    });
    expect(metadata('003_218f22c76233087f.txt').subject).toBe(
      'Thực hiện Quyết định số 340/QĐ-TTg ngày 12 tháng 3 năm 2021 của Thủ tướng Chính phủ phê duyệt Chiến lược phát triển kinh tế',
    );
    expect(metadata('003_218f22c76233087f.txt').recipients).toEqual([
      'Bộ Kế hoạch và Đầu tư (để báo cáo);',
      'Chủ tịch, PCT UBND tỉnh (Đ/c Phong);',
      'Các đơn vị tại mục V Kế hoạch;',
      'Lưu: VT, KT, Vân.',
    ]);
  });

  it('reads the Lai Châu programme: blank number and day stay null, never guessed', () => {
    expect(metadata('004_06bab214c2a2d528.txt')).toMatchObject({
      issuingBody: 'ỦY BAN NHÂN DÂN TỈNH LAI CHÂU',
      province: 'Lai Châu',
      documentType: 'Chương trình hành động',
      number: null,
      symbol: 'CTrHD-UBND',
      numberSymbol: null,
      date: { year: 2020, month: 10, day: null, iso: '2020-10' },
      implements: ['134/NQ-CP', '70-KL/TW'],
      signer: 'Trần Tiến Dũng',
      signerTitle: 'CHỦ TỊCH',
      signingCapacity: 'TM. ỦY BAN NHÂN DÂN',
    });
    expect(metadata('004_06bab214c2a2d528.txt').recipients).toHaveLength(11);
  });

  it('reads the programme that names no province, no number and no date as null', () => {
    expect(metadata('001_af1c1f30eff17f08.txt')).toMatchObject({
      issuingBody: 'BAN THƯỜNG VỤ TỈNH ỦY',
      province: null,
      documentType: 'Chương trình hành động',
      number: null,
      symbol: null,
      numberSymbol: null,
      date: null,
      implements: ['20-NQ/TW'],
      signer: 'Trần Hải Châu',
      signerTitle: 'PHÓ BÍ THƯ THƯỜNG TRỰC',
      signingCapacity: 'T/M BAN THƯỜNG VỤ',
    });
  });
});
