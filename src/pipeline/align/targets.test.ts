import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { publishedDocument, SEED_FILES } from '../../../tests/support/seeds.ts';
import { buildDocument } from '../index.ts';
import type { EditionDocument } from '../model.ts';
import { formatTarget } from './indicators.ts';
import { extractTargets, type Target } from './targets.ts';

/** A hand-checked target: the extracted fields, with the quote the checker read instead of the sentence. */
type GoldTarget = Omit<Target, 'sentence'> & { quote: string };

const gold = (JSON.parse(readFileSync(new URL('./fixtures/targets-gold.json', import.meta.url), 'utf8')) as { targets: GoldTarget[] }).targets;
const keyOf = (t: Omit<Target, 'sentence'>) =>
  [t.slug, t.id, t.indicator, t.year, t.value, t.valueMax ?? '', t.unit, t.comparator].join('|');

describe('target extraction against hand-checked values', () => {
  let documents: EditionDocument[] = [];
  let extracted: Target[] = [];
  beforeAll(async () => {
    documents = await Promise.all(SEED_FILES.map((s) => publishedDocument(s)));
    extracted = documents.flatMap(extractTargets);
  });

  it('extracts only targets the hand check confirms (value, unit, year, comparator and all)', () => {
    const confirmed = new Set(gold.map(keyOf));
    expect(extracted.filter((t) => !confirmed.has(keyOf(t))).map(keyOf)).toEqual([]);
  });

  it('finds the hand-checked targets of the objectives sections', () => {
    const found = new Set(extracted.map(keyOf));
    const missed = gold.filter((t) => !found.has(keyOf(t)));
    // Lai Châu states its one figure as a task of the Cooperative Alliance, not an objective.
    expect(missed.map((t) => `${t.slug}#${t.id} ${t.indicator}`)).toEqual(['lai-chau-ctrhd-ubnd-2020#ii-5-b3 model-cooperatives-per-district']);
  });

  it('keeps the sentence each value came from', () => {
    const target = extracted.find((t) => t.slug === 'binh-thuan-1698-kh-ubnd-2021' && t.indicator === 'cooperative-groups')!;
    expect(target.sentence).toBe('Cả tỉnh có khoảng 5.412 tổ hợp tác với 210 nghìn thành viên, 248 hợp tác xã với 50 nghìn thành viên, 02 liên hiệp hợp tác xã với 40 hợp tác xã thành viên.');
  });

  it('keeps the bound the text states: "trên" is more than, "không dưới" at least, "dưới" less than, "chọn" none', () => {
    const text = [
      'ỦY BAN NHÂN DÂN TỈNH THỬ',
      '',
      'Số 01/KH-UBND Tỉnh Thử, ngày 10 tháng 3 năm 2023',
      '',
      'KẾ HOẠCH',
      'Phát triển kinh tế tập thể',
      '',
      'I. MỤC TIÊU',
      '',
      'Đến năm 2030, toàn tỉnh có trên 500 hợp tác xã với hơn 90.000 thành viên, không dưới 40 liên hiệp hợp tác xã; dưới 10% hợp tác xã đạt loại tốt, khá; lựa chọn 30% hợp tác xã đạt loại tốt, khá làm mô hình.',
      '',
    ].join('\n');
    const targets = extractTargets(buildDocument(Buffer.from(text), 'tinh-thu.txt', 'tinh-thu'));
    expect(targets.map((t) => `${t.indicator} ${formatTarget(t, 'vi')} · ${formatTarget(t, 'en')}`)).toEqual([
      'cooperatives trên 500 · more than 500',
      'cooperative-members trên 90.000 · more than 90,000',
      'cooperative-unions ít nhất 40 · at least 40',
      'cooperatives-good-or-fair dưới 10% · less than 10%',
      // "chọn" (choose) ends in "hơn" (more than) when folded: whole words only.
      'cooperatives-good-or-fair 30% · 30%',
    ]);
  });
});
