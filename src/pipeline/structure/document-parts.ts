import type { Block } from '../model.ts';
import { foldKey } from '../text/fold.ts';
import { documentTypeOf, upperShare } from '../text/document-types.ts';
import { readMarker } from '../text/markers.ts';

export { documentTypeOf } from '../text/document-types.ts';

/** The blocks of a document in the order a Vietnamese official text sets them. */
export interface DocumentParts {
  /** Issuing body, national motto, number and place-date lines. */
  header: Block[];
  /** The block that names the document type, and the subject blocks that follow it. */
  title: Block[];
  /** Where the subject runs on into the preamble in one block, the split text. */
  titleText: { type: string; subject: string } | null;
  /** Unnumbered text between the title and the first numbered section. */
  preamble: Block[];
  body: Block[];
  /** "Nơi nhận:" and everything after it: recipients and signature. */
  closing: Block[];
}

function isClosingStart(block: Block): boolean {
  return /^noi nhan\s*:/.test(foldKey(block.text));
}

/**
 * Split the blocks into header, title, preamble, body and closing. The body starts at the first
 * Roman section (or, in a text without sections, the first numbered item); the closing at
 * "Nơi nhận:".
 */
export function splitDocumentParts(blocks: readonly Block[]): DocumentParts {
  const markers = blocks.map((b) => readMarker(b.text));
  let bodyStart = markers.findIndex((m) => m?.kind === 'roman');
  if (bodyStart < 0) bodyStart = markers.findIndex((m) => m?.kind === 'arabic');
  if (bodyStart < 0) bodyStart = blocks.length;
  let closingStart = blocks.findIndex((b, i) => i >= bodyStart && isClosingStart(b));
  if (closingStart < 0) closingStart = blocks.length;

  const front = blocks.slice(0, bodyStart);
  const typeIndex = front.findIndex((b) => documentTypeOf(b.lines[0] ?? b.text) !== null);
  const header = typeIndex < 0 ? [] : front.slice(0, typeIndex);
  const title: Block[] = [];
  let titleText: DocumentParts['titleText'] = null;
  let preamble = typeIndex < 0 ? front : [];

  if (typeIndex >= 0) {
    const typeBlock = front[typeIndex]!;
    title.push(typeBlock);
    let next = typeIndex + 1;
    const typeOnly = typeBlock.lines.every((l) => upperShare(l) >= 0.7);
    // The subject follows a type line that stands alone: set in bold, or in capitals, in its own block.
    while (next < front.length && typeOnly && isSubjectBlock(front[next]!, typeBlock)) {
      title.push(front[next]!);
      next++;
      if (!front[next - 1]!.decoration.bold) break;
    }
    preamble = front.slice(next);
    // A hard-wrapped text can run the subject and the preamble together when the preamble restates
    // the subject's opening words ("Thực hiện Quyết định số 340/QĐ-TTg …"); split them there.
    const subjectBlock = title.at(-1)!;
    if (title.length > 1 && !subjectBlock.decoration.bold) {
      const split = splitAtRestatement(subjectBlock.text);
      if (split) {
        titleText = { type: typeBlock.text, subject: split.subject };
        preamble = [{ ...subjectBlock, text: split.rest, sourceText: split.rest }, ...preamble];
      }
    }
  }
  return {
    header,
    title,
    titleText,
    preamble,
    body: blocks.slice(bodyStart, closingStart),
    closing: blocks.slice(closingStart),
  };
}

function isSubjectBlock(block: Block, typeBlock: Block): boolean {
  if (readMarker(block.text) !== null) return false;
  if (typeBlock.decoration.bold || block.decoration.bold) return block.decoration.bold;
  const firstLine = block.lines[0] ?? '';
  return upperShare(firstLine) >= 0.6 || /^(thực hiện|thuc hien|về|ve)\b/iu.test(firstLine);
}

/** Where a block repeats its own first four words, the text before and from the repetition. */
export function splitAtRestatement(text: string): { subject: string; rest: string } | null {
  const words = text.split(' ');
  if (words.length < 8) return null;
  const opening = words.slice(0, 4).join(' ');
  const at = text.indexOf(` ${opening}`, opening.length);
  if (at < 0) return null;
  return { subject: text.slice(0, at).trim(), rest: text.slice(at + 1) };
}
