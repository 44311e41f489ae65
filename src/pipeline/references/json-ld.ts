/**
 * schema.org Legislation for a document page (JSON-LD): what it is, who passed it, where it applies,
 * its English translation as a work example, and the documents it cites.
 */
import { documentNumber, vietnameseIssuer } from '../cite/citation.ts';
import type { Clause, EditionDocument } from '../model.ts';
import { referenceName, type ReferenceEntry } from './data.ts';

export interface JsonLdContext {
  /** Absolute URL of the site ("https://…/"). */
  site: string;
  /** The references the document cites (implements, based on, cites), with where each is published. */
  citations: { reference: ReferenceEntry; path: string }[];
  /** The issuing body's English (src/i18n/document-labels.ts), where known. */
  issuerEn?: string | null;
}

/** The document's English title, from its title clause's translation (type and subject), or null. */
function englishTitle(document: EditionDocument): string | null {
  const title = document.clauses.find((c: Clause) => c.kind === 'title');
  const parts = [title?.translation?.heading, title?.translation?.text].filter(Boolean);
  return parts.length > 0 ? parts.join(' ') : null;
}

export function legislationJsonLd(document: EditionDocument, { site, citations, issuerEn = null }: JsonLdContext): Record<string, unknown> {
  const { metadata } = document;
  const url = new URL(`/documents/${document.slug}/`, site).href;
  const issuer = vietnameseIssuer(metadata);
  const english = englishTitle(document);
  const number = documentNumber(metadata);
  return {
    '@context': 'https://schema.org',
    '@type': 'Legislation',
    '@id': url,
    url,
    name: document.title,
    inLanguage: 'vi',
    ...(number ? { identifier: number, legislationIdentifier: number } : {}),
    ...(metadata.documentType ? { legislationType: metadata.documentType } : {}),
    ...(metadata.date ? { legislationDate: metadata.date.iso, datePublished: metadata.date.iso } : {}),
    legislationJurisdiction: metadata.province
      ? { '@type': 'AdministrativeArea', name: `Tỉnh ${metadata.province}`, containedInPlace: { '@type': 'Country', name: 'Việt Nam' } }
      : { '@type': 'Country', name: 'Việt Nam' },
    ...(issuer ? { legislationPassedBy: { '@type': 'GovernmentOrganization', name: issuer, alternateName: issuerEn ?? undefined } } : {}),
    ...(english
      ? {
          workExample: {
            '@type': 'Legislation',
            name: english,
            inLanguage: 'en',
            url: `${url}?lang=en`,
            translationOfWork: { '@id': url },
            legislationLegalValue: 'https://schema.org/UnofficialLegalValue',
          },
        }
      : {}),
    citation: citations.map(({ reference, path }) => ({
      '@type': 'Legislation',
      '@id': new URL(path, site).href,
      name: referenceName(reference),
      ...(reference.numberSymbol ? { legislationIdentifier: reference.numberSymbol } : {}),
      ...(reference.type ? { legislationType: reference.type } : {}),
      ...(reference.date ? { legislationDate: reference.date } : {}),
      ...(reference.issuer ? { legislationPassedBy: { '@type': 'GovernmentOrganization', name: reference.issuer } } : {}),
    })),
  };
}

/**
 * JSON to place inside <script type="application/ld+json">: the characters that could end the
 * element or open markup ("</script>", "<!--") are written as JSON escapes, which parse the same.
 */
export function scriptSafeJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
