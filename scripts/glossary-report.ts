/**
 * npm run --silent glossary-report: every clause whose English does not use the glossary's
 * rendering of a term its Vietnamese uses (JSON), each with its status: "exception" (the review
 * log records a reviewed exception, given), "unreviewed" (the document's review log exists and
 * records none: the build fails) or "pending" (the document has no review log yet).
 */
import { buildAllDocuments, readGlossary, termConsistency } from './build-content.ts';

const { documents, review } = await buildAllDocuments();
const check = termConsistency(documents, readGlossary(), review);
const departures = check.departures.map(({ exception, ...departure }) => ({
  ...departure,
  ...(exception ? { exception: { english: exception.english, reason: exception.reason } } : {}),
}));
console.log(
  JSON.stringify(
    {
      count: departures.length,
      unreviewed: check.unreviewed.length,
      pending: check.pending.length,
      exceptions: departures.length - check.unreviewed.length - check.pending.length,
      unusedExceptions: check.unused,
      departures,
    },
    null,
    2,
  ),
);
