/**
 * The course pack's contents: clauses as "slug:id", kept in the pack page's URL
 * (/pack/?c=slug:id,slug:id) and remembered in this browser between pages.
 */
const STORAGE_KEY = 'course-pack';

export interface PackRef {
  slug: string;
  id: string;
}

export function refKey(ref: PackRef): string {
  return `${ref.slug}:${ref.id}`;
}

/** "a:x,b:y" → refs, in order; an item without a ":" keeps its text as the slug, so it is reported as unknown. */
export function parsePack(value: string): PackRef[] {
  return value
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean)
    .map((item) => {
      const colon = item.indexOf(':');
      return colon < 0 ? { slug: item, id: '' } : { slug: item.slice(0, colon), id: item.slice(colon + 1) };
    });
}

/** The pack page's address for these refs (slugs and ids are [a-z0-9-], so ":" and "," stay readable). */
export function packUrl(refs: readonly PackRef[], base = '/pack/'): string {
  const value = refs.map((ref) => refKey(ref).replace(/[^a-z0-9:.-]/gi, encodeURIComponent)).join(',');
  return refs.length === 0 ? base : `${base}?c=${value}`;
}

export function storedPack(): PackRef[] {
  try {
    return parsePack(localStorage.getItem(STORAGE_KEY) ?? '');
  } catch {
    return [];
  }
}

export function storePack(refs: readonly PackRef[]): void {
  try {
    localStorage.setItem(STORAGE_KEY, refs.map(refKey).join(','));
  } catch {
    // Not remembered (storage unavailable); the pack page's URL still holds it.
  }
}
