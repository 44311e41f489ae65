/**
 * Syllables: the unit the "nothing is lost" checks count.
 * A syllable is a maximal run of letters, marks and digits; punctuation and spacing are not counted.
 */
export const SYLLABLE = /[\p{L}\p{M}\p{N}]+/gu;

export function syllables(text: string): string[] {
  return text.normalize('NFC').match(SYLLABLE) ?? [];
}

/**
 * Whether `needle` occurs in `haystack` as a subsequence (in order, gaps allowed).
 * Returns the index in `needle` of the first syllable that could not be found, or -1 when all were.
 */
export function firstMissingInOrder(needle: readonly string[], haystack: readonly string[]): number {
  let at = 0;
  for (let i = 0; i < needle.length; i++) {
    while (at < haystack.length && haystack[at] !== needle[i]) at++;
    if (at === haystack.length) return i;
    at++;
  }
  return -1;
}
