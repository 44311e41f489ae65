import { TONE_MARKS } from './tables.ts';

/**
 * Windows-1258 (Microsoft's Vietnamese code page): Latin-1-like, with ă â ê ô ơ ư đ precomposed and
 * the five tone marks as combining characters (0xCC grave, 0xD2 hook, 0xDE tilde, 0xEC acute,
 * 0xF2 dot below). Decoding uses the WHATWG windows-1258 decoder built into Node (full ICU).
 */
const decoder = new TextDecoder('windows-1258');

/** Bytes → NFC text (the combining tone marks composed onto their letters). */
export function decodeWindows1258(bytes: Uint8Array): string {
  return decoder.decode(bytes).normalize('NFC');
}

/** Character → byte, read off the decoder itself so the two directions cannot disagree. */
const ENCODE: ReadonlyMap<string, number> = (() => {
  const map = new Map<string, number>();
  for (let b = 0; b < 256; b++) {
    const ch = decoder.decode(Uint8Array.of(b));
    if (ch !== '\ufffd' && !map.has(ch)) map.set(ch, b);
  }
  return map;
})();

const TONES: ReadonlySet<string> = new Set(TONE_MARKS.slice(1));

/**
 * NFC text → Windows-1258. A character the code page holds precomposed is written as one byte
 * (à, á, Â, …); any other Vietnamese letter as its toneless letter followed by a combining tone
 * mark (ạ = a + 0xF2, ấ = â + 0xEC), the way Windows writes Vietnamese in this code page.
 */
export function encodeWindows1258(text: string): Uint8Array {
  const map = ENCODE;
  const out: number[] = [];
  for (const ch of text.normalize('NFC')) {
    const direct = map.get(ch);
    if (direct !== undefined) {
      out.push(direct);
      continue;
    }
    let bare = '';
    let tone = '';
    for (const part of ch.normalize('NFD')) {
      if (TONES.has(part) && tone === '') tone = part;
      else bare += part;
    }
    const base = map.get(bare.normalize('NFC'));
    const mark = map.get(tone);
    if (base === undefined || mark === undefined) throw unencodable(ch, 'windows-1258');
    out.push(base, mark);
  }
  return Uint8Array.from(out);
}

export function unencodable(ch: string, encoding: string): Error {
  const code = ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0');
  return new Error(`cannot encode U+${code} "${ch}" in ${encoding}`);
}
