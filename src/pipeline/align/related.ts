/**
 * Alignment across documents: for each numbered section, the sections of the other documents that
 * address the same matter ("the same topic in other documents"), and the passages whose wording is
 * shared nearly word for word (several texts repeat the national resolution's sentences).
 */
import { flattenClauses } from '../emit/json.ts';
import type { Clause, EditionDocument } from '../model.ts';
import { foldKey } from '../text/fold.ts';
import { taskBody, type Body } from './bodies.ts';
import { sectionText, unnumberedBelow, type TopicAssignment } from './topics.ts';

export interface SectionRef {
  slug: string;
  id: string;
}

const key = (ref: SectionRef) => `${ref.slug}#${ref.id}`;

/** Words that say nothing about a section's matter in these texts. */
const STOPWORDS = new Set(
  'va cua cac cho voi trong de nhung la co duoc theo tren tai ve tu den nhu mot so hoac khi thi se da dang cung nay do tinh huyen thanh pho xa phuong tiep tuc thuc hien trien khai nang cao tang cuong day manh phat trien kinh te tap the hop tac xa to chuc'.split(' '),
);

function terms(text: string, stopwords: ReadonlySet<string>): string[] {
  return foldKey(text)
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length > 1 && !stopwords.has(w) && !/^\d+$/.test(w));
}

/** Bigrams of content words: "dat dai", "bao hiem" carry a section's matter better than single syllables. */
function features(text: string, stopwords: ReadonlySet<string>): string[] {
  const words = terms(text, stopwords);
  const grams = [...words];
  for (let i = 0; i + 1 < words.length; i++) grams.push(`${words[i]} ${words[i + 1]}`);
  return grams;
}

function countFeatures(texts: readonly string[], stopwords: ReadonlySet<string>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const text of texts) for (const f of features(text, stopwords)) counts.set(f, (counts.get(f) ?? 0) + 1);
  return counts;
}

/**
 * Headings keep every word: "Tổ chức thực hiện" is made of words that say nothing in running
 * text but name the chapter here; how common a word is among headings weighs it instead.
 */
const NO_STOPWORDS: ReadonlySet<string> = new Set();

type Vector = Map<string, number>;

/** Vectors' lengths, computed once: sections and passages are compared many times each. */
const norms = new WeakMap<Vector, number>();
function norm(v: Vector): number {
  let n = norms.get(v);
  if (n === undefined) {
    n = 0;
    for (const w of v.values()) n += w * w;
    norms.set(v, (n = Math.sqrt(n)));
  }
  return n;
}

function cosine(a: Vector, b: Vector): number {
  let dot = 0;
  for (const [term, weight] of a) dot += weight * (b.get(term) ?? 0);
  const denominator = norm(a) * norm(b);
  return denominator === 0 ? 0 : dot / denominator;
}

/** tf-idf weights of feature counts, given how many of `total` sections have each feature. */
function weigh(counts: Map<string, number>, frequency: Map<string, number>, total: number): Vector {
  const vector: Vector = new Map();
  for (const [f, n] of counts) vector.set(f, (1 + Math.log(n)) * Math.log(total / frequency.get(f)!));
  return vector;
}

interface Section {
  ref: SectionRef;
  vector: Vector;
  headingVector: Vector;
  topics: Set<string>;
  /** The section's main topic (its first), or null. */
  primary: string | null;
  /** The numbered sections directly below this one. */
  children: Section[];
  /** A top-level section (a chapter, "I. MỤC TIÊU") of its document. */
  chapter: boolean;
  /**
   * A section whose heading names no topic ("Nhiệm vụ và giải pháp") over sections on different
   * topics: it only groups them, so they are compared in its place.
   */
  container: boolean;
  /** The body the section assigns its tasks to ("b) Sở Tài chính"), or null. */
  body: string | null;
  /** The topics the section's heading names ("TỔ CHỨC THỰC HIỆN": implementation). */
  named: string[];
  /**
   * Its passages, each about one matter: its own paragraph with its heading, and each unnumbered
   * paragraph or bullet below it ("Sở Lao động…" tasks the Labour department with vocational
   * training in one bullet and national target programmes in the next).
   */
  passages: Vector[];
  /** How many numbered sections stand above it (0 for a chapter). */
  depth: number;
}

