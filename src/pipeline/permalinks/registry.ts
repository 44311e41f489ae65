/**
 * Links are forever: every published clause id is recorded in content/published-ids.json, and the
 * build fails when one would disappear without a recorded redirect (content/redirects.json).
 */
import { flattenClauses } from '../emit/json.ts';
import type { Clause, EditionDocument } from '../model.ts';

/** slug → ids, in reading order. */
export type PublishedIds = Record<string, string[]>;

/** A published clause that moved: readers following the old link are sent to the new place. */
export interface ClauseRedirect {
  from: { slug: string; id: string };
  to: { slug: string; id: string };
  /** Why it moved, for the record. */
  reason: string;
}

export interface RegistryCheck {
  /** Published ids the build no longer produces and no redirect covers: the build fails on these. */
  missing: { slug: string; id: string }[];
  /** Ids the build produces that are not registered yet (`npm run register-ids` records them). */
  unregistered: { slug: string; id: string }[];
}

export function currentIds(documents: readonly EditionDocument[]): PublishedIds {
  return Object.fromEntries(documents.map((d) => [d.slug, flattenClauses<Clause>(d.clauses).map((c) => c.id)]));
}

export function checkRegistry(registry: PublishedIds, documents: readonly EditionDocument[], redirects: readonly ClauseRedirect[]): RegistryCheck {
  const current = currentIds(documents);
  const redirected = new Set(redirects.map((r) => `${r.from.slug}#${r.from.id}`));
  const missing: RegistryCheck['missing'] = [];
  for (const [slug, ids] of Object.entries(registry)) {
    const now = new Set(current[slug] ?? []);
    for (const id of ids) if (!now.has(id) && !redirected.has(`${slug}#${id}`)) missing.push({ slug, id });
  }
  const unregistered: RegistryCheck['unregistered'] = [];
  for (const [slug, ids] of Object.entries(current)) {
    const known = new Set(registry[slug] ?? []);
    for (const id of ids) if (!known.has(id)) unregistered.push({ slug, id });
  }
  return { missing, unregistered };
}

/** Redirect targets must exist: a redirect to nowhere would break the link it means to keep. */
export function checkRedirects(redirects: readonly ClauseRedirect[], documents: readonly EditionDocument[]): string[] {
  const current = currentIds(documents);
  return redirects
    .filter((r) => !(current[r.to.slug] ?? []).includes(r.to.id))
    .map((r) => `redirect ${r.from.slug}#${r.from.id} → ${r.to.slug}#${r.to.id}: the target does not exist`);
}

/** The registry with the current ids added; ids are never removed from it. */
export function registerIds(registry: PublishedIds, documents: readonly EditionDocument[]): PublishedIds {
  const next: PublishedIds = { ...registry };
  for (const [slug, ids] of Object.entries(currentIds(documents))) {
    const known = registry[slug] ?? [];
    next[slug] = [...known, ...ids.filter((id) => !known.includes(id))];
  }
  return next;
}
