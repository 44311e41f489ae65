import { describe, expect, it } from 'vitest';
import { canonical, comparisonKey, fold, isPhonotactic, parseSyllable, placementStyle, splitTone } from './syllable.ts';
import { rhymesOf } from './syllable-inventory.ts';

describe('syllable structure', () => {
  it('splits tone from the toneless syllable', () => {
    expect(splitTone('được')).toEqual({ base: 'đươc', tone: 5 });
    expect(splitTone('nghĩa')).toEqual({ base: 'nghia', tone: 4 });
    expect(splitTone('là')).toEqual({ base: 'la', tone: 2 });
  });
  it('folds every diacritic and đ', () => {
    expect(fold('Đảng Cộng sản Việt Nam')).toBe('Dang Cong san Viet Nam');
  });
  it('parses onsets including gi and qu', () => {
    expect(parseSyllable('giữa')).toMatchObject({ onset: 'gi', nucleus: 'ưa', coda: '' });
    expect(parseSyllable('gìn')).toMatchObject({ onset: 'g', nucleus: 'i', coda: 'n' });
    expect(parseSyllable('quyết')).toMatchObject({ onset: 'qu', nucleus: 'yê', coda: 't', tone: 1 });
    expect(parseSyllable('xyz')).toMatchObject({ nucleus: 'y' });
    expect(parseSyllable('HTX'.toLowerCase())).toBeNull();
  });
  it('canonicalises tone placement to the old style and compares placement-insensitively', () => {
    expect(canonical('hoá')).toBe('hóa');
    expect(canonical('thuỷ')).toBe('thủy');
    expect(canonical('hoàn')).toBe('hoàn');
    expect(placementStyle('hoá')).toBe('new');
    expect(placementStyle('hóa')).toBe('old');
    expect(comparisonKey('Hoá')).toBe(comparisonKey('hóa'));
    expect(comparisonKey('hóa')).not.toBe(comparisonKey('hòa'));
  });
  it('checks phonotactics against attested rhymes and the stop-coda tone rule', () => {
    const rhymes = rhymesOf(['các', 'việt', 'người', 'quyết', 'tác', 'ngành', 'kinh']);
    expect(isPhonotactic('tác', rhymes)).toBe(true);
    expect(isPhonotactic('tàc', rhymes)).toBe(false); // stop coda needs sắc/nặng
    expect(isPhonotactic('nghiệt', rhymes)).toBe(true);
    expect(isPhonotactic('ngiệt', rhymes)).toBe(false); // ng not before front vowels
    expect(isPhonotactic('nghác', rhymes)).toBe(false); // ngh only before front vowels
    expect(isPhonotactic('tcx', rhymes)).toBe(false);
  });
});