/** How much the headings' similarity adds to the texts' (headings name the matter). */
const HEADING_WEIGHT = 0.5;
/** How much standing at the same place among their siblings adds (the texts follow one template). */
const POSITION_WEIGHT = 0.2;
/** A best match counts only at or above this similarity. */
const MIN_SIMILARITY = 0.1;

/** Every document's numbered sections as a tree (its chapters first), with their vectors. */
function sectionTrees(
  documents: readonly EditionDocument[],
  assignments: Map<string, TopicAssignment>,
  topicsNamed: (heading: string) => string[],
  bodies: readonly Body[],
): Map<string, Section[]> {
  const raw: { slug: string; clause: Clause; parent: Clause | null; counts: Map<string, number>; headingCounts: Map<string, number>; passageCounts: Map<string, number>[] }[] = [];
  for (const document of documents) {
    const visit = (clauses: readonly Clause[], parent: Clause | null) => {
      for (const clause of clauses) {
        if (clause.label === null) {
          visit(clause.children, parent);
          continue;
        }
        const { heading, body } = sectionText(clause);
        // The heading names the matter: it counts three times.
        raw.push({
          slug: document.slug,
          clause,
          parent,
          counts: countFeatures([heading, heading, heading, body], STOPWORDS),
          headingCounts: countFeatures([heading], NO_STOPWORDS),
          passageCounts: passagesOf(clause).map((text) => countFeatures([text], STOPWORDS)),
        });
        visit(clause.children, clause);
      }
    };
    visit(document.clauses, null);
  }
  const frequency = new Map<string, number>();
  const headingFrequency = new Map<string, number>();
  for (const s of raw) {
    for (const f of s.counts.keys()) frequency.set(f, (frequency.get(f) ?? 0) + 1);
    for (const f of s.headingCounts.keys()) headingFrequency.set(f, (headingFrequency.get(f) ?? 0) + 1);
  }
  const byClause = new Map<Clause, Section>();
  const trees = new Map<string, Section[]>(documents.map((d) => [d.slug, []]));
  for (const { slug, clause, parent, counts, headingCounts, passageCounts } of raw) {
    const ref = { slug, id: clause.id };
    const topics = assignments.get(key(ref))?.topics ?? [];
    const section: Section = {
      ref,
      vector: weigh(counts, frequency, raw.length),
      headingVector: weigh(headingCounts, headingFrequency, raw.length),
      topics: new Set(topics),
      primary: topics[0] ?? null,
      children: [],
      chapter: parent === null,
      container: false,
      body: taskBody(clause, bodies),
      named: topicsNamed(clause.heading ?? ''),
      passages: passageCounts.map((c) => weigh(c, frequency, raw.length)),
      depth: parent ? byClause.get(parent)!.depth + 1 : 0,
    };
    byClause.set(clause, section);
    if (parent) byClause.get(parent)!.children.push(section);
    else trees.get(slug)!.push(section);
  }
  for (const section of byClause.values()) {
    section.container = new Set(section.children.map((c) => c.primary)).size > 1 && section.named.length === 0;
  }
  return trees;
}

/**
 * A numbered section's passages: its own paragraph, headed by its heading, and the unnumbered
 * paragraphs and bullets below it. A heading with no paragraph of its own ("h) Sở Tài nguyên và
 * Môi trường") names who acts, not a matter: its bullets carry the matter.
 */
function passagesOf(clause: Clause): string[] {
  const headed = (c: Clause) => [c.heading, c.text].filter(Boolean).join(' ');
  return [...(clause.text ? [headed(clause)] : []), ...unnumberedBelow(clause).map(headed)].filter((text) => text.trim() !== '');
}

/** Sections as compared: a container's sections take its place. */
function ungrouped(sections: readonly Section[]): Section[] {
  return sections.flatMap((s) => (s.container ? ungrouped(s.children) : [s]));
}

function flattenSections(sections: readonly Section[]): Section[] {
  return sections.flatMap((s) => [s, ...flattenSections(s.children)]);
}

function samePrimary(a: Section, b: Section): boolean {
  return a.primary !== null && a.primary === b.primary;
}

/** A broader section covers a narrower one's matter among its other topics. */
function covers(broad: Section, narrow: Section): boolean {
  return narrow.primary !== null && broad.primary !== narrow.primary && broad.topics.has(narrow.primary);
}

