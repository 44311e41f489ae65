import { describe, expect, it } from 'vitest';
import { OcrChannel } from './ocr-channel.ts';
import { readModelFile } from './model-file.ts';
import { SyllableInventory } from './syllable-inventory.ts';

const model = readModelFile();
const channel = new OcrChannel(model.channel);
const inv = new SyllableInventory(model.vocab, 4);

describe('OCR channel (learned from the gold train part)', () => {
  it('makes mark loss cheap and unrelated substitutions expensive', () => {
    expect(channel.alignCost('hợp', 'hop')).toBeLessThan(3);
    expect(channel.alignCost('hợp', 'hop')).toBeLessThan(channel.alignCost('hợp', 'hip'));
    expect(channel.alignCost('tác', 'tac')).toBeLessThan(channel.alignCost('tác', 'tuc'));
  });
  it('has learned the confusions of these scans: digits for marked vowels, P for Đ, ti for ủ', () => {
    expect(channel.alignCost('có', 'c6')).toBeLessThan(channel.alignCost('ca', 'c6'));
    expect(channel.alignCost('xã', 'x4')).toBeLessThan(channel.alignCost('xe', 'x4'));
    expect(channel.alignCost('đảng', 'Þang')).toBeLessThan(channel.alignCost('bảng', 'Þang'));
    expect(channel.alignCost('của', 'ctia')).toBeLessThan(channel.alignCost('cha', 'ctia'));
    expect(channel.emitProb('ố', '6')).toBeGreaterThan(10 * channel.emitProb('a', '6'));
  });
  it('treats surviving marks as evidence', () => {
    expect(channel.alignCost('quyết', 'quyét')).toBeLessThan(channel.alignCost('quyết', 'quyet'));
    expect(channel.alignCost('mới', 'méi')).toBeLessThan(channel.alignCost('mai', 'méi'));
  });
  it('finds candidates within the channel distance over the inventory trie', () => {
    const ids = (form: string) => channel.candidates(form, inv, 12).map((c) => inv.vocab[c.id]);
    expect(ids('dugc')).toContain('được');
    expect(ids('nhimg')).toContain('những');
    expect(ids('thir')).toContain('thứ');
    expect(ids('1a')).toContain('là');
    expect(ids('hop')).toEqual(expect.arrayContaining(['hợp', 'họp', 'hộp']));
  });
  it('learns by Viterbi EM from aligned pairs', () => {
    const pairs = Array.from({ length: 30 }, () => ({ gold: 'số', ocr: 's6' }));
    const ch = OcrChannel.learn([...pairs, { gold: 'có', ocr: 'co' }]);
    expect(ch.counts.emit['ố']?.['6']).toBe(30);
    expect(ch.emitProb('ố', '6')).toBeGreaterThan(0.5);
    expect(ch.counts.noisyShare).toBeCloseTo(30 / 31);
  });
});
