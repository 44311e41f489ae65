/**
 * Diacritic-insensitive folding for Vietnamese.
 * `đ`/`Đ` have no Unicode decomposition, so NFD alone leaves them; they are mapped to `d` explicitly.
 */
export function foldDiacritics(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .normalize('NFC');
}

/** Folded and lower-cased: the key used to compare words regardless of marks and case. */
export function foldKey(text: string): string {
  return foldDiacritics(text).toLowerCase();
}

/** A URL-safe slug of ASCII letters, digits and hyphens. */
export function slugify(text: string): string {
  return foldKey(text)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
