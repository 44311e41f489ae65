import type { APIRoute } from 'astro';
import { clauseUrl } from '../../pipeline/emit/json.ts';
import { loadAlignment } from '../../lib/documents.ts';

/** dist/api/targets.json: each numeric target with document, clause, indicator, year, value, unit and sentence. */
export const GET: APIRoute = () => {
  const { alignment } = loadAlignment();
  const targets = alignment.targets.map((t) => ({ document: t.slug, clause: t.id, url: clauseUrl(t.slug, t.id), indicator: t.indicator, year: t.year, number: t.value, ...(t.valueMax !== undefined ? { numberMax: t.valueMax } : {}), unit: t.unit, comparator: t.comparator, sentence: t.sentence }));
  return new Response(JSON.stringify({ targets }, null, 2), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
