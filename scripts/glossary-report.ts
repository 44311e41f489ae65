/**
 * npm run --silent glossary-report: the clauses whose English does not use the glossary's
 * rendering of a term their Vietnamese uses, for the editors to review (JSON).
 */
import { glossaryDeviations, glossaryIndex } from '../src/pipeline/gloss/occurrences.ts';
import { buildAllDocuments, readGlossary } from './build-content.ts';

const { documents } = await buildAllDocuments();
const glossary = readGlossary();
const deviations = glossaryDeviations(documents, glossary, glossaryIndex(glossary));
console.log(JSON.stringify({ count: deviations.length, deviations }, null, 2));
