import type { APIRoute } from 'astro';
import { loadReferences } from '../../lib/references.ts';
import { referencesExport } from '../../pipeline/references/index.ts';

/** dist/api/references.json: every cited document and the clauses citing it (docs/json-export.md). */
export const GET: APIRoute = () =>
  new Response(JSON.stringify(referencesExport(loadReferences()), null, 2), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
