/**
 * Code tables for the legacy Vietnamese encodings, as data.
 *
 * Every vowel row lists the six tones in one fixed order: none, sắc (acute), huyền (grave),
 * hỏi (hook above), ngã (tilde), nặng (dot below). Byte strings are written with `\xNN` escapes:
 * each character of such a string is one byte.
 */

/** Combining tone marks in row order (index 0 = no tone). */
export const TONE_MARKS = ['', '\u0301', '\u0300', '\u0309', '\u0303', '\u0323'] as const;

/** The twelve Vietnamese vowel letters with their five toned forms, lowercase, NFC. */
export const VOWEL_ROWS: readonly string[] = [
  'aáàảãạ',
  'ăắằẳẵặ',
  'âấầẩẫậ',
  'eéèẻẽẹ',
  'êếềểễệ',
  'iíìỉĩị',
  'oóòỏõọ',
  'ôốồổỗộ',
  'ơớờởỡợ',
  'uúùủũụ',
  'ưứừửữự',
  'yýỳỷỹỵ',
];

/** VOWEL_ROWS split into letters: VOWEL_LETTERS[row][tone]. */
export const VOWEL_LETTERS: readonly (readonly string[])[] = VOWEL_ROWS.map((row) => [...row]);

/**
 * Windows-1252 in 0x80–0x9F. Files typed with TCVN3 (.VnTime) or VNI fonts in Windows programs
 * carry Windows' own punctuation here (curly quotes, dashes, ellipsis); the five bytes Windows-1252
 * leaves undefined decode to the C1 control of the same number, as in the WHATWG index.
 */
export const CP1252_C1: readonly number[] = [
  /* 0x80 */ 0x20ac, 0x0081, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021,
  /* 0x88 */ 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008d, 0x017d, 0x008f,
  /* 0x90 */ 0x0090, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014,
  /* 0x98 */ 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0x009d, 0x017e, 0x0178,
];

/**
 * TCVN 5712:1993, VN3 ("TCVN3", the ABC fonts such as .VnTime): the byte of each lowercase vowel
 * form, in VOWEL_ROWS order. VN3 has no uppercase letters with tone marks: those were typed in the
 * all-capitals fonts (.VnTimeH) using these same lowercase bytes.
 */
export const TCVN3_VOWEL_BYTES: readonly (readonly number[])[] = [
  /* a */ [0x61, 0xb8, 0xb5, 0xb6, 0xb7, 0xb9],
  /* ă */ [0xa8, 0xbe, 0xbb, 0xbc, 0xbd, 0xc6],
  /* â */ [0xa9, 0xca, 0xc7, 0xc8, 0xc9, 0xcb],
  /* e */ [0x65, 0xd0, 0xcc, 0xce, 0xcf, 0xd1],
  /* ê */ [0xaa, 0xd5, 0xd2, 0xd3, 0xd4, 0xd6],
  /* i */ [0x69, 0xdd, 0xd7, 0xd8, 0xdc, 0xde],
  /* o */ [0x6f, 0xe3, 0xdf, 0xe1, 0xe2, 0xe4],
  /* ô */ [0xab, 0xe8, 0xe5, 0xe6, 0xe7, 0xe9],
  /* ơ */ [0xac, 0xed, 0xea, 0xeb, 0xec, 0xee],
  /* u */ [0x75, 0xf3, 0xef, 0xf1, 0xf2, 0xf4],
  /* ư */ [0xad, 0xf8, 0xf5, 0xf6, 0xf7, 0xf9],
  /* y */ [0x79, 0xfd, 0xfa, 0xfb, 0xfc, 0xfe],
];

/** TCVN3 (VN3): the other assignments in 0xA0–0xFF — no-break space, đ, and the 7 capitals VN3 has. */
export const TCVN3_OTHER: readonly (readonly [number, string])[] = [
  [0xa0, '\u00a0'],
  [0xa1, 'Ă'],
  [0xa2, 'Â'],
  [0xa3, 'Ê'],
  [0xa4, 'Ô'],
  [0xa5, 'Ơ'],
  [0xa6, 'Ư'],
  [0xa7, 'Đ'],
  [0xae, 'đ'],
];

/**
 * TCVN 5712:1993 VN2, a superset of VN3 that fills the 21 bytes VN3 leaves free in 0xA0–0xFF with
 * 16 toned capitals and the 5 combining tone marks. Decoded (never produced by the encoder): the
 * slots are unused in VN3, so reading them as VN2 loses nothing.
 */
