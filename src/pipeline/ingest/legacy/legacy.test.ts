import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  decodeLegacy,
  detectLegacyEncoding,
  encodeLegacy,
  isVietnameseSyllable,
  LEGACY_ENCODINGS,
  scoreLegacyEncodings,
  VIETNAMESE_LETTERS,
} from './index.ts';
import type { LegacyEncoding } from './index.ts';
import { CP1252_C1 } from './tables.ts';

const fixture = (name: string): Uint8Array => new Uint8Array(readFileSync(new URL(`./fixtures/${name}`, import.meta.url)));
const source = readFileSync(new URL('./fixtures/source.txt', import.meta.url), 'utf8');
/** A string whose characters are bytes (as legacy text shows in a Latin-1 viewer) → those bytes. */
const bytesOf = (latin1: string): Uint8Array => Uint8Array.from([...latin1].map((c) => c.charCodeAt(0)));

/** The 134 letters built from base letters and combining marks, independently of the code tables. */
const LETTERS: string[] = (() => {
  const bases = ['a', 'a\u0306', 'a\u0302', 'e', 'e\u0302', 'i', 'o', 'o\u0302', 'o\u031b', 'u', 'u\u031b', 'y'];
  const tones = ['', '\u0301', '\u0300', '\u0309', '\u0303', '\u0323'];
  const lower = bases.flatMap((b) => tones.map((t) => (b + t).normalize('NFC'))).filter((c) => c.charCodeAt(0) > 0x7f);
  lower.push('\u0111');
  return [...lower, ...lower.map((c) => c.toUpperCase())];
})();
const TONED_CAPITALS = LETTERS.filter((c) => !'ĂÂÊÔƠƯĐ'.includes(c) && c === c.toUpperCase());

describe('the letter set', () => {
  it('has 134 precomposed letters, matching the tables', () => {
    expect(LETTERS).toHaveLength(134);
    expect(new Set(LETTERS).size).toBe(134);
    expect(new Set(VIETNAMESE_LETTERS)).toEqual(new Set(LETTERS));
    expect(TONED_CAPITALS).toHaveLength(60);
  });
});

describe('fixtures', () => {
  it('the source is NFC', () => {
    expect(source.normalize('NFC')).toBe(source);
  });

  for (const encoding of LEGACY_ENCODINGS) {
    it(`source.${encoding}.txt decodes to exactly the source`, () => {
      const bytes = fixture(`source.${encoding}.txt`);
      expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow();
      expect(decodeLegacy(bytes, encoding)).toBe(source);
    });

    it(`the generator's output is current for ${encoding}`, () => {
      expect(fixture(`source.${encoding}.txt`)).toEqual(encodeLegacy(source, encoding));
    });
  }
});

