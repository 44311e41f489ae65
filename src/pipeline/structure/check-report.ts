/**
 * What the pipeline read from a document, for an editor to check before publishing it
 * (`npm run check-seed <file>`): metadata, outline, what it could not place, and warnings.
 */
import type { Clause, EditionDocument } from '../model.ts';
import { readHeaderComponents } from './header-layout.ts';
import { outlineClauses } from './outline.ts';

const METADATA_FIELDS = ['documentType', 'numberSymbol', 'symbol', 'date', 'province', 'issuingBody', 'parentBody', 'subject', 'implements', 'signingCapacity', 'signerTitle', 'signer'] as const;
/** The fields an edition cannot do without: each missing one is named. */
const REQUIRED: readonly (typeof METADATA_FIELDS)[number][] = ['documentType', 'numberSymbol', 'date', 'province', 'issuingBody'];

function shown(value: unknown): string {
  if (value === null || value === undefined) return '—';
  if (Array.isArray(value)) return value.length > 0 ? value.join(', ') : '—';
  if (typeof value === 'object' && 'iso' in (value as object)) return (value as { iso: string }).iso;
  return String(value);
}

function opening(clause: Clause): string {
  const text = clause.heading ?? clause.text ?? '';
  const words = text.replace(/\s+/g, ' ').split(' ');
  return words.length > 10 ? `${words.slice(0, 10).join(' ')} …` : words.join(' ');
}

/** Things the pipeline read but could not place: header pieces it did not recognise, missing metadata. */
export function unplaced(document: EditionDocument): string[] {
  const notes: string[] = [];
  const header = document.clauses.find((c) => c.id === 'header');
  if (!header) notes.push('no header: issuing body, number and date were not found above the document type');
  else {
    for (const component of readHeaderComponents((header.text ?? '').split('\n'))) {
      if (component.kind === 'other') notes.push(`header: "${component.text}" is none of issuing body, motto, number and symbol, place and date`);
    }
  }
  if (!document.clauses.some((c) => c.id === 'title')) notes.push('no title: no line names the document type (KẾ HOẠCH, QUYẾT ĐỊNH, NGHỊ QUYẾT …)');
  for (const field of REQUIRED) {
    const value = document.metadata[field];
    if (value === null || value === undefined) notes.push(`metadata: no ${field} found`);
  }
  return notes;
}

export function checkReport(document: EditionDocument, proposedSlug: string, catalogued: string | null): string {
  const lines: string[] = [];
  lines.push(`${document.source}: ${document.form} text, ${document.encoding}${document.restored ? ', diacritics restored' : ''}`);
  lines.push(catalogued ? `slug: ${catalogued} (in content/catalogue.json)` : `slug: not in content/catalogue.json; proposed "${proposedSlug}":\n  { "source": "${document.source}", "slug": "${proposedSlug}" }`);
  lines.push('', 'metadata:');
  for (const field of METADATA_FIELDS) lines.push(`  ${field.padEnd(16)} ${shown(document.metadata[field])}`);
  lines.push('', 'outline:');
  for (const clause of outlineClauses(document)) {
    const depth = clause.id.split('-').length - 1;
    lines.push(`  ${`${clause.id}`.padEnd(30)} ${clause.kind.padEnd(11)} ${'  '.repeat(Math.min(depth, 4))}${clause.marker ? `${clause.marker} ` : ''}${opening(clause)}  (lines ${clause.lines[0]}–${clause.lines[1]})`);
  }
  const notes = unplaced(document);
  lines.push('', notes.length > 0 ? 'could not place:' : 'could not place: nothing');
  for (const note of notes) lines.push(`  ${note}`);
  const removed = document.removed.filter((m) => m.kind !== 'markup');
  if (removed.length > 0) lines.push('', `taken out: ${removed.map((m) => `"${m.value}" (line ${m.line}, ${m.kind})`).join(', ')}`);
  lines.push('', document.warnings.length > 0 ? 'warnings:' : 'warnings: none');
  for (const warning of document.warnings) lines.push(`  ${warning}`);
  return lines.join('\n');
}
