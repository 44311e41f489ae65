import { describe, expect, it } from 'vitest';
import { ingest } from '../ingest/index.ts';
import type { Block, RestoredWord } from '../model.ts';
import { renderRestoredBlock } from '../restore-stage.ts';
import { structure } from '../structure/index.ts';
import { applyCorrections, parseCorrections } from './index.ts';

/** A one-clause document whose block the "engine" has read as given. */
function restoredDocument(source: string, readings: Record<string, string>) {
  const ingested = ingest(new TextEncoder().encode(`I. MUC TIEU\n\n${source}\n`), 'ocr.txt');
  const blocks = ingested.blocks.map((block): Block => {
    const text = block.sourceLines.join('\n');
    const words: RestoredWord[] = [...text.matchAll(/[\p{L}\p{N}]*\p{L}[\p{L}\p{N}]*/gu)].map((m) => ({
      source: m[0],
      output: readings[m[0]] ?? m[0],
      start: m.index,
      end: m.index + m[0].length,
      confidence: 0.9,
      alternatives: [],
      correction: null,
    }));
    return renderRestoredBlock(block, words);
  });
  const restored = { ...ingested, blocks };
  return { restored, located: structure(restored, 'x', true) };
}

describe('applyCorrections', () => {
  const { restored, located } = restoredDocument('Hop tac xa c6 vai tro ty 1& cao, hop tac xa manh.', { Hop: 'Hợp', tac: 'tác', xa: 'xạ', hop: 'hợp', manh: 'mạnh', vai: 'vai', tro: 'trò', ty: 'tỷ', cao: 'cao' });

  it('replaces the engine reading of the named occurrence and rebuilds the text', () => {
    const corrections = parseCorrections({ corrections: [{ clause: 'i-p1', ocr: 'xa', engine: 'xạ', corrected: 'xã', occurrence: 2 }] }, 'c.json');
    const result = applyCorrections(restored.blocks, located, corrections, 'c.json');
    expect(result.problems).toEqual([]);
    expect(result.applied).toBe(1);
    expect(result.blocks.at(-1)!.text).toBe('Hợp tác xạ c6 vai trò tỷ 1& cao, hợp tác xã mạnh.');
    const word = result.blocks.at(-1)!.restoration!.find((w) => w.correction !== null)!;
    expect(word).toMatchObject({ source: 'xa', output: 'xã', correction: { engine: 'xạ', note: null } });
  });

  it('corrects a token the engine passed through (digits for letters)', () => {
    const corrections = parseCorrections({ corrections: [{ clause: 'i-p1', ocr: '1&', engine: '1&', corrected: 'lệ' }, { clause: 'i-p1', ocr: 'c6', engine: 'c6', corrected: 'có' }] }, 'c.json');
    const result = applyCorrections(restored.blocks, located, corrections, 'c.json');
    expect(result.problems).toEqual([]);
    expect(result.blocks.at(-1)!.text).toBe('Hợp tác xạ có vai trò tỷ lệ cao, hợp tác xạ mạnh.');
  });

  it('reports a correction that matches nothing, and one the engine no longer needs', () => {
    const corrections = parseCorrections(
      { corrections: [{ clause: 'i-p1', ocr: 'xa', engine: 'xạ', corrected: 'xã', occurrence: 3 }, { clause: 'i-p9', ocr: 'xa', engine: 'xạ', corrected: 'xã' }, { clause: 'i-p1', ocr: 'manh', engine: 'manh', corrected: 'mạnh' }] },
      'c.json',
    );
    const result = applyCorrections(restored.blocks, located, corrections, 'c.json');
    expect(result.problems).toEqual([
      'c.json: corrections[0] (i-p1: "xa"): the clause has 2 occurrence(s) of that OCR word, not 3',
      'c.json: corrections[1] (i-p9: "xa"): no clause "i-p9"',
    ]);
    expect(result.warnings).toEqual(['c.json: corrections[2] (i-p1: "manh"): the engine now reads "mạnh" itself; the correction can go']);
  });

  it('removes stray OCR marks outside words when a correction names the whole chunks they stand in', () => {
    const doc = restoredDocument('Hop tac xa , nhiéu ‘hop tac trong mot ) nganh.', { Hop: 'Hợp', tac: 'tác', xa: 'xã', nhiéu: 'nhiều', hop: 'hợp', trong: 'trong', mot: 'một', nganh: 'ngành' });
    const corrections = parseCorrections(
      {
        corrections: [
          { clause: 'i-p1', ocr: 'xa ,', engine: 'xã ,', corrected: 'xã,' },
          { clause: 'i-p1', ocr: '‘hop', engine: '‘hợp', corrected: 'hợp' },
          { clause: 'i-p1', ocr: 'mot )', engine: 'một )', corrected: 'một' },
          { clause: 'i-p1', ocr: 'ac xa', engine: 'ac xã', corrected: 'ác xã' },
        ],
      },
      'c.json',
    );
    const result = applyCorrections(doc.restored.blocks, doc.located, corrections, 'c.json');
    // A stretch must be whole chunks: "ac xa" starts inside "tac".
    expect(result.problems).toEqual(['c.json: corrections[3] (i-p1: "ac xa"): the clause has 0 occurrence(s) of that OCR word, not 1']);
    expect(result.applied).toBe(3);
    expect(result.blocks.at(-1)!.text).toBe('Hợp tác xã, nhiều hợp tác trong một ngành.');
    const corrected = result.blocks.at(-1)!.restoration!.filter((w) => w.correction !== null);
    expect(corrected.map((w) => [w.source, w.output, w.correction!.engine])).toEqual([
      ['xa ,', 'xã,', 'xã ,'],
      ['‘hop', 'hợp', '‘hợp'],
      ['mot )', 'một', 'một )'],
    ]);
  });

  it('refuses malformed entries, naming the file', () => {
    expect(() => parseCorrections({ corrections: [{ clause: 'i', ocr: 'x' }] }, 'content/corrections/x.json')).toThrowError(/^content\/corrections\/x\.json: \n {2}corrections\[0\]: "engine" must be a non-empty string/);
  });
});
