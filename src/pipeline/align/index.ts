/**
 * align: topics for every numbered section, links to the matching sections of the other
 * documents, passages of shared wording, and the numeric targets — the edition's comparisons.
 */
import type { EditionDocument } from '../model.ts';
import type { Body } from './bodies.ts';
import { relatedSections, sharedWording, type SectionRef } from './related.ts';
import { extractTargets, type Target } from './targets.ts';
import { assignTopics, topicsNamedBy, type Topic, type TopicAssignment, type TopicOverride } from './topics.ts';

export type { Body } from './bodies.ts';
export { loadBodies } from './bodies.ts';
export type { SectionRef } from './related.ts';
export type { Target } from './targets.ts';
export type { Topic, TopicAssignment, TopicOverride } from './topics.ts';
export { loadOverrides, loadTopics } from './topics.ts';

/** What the edition says about one numbered section's place among the documents. */
export interface SectionAlignment {
  topics: string[];
  source: TopicAssignment['source'];
  /** The matching sections of the other documents. */
  related: SectionRef[];
  /** Passages of other documents that share this section's wording nearly word for word. */
  shared: SectionRef[];
}

export interface Alignment {
  /** `slug#id` → alignment, for every numbered section (shared wording for any clause). */
  sections: Map<string, SectionAlignment>;
  targets: Target[];
}

/** The alignment as npm run content writes it (content/documents/alignment.json). */
export function serialiseAlignment(alignment: Alignment): string {
  return `${JSON.stringify({ sections: [...alignment.sections], targets: alignment.targets })}\n`;
}

/** The alignment back from what serialiseAlignment wrote. */
export function parseAlignment(json: string): Alignment {
  const data = JSON.parse(json) as { sections: [string, SectionAlignment][]; targets: Target[] };
  return { sections: new Map(data.sections), targets: data.targets };
}

/** The curated data the comparisons are built from (content/topics/). */
export interface AlignmentData {
  topics: readonly Topic[];
  overrides: readonly TopicOverride[];
  bodies: readonly Body[];
}

export function alignEdition(documents: readonly EditionDocument[], { topics, overrides, bodies }: AlignmentData): Alignment {
  const assignments = assignTopics(documents, topics, overrides);
  const { related, compared } = relatedSections(documents, assignments, { topicsNamed: (heading) => topicsNamedBy(heading, topics), bodies });
  const sections = new Map<string, SectionAlignment>();
  for (const [key, assignment] of assignments) {
    sections.set(key, { topics: assignment.topics, source: assignment.source, related: related.get(key) ?? [], shared: [] });
  }
  for (const { a, b } of sharedWording(documents, undefined, compared)) {
    for (const [from, to] of [
      [a, b],
      [b, a],
    ] as const) {
      const key = `${from.slug}#${from.id}`;
      const entry = sections.get(key) ?? { topics: [], source: 'automatic' as const, related: [], shared: [] };
      entry.shared.push(to);
      sections.set(key, entry);
    }
  }
  return { sections, targets: documents.flatMap(extractTargets) };
}