describe('detectLegacyEncoding', () => {
  for (const encoding of LEGACY_ENCODINGS) {
    it(`picks ${encoding} for its fixture with a clear margin`, () => {
      const bytes = fixture(`source.${encoding}.txt`);
      const detected = detectLegacyEncoding(bytes);
      expect(detected?.encoding).toBe(encoding);
      expect(detected!.confidence).toBeGreaterThan(0.9);
      const [best, second] = scoreLegacyEncodings(bytes);
      expect(best!.encoding).toBe(encoding);
      expect(best!.score - second!.score).toBeGreaterThan(0.6);
    });
  }

  it('does not take Windows-1258 for TCVN3, nor TCVN3 for Windows-1258', () => {
    const score = (bytes: Uint8Array, encoding: LegacyEncoding) =>
      scoreLegacyEncodings(bytes).find((s) => s.encoding === encoding)!.score;
    const cp1258 = fixture('source.windows-1258.txt');
    const tcvn3 = fixture('source.tcvn3.txt');
    expect(score(cp1258, 'tcvn3')).toBeLessThan(0.3);
    expect(score(tcvn3, 'windows-1258')).toBeLessThan(0.3);
    expect(detectLegacyEncoding(cp1258)?.encoding).toBe('windows-1258');
    expect(detectLegacyEncoding(tcvn3)?.encoding).toBe('tcvn3');
    expect(decodeLegacy(cp1258, 'tcvn3')).not.toBe(source);
    expect(decodeLegacy(tcvn3, 'windows-1258')).not.toBe(source);
  });

  it('detects a single short line', () => {
    const line = 'Hợp tác xã nông nghiệp được thành lập năm 2012.';
    for (const encoding of LEGACY_ENCODINGS) {
      expect(detectLegacyEncoding(encodeLegacy(line, encoding))?.encoding).toBe(encoding);
    }
  });

  it('returns null for a Latin-1 French paragraph', () => {
    const french =
      "Le conseil municipal s'est réuni à la mairie le 12 février pour étudier le budget de l'année " +
      'prochaine. Après une longue discussion, les élus ont décidé à l’unanimité de prolonger les travaux ' +
      "de rénovation de l'école primaire et de créer un espace vert près de la rivière. Le maire a rappelé " +
      'que la sécurité des élèves reste la première priorité. Où trouver les crédits nécessaires ? Le débat ' +
      'continuera lors de la prochaine séance, déjà prévue au début du mois de mars. Ça dépendra de l’État.';
    // Latin-1, with the apostrophe ’ at its Windows-1252 byte.
    const bytes = Uint8Array.from([...french].map((c) => (c === '’' ? 0x92 : c.charCodeAt(0))));
    expect(bytes.every((b) => b < 0x100)).toBe(true);
    expect(detectLegacyEncoding(bytes)).toBeNull();
  });

  it('returns null for random bytes', () => {
    let seed = 0x2545f491;
    const random = new Uint8Array(8192).map(() => {
      seed ^= seed << 13;
      seed ^= seed >>> 17;
      seed ^= seed << 5;
      return seed & 0xff;
    });
    expect(detectLegacyEncoding(random)).toBeNull();
    // Random high bytes in plain ASCII text: still no Vietnamese.
    const sprinkled = new TextEncoder().encode('The quick brown fox jumps over the lazy dog. '.repeat(40));
    for (let i = 0; i < sprinkled.length; i += 7) sprinkled[i] = random[i]! | 0x80;
    expect(detectLegacyEncoding(sprinkled)).toBeNull();
  });

  it('returns null for UTF-8 Vietnamese with one broken byte', () => {
    const bytes = new TextEncoder().encode(source);
    bytes[100] = 0xff;
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow();
    expect(detectLegacyEncoding(bytes)).toBeNull();
  });

  it('returns null when there is no non-ASCII letter at all', () => {
    expect(detectLegacyEncoding(new TextEncoder().encode('plain ASCII\n'))).toBeNull();
  });
});

describe('round trip of the 134 letters', () => {
  for (const encoding of ['windows-1258', 'vni'] as const) {
    it(`${encoding}: every letter, alone and together`, () => {
      for (const letter of LETTERS) expect(decodeLegacy(encodeLegacy(letter, encoding), encoding)).toBe(letter);
      const all = LETTERS.join(' ');
      expect(decodeLegacy(encodeLegacy(all, encoding), encoding)).toBe(all);
      const distinct = new Set(LETTERS.map((l) => encodeLegacy(l, encoding).join(',')));
      expect(distinct.size).toBe(134);
    });
  }

  it('tcvn3: the 74 letters VN3 has round-trip; toned capitals share the lowercase byte', () => {
    const own = LETTERS.filter((c) => !TONED_CAPITALS.includes(c));
    expect(own).toHaveLength(74);
    for (const letter of own) {
      expect(decodeLegacy(encodeLegacy(letter, 'tcvn3'), 'tcvn3', { restoreCase: false })).toBe(letter);
    }
    // With case restoration on, too (away from the start of the text, which opens a sentence).
    const line = `x ${own.join(' ')}`;
    expect(decodeLegacy(encodeLegacy(line, 'tcvn3'), 'tcvn3')).toBe(line);
    expect(new Set(own.map((l) => encodeLegacy(l, 'tcvn3').join(','))).size).toBe(74);
    for (const capital of TONED_CAPITALS) {
      const lower = capital.toLowerCase();
      expect(encodeLegacy(capital, 'tcvn3')).toEqual(encodeLegacy(lower, 'tcvn3'));
      // Alone, the byte reads lowercase, as TCVN3 writes it; inside a word in capitals it is restored.
      expect(decodeLegacy(encodeLegacy(capital, 'tcvn3'), 'tcvn3', { restoreCase: false })).toBe(lower);
      expect(decodeLegacy(encodeLegacy(`NG${capital}N`, 'tcvn3'), 'tcvn3')).toBe(`NG${capital}N`);
    }
  });
});

