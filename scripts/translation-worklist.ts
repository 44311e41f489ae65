/**
 * npm run --silent translation-worklist -- <slug>: the clauses of a document that need an English
 * translation, as JSON: id, kind, path, marker, heading, text and the fingerprint to record.
 */
import { flattenClauses } from '../src/pipeline/emit/json.ts';
import { vietnameseFingerprint } from '../src/pipeline/gloss/fingerprint.ts';
import type { Clause } from '../src/pipeline/model.ts';
import { buildAllDocuments } from './build-content.ts';

const slug = process.argv[2];
const { documents } = await buildAllDocuments();
const document = documents.find((d) => d.slug === slug);
if (!document) {
  console.error(`usage: translation-worklist <slug>; slugs: ${documents.map((d) => d.slug).join(', ')}`);
  process.exit(1);
}
const items = flattenClauses<Clause>(document.clauses).map((c) => ({
  id: c.id,
  kind: c.kind,
  path: c.path,
  marker: c.marker,
  heading: c.heading,
  text: c.text,
  fingerprint: vietnameseFingerprint(c.heading, c.text),
}));
console.log(JSON.stringify({ slug: document.slug, source: document.source, metadata: document.metadata, clauses: items }, null, 2));
