/**
 * Alignment across documents: for each numbered section, the sections of the other documents that
 * address the same matter ("the same topic in other documents"), and the passages whose wording is
 * shared nearly word for word (several texts repeat the national resolution's sentences).
 */
import { flattenClauses } from '../emit/json.ts';
import type { Clause, EditionDocument } from '../model.ts';
import { foldKey } from '../text/fold.ts';
import { numberedSections, sectionText, type TopicAssignment } from './topics.ts';

export interface SectionRef {
  slug: string;
  id: string;
}

const key = (ref: SectionRef) => `${ref.slug}#${ref.id}`;

/** Words that say nothing about a section's matter in these texts. */
const STOPWORDS = new Set(
  'va cua cac cho voi trong de nhung la co duoc theo tren tai ve tu den nhu mot so hoac khi thi se da dang cung nay do tinh huyen thanh pho xa phuong tiep tuc thuc hien trien khai nang cao tang cuong day manh phat trien kinh te tap the hop tac xa to chuc'.split(' '),
);

function terms(text: string): string[] {
  return foldKey(text)
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length > 1 && !STOPWORDS.has(w) && !/^\d+$/.test(w));
}

/** Bigrams of content words: "dat dai", "bao hiem" carry a section's matter better than single syllables. */
function features(text: string): string[] {
  const words = terms(text);
  const grams = [...words];
  for (let i = 0; i + 1 < words.length; i++) grams.push(`${words[i]} ${words[i + 1]}`);
  return grams;
}

type Vector = Map<string, number>;

function cosine(a: Vector, b: Vector): number {
  let dot = 0;
  for (const [term, weight] of a) dot += weight * (b.get(term) ?? 0);
  const norm = (v: Vector) => Math.sqrt([...v.values()].reduce((s, w) => s + w * w, 0));
  const denominator = norm(a) * norm(b);
  return denominator === 0 ? 0 : dot / denominator;
}

interface Section {
  ref: SectionRef;
  clause: Clause;
  depth: number;
  vector: Vector;
  topics: Set<string>;
  /** The section's main topic (its first), or null. */
  primary: string | null;
}

/** How much a shared topic adds to the wording's similarity (the main topic already has to agree). */
const TOPIC_WEIGHT = 0;
/** A best match counts only above this similarity. */
const MIN_SIMILARITY = 0.1;

function sections(documents: readonly EditionDocument[], assignments: Map<string, TopicAssignment>): Section[] {
  const all: { ref: SectionRef; clause: Clause; counts: Map<string, number> }[] = [];
  for (const document of documents) {
    for (const clause of numberedSections(document)) {
      const { heading, body } = sectionText(clause);
      const counts = new Map<string, number>();
      // The heading names the matter: it counts three times.
      for (const f of [...features(heading), ...features(heading), ...features(heading), ...features(body)]) counts.set(f, (counts.get(f) ?? 0) + 1);
      all.push({ ref: { slug: document.slug, id: clause.id }, clause, counts });
    }
  }
  const documentFrequency = new Map<string, number>();
  for (const s of all) for (const f of s.counts.keys()) documentFrequency.set(f, (documentFrequency.get(f) ?? 0) + 1);
  return all.map(({ ref, clause, counts }) => {
    const vector: Vector = new Map();
    for (const [f, n] of counts) vector.set(f, (1 + Math.log(n)) * Math.log(all.length / documentFrequency.get(f)!));
    const topics = assignments.get(key(ref))?.topics ?? [];
    return { ref, clause, depth: clause.path.length, vector, topics: new Set(topics), primary: topics[0] ?? null };
  });
}

export interface RelatedOptions {
  /** Link only when each is the other's best match in its document. */
  mutual?: boolean;
  /** Compare only sections with the same main topic. */
  samePrimaryTopic?: boolean;
  minSimilarity?: number;
  topicWeight?: number;
}

function similarity(a: Section, b: Section, topicWeight: number): number {
  const shared = [...a.topics].filter((t) => b.topics.has(t)).length;
  const union = new Set([...a.topics, ...b.topics]).size;
  return cosine(a.vector, b.vector) + (union === 0 ? 0 : topicWeight * (shared / union));
}

/**
 * Related sections: a section and its best match in another document are linked when each is the
 * other's best match there (mutual best) and their similarity is high enough.
 */