/** Two sections can match when one's main topic is among the other's topics. */
function compatible(a: Section, b: Section): boolean {
  return a.primary !== null && b.primary !== null && (a.topics.has(b.primary) || b.topics.has(a.primary));
}

function similarity(a: Section, b: Section): number {
  return cosine(a.vector, b.vector) + HEADING_WEIGHT * cosine(a.headingVector, b.headingVector);
}

/** 1 when two sections stand at the same relative place among their siblings, falling to 0. */
function samePlace(i: number, n: number, j: number, m: number): number {
  return 1 - Math.abs((i + 0.5) / n - (j + 0.5) / m);
}

/**
 * The best match of the section at place `at` of `count` siblings among the `candidates` that
 * `admits`, or null; `similar(j)` is its similarity to candidate j.
 */
function bestOf(
  section: Section,
  at: number,
  count: number,
  candidates: readonly Section[],
  similar: (j: number) => number,
  admits: (a: Section, b: Section) => boolean,
): Section | null {
  let top: Section | null = null;
  let topScore = -Infinity;
  candidates.forEach((candidate, j) => {
    // Place only decides between sections that are similar enough on their own.
    if (!admits(section, candidate) || similar(j) < MIN_SIMILARITY) return;
    const score = similar(j) + POSITION_WEIGHT * samePlace(at, count, j, candidates.length);
    if (score > topScore) [top, topScore] = [candidate, score];
  });
  return top;
}

/**
 * The matching pairs among two documents' sibling sections:
 * - two sections on the same main topic, each the other's best match on it (two chapters on the
 *   same topic need only one of them to be the other's best: Bình Thuận splits implementation
 *   into "Phân công nhiệm vụ" and "Tổ chức thực hiện", where the others have one chapter);
 * - a section and its best match when that is broader and covers its matter among others ("the
 *   Front and the Cooperative Alliance" for "the Alliance");
 * - two tasks of the same body ("Ban cán sự đảng Ủy ban nhân dân tỉnh lãnh đạo…" and "Đảng ủy Ủy
 *   ban nhân dân tỉnh lãnh đạo…"), however differently worded: each answers for that body.
 */
function matchSiblings(as: readonly Section[], bs: readonly Section[]): [Section, Section][] {
  const pairs = new Map<string, [Section, Section]>();
  const add = (a: Section, b: Section) => pairs.set(`${key(a.ref)} ${key(b.ref)}`, [a, b]);
  // Similarity is symmetric: computed once per pair, it serves both sides and both kinds of match.
  const similar = as.map((a) => bs.map((b) => similarity(a, b)));
  const bestForA = (i: number, admits: (a: Section, b: Section) => boolean) => bestOf(as[i]!, i, as.length, bs, (j) => similar[i]![j]!, admits);
  const bestForB = (j: number, admits: (a: Section, b: Section) => boolean) => bestOf(bs[j]!, j, bs.length, as, (i) => similar[i]![j]!, admits);
  const sameTopicA = as.map((_, i) => bestForA(i, samePrimary));
  const sameTopicB = bs.map((_, j) => bestForB(j, samePrimary));
  as.forEach((a, i) => {
    const b = sameTopicA[i];
    if (b && (sameTopicB[bs.indexOf(b)] === a || (a.chapter && b.chapter))) add(a, b);
  });
  bs.forEach((b, j) => {
    const a = sameTopicB[j];
    if (a && a.chapter && b.chapter) add(a, b);
  });
  as.forEach((a, i) => {
    const b = bestForA(i, compatible);
    if (b && covers(b, a)) add(a, b);
  });
  bs.forEach((b, j) => {
    const a = bestForB(j, compatible);
    if (a && covers(a, b)) add(a, b);
  });
  for (const a of as) for (const b of bs) if (a.body !== null && a.body === b.body) add(a, b);
  return [...pairs.values()];
}

/**
 * Similarity at which a passage links its section to the one holding its closest passage: high
 * enough that shared wording, not a shared word or two, makes the match. Chosen on the development
 * gold, where it is a narrow choice (README, "bench:align").
 */
const PASSAGE_SIMILARITY = 0.2;

/**
 * For each passage of either side, its section and the section of the other side holding the
 * passage most similar to it, with that similarity. A passage is about one matter, so it has one
 * closest counterpart; a section of several passages can have several. Callers pass no containers.
 */
