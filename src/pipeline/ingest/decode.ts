import { SourceError } from '../model.ts';
import { decodeLegacy, detectLegacyEncoding, type LegacyEncoding } from './legacy/index.ts';
import { repairMojibake } from './legacy/mojibake.ts';

export interface DecodedText {
  text: string;
  /** `tcvn3 read as windows-1252` and the like: mojibake that was repaired (see legacy/mojibake.ts). */
  encoding: 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | LegacyEncoding | `${LegacyEncoding} read as windows-1252`;
}

/** Unicode text that is a legacy encoding read as Windows-1252 is converted, never passed on as it is. */
function repaired(decoded: DecodedText): DecodedText {
  const repair = repairMojibake(decoded.text);
  return repair ? { text: repair.text, encoding: `${repair.encoding} read as windows-1252` } : decoded;
}

/**
 * Bytes → string. UTF-8 (with or without BOM) and BOM-marked UTF-16 are decoded; bytes that are
 * not UTF-8 are converted from the legacy Vietnamese encoding they read as (Windows-1258, TCVN3,
 * VNI), and refused with the file, line and byte that could not be read when they read as none,
 * never decoded into mojibake.
 */
export function decodeSource(bytes: Uint8Array, file: string): DecodedText {
  if (bytes.length === 0) throw new SourceError(file, null, 'the file is empty');
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return repaired({ text: decodeUtf8(bytes.subarray(3), file), encoding: 'utf-8-bom' });
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  }
  if (!bytes.includes(0)) {
    const text = utf8OrNull(bytes);
    if (text !== null) return repaired({ text, encoding: 'utf-8' });
    const legacy = detectLegacyEncoding(bytes);
    if (legacy) return { text: decodeLegacy(bytes, legacy.encoding), encoding: legacy.encoding };
  }
  // Not text we can read: decodeUtf8 names the NUL or the first byte that is not UTF-8.
  return { text: decodeUtf8(bytes, file), encoding: 'utf-8' };
}

function utf8OrNull(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

function decodeUtf8(bytes: Uint8Array, file: string): string {
  if (bytes.includes(0)) {
    const at = bytes.indexOf(0);
    throw new SourceError(file, lineOfByte(bytes, at), `NUL byte at offset ${at}: this is a binary file, not text`);
  }
  const text = utf8OrNull(bytes);
  if (text !== null) return text;
  const at = firstInvalidUtf8(bytes);
  throw new SourceError(
    file,
    lineOfByte(bytes, at),
    `not valid UTF-8 (byte 0x${bytes[at]!.toString(16).padStart(2, '0')} at offset ${at}) and not Vietnamese in Windows-1258, TCVN3 or VNI either; save it as UTF-8`,
  );
}

function lineOfByte(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

/** Offset of the first byte that does not start or continue a valid UTF-8 sequence. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const length = b < 0x80 ? 1 : b >> 5 === 0b110 ? 2 : b >> 4 === 0b1110 ? 3 : b >> 3 === 0b11110 ? 4 : 0;
    if (length === 0) return i;
    for (let k = 1; k < length; k++) {
      if (i + k >= bytes.length || bytes[i + k]! >> 6 !== 0b10) return i;
    }
    i += length;
  }
  return bytes.length - 1;
}
