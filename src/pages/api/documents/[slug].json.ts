import type { APIRoute, GetStaticPaths } from 'astro';
import { documentExport } from '../../../pipeline/emit/json.ts';
import { findDocument, loadAlignment, loadDocuments } from '../../../lib/documents.ts';

export const getStaticPaths: GetStaticPaths = () => loadDocuments().map((d) => ({ params: { slug: d.slug } }));

/** dist/api/documents/<slug>.json: metadata and the clause tree (docs/json-export.md). */
export const GET: APIRoute = ({ params }) =>
  new Response(JSON.stringify(documentExport(findDocument(String(params.slug)), loadAlignment().alignment.sections), null, 2), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
