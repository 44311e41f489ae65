import type { Block } from '../model.ts';
import { foldKey } from '../text/fold.ts';
import { documentTypeOf, upperShare } from '../text/document-types.ts';
import { CAPACITY_LINE, readMarker } from '../text/markers.ts';
import { readHeaderComponents } from './header-layout.ts';

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
  /** "Nơi nhận:" and the signature, in whichever order the text sets them. */
  closing: Block[];
  /** Appendices set after the closing ("PHỤ LỤC I …"); an appendix before it stays in the body. */
  appendices: Block[];
  /** Documents issued with this one ("Kế hoạch … ban hành kèm theo Quyết định số …"), each whole. */
  attachments: Block[][];
}


function isClosingStart(block: Block): boolean {
  const first = blockLines(block)[0] ?? '';
  return /^noi nhan\s*:/.test(foldKey(first)) || CAPACITY_LINE.test(first);
}

/**
 * A block's lines as text: a table's cells row by row (a header or a closing copied from a web
 * page comes as cells: "| Nơi nhận: | KT. CHỦ TỊCH |"), else its lines.
 */
export function blockLines(block: Block): string[] {
  if (!block.table) return block.lines;
  return [block.table.header, ...block.table.rows].flatMap((row) => row.filter((cell) => cell !== ''));
}

/** "(Ban hành kèm theo Quyết định số 12/QĐ-UBND …)", "Kèm theo Nghị quyết …": an attached text's note. */
const ATTACHED_NOTE = /^\(?\s*(?:được\s+)?(?:ban hành\s+)?kèm theo\b/iu;

/** Kinds of numbering that open a document's body (Nghị định 30's units; Roman sections). */
const BODY_OPENERS: ReadonlySet<string> = new Set(['part', 'chapter', 'division', 'article', 'capital', 'roman']);

/** A block every line of which is a header component: a body's name, motto, number, date or rule. */
function isHeaderBlock(block: Block): boolean {
  if (block.lines.some((line) => CAPACITY_LINE.test(line))) return false;
  return readHeaderComponents(block.lines).every((c) => c.kind !== 'other');
}

/**
 * Where each attached document starts: a document-type line whose note says it is issued with this
 * one ("KẾ HOẠCH" / "(Ban hành kèm theo Quyết định …)"), or any document-type line after this
 * text's closing; with the attached text's own header above it, if it has one.
 */
function attachmentStarts(blocks: readonly Block[], from: number): number[] {
  const starts: number[] = [];
  let closed = false;
  for (let i = from; i < blocks.length; i++) {
    const block = blocks[i]!;
    if (isClosingStart(block)) closed = true;
    if (readMarker(block.text) !== null || documentTypeOf(block.lines[0] ?? block.text) === null) continue;
    const noted = blocks.slice(i + 1, i + 4).some((b) => ATTACHED_NOTE.test(b.text));
    if (!noted && !closed) continue;
    let start = i;
    while (start - 1 > (starts.at(-1) ?? from) && isHeaderBlock(blocks[start - 1]!)) start--;
    starts.push(start);
    closed = false;
  }
  return starts;
}

/**
 * Split the blocks into header, title, preamble, body and closing. The body starts at the first
 * Roman section (or, in a text without sections, the first numbered item); the closing at
 * "Nơi nhận:".
 */
export function splitDocumentParts(all: readonly Block[]): DocumentParts {
  const firstOpener = (list: readonly Block[]) => {
    const markers = list.map((b) => (b.table ? null : readMarker(b.text)));
    const opener = markers.findIndex((m) => m !== null && BODY_OPENERS.has(m.kind));
    return opener >= 0 ? opener : markers.findIndex((m) => m?.kind === 'arabic');
  };
  const opener = firstOpener(all);
  const starts = attachmentStarts(all, opener < 0 ? all.length : opener + 1);
  const blocks = all.slice(0, starts[0] ?? all.length);
  const attachments = starts.map((start, i) => all.slice(start, starts[i + 1] ?? all.length));

  // The attached texts start after the first opener, so it is this text's own.
  let bodyStart = opener;
  // A text with no numbered unit still closes with its recipients and signature, after its title.
  const typeAt = blocks.findIndex((b) => documentTypeOf(b.lines[0] ?? b.text) !== null);
  let closingStart = blocks.findIndex((b, i) => i >= (bodyStart >= 0 ? bodyStart : typeAt + 1) && isClosingStart(b));
  if (closingStart < 0) closingStart = blocks.length;
  if (bodyStart < 0) bodyStart = closingStart;
  let appendixStart = blocks.findIndex((b, i) => i > closingStart && readMarker(b.text)?.kind === 'appendix');
  if (appendixStart < 0) appendixStart = blocks.length;

  const front = blocks.slice(0, bodyStart);
  const typeIndex = typeAt < bodyStart ? typeAt : -1;
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
    // An attached text's note ("(Ban hành kèm theo Quyết định số …)") belongs to its title.
    if (next < front.length && ATTACHED_NOTE.test(front[next]!.text)) title.push(front[next++]!);
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
    closing: blocks.slice(closingStart, appendixStart),
    appendices: blocks.slice(appendixStart),
    attachments,
  };
}

function isSubjectBlock(block: Block, typeBlock: Block): boolean {
  if (readMarker(block.text) !== null || ATTACHED_NOTE.test(block.text)) return false;
  if (typeBlock.decoration.bold || block.decoration.bold) return block.decoration.bold;
  const firstLine = block.lines[0] ?? '';
  if (upperShare(firstLine) >= 0.6) return true;
  // Where the type's block already holds the subject, running text below it is the preamble.
  if (typeBlock.lines.length > 1) return false;
  if (/^(thực hiện|thuc hien|về|ve)\b/iu.test(firstLine)) return true;
  // The subject (trích yếu) names the matter in a phrase, never a sentence: no final punctuation,
  // and not the preamble's grounds ("Căn cứ …", "Thực hiện …, Ủy ban … như sau:").
  return !/[.:;]["”)]?$/u.test(block.text) && block.text.length <= 400 && !/^căn cứ\b/iu.test(block.text);
}

/** Where a block repeats its own first four words, the text before and from the repetition. */
export function splitAtRestatement(text: string): { subject: string; rest: string } | null {
  const words = text.split(' ');
  if (words.length < 8) return null;
  const opening = words.slice(0, 4).join(' ');
  const at = text.indexOf(` ${opening}`, opening.length);
  if (at < 0) return null;
  // A subject set in capitals may repeat its own opening words ("… KHÓA XI VỀ TIẾP TỤC …"): the
  // running text that restates it is in sentence case.
  if (upperShare(text.slice(at + 1, at + 41)) >= 0.6) return null;
  return { subject: text.slice(0, at).trim(), rest: text.slice(at + 1) };
}