export const TCVN3_VN2_CAPITALS: readonly (readonly [number, string])[] = [
  [0xaf, 'Ằ'],
  [0xba, 'Ẳ'],
  [0xbf, 'Ẵ'],
  [0xc0, 'Ắ'],
  [0xc1, 'Ầ'],
  [0xc2, 'Ẩ'],
  [0xc3, 'Ẫ'],
  [0xc4, 'Ấ'],
  [0xc5, 'Ề'],
  [0xcd, 'Ể'],
  [0xd9, 'Ễ'],
  [0xda, 'Ế'],
  [0xdb, 'Ồ'],
  [0xe0, 'Ổ'],
  [0xf0, 'Ỗ'],
  [0xff, 'Ố'],
];

/** VN2 combining tone marks; taken as marks only right after a letter, else as their Latin-1 symbol. */
export const TCVN3_VN2_MARKS: readonly (readonly [number, string])[] = [
  [0xb0, '\u0300'],
  [0xb1, '\u0309'],
  [0xb2, '\u0303'],
  [0xb3, '\u0301'],
  [0xb4, '\u0323'],
];

/**
 * VNI-Windows (VNI fonts such as VNI-Times, VNI Software): a base letter followed by a mark byte,
 * except i/I, ỵ/Ỵ, đ/Đ, ơ/Ơ and ư/Ư, which are single bytes (ơ and ư then take a tone byte).
 * Rows follow VOWEL_ROWS; uppercase uses the same marks 0x20 lower (the capital-height glyphs).
 */
export const VNI_LOWER: readonly (readonly string[])[] = [
  /* a */ ['a', 'a\xf9', 'a\xf8', 'a\xfb', 'a\xf5', 'a\xef'],
  /* ă */ ['a\xea', 'a\xe9', 'a\xe8', 'a\xfa', 'a\xfc', 'a\xeb'],
  /* â */ ['a\xe2', 'a\xe1', 'a\xe0', 'a\xe5', 'a\xe3', 'a\xe4'],
  /* e */ ['e', 'e\xf9', 'e\xf8', 'e\xfb', 'e\xf5', 'e\xef'],
  /* ê */ ['e\xe2', 'e\xe1', 'e\xe0', 'e\xe5', 'e\xe3', 'e\xe4'],
  /* i */ ['i', '\xed', '\xec', '\xe6', '\xf3', '\xf2'],
  /* o */ ['o', 'o\xf9', 'o\xf8', 'o\xfb', 'o\xf5', 'o\xef'],
  /* ô */ ['o\xe2', 'o\xe1', 'o\xe0', 'o\xe5', 'o\xe3', 'o\xe4'],
  /* ơ */ ['\xf4', '\xf4\xf9', '\xf4\xf8', '\xf4\xfb', '\xf4\xf5', '\xf4\xef'],
  /* u */ ['u', 'u\xf9', 'u\xf8', 'u\xfb', 'u\xf5', 'u\xef'],
  /* ư */ ['\xf6', '\xf6\xf9', '\xf6\xf8', '\xf6\xfb', '\xf6\xf5', '\xf6\xef'],
  /* y */ ['y', 'y\xf9', 'y\xf8', 'y\xfb', 'y\xf5', '\xee'],
];

export const VNI_UPPER: readonly (readonly string[])[] = [
  /* A */ ['A', 'A\xd9', 'A\xd8', 'A\xdb', 'A\xd5', 'A\xcf'],
  /* Ă */ ['A\xca', 'A\xc9', 'A\xc8', 'A\xda', 'A\xdc', 'A\xcb'],
  /* Â */ ['A\xc2', 'A\xc1', 'A\xc0', 'A\xc5', 'A\xc3', 'A\xc4'],
  /* E */ ['E', 'E\xd9', 'E\xd8', 'E\xdb', 'E\xd5', 'E\xcf'],
  /* Ê */ ['E\xc2', 'E\xc1', 'E\xc0', 'E\xc5', 'E\xc3', 'E\xc4'],
  /* I */ ['I', '\xcd', '\xcc', '\xc6', '\xd3', '\xd2'],
  /* O */ ['O', 'O\xd9', 'O\xd8', 'O\xdb', 'O\xd5', 'O\xcf'],
  /* Ô */ ['O\xc2', 'O\xc1', 'O\xc0', 'O\xc5', 'O\xc3', 'O\xc4'],
  /* Ơ */ ['\xd4', '\xd4\xd9', '\xd4\xd8', '\xd4\xdb', '\xd4\xd5', '\xd4\xcf'],
  /* U */ ['U', 'U\xd9', 'U\xd8', 'U\xdb', 'U\xd5', 'U\xcf'],
  /* Ư */ ['\xd6', '\xd6\xd9', '\xd6\xd8', '\xd6\xdb', '\xd6\xd5', '\xd6\xcf'],
  /* Y */ ['Y', 'Y\xd9', 'Y\xd8', 'Y\xdb', 'Y\xd5', '\xce'],
];

/** VNI-Windows đ and Đ. */
export const VNI_D: readonly (readonly [string, string])[] = [
  ['đ', '\xf1'],
  ['Đ', '\xd1'],
];
