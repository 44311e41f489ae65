import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SourceError } from '../model.ts';
import { decodeSource, detectForm, ingest } from './index.ts';

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url));
const utf8 = (text: string) => new TextEncoder().encode(text);

describe('decodeSource', () => {
  const text = 'Hợp tác xã\nĐảng';
  it('reads UTF-8 with and without a BOM', () => {
    expect(decodeSource(utf8(text), 'a.txt')).toEqual({ text, encoding: 'utf-8' });
    expect(decodeSource(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(text)]), 'a.txt')).toEqual({ text, encoding: 'utf-8-bom' });
  });

  it('converts BOM-marked UTF-16 (little and big endian)', () => {
    const le = new Uint8Array(2 + text.length * 2);
    le.set([0xff, 0xfe]);
    const be = new Uint8Array(2 + text.length * 2);
    be.set([0xfe, 0xff]);
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      le[2 + i * 2] = code & 0xff;
      le[3 + i * 2] = code >> 8;
      be[2 + i * 2] = code >> 8;
      be[3 + i * 2] = code & 0xff;
    }
    expect(decodeSource(le, 'le.txt').text).toBe(text);
    expect(decodeSource(be, 'be.txt').text).toBe(text);
  });

  it('refuses bytes that are not UTF-8, naming the file, line and byte', () => {
    const bytes = new Uint8Array([...utf8('dòng một\ndòng hai '), 0xe0, 0x41, 0x0a]);
    expect(() => decodeSource(bytes, 'legacy.txt')).toThrowError(SourceError);
    expect(() => decodeSource(bytes, 'legacy.txt')).toThrowError(/^legacy\.txt:2: not valid UTF-8 \(byte 0xe0 at offset \d+\) and not Vietnamese in Windows-1258, TCVN3 or VNI either/);
  });

  it('refuses empty and binary files with the file named', () => {
    expect(() => decodeSource(new Uint8Array(), 'empty.txt')).toThrowError(/^empty\.txt: the file is empty/);
    expect(() => decodeSource(new Uint8Array([0x50, 0x4b, 0x00, 0x01]), 'x.zip')).toThrowError(/^x\.zip:1: NUL byte/);
  });
});

describe('legacy Vietnamese encodings', () => {
  const unicode = readFileSync(new URL('./legacy/fixtures/source.txt', import.meta.url), 'utf8');
  it.each(['windows-1258', 'tcvn3', 'vni'])('converts %s to the same NFC text as the Unicode original', (encoding) => {
    const bytes = readFileSync(new URL(`./legacy/fixtures/source.${encoding}.txt`, import.meta.url));
    const result = ingest(bytes, `source.${encoding}.txt`);
    expect(result.encoding).toBe(encoding);
    expect(result.text).toBe(ingest(utf8(unicode), 'source.txt').text);
  });
});

describe('ingest', () => {
  it('normalises NFD to NFC and CRLF/CR to LF, dropping zero-width characters (recorded)', () => {
    const nfd = 'Nghị quyết'.normalize('NFD');
    const result = ingest(utf8(`KẾ HOẠCH\r\n\r\n${nfd}\u200b số 20\rdòng`), 'nfd.txt');
    expect(result.text).toBe('KẾ HOẠCH\n\nNghị quyết số 20\ndòng');
    expect(result.text).toBe(result.text.normalize('NFC'));
    expect(result.removed).toContainEqual({ kind: 'invisible', value: '\u200b', line: 3 });
  });

  it('rebuilds hard-wrapped paragraphs without merging headings, numbered items or bullets', () => {
    const result = ingest(fixture('wrapped.txt'), 'wrapped.txt');
    expect(result.blocks.map((b) => b.text)).toEqual([
      'KẾ HOẠCH',
      'I. MỤC TIÊU',
      '1. Mục tiêu chung',
      // Joined across the line wrap and across the page break (the page number is taken out).
      'Phát triển kinh tế tập thể, hợp tác xã trở thành động lực phát triển kinh tế của tỉnh; nâng cao thu nhập cho thành viên của hợp tác xã.',
      '- Hỗ trợ thành lập mới hợp tác xã.',
      '+ Về nhà ở: hỗ trợ.',
      // "- xã hội" is the second half of "kinh tế - xã hội", not a bullet.
      'a) Tăng cường liên kết giữa doanh nghiệp và hợp tác xã, kinh tế - xã hội của tỉnh.',
    ]);
    expect(result.removed).toEqual([{ kind: 'page-number', value: '7', line: 11 }]);
    expect(result.blocks[3]).toMatchObject({ line: 6, endLine: 13 });
  });

  it('strips Markdown markup from Markdown-like text and records it', () => {
    const result = ingest(utf8('## **I. MỤC ĐÍCH**\n\n### ***Đến năm 2030***\n\n-----\n\n- Toàn tỉnh có khoảng 540 hợp tác xã.\n'), 'md.txt');
    expect(result.form).toBe('markdown');
    expect(result.blocks.map((b) => b.text)).toEqual(['I. MỤC ĐÍCH', 'Đến năm 2030', '- Toàn tỉnh có khoảng 540 hợp tác xã.']);
    expect(result.blocks[0]!.decoration).toEqual({ headingLevel: 2, bold: true, italic: false });
    expect(result.blocks[1]!.decoration).toEqual({ headingLevel: 3, bold: true, italic: true });
    expect(result.removed.map((m) => m.value)).toEqual(['##', '**', '**', '###', '***', '***', '-----']);
  });

  it('takes lone OCR marks out of running text and records each with its line', () => {
    const result = ingest(utf8('Nghi quyet nay duoc pho bien. %\n\n~\n\nNoi nhan: ] T/M TINH UY\n'), 'ocr.txt');
    expect(result.form).toBe('ocr');
    expect(result.blocks.map((b) => b.text)).toEqual(['Nghi quyet nay duoc pho bien.', 'Noi nhan: T/M TINH UY']);
    expect(result.removed).toEqual([
      { kind: 'stray-mark', value: '%', line: 1 },
      { kind: 'stray-mark', value: '~', line: 3 },
      { kind: 'stray-mark', value: ']', line: 5 },
    ]);
  });

  it('refuses a file with no text, naming it', () => {
    expect(() => ingest(utf8(' \n\n \n'), 'blank.txt')).toThrowError(/^blank\.txt: the file holds no text/);
  });
});

describe('detectForm', () => {
  it('recognises the three forms of the five seeds', () => {
    const forms = ['000_dc2e615219b91c38.txt', '001_af1c1f30eff17f08.txt', '002_1abb0fc6ff61a8be.txt', '003_218f22c76233087f.txt', '004_06bab214c2a2d528.txt'].map(
      (seed) => detectForm(readFileSync(new URL(`../../../seeds/${seed}`, import.meta.url), 'utf8').split('\n')),
    );
    expect(forms).toEqual(['ocr', 'markdown', 'ocr', 'hard-wrapped', 'markdown']);
  });
});
