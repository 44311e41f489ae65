import type { APIRoute } from 'astro';
import { summaryExport } from '../../pipeline/emit/json.ts';
import { labelsOf, loadDocuments } from '../../lib/documents.ts';

/** dist/api/documents.json: one entry per document (docs/json-export.md). */
export const GET: APIRoute = () =>
  new Response(JSON.stringify({ documents: loadDocuments().map((d) => summaryExport(d, labelsOf(d))) }, null, 2), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
