import type { Block, Clause, DocumentMetadata, EditionDocument, IngestedText, RemovedMark } from '../model.ts';
import { documentTypeKey, upperShare } from '../text/document-types.ts';
import { foldKey } from '../text/fold.ts';
import { readMarker } from '../text/markers.ts';
import { buildClauseTree, IdScope, restorationOf, sourceOfAll, unnumbered } from './clause-tree.ts';
import { blockLines, splitDocumentParts, type DocumentParts } from './document-parts.ts';
import { readMetadata } from './metadata.ts';
import { numberingWarnings } from './numbering-check.ts';

export { readMetadata, documentCodes, readNumberLine, readPlaceDate } from './metadata.ts';
export { splitDocumentParts, documentTypeOf } from './document-parts.ts';

function span(blocks: readonly Block[]): [number, number] {
  return [blocks[0]!.line, blocks.at(-1)!.endLine];
}

/** What structuring one text yields: its clauses and the lines its metadata is read from. */
interface StructuredText {
  clauses: Clause[];
  metadata: DocumentMetadata;
  typeLine: string | null;
  subject: string | null;
}

/**
 * One text's clauses: header, title, preamble, body, closing and appendices, in that order, with
 * ids from `scope`. A text issued with it is structured the same way by the caller.
 */
function structureText(parts: DocumentParts, scope: IdScope, removed: RemovedMark[]): StructuredText {
  const clauses: Clause[] = [];

  // The Party emblem's star prints beside the header; OCR reads it as "*".
  const headerLines = parts.header.flatMap((block) =>
    blockLines(block).map((line, i) => {
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
    const firstLine = typeBlock!.lines[0] ?? typeBlock!.text;
    // The type may run on into its subject on one line ("KẾ HOẠCH triển khai …"): the type heads the title.
    const typeWords = documentTypeKey(foldKey(firstLine).trim())?.split(' ').length ?? 0;
    const words = firstLine.trim().split(/\s+/);
    const runOn = typeWords > 0 && upperShare(firstLine) < 0.7 ? words.slice(typeWords).join(' ') : '';
    typeLine = runOn ? words.slice(0, typeWords).join(' ') : firstLine;
    const opening = runOn ? [runOn] : [];
    const subjectLines = [...opening, ...typeBlock!.lines.slice(1), ...subjectBlocks.map((b) => b.text)];
    // A title restated in running text (titleText) supplies the subject's last line.
    subject = parts.titleText
      ? [...opening, ...typeBlock!.lines.slice(1), parts.titleText.subject].join(' ').trim()
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
  clauses.push(...structureClosing(parts.closing, scope));
  clauses.push(...buildClauseTree(parts.appendices, scope));

  const metadata = readMetadata({
    headerLines,
    typeLine,
    subject,
    closingLines: parts.closing.flatMap(blockLines),
  });
  return { clauses, metadata, typeLine, subject };
}

/**
 * The closing: the recipients ("Nơi nhận:" and its list) and the signature (capacity, title,
 * name), in whichever order the text sets them; `recipients` and `signature` are their ids.
 */
function structureClosing(blocks: readonly Block[], scope: IdScope): Clause[] {
  if (blocks.length === 0) return [];
  const closing = blocks.flatMap(columnsOfClosing);
  const recipientsAt = closing.findIndex((b) => /^noi nhan\s*:/.test(foldKey(b.text)));
  const clauses: Clause[] = [];
  const signature = (blocks: readonly Block[]) => {
    if (blocks.length === 0) return;
    clauses.push({
      ...unnumbered('signature', scope.fixed('signature'), [], blocks[0]!, span(blocks)),
      text: blocks.flatMap((b) => b.lines).join('\n'),
      source: sourceOfAll(blocks),
      restoration: restorationOf(blocks),
    });
  };
  if (recipientsAt < 0) {
    signature(closing);
    return clauses;
  }
  signature(closing.slice(0, recipientsAt));
  const [first, ...rest] = closing.slice(recipientsAt);
  const recipients: Clause = {
    ...unnumbered('recipients', scope.fixed('recipients'), [], first!, [first!.line, first!.endLine]),
    heading: first!.text,
    text: null,
  };
  const lastBullet = rest.findLastIndex((b) => readMarker(b.text)?.kind === 'bullet');
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
  recipients.lines = span([first!, ...rest.slice(0, lastBullet + 1)]);
  clauses.push(recipients);
  signature(rest.slice(lastBullet + 1));
  return clauses;
}

/**
 * A closing set as a table (the recipients in the left column, the signature in the right, as a
 * web page lays them out) read column by column: each recipient a block, the signature one block.
 */
function columnsOfClosing(block: Block): Block[] {
  if (!block.table) return [block];
  const rows = [block.table.header, ...block.table.rows];
  const asBlock = (lines: string[]): Block => ({ ...block, table: undefined, lines, sourceLines: lines, text: lines.join(' '), sourceText: lines.join(' ') });
  const left = rows.map((row) => row[0] ?? '').filter((cell) => cell !== '').map((cell) => asBlock([cell]));
  const right = rows.flatMap((row) => row.slice(1)).filter((cell) => cell !== '');
  return right.length > 0 ? [...left, asBlock(right)] : left;
}

/** Prefix every id of a clause tree: an attached text's clauses live under its own id. */
function underId(prefix: string, clauses: Clause[]): Clause[] {
  for (const clause of clauses) {
    clause.id = `${prefix}-${clause.id}`;
    underId(prefix, clause.children);
  }
  return clauses;
}

/**
 * structure: rebuilt paragraphs → a document with metadata read from its own text and a clause
 * tree whose ids come from the document's numbering. A text issued with the document ("Kế hoạch
 * … ban hành kèm theo Quyết định …") is structured whole, as a clause `kem-theo` (`kem-theo-2` …)
 * holding its own header, title, numbered units and signature.
 */
export function structure(ingested: IngestedText, slug: string, restored: boolean, corrections = 0): EditionDocument {
  const parts = splitDocumentParts(ingested.blocks);
  const removed = [...ingested.removed];
  const warnings: string[] = [];
  const scope = new IdScope(new Set(), warnings);
  const main = structureText(parts, scope, removed);
  const clauses = main.clauses;

  parts.attachments.forEach((blocks, i) => {
    const id = i === 0 ? 'kem-theo' : `kem-theo-${i + 1}`;
    const attached = structureText(splitDocumentParts(blocks), new IdScope(new Set(), warnings), removed);
    // Its title is its first child's (kind `title`); the attachment clause holds no words of its own.
    clauses.push({
      ...unnumbered('attachment', scope.fixed(id), [], blocks[0]!, span(blocks)),
      text: null,
      source: null,
      restoration: null,
      children: underId(id, attached.clauses),
    });
  });

  warnings.push(...numberingWarnings(clauses));
  for (const attachment of clauses.filter((c) => c.kind === 'attachment')) warnings.push(...numberingWarnings(attachment.children).map((w) => `${attachment.id}: ${w}`));

  const metadata = main.metadata;
  const title = [main.typeLine, main.subject].filter((t): t is string => !!t).join(' ');

  return {
    slug,
    source: ingested.source,
    form: ingested.form,
    encoding: ingested.encoding,
    restored,
    corrections,
    metadata,
    title: title || ingested.source,
    clauses,
    removed,
    warnings,
  };
}
