/**
 * Policy topics (content/topics/topics.yaml) and their assignment to the numbered sections of the
 * documents: automatic, from a section's heading and text (its own and its sub-clauses'), unless
 * a reviewed decision (content/topics/overrides.yaml) says otherwise. Every assignment records
 * which it was.
 */
import { parse } from 'yaml';
import { flattenClauses } from '../emit/json.ts';
import type { Clause, EditionDocument } from '../model.ts';
import { SourceError } from '../model.ts';
import { foldKey } from '../text/fold.ts';

export interface Topic {
  id: string;
  vi: string;
  en: string;
  /** One line, English. */
  description: string;
  /** The same line in Vietnamese. */
  descriptionVi: string;
  /** Vietnamese phrases that signal the topic. */
  keywords: string[];
}

export interface TopicOverride {
  slug: string;
  id: string;
  topics: string[];
  note?: string;
}

export interface TopicAssignment {
  topics: string[];
  source: 'automatic' | 'reviewed';
}

export function loadTopics(yamlText: string, file: string): Topic[] {
  const raw = parse(yamlText) as unknown;
  if (!Array.isArray(raw)) throw new SourceError(file, null, 'expected a list of topics');
  const problems: string[] = [];
  const ids = new Set<string>();
  raw.forEach((t: Partial<Topic>, i) => {
    for (const field of ['id', 'vi', 'en', 'description', 'descriptionVi'] as const) if (typeof t?.[field] !== 'string' || t[field] === '') problems.push(`topics[${i}]: "${field}" is required`);
    if (!Array.isArray(t?.keywords) || t.keywords.length === 0) problems.push(`topics[${i}]: "keywords" must list at least one phrase`);
    if (t?.id && ids.has(t.id)) problems.push(`topics[${i}]: id "${t.id}" is used twice`);
    if (t?.id && !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(t.id)) problems.push(`topics[${i}]: id "${t.id}" must be lower-case ASCII words joined by hyphens`);
    if (t?.id) ids.add(t.id);
  });
  if (problems.length > 0) throw new SourceError(file, null, `\n  ${problems.join('\n  ')}`);
  return raw as Topic[];
}

export function loadOverrides(yamlText: string, file: string, topics: readonly Topic[]): TopicOverride[] {
  const raw = (parse(yamlText) ?? []) as unknown;
  if (!Array.isArray(raw)) throw new SourceError(file, null, 'expected a list of { slug, id, topics, note }');
  const known = new Set(topics.map((t) => t.id));
  const problems: string[] = [];
  raw.forEach((o: Partial<TopicOverride>, i) => {
    if (typeof o?.slug !== 'string' || typeof o?.id !== 'string' || !Array.isArray(o?.topics)) problems.push(`overrides[${i}]: needs slug, id and topics`);
    for (const t of o?.topics ?? []) if (!known.has(t)) problems.push(`overrides[${i}]: unknown topic "${t}"`);
  });
  if (problems.length > 0) throw new SourceError(file, null, `\n  ${problems.join('\n  ')}`);
  return raw as TopicOverride[];
}

/** Whole-word occurrences of a folded phrase in folded text. */
function occurrences(text: string, phrase: string): number {
  if (phrase === '') return 0;
  let count = 0;
  let at = text.indexOf(phrase);
  while (at >= 0) {
    const before = text[at - 1];
    const after = text[at + phrase.length];
    if ((before === undefined || before === ' ') && (after === undefined || after === ' ')) count++;
    at = text.indexOf(phrase, at + 1);
  }
  return count;
}

const normalise = (text: string) => ` ${foldKey(text).replace(/[^a-z0-9]+/g, ' ').trim()} `;

/** A heading names what a section is about; its running text only suggests it. */
const HEADING_WEIGHT = 4;
/** A topic is assigned when its score reaches this, and is within this share of the best topic. */
const MIN_SCORE = 2;
const SHARE_OF_BEST = 0.5;
const MAX_TOPICS = 3;