describe('windows-1258', () => {
  it('matches Node’s decoder and composes combining tone marks to NFC', () => {
    // a + combining acute, ê + combining dot below, ư + combining tilde, Â + combining grave
    const bytes = Uint8Array.from([0x61, 0xec, 0x20, 0x56, 0x69, 0xea, 0xf2, 0x74, 0x20, 0xfd, 0xde, 0x20, 0xc2, 0xcc]);
    expect(new TextDecoder('windows-1258').decode(bytes)).not.toBe(new TextDecoder('windows-1258').decode(bytes).normalize('NFC'));
    const text = decodeLegacy(bytes, 'windows-1258');
    expect(text).toBe('á Việt ữ Ầ');
    expect(text).toBe(text.normalize('NFC'));
    expect(text).not.toMatch(/\p{M}/u);
  });

  it('the fixture carries combining marks, its decoding none', () => {
    const bytes = fixture('source.windows-1258.txt');
    for (const mark of [0xcc, 0xd2, 0xde, 0xec, 0xf2]) expect(bytes).toContain(mark);
    expect(decodeLegacy(bytes, 'windows-1258')).not.toMatch(/\p{M}/u);
  });
});

describe('tcvn3', () => {
  it('reads known TCVN3 text (bytes as a Latin-1 viewer shows them)', () => {
    expect(decodeLegacy(bytesOf('Céng hoµ x· héi chñ nghÜa ViÖt Nam'), 'tcvn3')).toBe('Cộng hoà xã hội chủ nghĩa Việt Nam');
    expect(decodeLegacy(bytesOf('§éc lËp - Tù do - H¹nh phóc'), 'tcvn3')).toBe('Độc lập - Tự do - Hạnh phúc');
    expect(decodeLegacy(bytesOf('Hîp t¸c x· \u00adu tiªn ph¸t triÓn'), 'tcvn3')).toBe('Hợp tác xã ưu tiên phát triển');
  });

  it('restores capitals typed in an all-capitals font', () => {
    const header = [
      'ỦY BAN NHÂN DÂN',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'KẾ HOẠCH',
      'II. ĐỊNH HƯỚNG PHÁT TRIỂN',
      'V. PHÂN CÔNG NHIỆM VỤ',
    ].join('\n');
    const asRead = [
      'ủY BAN NHÂN DÂN',
      'CộNG HòA Xã HộI CHủ NGHĩA VIệT NAM',
      'Kế HOạCH',
      'II. ĐịNH HƯớNG PHáT TRIểN',
      'V. PHÂN CÔNG NHIệM Vụ',
    ].join('\n');
    expect(decodeLegacy(encodeLegacy(header, 'tcvn3'), 'tcvn3')).toBe(header);
    expect(decodeLegacy(encodeLegacy(header, 'tcvn3'), 'tcvn3', { restoreCase: false })).toBe(asRead);
    // One long line (no newline at all) stays fast and correct.
    const long = Array.from({ length: 20000 }, () => 'Hợp tác xã').join(' ');
    expect(decodeLegacy(encodeLegacy(long, 'tcvn3'), 'tcvn3')).toBe(long);
    // The head of seeds/003 (the document's own header block).
    const seedHeader = [
      '   ỦY BAN NHÂN DÂN  ',
      '   TỈNH BÌNH THUẬN ',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM ',
      'Độc lập - Tự do - Hạnh phúc ',
      'Số:  1698  /KH-UBND Bình Thuận, ngày  17   tháng 5 năm 2021 ',
      'KẾ HOẠCH ',
      'Thực hiện Quyết định số 340/QĐ-TTg ngày 12 tháng 3 năm 2021  ',
      'của Thủ tướng Chính phủ phê duyệt Chiến lược phát triển kinh tế  ',
    ].join('\n\n');
    expect(decodeLegacy(encodeLegacy(seedHeader, 'tcvn3'), 'tcvn3')).toBe(seedHeader);
  });

  it('leaves ordinary capitalised words and running text alone', () => {
    for (const text of ['Số: 1698/KH-UBND', 'Kế hoạch số 12', 'Đà Nẵng', '1. Mục tiêu tổng quát', 'a) Cả tỉnh có', 'Ông Nam']) {
      expect(decodeLegacy(encodeLegacy(text, 'tcvn3'), 'tcvn3')).toBe(text);
    }
  });

  it('capitalises a toned vowel that opens a sentence, not one after an ellipsis', () => {
    const text = 'Ủy ban họp. Ở đây có ý kiến... ủng hộ';
    expect(decodeLegacy(encodeLegacy(text, 'tcvn3'), 'tcvn3')).toBe(text);
    // Known limit: a capital inside running text cannot be told from a lowercase letter.
    expect(decodeLegacy(encodeLegacy('năm 2030; Ủy ban', 'tcvn3'), 'tcvn3')).toBe('năm 2030; ủy ban');
  });

  it('reads the VN2 capitals and marks, and Windows punctuation in 0x80–0x9F', () => {
    expect(decodeLegacy(Uint8Array.from([0xc4, 0x4e, 0x20, 0xda, 0x20, 0xff]), 'tcvn3')).toBe('ẤN Ế Ố');
    expect(decodeLegacy(Uint8Array.from([0x6e, 0x61, 0xb3, 0x20, 0xb0, 0x43]), 'tcvn3')).toBe('ná °C');
    expect(decodeLegacy(Uint8Array.from([0x93, 0x6e, 0xb8, 0x94, 0x20, 0x85, 0x96]), 'tcvn3')).toBe('“ná” …–');
  });

  it('throws on characters it cannot write', () => {
    expect(() => encodeLegacy('30°C', 'tcvn3')).toThrow(/U\+00B0/);
    expect(() => encodeLegacy('中', 'tcvn3')).toThrow(/tcvn3/);
  });
});

