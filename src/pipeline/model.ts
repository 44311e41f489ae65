/**
 * The typed document model every pipeline stage reads and writes.
 *
 * ingest  → IngestedText   (decoded, normalised, unwrapped into blocks)
 * restore → IngestedText   (same shape; block text restored, source kept)
 * structure → EditionDocument (metadata + clause tree with stable ids)
 * emit    → MDX page and JSON export
 */

/** The three shapes a seed text arrives in. */
export type TextForm = 'markdown' | 'hard-wrapped' | 'ocr';

/** Something ingest took out of the running text; kept so nothing disappears silently. */
export interface RemovedMark {
  kind: 'page-number' | 'stray-mark' | 'markup' | 'invisible';
  /** The characters removed, exactly as they stood in the source. */
  value: string;
  /** 1-based source line. */
  line: number;
}

/** Markdown-like emphasis that the source put around a block; a hint that the block is a heading. */
export interface BlockDecoration {
  /** `#` count of a Markdown heading line, or null. */
  headingLevel: number | null;
  /** Wrapped in `**` / `***`. */
  bold: boolean;
  /** Wrapped in `*` / `***`. */
  italic: boolean;
}

/** One word the restore stage read: what the OCR said, what the engine (or a reviewed correction) made of it. */
export interface RestoredWord {
  /** The word as the OCR wrote it. */
  source: string;
  /** The published reading. */
  output: string;
  /** UTF-16 offsets of the word in the block's `sourceLines` joined with `\n`. */
  start: number;
  end: number;
  /** The engine's posterior probability for its own reading (0..1). */
  confidence: number;
  /** The engine's runner-up readings, best first. */
  alternatives: { output: string; score: number }[];
  /** Set when a reviewed correction overrode the engine: what the engine had read. */
  correction: { engine: string; note: string | null } | null;
}

/** One rebuilt paragraph-level unit of the source: a heading, numbered item, bullet or paragraph. */
export interface Block {
  /** The unwrapped text (markup removed, lines joined with single spaces). */
  text: string;
  /** The text as it was before the restore stage changed it (equal to `text` for clean sources). */
  sourceText: string;
  /** 1-based line of the source where the block starts. */
  line: number;
  /** 1-based line of the source where the block ends. */
  endLine: number;
  decoration: BlockDecoration;
  /** Lines of the block (markup removed), before unwrapping; used for header parsing. */
  lines: string[];
  /** The lines as the source wrote them, before the restore stage (equal to `lines` for clean sources). */
  sourceLines: string[];
  /** What the restore stage did to each word it read; null for text that was not restored. */
  restoration: RestoredWord[] | null;
  /** Set when the lines are the rows of a table (pipe-separated or aligned in columns). */
  table?: TableGrid;
}

/** A table read from the source: a header row and body rows of cells. */
export interface TableGrid {
  header: string[];
  rows: string[][];
}

export interface IngestedText {
  /** The seed's file name (e.g. `000_dc2e615219b91c38.txt`). */
  source: string;
  form: TextForm;
  /** Which encoding the bytes were decoded from. */
  encoding: string;
  /** Whole text after decoding, NFC and line-ending normalisation. */
  text: string;
  blocks: Block[];
  removed: RemovedMark[];
}

/** What kind of unit a clause is, decided by its numbering. */
export type ClauseKind =
  | 'header' // issuing body, national motto, number and place-date lines
  | 'title' // document type and subject
  | 'part' // Phần I, Phần thứ nhất
  | 'chapter' // Chương II
  | 'division' // Mục 1 (of a chapter)
  | 'subdivision' // Tiểu mục 1
  | 'article' // Điều 3.
  | 'appendix' // Phụ lục I
  | 'attachment' // a document issued with this one ("ban hành kèm theo"): its title and its own clauses
  | 'table' // rows and cells, in `table`
  | 'section' // Roman numeral: I., II-, III.
  | 'item' // arabic: 1.
  | 'subitem' // decimal: 2.1.
  | 'point' // letter: a) b) đ)
  | 'subheading' // unnumbered heading such as "Đến năm 2030"
  | 'bullet' // - + *
  | 'paragraph'
  | 'recipients' // "Nơi nhận:" and its list
  | 'signature'; // "T/M …", title and name

