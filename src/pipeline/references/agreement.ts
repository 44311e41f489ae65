/**
 * How far the document-level references agree with a gold list of the documents each text cites:
 * precision over the (document, cited document) pairs found, recall over the gold pairs.
 */
import { foldKey } from '../text/fold.ts';
import type { ReferencesExport } from './index.ts';
import { normaliseNumberSymbol } from './recognise.ts';

export interface GoldCitation {
  numberSymbol?: string;
  year?: number;
  description?: string;
}

export interface GoldCitedDocuments {
  documents: Record<string, GoldCitation[]>;
}

/** A cited document's key: its number and symbol with its year, or its description. */
function key(numberSymbol: string | null | undefined, year: number | null | undefined, description: string | null | undefined): string {
  if (numberSymbol) return `${normaliseNumberSymbol(numberSymbol) ?? numberSymbol}|${year ?? ''}`;
  return `description|${foldKey(description ?? '')}`;
}

/** The (citing slug, cited document) pairs of references.json. A reference without a number is keyed by its Vietnamese title. */
export function foundPairs(exported: ReferencesExport): Set<string> {
  const pairs = new Set<string>();
  for (const reference of exported.references) {
    const year = reference.date ? Number(reference.date.slice(0, 4)) : null;
    for (const { slug } of reference.citedBy) pairs.add(`${slug}→${key(reference.numberSymbol, year, reference.title.vi)}`);
  }
  return pairs;
}

export function goldPairs(gold: GoldCitedDocuments): Set<string> {
  return new Set(Object.entries(gold.documents).flatMap(([slug, cited]) => cited.map((c) => `${slug}→${key(c.numberSymbol, c.year, c.description)}`)));
}

export interface Agreement {
  precision: number;
  recall: number;
  found: number;
  gold: number;
  /** Pairs found that the gold does not list, and gold pairs not found. */
  extra: string[];
  missed: string[];
}

export function citationAgreement(found: ReadonlySet<string>, gold: ReadonlySet<string>, slugs?: readonly string[]): Agreement {
  const inScope = (pair: string) => !slugs || slugs.includes(pair.split('→')[0]!);
  const f = [...found].filter(inScope);
  const g = [...gold].filter(inScope);
  const hits = f.filter((p) => gold.has(p)).length;
  return {
    precision: f.length === 0 ? 1 : hits / f.length,
    recall: g.length === 0 ? 1 : hits / g.length,
    found: f.length,
    gold: g.length,
    extra: f.filter((p) => !gold.has(p)),
    missed: g.filter((p) => !found.has(p)),
  };
}
