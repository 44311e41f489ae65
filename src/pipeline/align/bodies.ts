/**
 * The bodies the programmes assign tasks to (content/topics/bodies.yaml), and the one body a
 * numbered section assigns its tasks to: "b) Sở Tài chính", "2. Ban cán sự đảng Ủy ban nhân dân
 * tỉnh lãnh đạo, chỉ đạo…". Two documents' tasks for the same body answer each other, however
 * differently they are worded.
 */
import { parse } from 'yaml';
import { flattenClauses } from '../emit/json.ts';
import type { Clause } from '../model.ts';
import { SourceError } from '../model.ts';
import { foldKey } from '../text/fold.ts';
import { sectionText } from './topics.ts';

export interface Body {
  id: string;
  vi: string;
  en: string;
  /** The names the texts give it (NFC, with diacritics); matched regardless of marks and case. */
  names: string[];
}

const words = (text: string) => foldKey(text).split(/[^a-z0-9]+/).filter(Boolean);

export function loadBodies(yamlText: string, file: string): Body[] {
  const raw = (parse(yamlText) ?? []) as unknown;
  if (!Array.isArray(raw)) throw new SourceError(file, null, 'expected a list of { id, vi, en, names }');
  const problems: string[] = [];
  const ids = new Set<string>();
  const claimed = new Map<string, string>();
  raw.forEach((b: Partial<Body>, i) => {
    for (const field of ['id', 'vi', 'en'] as const) if (typeof b?.[field] !== 'string' || b[field] === '') problems.push(`bodies[${i}]: "${field}" is required`);
    if (!Array.isArray(b?.names) || b.names.length === 0 || b.names.some((n) => typeof n !== 'string' || words(n).length === 0)) problems.push(`bodies[${i}]: "names" must list at least one name`);
    if (b?.id && ids.has(b.id)) problems.push(`bodies[${i}]: id "${b.id}" is used twice`);
    if (b?.id && !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(b.id)) problems.push(`bodies[${i}]: id "${b.id}" must be lower-case ASCII words joined by hyphens`);
    if (b?.id) ids.add(b.id);
    for (const name of Array.isArray(b?.names) ? b.names : []) {
      if (typeof name !== 'string') continue;
      const key = words(name).join(' ');
      const owner = claimed.get(key);
      // One name, two bodies: a task could not say whose it is.
      if (owner !== undefined && owner !== b?.id) problems.push(`bodies[${i}]: name "${name}" is also a name of "${owner}"`);
      claimed.set(key, b?.id ?? '');
    }
  });
  if (problems.length > 0) throw new SourceError(file, null, `\n  ${problems.join('\n  ')}`);
  return raw as Body[];
}

/** Every body named in `text`, in order, the longest name where two start at one word. */
function namedBodies(text: string, bodies: readonly Body[]): { id: string; at: number }[] {
  const names = bodies.flatMap((body) => body.names.map((name) => ({ id: body.id, words: words(name) })));
  const w = words(text);
  const found: { id: string; at: number }[] = [];
  for (let at = 0; at < w.length; at++) {
    let best: { id: string; length: number } | null = null;
    for (const name of names) {
      if (name.words.length > (best?.length ?? 0) && name.words.every((word, k) => w[at + k] === word)) best = { id: name.id, length: name.words.length };
    }
    if (best) {
      found.push({ id: best.id, at });
      at += best.length - 1;
    }
  }
  return found;
}

/**
 * A task's body opens it: at most three words stand before its name ("Giao Ban cán sự đảng…",
 * "Các đồng chí Ủy viên Ban Chấp hành…", "Thủ trưởng các sở, ban, ngành"). A body named further in
 * is the matter, not the assignee ("Nâng cao vai trò của Liên minh Hợp tác xã tỉnh").
 */
const OPENING_WORDS = 4;

/**
 * The body a numbered section assigns its tasks to, or null: a section with no numbered sections
 * below it whose heading, or (without a heading) whose text, opens with the body's name ("b) Sở
 * Tài chính", "2. Ban cán sự đảng Ủy ban nhân dân tỉnh lãnh đạo…"). A heading naming several bodies
 * ("Các sở, ngành và UBND các huyện") assigns no one body.
 */
export function taskBody(clause: Clause, bodies: readonly Body[]): string | null {
  if (flattenClauses<Clause>(clause.children).some((c) => c.label !== null)) return null;
  const heading = clause.heading ?? '';
  const hasHeading = words(heading).length > 0;
  // Only the opening matters; a long text is cut well past the longest name.
  const opening = hasHeading ? heading : words(sectionText(clause).body).slice(0, 40).join(' ');
  const named = namedBodies(opening, bodies);
  const first = named[0];
  if (first === undefined || first.at >= OPENING_WORDS) return null;
  if (hasHeading && named.some((n) => n.id !== first.id)) return null;
  return first.id;
}
