/**
 * Legacy Vietnamese encodings: Windows-1258, TCVN3 (TCVN 5712:1993 VN3, the ABC fonts) and
 * VNI-Windows, decoded to the same NFC text as the Unicode original. Detection is for bytes that
 * are not valid UTF-8.
 */
import type { LegacyEncoding } from './detect.ts';
import { decodeTcvn3, decodeTcvn3Raw, encodeTcvn3 } from './tcvn3.ts';
import { decodeVni, encodeVni } from './vni.ts';
import { decodeWindows1258, encodeWindows1258 } from './windows1258.ts';

export type { EncodingScore, LegacyEncoding } from './detect.ts';
export { detectLegacyEncoding, LEGACY_ENCODINGS, MIN_CONFIDENCE, scoreLegacyEncodings } from './detect.ts';
export { restoreTcvn3Case } from './tcvn3.ts';
export { isVietnameseSyllable, VIETNAMESE_LETTERS } from './vietnamese.ts';

export interface DecodeLegacyOptions {
  /**
   * TCVN3 only: put back the toned capitals that TCVN3 writes with lowercase bytes (see
   * restoreTcvn3Case). Default true.
   */
  restoreCase?: boolean;
}

/** Legacy bytes → NFC text. Never throws: every byte has a reading in each encoding. */
export function decodeLegacy(bytes: Uint8Array, encoding: LegacyEncoding, options: DecodeLegacyOptions = {}): string {
  switch (encoding) {
    case 'windows-1258':
      return decodeWindows1258(bytes);
    case 'tcvn3':
      return options.restoreCase === false ? decodeTcvn3Raw(bytes).text : decodeTcvn3(bytes);
    case 'vni':
      return decodeVni(bytes);
  }
}

/**
 * Text → legacy bytes, for fixtures and tests. Throws on a character the encoding cannot write.
 * TCVN3 writes a toned capital with its lowercase byte, as an all-capitals font did.
 */
export function encodeLegacy(text: string, encoding: LegacyEncoding): Uint8Array {
  switch (encoding) {
    case 'windows-1258':
      return encodeWindows1258(text);
    case 'tcvn3':
      return encodeTcvn3(text);
    case 'vni':
      return encodeVni(text);
  }
}
