import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { Restorer, loadRestorer, needsRestoration } from './index.ts';
import { readModelFile } from './model-file.ts';
import { loadGold, readSeed, scoreLines } from './gold.ts';

const restorer = loadRestorer();
const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const OCR = ['000_dc2e615219b91c38.txt', '002_1abb0fc6ff61a8be.txt'];
const CLEAN = ['001_af1c1f30eff17f08.txt', '003_218f22c76233087f.txt', '004_06bab214c2a2d528.txt'];

/** Replace every word token by a placeholder: what must be identical between input and output. */
function skeleton(text: string, spans: { start: number; end: number }[]): string {
  let out = '';
  let cursor = 0;
  for (const s of spans) {
    out += text.slice(cursor, s.start) + '\u0000';
    cursor = s.end;
  }
  return out + text.slice(cursor);
}

describe('restore()', () => {
  it('restores OCR Vietnamese, keeping case', () => {
    const r = restorer.restore('CHUONG TRINH HANH PONG\nthuc hién Nghi quyét s6 20-NQ/TW cia Ban Chap hanh Pang bd tinh');
    expect(r.text).toBe('CHƯƠNG TRÌNH HÀNH ĐỘNG\nthực hiện Nghị quyết số 20-NQ/TW của Ban Chấp hành Đảng bộ tỉnh');
    expect(restorer.restore('hop tac x4, t6 hop tac').text).toBe('hợp tác xã, tổ hợp tác');
  });

  it('changes only words: line breaks, numbers, codes, abbreviations, markers and punctuation pass through', () => {
    for (const f of OCR) {
      const input = readSeed(f);
      const res = restorer.restore(input);
      // Rebuild the output's skeleton from the token outputs and compare with the input's.
      let shift = 0;
      const outSpans = res.tokens.map((t) => {
        const s = { start: t.start + shift, end: t.start + shift + t.output.length };
        shift += t.output.length - (t.end - t.start);
        return s;
      });
      expect(skeleton(res.text, outSpans)).toBe(skeleton(input, res.tokens));
      expect(res.text.split('\n').length).toBe(input.split('\n').length);
      for (const t of res.tokens) expect(input.slice(t.start, t.end)).toBe(t.source);
    }
    const codes = 'Luat Hop tac x& s6 23/2012/QH13, HTX, OCOP, GRDP, THT, LHHTX, UBND; 09-NQ/TU 61.589 25-30%.';
    const out = restorer.restore(codes).text;
    for (const c of ['23/2012/QH13', 'HTX', 'OCOP', 'GRDP', 'THT', 'LHHTX', 'UBND', '09-NQ/TU', '61.589', '25-30%.']) {
      expect(out).toContain(c);
    }
    const markers = '[. MUC TIEU\nI1I- NHIEM VU\nI11. TO CHUC\nII- MUC TIEU\nIV. TO CHUC\na) hop tac\nđ) hop tac';
    const lines = restorer.restore(markers).text.split('\n');
    expect(lines.map((l) => l.split(' ')[0])).toEqual(['[.', 'I1I-', 'I11.', 'II-', 'IV.', 'a)', 'đ)']);
  });

  it('is a pure function of its input', () => {
    const input = readSeed(OCR[1]!).slice(0, 3000);
    const a = restorer.restore(input);
    restorer.restore(readSeed(OCR[0]!).slice(0, 2000));
    expect(restorer.restore(input)).toEqual(a);
    expect(new Restorer(readModelFile()).restore(input)).toEqual(a);
  });

  it('gives per-token confidence and runner-up readings', () => {
    const { tokens } = restorer.restore('hop tac xa va kinh té tap thé');
    expect(tokens.map((t) => t.output)).toEqual(['hợp', 'tác', 'xã', 'và', 'kinh', 'tế', 'tập', 'thể']);
    for (const t of tokens) {
      expect(t.confidence).toBeGreaterThan(0);
      expect(t.confidence).toBeLessThanOrEqual(1);
      expect(t.alternatives.every((a) => a.output !== t.output)).toBe(true);
    }
    expect(tokens[0]!.alternatives.map((a) => a.output)).toContain('họp');
  });
});

describe('needsRestoration()', () => {
  it('flags the OCR documents and not the diacritized ones', () => {
    for (const f of OCR) expect(needsRestoration(readSeed(f)), f).toBe(true);
    for (const f of CLEAN) expect(needsRestoration(readSeed(f)), f).toBe(false);
  });
});

describe('no harm to clean text', () => {
  it('changes fewer than 0.5% of syllables of the diacritized seeds and keeps their tone-mark style', () => {
    for (const f of CLEAN) {
      const input = readSeed(f);
      const res = restorer.restore(input);
      const changed = res.tokens.filter((t) => t.output !== t.source).length;
      expect(changed / res.tokens.length, f).toBeLessThan(0.005);
    }
    expect(restorer.restore('Cụ thể hoá các quan điểm, thuỷ lợi').text).toBe('Cụ thể hoá các quan điểm, thuỷ lợi');
  });
});

describe('accuracy on the gold evaluation part', () => {
  it('reaches the measured floor on each OCR document', () => {
    for (const doc of loadGold()) {
      const out = restorer.restore(readSeed(doc.seedFile)).text;
      const s = scoreLines(out, doc.lines.filter((l) => l.part === 'eval'));
      expect(s.total).toBeGreaterThan(700);
      expect(s.correct / s.total, doc.id).toBeGreaterThan(FLOOR[doc.id]!);
    }
  });
});

const FLOOR: Record<string, number> = { '000': 0.95, '002': 0.96 };

describe('CLI', () => {
  const node = process.execPath;
  it('restores stdin to stdout', () => {
    const r = spawnSync(node, ['scripts/restore.ts'], { cwd: ROOT, input: 'Nghi quyét s6 20-NQ/TW\nhop tac x4\n', encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('Nghị quyết số 20-NQ/TW\nhợp tác xã\n');
  });
  it('prints per-token JSON with --json', () => {
    const r = spawnSync(node, ['scripts/restore.ts', '--json'], { cwd: ROOT, input: 'Pang bd', encoding: 'utf8' });
    expect(r.status).toBe(0);
    const j = JSON.parse(r.stdout) as { text: string; tokens: { source: string; output: string; confidence: number; alternatives: unknown[] }[] };
    expect(j.text).toBe('Đảng bộ');
    expect(j.tokens.map((t) => [t.source, t.output])).toEqual([['Pang', 'Đảng'], ['bd', 'bộ']]);
    expect(typeof j.tokens[0]!.confidence).toBe('number');
    expect(Array.isArray(j.tokens[0]!.alternatives)).toBe(true);
  });
});

describe('restoring block by block', () => {
  it('reuses the whole document diagnosis for its parts and stays accurate line by line', () => {
    const doc = loadGold().find((d) => d.id === '002')!;
    const text = readSeed(doc.seedFile);
    const diag = restorer.diagnose(text);
    const lines = text.split('\n').map((l) => restorer.restore(l, diag).text);
    const s = scoreLines(lines.join('\n'), doc.lines.filter((l) => l.part === 'eval'));
    expect(s.correct / s.total).toBeGreaterThan(0.93);
    // A short line alone would be judged by its own (few) words; the document's diagnosis is used instead.
    expect(restorer.diagnose('vé méi').damage).not.toBeCloseTo(diag.damage, 1);
  });
});