/** The text a numbered section speaks with: its own heading and text and all its sub-clauses'. */
export function sectionText(clause: Clause): { heading: string; body: string } {
  const all = flattenClauses<Clause>([clause]);
  return {
    heading: clause.heading ?? '',
    body: all.map((c) => [c === clause ? null : c.heading, c.text].filter(Boolean).join(' ')).join(' '),
  };
}

/**
 * The unnumbered clauses below a section, in reading order (its paragraphs and bullets, and theirs):
 * what the section says in its own words. Numbered sub-sections are sections of their own.
 */
export function unnumberedBelow(clause: Clause): Clause[] {
  return clause.children.flatMap((c) => (c.label !== null ? [] : [c, ...unnumberedBelow(c)]));
}

/** Each topic's keywords folded as texts are: once per topic, not once per section and keyword. */
const foldedKeywords = new WeakMap<Topic, string[]>();
function keywordsOf(topic: Topic): string[] {
  let folded = foldedKeywords.get(topic);
  if (!folded) foldedKeywords.set(topic, (folded = topic.keywords.map((keyword) => normalise(keyword).trim())));
  return folded;
}

/** Topic scores of a section from its keywords (marks and case folded; phrases whole). */
export function topicScores(clause: Clause, topics: readonly Topic[]): Map<string, number> {
  const { heading, body } = sectionText(clause);
  const h = normalise(heading);
  const b = normalise(body);
  const scores = new Map<string, number>();
  for (const topic of topics) {
    let score = 0;
    for (const k of keywordsOf(topic)) score += HEADING_WEIGHT * occurrences(h, k) + Math.min(3, occurrences(b, k));
    if (score > 0) scores.set(topic.id, score);
  }
  return scores;
}

/** The topics a heading names: "Mục tiêu cụ thể" names objectives, "Nhiệm vụ và giải pháp" none. */
export function topicsNamedBy(heading: string, topics: readonly Topic[]): string[] {
  const h = normalise(heading);
  return topics.filter((topic) => keywordsOf(topic).some((k) => occurrences(h, k) > 0)).map((topic) => topic.id);
}

export function automaticTopics(clause: Clause, topics: readonly Topic[]): string[] {
  const ranked = [...topicScores(clause, topics)].sort((a, b) => b[1] - a[1]);
  const best = ranked[0]?.[1] ?? 0;
  // A topic the heading names is the section's even when its text speaks more of others
  // ("Tăng cường sự lãnh đạo của Đảng, phát huy vai trò của Mặt trận…").
  const named = new Set(topicsNamedBy(clause.heading ?? '', topics));
  return ranked.filter(([id, score]) => score >= MIN_SCORE && (score >= best * SHARE_OF_BEST || named.has(id))).slice(0, MAX_TOPICS).map(([id]) => id);
}

/** The numbered sections of a document: clauses with a numbering label (I, 2, 2.1, a). */
export function numberedSections(document: EditionDocument): Clause[] {
  return flattenClauses<Clause>(document.clauses).filter((c) => c.label !== null);
}

/** Every numbered section's topics: the reviewed decision where there is one, else the automatic one. */
export function assignTopics(documents: readonly EditionDocument[], topics: readonly Topic[], overrides: readonly TopicOverride[]): Map<string, TopicAssignment> {
  const reviewed = new Map(overrides.map((o) => [`${o.slug}#${o.id}`, o.topics]));
  const assignments = new Map<string, TopicAssignment>();
  for (const document of documents) {
    // A numbered section whose own words name no topic ("b) Sở Nội vụ") takes its parent's:
    // a point under "Chính sách đất đai" is about land.
    const visit = (clauses: readonly Clause[], inherited: string[]) => {
      for (const clause of clauses) {
        let own = inherited;
        if (clause.label !== null) {
          const key = `${document.slug}#${clause.id}`;
          const decided = reviewed.get(key);
          const automatic = automaticTopics(clause, topics);
          const assignment: TopicAssignment = decided ? { topics: decided, source: 'reviewed' } : { topics: automatic.length > 0 ? automatic : inherited, source: 'automatic' };
          assignments.set(key, assignment);
          own = assignment.topics;
        }
        visit(clause.children, own);
      }
    };
    visit(document.clauses, []);
  }
  return assignments;
}
