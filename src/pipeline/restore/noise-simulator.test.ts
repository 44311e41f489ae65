import { describe, expect, it } from 'vitest';
import { simulateOcr } from './noise-simulator.ts';
import { OcrChannel } from './ocr-channel.ts';
import { readModelFile } from './model-file.ts';
import { fold } from './syllable.ts';

const channel = new OcrChannel(readModelFile().channel);
const text = 'Thực hiện Nghị quyết số 20-NQ/TW ngày 16/6/2022 của Ban Chấp hành Trung ương Đảng,\nvề hợp tác xã (HTX) và kinh tế tập thể.';

describe('OCR noise simulator', () => {
  it('is deterministic and keeps whitespace, numbers, codes and abbreviations', () => {
    const a = simulateOcr(text, channel, 7);
    expect(simulateOcr(text, channel, 7)).toBe(a);
    expect(a.split(/\s+/).length).toBe(text.split(/\s+/).length);
    expect(a).toContain('20-NQ/TW');
    expect(a).toContain('16/6/2022');
    expect(a).toContain('(HTX)');
    expect(a.split('\n').length).toBe(2);
  });
  it('damages words mostly by removing marks, sometimes with OCR debris', () => {
    let long = '';
    for (let i = 0; i < 40; i++) long += `${text}\n`;
    const noisy = simulateOcr(long, channel, 3);
    const words = noisy.split(/\s+/);
    const folded = fold(long).split(/\s+/);
    const same = words.filter((w, i) => w === folded[i]).length / words.length;
    expect(same).toBeGreaterThan(0.6);
    expect(same).toBeLessThan(0.98);
    expect(noisy).not.toBe(fold(long));
  });
});
