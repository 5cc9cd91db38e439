/**
 * The neutral block stream: what every format front end (text, PDF, DOCX, HTML)
 * produces and the only thing the middle reads. Nothing downstream of a front end
 * knows which format a block came from, except through its location.
 */

/** Where something came from in the source document. Fields apply as the format allows. */
export interface SourceLocation {
  /** 1-based line in a text source (first line of the block or cell). */
  line?: number;
  /** 1-based last line, when the item spans several lines. */
  endLine?: number;
  /** 1-based page in a paginated source (PDF). */
  page?: number;
  /** 1-based last page, when the item runs over several pages. */
  endPage?: number;
  /** Bounding box in page units (PDF points, origin top-left), when known. */
  box?: { x: number; y: number; width: number; height: number };
}

/** A paragraph: one logical line of running text (wrapped lines already joined). */
export interface ParagraphBlock {
  kind: 'paragraph';
  text: string;
  location: SourceLocation;
}

/**
 * One cell of a table row as the source gives it. Like HTML, a cell covered by a
 * span from an earlier row or column is simply absent; a row may therefore be
 * shorter than the grid, and front ends that lose merges (plain text) may give
 * rows of uneven length. The middle reads data cells from the row's end.
 */
export interface BlockCell {
  /** Cell text; the lines of a multi-line cell are joined with "\n". */
  text: string;
  rowSpan: number;
  colSpan: number;
  location: SourceLocation;
}

/** A table grid: rows of cells in reading order. */
export interface TableBlock {
  kind: 'table';
  rows: BlockCell[][];
  /**
   * How many columns the source declares for the grid, where it does (a
   * markdown pipe table's delimiter row). A row whose cells span exactly this
   * many has every cell in its own column; a shorter row lost cells somewhere.
   */
  columns?: number;
  /**
   * Set where a row's cells stand in the order a tool wrote the text, not
   * necessarily in their columns' (`pdftotext` without `-layout`, header lines
   * of aligned text cut where spaces fall): such a header says nothing reliable
   * about the order of its columns.
   */
  cellOrder?: 'reading';
  /**
   * Set where the grid's columns were inferred from where the text stands (a
   * PDF table without ruling lines), not drawn or declared: where the
   * inference failed, one cell holds parts of two.
   */
  inferred?: true;
  location: SourceLocation;
}

/**
 * A picture in the flow of the document (DOCX, HTML). Only its size matters:
 * the middle tells a statistics table pasted as a picture from a seal or a logo.
 */
export interface ImageBlock {
  kind: 'image';
  /** Printed size in centimetres; both 0 when the source does not say (a web page sizing it by CSS). */
  widthCm: number;
  heightCm: number;
  location: SourceLocation;
}

export type Block = ParagraphBlock | TableBlock | ImageBlock;

/** What a front end hands to the middle: the blocks plus facts about the source. */
export interface FrontEndResult {
  blocks: Block[];
  source: SourceInfo;
  /** Warnings the front end itself raised (decoding, pages without text, ...). */
  warnings: import('../codes.js').Warning[];
}

/** Facts about the input itself. */
export interface SourceInfo {
  /** Detected input format. */
  format: 'text' | 'pdf' | 'docx' | 'doc' | 'rtf' | 'html';
  /** Detected text encoding, for text inputs (e.g. "utf-8", "gb18030", "utf-16le"). */
  encoding?: string;
  /** Input size in bytes (for `{ text }` input: the UTF-8 byte length). */
  byteLength: number;
  /** Number of pages, for paginated formats. */
  pages?: number;
}