function closestPassages(as: readonly Section[], bs: readonly Section[]): { from: Section; to: Section; similarity: number }[] {
  const passagesOfAll = (sections: readonly Section[]) => sections.flatMap((section) => section.passages.map((vector) => ({ section, vector })));
  const [pa, pb] = [passagesOfAll(as), passagesOfAll(bs)];
  const found: { from: Section; to: Section; similarity: number }[] = [];
  for (const [xs, ys] of [
    [pa, pb],
    [pb, pa],
  ] as const) {
    // Only passages sharing a feature can be similar: an index of features finds them, so two long
    // documents are not compared passage by passage (cosine as above, term by term in x's order).
    const holders = new Map<string, { at: number; weight: number }[]>();
    ys.forEach((y, at) => {
      for (const [term, weight] of y.vector) {
        const list = holders.get(term);
        if (list) list.push({ at, weight });
        else holders.set(term, [{ at, weight }]);
      }
    });
    const dots = new Float64Array(ys.length);
    for (const x of xs) {
      dots.fill(0);
      for (const [term, weight] of x.vector) for (const h of holders.get(term) ?? []) dots[h.at]! += weight * h.weight;
      const xNorm = norm(x.vector);
      let closest = -1;
      let best = 0;
      ys.forEach((y, at) => {
        const denominator = xNorm * norm(y.vector);
        const similar = denominator === 0 ? 0 : dots[at]! / denominator;
        if (similar > best) [closest, best] = [at, similar];
      });
      if (closest >= 0) found.push({ from: x.section, to: ys[closest]!.section, similarity: best });
    }
  }
  return found;
}

/**
 * Pairs among the sections directly below two matched sections (containers already ungrouped): a
 * section with a passage, and the section of the other side holding that passage's closest, at
 * PASSAGE_SIMILARITY, or at MIN_SIMILARITY when their topics are compatible. Lai Châu's "Sở Lao
 * động - Thương binh và Xã hội" lists vocational training and the national target programmes; An
 * Giang's "Chính sách phát triển nguồn nhân lực" and "Chính sách đầu tư phát triển kết cấu hạ
 * tầng" each answer one of those bullets.
 */
function passageMatches(as: readonly Section[], bs: readonly Section[]): [Section, Section][] {
  return closestPassages(as, bs)
    .filter(({ from, to, similarity }) => similarity >= PASSAGE_SIMILARITY || (similarity >= MIN_SIMILARITY && compatible(from, to)))
    .map(({ from, to }) => [from, to]);
}

/**
 * Pairs of points anywhere in two documents (not chapters, not containers): a point with a passage,
 * and the point of the other document holding that passage's closest, when the two stand at the
 * same depth, share their main topic and reach PASSAGE_SIMILARITY: An Giang's human resources
 * policy and Bình Thuận's training of civil servants under state management. The same depth keeps a
 * point from linking to a whole section of another document that repeats its wording; that
 * section's own counterpart is linked already.
 */
function passageMatchesAcross(as: readonly Section[], bs: readonly Section[]): [Section, Section][] {
  const points = (sections: readonly Section[]) => sections.filter((s) => !s.chapter && !s.container);
  return closestPassages(points(as), points(bs))
    .filter(({ from, to, similarity }) => similarity >= PASSAGE_SIMILARITY && from.depth === to.depth && samePrimary(from, to))
    .map(({ from, to }) => [from, to]);
}

/**
 * Similarity at which two sections that are each other's best match on their main topic anywhere
 * in the two documents link, wherever each stands: high enough that the wording, not the shared
 * topic alone, makes the match.
 */
const ACROSS_DOCUMENT_SIMILARITY = 0.3;

/**
 * Pairs of sections, anywhere in two documents, on the same main topic and each the other's most
 * similar section on it in the other document (containers only group others: they are left out).
 * Documents file the same matter under different chapters: Bình Thuận's Finance department task
 * under "Phân công nhiệm vụ" answers Lai Châu's under "mechanisms and policies", where matching
 * inside matched chapters cannot reach it.
 */
