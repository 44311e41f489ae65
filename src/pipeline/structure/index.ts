import type { Block, Clause, EditionDocument, IngestedText } from '../model.ts';
import { readMarker } from '../text/markers.ts';
import { buildClauseTree, IdScope, restorationOf, unnumbered } from './clause-tree.ts';
import { splitDocumentParts } from './document-parts.ts';
import { readMetadata } from './metadata.ts';

export { readMetadata, documentCodes, readNumberLine, readPlaceDate } from './metadata.ts';
export { splitDocumentParts, documentTypeOf } from './document-parts.ts';

function span(blocks: readonly Block[]): [number, number] {
  return [blocks[0]!.line, blocks.at(-1)!.endLine];
}

function sourceOfAll(blocks: readonly Block[]): string | null {
  return blocks.some((b) => b.sourceText !== b.text) ? blocks.map((b) => b.sourceText).join('\n') : null;
}

/**
 * structure: rebuilt paragraphs → a document with metadata read from its own text and a clause
 * tree whose ids come from the document's numbering.
 */
export function structure(ingested: IngestedText, slug: string, restored: boolean, corrections = 0): EditionDocument {
  const parts = splitDocumentParts(ingested.blocks);
  const removed = [...ingested.removed];
  const warnings: string[] = [];
  const scope = new IdScope(new Set(), warnings);
  const clauses: Clause[] = [];

  // The Party emblem's star prints beside the header; OCR reads it as "*".
  const headerLines = parts.header.flatMap((block) =>
    block.lines.map((line, i) => {
      const star = /^\*\s+/.exec(line);
      if (star) removed.push({ kind: 'stray-mark', value: '*', line: block.line + i });
      return star ? line.slice(star[0].length) : line;
    }),
  );
  if (parts.header.length > 0) {
    clauses.push({
      ...unnumbered('header', scope.fixed('header'), [], parts.header[0]!, span(parts.header)),
      text: headerLines.join('\n'),
      source: sourceOfAll(parts.header),
      restoration: restorationOf(parts.header),
    });
  }

  let typeLine: string | null = null;
  let subject: string | null = null;
  if (parts.title.length > 0) {
    const [typeBlock, ...subjectBlocks] = parts.title;
    typeLine = typeBlock!.lines[0] ?? typeBlock!.text;
    const subjectLines = [...typeBlock!.lines.slice(1), ...subjectBlocks.map((b) => b.text)];
    // A title restated in running text (titleText) supplies the subject's last line.
    subject = parts.titleText
      ? [...typeBlock!.lines.slice(1), parts.titleText.subject].join(' ').trim()
      : subjectLines.join(' ').trim() || null;
    clauses.push({
      ...unnumbered('title', scope.fixed('title'), [], typeBlock!, span(parts.title)),
      heading: typeLine,
      text: subject,
      source: sourceOfAll(parts.title),
      restoration: restorationOf(parts.title),
    });
  }

  for (const block of parts.preamble) {
    clauses.push(unnumbered('paragraph', scope.positional('', 'paragraph'), [], block, [block.line, block.endLine]));
  }
  clauses.push(...buildClauseTree(parts.body, scope));

  if (parts.closing.length > 0) {
    const [first, ...rest] = parts.closing;
    const recipients: Clause = {
      ...unnumbered('recipients', scope.fixed('recipients'), [], first!, [first!.line, first!.endLine]),
      heading: first!.text,
      text: null,
    };
    const lastBullet = rest.findLastIndex((b) => readMarker(b.text)?.kind === 'bullet');
    const signatureBlocks = rest.slice(lastBullet + 1);
    for (const block of rest.slice(0, lastBullet + 1)) {
      const marker = readMarker(block.text);
      const kind = marker?.kind === 'bullet' ? 'bullet' : 'paragraph';
      const child = unnumbered(kind, scope.positional('recipients', kind), [], block, [block.line, block.endLine]);
      if (marker?.kind === 'bullet') {
        child.marker = marker.marker;
        child.text = marker.rest;
      }
      recipients.children.push(child);
    }
    recipients.lines = span(parts.closing.slice(0, lastBullet + 2));
    clauses.push(recipients);
    if (signatureBlocks.length > 0) {
      clauses.push({
        ...unnumbered('signature', scope.fixed('signature'), [], signatureBlocks[0]!, span(signatureBlocks)),
        text: signatureBlocks.flatMap((b) => b.lines).join('\n'),
        source: sourceOfAll(signatureBlocks),
        restoration: restorationOf(signatureBlocks),
      });
    }
  }

  const metadata = readMetadata({
    headerLines,
    typeLine,
    subject,
    closingLines: parts.closing.flatMap((b) => b.lines),
  });
  const title = [typeLine, subject].filter((t): t is string => !!t).join(' ');

  return {
    slug,
    source: ingested.source,
    form: ingested.form,
    restored,
    corrections,
    metadata,
    title: title || ingested.source,
    clauses,
    removed,
    warnings,
  };
}