export interface Clause {
  /** Stable, readable id derived from the numbering path (e.g. `iii-2-2-1`, `ii-2-dd`, `ii-1-p1`). */
  id: string;
  kind: ClauseKind;
  /** The clause's own numbering label (`III`, `2`, `2.1`, `đ`), null for unnumbered clauses. */
  label: string | null;
  /** The marker exactly as the source wrote it (`II-`, `2.1.`, `đ)`, `-`, `+`), or null. */
  marker: string | null;
  /** Numbering labels from the top; unnumbered clauses carry their parent's path. */
  path: string[];
  /** A title the clause gives itself (section names, headed items), or null. */
  heading: string | null;
  /** The clause's own running text (without its heading and children), or null. */
  text: string | null;
  /** The OCR source of heading + text where restoration changed it; null for clean text. */
  source: string | null;
  /** 1-based source lines the clause's own text came from. */
  lines: [number, number];
  /**
   * The English translation of heading and text (content/translations/<slug>.json), or null; `note`
   * is the translator's note, present only where the entry has one.
   */
  translation: { heading: string | null; text: string | null; note?: string } | null;
  /** The second reading of the English (content/translations/review/<slug>.json); present only where recorded. */
  review?: ClauseReview;
  /** Editorial marks in the Vietnamese text (content/editorial/<slug>.json), in text order; present only where there are any. */
  editorial?: EditorialMark[];
  /** The words the restore stage changed or doubted in this clause, in reading order; null for clean text. */
  restoration: Omit<RestoredWord, 'start' | 'end'>[] | null;
  /** For a table: its caption (its own heading, else its appendix's) and cells. Absent otherwise. */
  table?: { caption: string | null; header: string[]; rows: string[][] };
  children: Clause[];
}

/** One clause's record in a document's review log: when its English was read against the Vietnamese, and the outcome. */
export interface ClauseReview {
  /** ISO date, e.g. "2026-12-07". */
  reviewed: string;
  /** Whether the reading changed the English. */
  changed: boolean;
  /** What was wrong and what changed, or "accurate; no change". */
  why: string;
}

/**
 * A reader's mark added to the Vietnamese text, never part of it: a gap where the OCR lost words
 * ("[…]"), or "[sic]" after an evident slip of the source. It follows the words `after`.
 */
export interface EditorialMark {
  kind: 'gap' | 'sic';
  /** The words of the clause's text the mark follows, exactly as published. */
  after: string;
  /** Which occurrence of `after` in the text, counting from 1. */
  occurrence: number;
  /** UTF-16 offset in the clause's text just after `after`: where the mark stands. */
  at: number;
  note: { vi: string; en: string };
}

/** The state of the second reading of a document's English, from its review log. */
export interface DocumentReview {
  /** Who read it (not the first translator). */
  reviewer: string;
  /** How the clauses were read. */
  method: string;
  /** The latest date a clause was reviewed (ISO). */
  reviewed: string;
  /** Clauses with an English translation. */
  translated: number;
  /** Of those, clauses with a review record. */
  reviewedClauses: number;
  /** Clauses whose English the reading changed. */
  changed: number;
}

export interface DocumentDate {
  year: number;
  month: number | null;
  day: number | null;
  /** ISO 8601 form as precise as the source: `2021-05-17` or `2020-10`. */
  iso: string;
}

export interface DocumentMetadata {
  /** e.g. "Tỉnh ủy An Giang", "Ủy ban nhân dân tỉnh Bình Thuận", "Ban Thường vụ Tỉnh ủy". */
  issuingBody: string | null;
  /**
   * The body directly above the issuer, written above it in the header ("UBND TỈNH AN GIANG" over
   * "SỞ NÔNG NGHIỆP VÀ PTNT"); null when the header names one body.
   */
  parentBody?: string | null;
  province: string | null;
  /** e.g. "Chương trình hành động", "Nghị quyết", "Kế hoạch". */
  documentType: string | null;
  /** The number part of the symbol, null when the source leaves it blank. */
  number: string | null;
  /** The symbol after the slash, e.g. "KH-UBND", "CTr/TU". */
  symbol: string | null;
  /** Number and symbol as cited, e.g. "1698/KH-UBND", "17-CTr/TU". */
  numberSymbol: string | null;
  date: DocumentDate | null;
  /** The title block's subject line(s), after the document type. */
  subject: string | null;
  /** Codes of the higher-level documents it implements, e.g. ["20-NQ/TW"]. */
  implements: string[];
  signer: string | null;
  /** e.g. "Phó Bí thư Thường trực", "Chủ tịch". */
  signerTitle: string | null;
  /** e.g. "T/M Ban Thường vụ", "KT. Chủ tịch". */
  signingCapacity: string | null;
  recipients: string[];
}

export interface EditionDocument {
  slug: string;
  /** The seed's file name. */
  source: string;
  form: TextForm;
  /** The encoding the source was read in ("utf-8"; "tcvn3", or "tcvn3 read as windows-1252" when converted). */
  encoding: string;
  /** Whether the restore stage rewrote the text (OCR without diacritics). */
  restored: boolean;
  /** How many reviewed corrections were applied after the engine. */
  corrections: number;
  metadata: DocumentMetadata;
  /** Display title: document type + subject, as written. */
  title: string;
  clauses: Clause[];
  removed: RemovedMark[];
  /** Problems the build reports without failing (e.g. a numbering label repeated in the source). */
  warnings: string[];
  /** The second reading of the English, where the document has a review log. */
  review?: DocumentReview;
}

/** An error in a source that names the file and, where it applies, the line. */
export class SourceError extends Error {
  readonly file: string;
  readonly line: number | null;
  constructor(file: string, line: number | null, message: string) {
    super(`${file}${line === null ? '' : `:${line}`}: ${message}`);
    this.name = 'SourceError';
    this.file = file;
    this.line = line;
  }
}