describe('vni', () => {
  it('reads known VNI-Windows text (bytes as a Latin-1 viewer shows them)', () => {
    expect(decodeLegacy(bytesOf('Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam'), 'vni')).toBe('Cộng hòa xã hội chủ nghĩa Việt Nam');
    expect(decodeLegacy(bytesOf('Ñoäc laäp - Töï do - Haïnh phuùc'), 'vni')).toBe('Độc lập - Tự do - Hạnh phúc');
    expect(decodeLegacy(bytesOf('ngöôøi, khuyûu, quyeát, ñaëc, yù kieán, tyû leä, Yù, YÙ, Î, î'), 'vni')).toBe(
      'người, khuỷu, quyết, đặc, ý kiến, tỷ lệ, Ý, Ý, Ỵ, ỵ',
    );
  });

  it('takes the mark of either height after a letter of either case', () => {
    expect(decodeLegacy(bytesOf('AÙ Aù aÙ'), 'vni')).toBe('Á Á á');
    expect(decodeLegacy(bytesOf('ÔØ öù'), 'vni')).toBe('Ờ ứ');
  });

  it('counts a stray mark as not Vietnamese', () => {
    const [best] = scoreLegacyEncodings(bytesOf('ù ù ù ù'));
    expect(best!.encoding).not.toBe('vni');
  });

  it('throws on characters it cannot write', () => {
    expect(() => encodeLegacy('中', 'vni')).toThrow(/vni/);
    expect(() => encodeLegacy('中', 'windows-1258')).toThrow(/windows-1258/);
  });
});

describe('tables', () => {
  it('0x80–0x9F match Windows-1252', () => {
    const cp1252 = new TextDecoder('windows-1252').decode(Uint8Array.from({ length: 32 }, (_, i) => 0x80 + i));
    expect(String.fromCharCode(...CP1252_C1)).toBe(cp1252);
  });
});

describe('isVietnameseSyllable', () => {
  it('accepts Vietnamese syllables', () => {
    for (const w of ['nghiêng', 'khuỷu', 'giữa', 'gìn', 'quốc', 'người', 'hoạch', 'xoong', 'thuở', 'khuya', 'ướt', 'Việt', 'ĐỊNH']) {
      expect(isVietnameseSyllable(w), w).toBe(true);
    }
  });

  it('rejects mojibake and foreign words', () => {
    for (const w of ['été', 'cuềa', 'viờũt', 'tôc', 'première', 'Ph¸t', 'aø', 'très']) {
      expect(isVietnameseSyllable(w), w).toBe(false);
    }
  });
});
