import type { APIRoute, GetStaticPaths } from 'astro';
import { findDocument, loadDocuments } from '../../../lib/documents.ts';
import { packDocument } from '../../../lib/pack-data.ts';

export const getStaticPaths: GetStaticPaths = () => loadDocuments().map((d) => ({ params: { slug: d.slug } }));

/** dist/api/clauses/<slug>.json: a document's clauses, compact, for the course pack (src/lib/pack-data.ts). */
export const GET: APIRoute = ({ params }) =>
  new Response(JSON.stringify(packDocument(findDocument(String(params.slug)))), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