export function relatedSections(
  documents: readonly EditionDocument[],
  assignments: Map<string, TopicAssignment>,
  options: RelatedOptions = {},
): { related: Map<string, SectionRef[]>; compared: Map<string, string[]> } {
  const { mutual = true, samePrimaryTopic = true, minSimilarity = MIN_SIMILARITY, topicWeight = TOPIC_WEIGHT } = options;
  const all = sections(documents, assignments);
  const bySlug = Map.groupBy(all, (s) => s.ref.slug);
  const neighbours = neighbourDocuments(bySlug);
  const best = new Map<string, { section: Section; score: number }>();
  for (const a of all) {
    for (const slug of neighbours.get(a.ref.slug) ?? []) {
      const candidates = bySlug.get(slug)!;
      let top: { section: Section; score: number } | null = null;
      for (const b of candidates) {
        if (samePrimaryTopic && (a.primary === null || b.primary !== a.primary)) continue;
        const score = similarity(a, b, topicWeight);
        if (!top || score > top.score) top = { section: b, score };
      }
      if (top) best.set(`${key(a.ref)}>${slug}`, top);
    }
  }
  const related = new Map<string, SectionRef[]>();
  for (const a of all) {
    const links: SectionRef[] = [];
    for (const slug of neighbours.get(a.ref.slug) ?? []) {
      const top = best.get(`${key(a.ref)}>${slug}`);
      if (!top || top.score < minSimilarity) continue;
      const back = best.get(`${key(top.section.ref)}>${a.ref.slug}`);
      if (!mutual || back?.section === a) links.push(top.section.ref);
    }
    related.set(key(a.ref), links);
  }
  return { related, compared: neighbours };
}

/**
 * The documents a document is compared with: the most similar ones, at most this many. The edition
 * has five, so each is compared with all four others; a far larger collection stays linear in size
 * instead of comparing every section with every section of every other document.
 */
export const MAX_COMPARED_DOCUMENTS = 4;

function neighbourDocuments(bySlug: Map<string, Section[]>): Map<string, string[]> {
  const vectors = new Map<string, Vector>();
  for (const [slug, list] of bySlug) {
    const v: Vector = new Map();
    for (const s of list) if (s.depth === 1) for (const [term, weight] of s.vector) v.set(term, (v.get(term) ?? 0) + weight);
    vectors.set(slug, v);
  }
  const neighbours = new Map<string, string[]>();
  for (const [slug, v] of vectors) {
    const ranked = [...vectors.entries()].filter(([other]) => other !== slug).map(([other, w]) => ({ other, score: cosine(v, w) }));
    ranked.sort((a, b) => b.score - a.score || a.other.localeCompare(b.other));
    neighbours.set(slug, ranked.slice(0, MAX_COMPARED_DOCUMENTS).map((r) => r.other));
  }
  // Comparison is mutual: a document compared with another is also compared back.
  for (const [slug, list] of neighbours) for (const other of list) if (!neighbours.get(other)!.includes(slug)) neighbours.get(other)!.push(slug);
  return neighbours;
}

/** Word 6-grams: long enough that sharing many of them means sharing the wording. */
function shingles(text: string): Set<string> {
  const words = foldKey(text).split(/[^a-z0-9]+/).filter(Boolean);
  const out = new Set<string>();
  for (let i = 0; i + 6 <= words.length; i++) out.add(words.slice(i, i + 6).join(' '));
  return out;
}

export interface SharedWording {
  a: SectionRef;
  b: SectionRef;
  /** Share of the shorter passage's 6-grams that the other passage also has. */
  overlap: number;
}

/**
 * Passages (clauses' own text, 15 words or more) whose wording two documents share nearly word for
 * word. Candidates come from an index of 6-grams, so only passages that share one are compared.
 */
export function sharedWording(documents: readonly EditionDocument[], minimum = 0.6, compared?: Map<string, string[]>): SharedWording[] {
  const passages: { ref: SectionRef; grams: Set<string> }[] = [];
  for (const document of documents) {
    for (const clause of flattenClauses(document.clauses)) {
      const text = [clause.heading, clause.text].filter(Boolean).join(' ');
      if (text.split(/\s+/).length < 15) continue;
      passages.push({ ref: { slug: document.slug, id: clause.id }, grams: shingles(text) });
    }
  }
  const byGram = new Map<string, number[]>();
  passages.forEach((p, i) => {
    for (const g of p.grams) {
      const holders = byGram.get(g);
      if (holders) holders.push(i);
      else byGram.set(g, [i]);
    }
  });
  const found: SharedWording[] = [];
  passages.forEach((a, i) => {
    const shared = new Map<number, number>();
    for (const g of a.grams) for (const j of byGram.get(g)!) if (j > i) shared.set(j, (shared.get(j) ?? 0) + 1);
    for (const [j, count] of shared) {
      const b = passages[j]!;
      if (a.ref.slug === b.ref.slug) continue;
      if (compared && !(compared.get(a.ref.slug) ?? []).includes(b.ref.slug)) continue;
      const overlap = count / Math.min(a.grams.size, b.grams.size);
      if (overlap >= minimum) found.push({ a: a.ref, b: b.ref, overlap });
    }
  });
  return found;
}
