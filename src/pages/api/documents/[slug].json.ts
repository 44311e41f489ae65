import type { APIRoute, GetStaticPaths } from 'astro';
import { documentExport } from '../../../pipeline/emit/json.ts';
import { findDocument, labelsOf, loadAlignment, loadDocuments } from '../../../lib/documents.ts';

export const getStaticPaths: GetStaticPaths = () => loadDocuments().map((d) => ({ params: { slug: d.slug } }));

/** dist/api/documents/<slug>.json: metadata and the clause tree (docs/json-export.md). */
export const GET: APIRoute = ({ params }) => {
  const document = findDocument(String(params.slug));
  return new Response(JSON.stringify(documentExport(document, labelsOf(document), loadAlignment().alignment.sections), null, 2), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