function mutualBestAcross(as: readonly Section[], bs: readonly Section[]): [Section, Section][] {
  const bestA = new Map<Section, { match: Section; score: number }>();
  const bestB = new Map<Section, { match: Section; score: number }>();
  for (const a of as) {
    for (const b of bs) {
      if (a.container || b.container || !samePrimary(a, b)) continue;
      const score = similarity(a, b);
      if (score > (bestA.get(a)?.score ?? -Infinity)) bestA.set(a, { match: b, score });
      if (score > (bestB.get(b)?.score ?? -Infinity)) bestB.set(b, { match: a, score });
    }
  }
  const pairs: [Section, Section][] = [];
  for (const [a, { match: b, score }] of bestA) if (score >= ACROSS_DOCUMENT_SIMILARITY && bestB.get(b)?.match === a) pairs.push([a, b]);
  return pairs;
}

/**
 * Related sections, found top down the way the documents are built: two documents' chapters are
 * matched first, then the sections directly below two matched sections among themselves, and so
 * on. Chapters that only group tasks ("Nhiệm vụ và giải pháp") match each other, and their tasks
 * are compared in their place. Matching inside matched sections keeps a point on land under
 * "mechanisms and policies" from being linked to a land figure among another text's objectives;
 * only sections whose wording is each other's closest on their topic, and points on the same topic
 * at the same depth holding a passage and its closest, link across chapters. Below matched
 * sections, passages match too: a section of several bullets can answer several of the other's.
 */
export function relatedSections(
  documents: readonly EditionDocument[],
  assignments: Map<string, TopicAssignment>,
  { topicsNamed, bodies }: { topicsNamed: (heading: string) => string[]; bodies: readonly Body[] },
): { related: Map<string, SectionRef[]>; compared: Map<string, string[]> } {
  const trees = sectionTrees(documents, assignments, topicsNamed, bodies);
  const neighbours = neighbourDocuments(trees);
  const related = new Map<string, SectionRef[]>();
  for (const sections of trees.values()) for (const s of flattenSections(sections)) related.set(key(s.ref), []);
  const link = (a: Section, b: Section) => {
    for (const [from, to] of [
      [a, b],
      [b, a],
    ] as const) {
      const list = related.get(key(from.ref))!;
      if (!list.some((r) => r.slug === to.ref.slug && r.id === to.ref.id)) list.push(to.ref);
    }
  };
  const descend = (as: readonly Section[], bs: readonly Section[]) => {
    for (const [a, b] of matchSiblings(as, bs)) {
      link(a, b);
      const [aChildren, bChildren] = [ungrouped(a.children), ungrouped(b.children)];
      // Chapters are matched whole; passages match the points of two matched points' sections.
      if (!a.chapter && !b.chapter) for (const [x, y] of passageMatches(aChildren, bChildren)) link(x, y);
      descend(aChildren, bChildren);
    }
  };
  for (const [slug, others] of neighbours) {
    for (const other of others) {
      if (slug > other) continue;
      const [as, bs] = [trees.get(slug)!, trees.get(other)!];
      // Chapters whose headings name the same role link however their texts differ (Bắc Kạn's
      // "Tổ chức thực hiện" and Bình Thuận's "Phân công nhiệm vụ"), as do chapters that only group tasks.
      for (const a of as) for (const b of bs) if ((a.container && b.container) || a.named.some((t) => b.named.includes(t))) link(a, b);
      descend(ungrouped(as), ungrouped(bs));
      const [allA, allB] = [flattenSections(as), flattenSections(bs)];
      for (const [a, b] of [...mutualBestAcross(allA, allB), ...passageMatchesAcross(allA, allB)]) link(a, b);
    }
  }
  // A reader scans the counterparts document by document, each in its reading order.
  const place = new Map<string, number>();
  for (const sections of trees.values()) for (const s of flattenSections(sections)) place.set(key(s.ref), place.size);
  for (const list of related.values()) list.sort((a, b) => place.get(key(a))! - place.get(key(b))!);
  return { related, compared: neighbours };
}

/**
 * The documents a document is compared with: the most similar ones, at most this many. The edition
 * has five, so each is compared with all four others; a far larger collection stays linear in size
 * instead of comparing every section with every section of every other document.
 */
export const MAX_COMPARED_DOCUMENTS = 4;

function neighbourDocuments(trees: Map<string, Section[]>): Map<string, string[]> {
  const vectors = new Map<string, Vector>();
  for (const [slug, list] of trees) {
    const v: Vector = new Map();
    for (const s of list) for (const [term, weight] of s.vector) v.set(term, (v.get(term) ?? 0) + weight);
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
