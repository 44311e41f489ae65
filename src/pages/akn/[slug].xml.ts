import type { APIRoute, GetStaticPaths } from 'astro';
import { findDocument, labelsOf, loadDocuments } from '../../lib/documents.ts';
import { loadReferences } from '../../lib/references.ts';
import { documentToAknXml, type AknLink } from '../../pipeline/akn/akn.ts';
import { referenceLinks } from '../../pipeline/references/report.ts';

export const getStaticPaths: GetStaticPaths = () => loadDocuments().map((d) => ({ params: { slug: d.slug } }));

/** dist/akn/<slug>.xml: the document in Akoma Ntoso 3.0, both languages, citations as <ref>. */
export const GET: APIRoute = ({ params }) => {
  const document = findDocument(String(params.slug));
  const links = new Map<string, { vi: AknLink[]; en: AknLink[] }>();
  for (const [key, value] of referenceLinks(loadDocuments(), loadReferences())) {
    const [slug, id] = key.split('#') as [string, string];
    if (slug === document.slug) links.set(id, value);
  }
  return new Response(documentToAknXml(document, { links, issuerEn: labelsOf(document).issuingBody?.en ?? null }), { headers: { 'Content-Type': 'application/akn+xml; charset=utf-8' } });
};
