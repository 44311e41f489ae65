/**
 * npm run --silent restoration-review -- <slug>: for reviewing a restored OCR document, every
 * clause's OCR source beside its published reading, with the words the engine changed or doubted.
 * Reviewed corrections go into content/corrections/<slug>.json.
 */
import { flattenClauses } from '../src/pipeline/emit/json.ts';
import type { Clause } from '../src/pipeline/model.ts';
import { buildAllDocuments } from './build-content.ts';

const slug = process.argv[2];
const { documents } = await buildAllDocuments();
const document = documents.find((d) => d.slug === slug && d.restored);
if (!document) {
  console.error(`usage: restoration-review <slug> (a restored document: ${documents.filter((d) => d.restored).map((d) => d.slug).join(', ')})`);
  process.exit(1);
}
const clauses = flattenClauses<Clause>(document.clauses).map((c) => ({
  id: c.id,
  ocr: c.source,
  published: [c.marker, c.heading, c.text].filter(Boolean).join(' '),
  words: (c.restoration ?? []).map((w) => ({
    ocr: w.source,
    reading: w.output,
    confidence: Number(w.confidence.toFixed(3)),
    alternatives: w.alternatives.map((a) => a.output),
    ...(w.correction ? { corrected: true, engine: w.correction.engine } : {}),
  })),
}));
console.log(JSON.stringify({ slug: document.slug, source: document.source, corrections: document.corrections, clauses }, null, 2));
