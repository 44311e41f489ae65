/**
 * The gazetteer (content/gazetteer/provinces.yaml): which province a document belongs to, from
 * the province its issuer names or the place its date line gives ("Long Xuyên, ngày …" is An
 * Giang). Places are read against the provinces of the document's own date: the 63 until
 * 30 June 2025, the 34 of Nghị quyết 202/2025/QH15 from 1 July 2025.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { SourceError, type DocumentDate } from '../model.ts';
import { foldKey } from '../text/fold.ts';

export interface Gazetteer {
  /** ISO date of the last day the 63 provinces held. */
  until: string;
  before: { name: string; capital: string; places: string[]; became: string; aliases: string[] }[];
  after: { name: string; centre: string }[];
}

export const GAZETTEER_FILE = new URL('../../../content/gazetteer/provinces.yaml', import.meta.url);

/** Folded, with hyphens and dots as spaces: "Bà Rịa - Vũng Tàu" → "ba ria vung tau". */
export function placeKey(text: string): string {
  return foldKey(text).replace(/[-–—.]/g, ' ').replace(/\s+/g, ' ').trim();
}

/** Parse and check the gazetteer; every problem is named with the entry it is in. */
export function parseGazetteer(text: string, file = 'content/gazetteer/provinces.yaml'): Gazetteer {
  const raw = parse(text) as Record<string, unknown> | null;
  const problems: string[] = [];
  const until = raw?.until instanceof Date ? raw.until.toISOString().slice(0, 10) : String(raw?.until ?? '');
  if (!/^\d{4}-\d{2}-\d{2}$/.test(until)) problems.push('"until" must be a date (YYYY-MM-DD)');
  const strings = (value: unknown): value is string[] => Array.isArray(value) && value.every((v) => typeof v === 'string' && v.trim() !== '');
  const before: Gazetteer['before'] = [];
  const after: Gazetteer['after'] = [];
  const afterNames = new Set<string>();
  for (const [i, entry] of ((raw?.after as unknown[]) ?? []).entries()) {
    const { name, centre } = (entry ?? {}) as Record<string, unknown>;
    if (typeof name !== 'string' || typeof centre !== 'string') problems.push(`after[${i}]: needs "name" and "centre"`);
    else {
      after.push({ name, centre });
      afterNames.add(name);
    }
  }
  for (const [i, entry] of ((raw?.before as unknown[]) ?? []).entries()) {
    const { name, capital, places = [], became, aliases = [] } = (entry ?? {}) as Record<string, unknown>;
    if (typeof name !== 'string' || typeof capital !== 'string' || typeof became !== 'string' || !strings(places) || !strings(aliases)) {
      problems.push(`before[${i}]: needs "name", "capital", "became" and lists "places" (and optional "aliases") of names`);
      continue;
    }
    if (!afterNames.has(became)) problems.push(`before[${i}] (${name}): "became" names "${became}", which is not among "after"`);
    before.push({ name, capital, places, became, aliases });
  }
  if (before.length !== 63) problems.push(`"before" lists ${before.length} provinces; Viet Nam had 63 until 30 June 2025`);
  if (after.length !== 34) problems.push(`"after" lists ${after.length} provinces; Nghị quyết 202/2025/QH15 made 34`);
  if (problems.length > 0) throw new SourceError(file, null, `\n  ${problems.join('\n  ')}`);
  return { until, before, after };
}

let loaded: Gazetteer | null = null;

export function gazetteer(): Gazetteer {
  loaded ??= parseGazetteer(readFileSync(GAZETTEER_FILE, 'utf8'));
  return loaded;
}

function afterUntil(date: DocumentDate | null, data: Gazetteer): boolean {
  return date !== null && date.iso.slice(0, 10) > data.until.slice(0, date.iso.length);
}

function wholeWords(haystack: string, needle: string): boolean {
  return ` ${haystack} `.includes(` ${needle} `);
}

/**
 * The province a body's name names ("TỈNH ỦY AN GIANG", "UBND TỈNH ĐIỆN BIÊN", "ỦY BAN NHÂN DÂN
 * THÀNH PHỐ HÀ NỘI"), as it was named then; the longest name wins ("Bà Rịa - Vũng Tàu" over none).
 */
export function provinceNamedIn(text: string, date: DocumentDate | null, data = gazetteer()): string | null {
  const key = placeKey(text);
  const names = [
    ...(afterUntil(date, data) ? data.after.map((p) => ({ key: p.name, name: p.name })) : []),
    ...data.before.flatMap((p) => [p.name, ...p.aliases].map((alias) => ({ key: alias, name: p.name }))),
    ...data.after.map((p) => ({ key: p.name, name: p.name })),
  ];
  let best: { key: string; name: string } | null = null;
  for (const candidate of names) {
    const k = placeKey(candidate.key);
    if (wholeWords(key, k) && (best === null || k.length > placeKey(best.key).length)) best = candidate;
  }
  return best?.name ?? null;
}

/** The province of the place a date line gives: a province, its capital or one of its cities. */
export function provinceOfPlace(place: string, date: DocumentDate | null, data = gazetteer()): string | null {
  const key = placeKey(place).replace(/^(thanh pho|tp|thi xa|tx)\s+/, '');
  const later = afterUntil(date, data);
  if (later) {
    const named = data.after.find((p) => placeKey(p.name) === key || placeKey(p.centre) === key);
    if (named) return named.name;
  }
  const earlier = data.before.find((p) => [p.name, ...p.aliases].some((n) => placeKey(n) === key))
    ?? data.before.find((p) => [p.capital, ...p.places].some((n) => placeKey(n) === key));
  if (!earlier) return null;
  return later ? earlier.became : earlier.name;
}
