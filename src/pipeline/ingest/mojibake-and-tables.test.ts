import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ingest } from './index.ts';
import { encodeLegacy } from './legacy/index.ts';
import { repairMojibake } from './legacy/mojibake.ts';
import { splitTables } from './tables.ts';

const CLEAN = readFileSync(new URL('./legacy/fixtures/source.txt', import.meta.url), 'utf8');
/** What a legacy-encoded file becomes when a program reads it as Windows-1252 and saves it as UTF-8. */
const asWindows1252 = (bytes: Uint8Array) => new TextDecoder('windows-1252').decode(bytes);

describe('mojibake: legacy-encoded text read as Windows-1252', () => {
  it.each(['tcvn3', 'vni', 'windows-1258'] as const)('turns %s read as Windows-1252 back into the text, and says so', (encoding) => {
    const mojibake = asWindows1252(encodeLegacy(CLEAN, encoding));
    expect(mojibake).not.toBe(CLEAN);
    const ingested = ingest(new TextEncoder().encode(mojibake), 'seed.txt');
    expect(ingested.text).toBe(ingest(new TextEncoder().encode(CLEAN), 'seed.txt').text);
    expect(ingested.encoding).toBe(`${encoding} read as windows-1252`);
    // Clean Vietnamese with diacritics: never sent to the restorer.
    expect(ingested.form).not.toBe('ocr');
  });

  it('leaves clean Vietnamese, unmarked OCR text and Western European text alone', () => {
    expect(repairMojibake(CLEAN)).toBeNull();
    expect(repairMojibake('Hop tac xa kieu moi phat trien ben vung')).toBeNull();
    expect(repairMojibake('Le comité a approuvé le budget de la coopérative à Genève, déjà révisé.')).toBeNull();
  });
});

describe('tables in plain text', () => {
  const lines = (text: string) => text.split('\n').map((t, i) => ({ text: t, no: i + 1 }));

  it('keeps pipe rows as a table, drops the rule under the header and records it', () => {
    const removed: { kind: string; value: string; line: number }[] = [];
    const runs = splitTables(lines('Bảng 1. Chỉ tiêu\n| STT | Địa phương |\n|---|---|\n| 1 | Xã A |\n| 2 | Xã B |'), removed as never);
    expect(runs).toHaveLength(2);
    expect(runs[1]!.table).toEqual({ header: ['STT', 'Địa phương'], rows: [['1', 'Xã A'], ['2', 'Xã B']] });
    expect(removed).toEqual([{ kind: 'markup', value: '|---|---|', line: 3 }]);
  });

  it('reads columns aligned with spaces or tabs, and not a line that merely has wide gaps', () => {
    const runs = splitTables(lines('Lĩnh vực    Số HTX    Thành viên\nNông nghiệp    121    18.450\nVận tải    12    640'), []);
    expect(runs[0]!.table).toEqual({ header: ['Lĩnh vực', 'Số HTX', 'Thành viên'], rows: [['Nông nghiệp', '121', '18.450'], ['Vận tải', '12', '640']] });
    expect(splitTables(lines('Số:  1698  /KH-UBND Bình Thuận, ngày  17   tháng 5'), [])[0]!.table).toBeUndefined();
  });

  it('a table is a block of its own, never joined to the paragraph above or below', () => {
    const text = 'KẾ HOẠCH\n\nI. MỤC TIÊU\n\nThành lập mới hợp tác xã như sau\n\n| Xã | Số |\n|---|---|\n| A | 1 |\n\nvà các tổ hợp tác.';
    const blocks = ingest(new TextEncoder().encode(text), 'seed.txt').blocks;
    const table = blocks.find((b) => b.table);
    expect(table?.table).toEqual({ header: ['Xã', 'Số'], rows: [['A', '1']] });
    expect(blocks.map((b) => b.text)).toContain('và các tổ hợp tác.');
  });
});
