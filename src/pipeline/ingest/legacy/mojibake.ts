/**
 * Mojibake: text typed in a legacy Vietnamese encoding (TCVN3, VNI, Windows-1258), later read as
 * Windows-1252 and saved as UTF-8 ("Kinh tÕ tËp thÓ, hîp t¸c x·" is TCVN3's "Kinh tế tập thể, hợp
 * tác xã"). Such a file is valid UTF-8, so decoding alone cannot tell; it reads as Latin letters
 * that no Vietnamese syllable holds. Writing the characters back as the Windows-1252 bytes they
 * came from and decoding those in the legacy encoding gives the text back; it is taken only when
 * that reading is Vietnamese and the text as it stood was not.
 */
import { CP1252_C1 } from './tables.ts';
import { detectLegacyEncoding, type LegacyEncoding } from './detect.ts';
import { isVietnameseSyllable } from './vietnamese.ts';
import { decodeLegacy } from './index.ts';

const CP1252_BYTE: ReadonlyMap<string, number> = new Map(CP1252_C1.map((code, i) => [String.fromCharCode(code), 0x80 + i]));

/** The Windows-1252 bytes of `text`, or null when it holds a character Windows-1252 cannot write. */
function windows1252Bytes(text: string): Uint8Array | null {
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    const code = ch.charCodeAt(0);
    const byte = code < 0x80 || (code >= 0xa0 && code <= 0xff) ? code : CP1252_BYTE.get(ch);
    if (byte === undefined) return null;
    bytes[i] = byte;
  }
  return bytes;
}

/** Share of the words holding a non-ASCII letter that are Vietnamese syllables (null: no such words). */
export function vietnameseWordShare(text: string): number | null {
  let words = 0;
  let valid = 0;
  for (const [word] of text.normalize('NFC').matchAll(/[\p{L}\p{M}]+/gu)) {
    if (!/[^\u0000-\u007f]/u.test(word)) continue;
    words++;
    if (isVietnameseSyllable(word)) valid++;
  }
  return words === 0 ? null : valid / words;
}

export interface MojibakeRepair {
  text: string;
  /** The encoding the text was typed in. */
  encoding: LegacyEncoding;
}

/**
 * The text a legacy-encoded file read as Windows-1252 held, or null when `text` is not such
 * mojibake: it already reads as Vietnamese, holds characters Windows-1252 cannot write (real
 * Vietnamese letters such as "ệ" among them), or no legacy reading of it is Vietnamese.
 */
export function repairMojibake(text: string): MojibakeRepair | null {
  const before = vietnameseWordShare(text);
  if (before === null || before >= 0.5) return null;
  const bytes = windows1252Bytes(text.normalize('NFC'));
  if (bytes === null) return null;
  const detected = detectLegacyEncoding(bytes);
  if (!detected) return null;
  const repaired = decodeLegacy(bytes, detected.encoding).normalize('NFC');
  const after = vietnameseWordShare(repaired) ?? 0;
  return after >= 0.8 && after > before ? { text: repaired, encoding: detected.encoding } : null;
}
