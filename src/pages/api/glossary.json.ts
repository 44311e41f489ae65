import type { APIRoute } from 'astro';
import { clauseUrl } from '../../pipeline/emit/json.ts';
import { compareVietnamese } from '../../pipeline/gloss/collate.ts';
import { loadGlossaryWithOccurrences } from '../../lib/documents.ts';

/** dist/api/glossary.json: every term with its English, definition and occurrences (docs/json-export.md). */
export const GET: APIRoute = () => {
  const { terms, occurrences } = loadGlossaryWithOccurrences();
  const body = [...terms]
    .sort((a, b) => compareVietnamese(a.vi[0]!, b.vi[0]!))
    .map((t) => ({ ...t, occurrences: (occurrences.get(t.id) ?? []).map((o) => ({ slug: o.slug, id: o.id, url: clauseUrl(o.slug, o.id) })) }));
  return new Response(JSON.stringify({ terms: body }, null, 2), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
