/**
 * Tables written a cell a paragraph between `|` lines → blocks: Python's
 * `html2text` (`html2markdown`) where table cells hold paragraphs, as web
 * pages exported from Word do. Its pipe table comes apart: each cell's text
 * is a paragraph, a line holding one `|` parts two cells (an empty cell is
 * two such lines with nothing between), a line of spaces ends a row, and
 * `---|---` follows the first row. The structure is all there, blank cells
 * included, so rows are read as grids.
 *
 * Nothing marks a table's end: the paragraph after its last row could be
 * the first cell of another row. A row's first cell is one paragraph, so
 * paragraphs before it, and a paragraph that ends a table region
 * (a section heading, prose; regions.ts), go back to the text.
 */
import type { Block, BlockCell, TableBlock } from '../../model/blocks.js';
import { trimAll } from '../../util/normalize.js';
import { paragraphText, stripInline } from './markdown.js';
import { endsTableText } from './regions.js';

/** A line holding one `|`: the border between two cells. */
const CELL_BORDER = /^[ \t]*\|[ \t]*$/;
/** The delimiter after a table's first row: `---`, `---|---`. */
const DELIMITER = /^[ \t]*-{3,}(?:[ \t]*\|[ \t]*-{3,})*[ \t]*$/;
/** A line of spaces (not empty): the end of a row. */
const ROW_END = /^[ \t\u00a0]+$/;

/** A line of the text around the tables: markdown off, and the table markup of a row that was none. */
function proseLine(line: string): string {
  return CELL_BORDER.test(line) || DELIMITER.test(line) ? '' : paragraphText(line);
}

/** Whether a text shows this layout: many cell borders, and a delimiter line. */
export function looksLikeParagraphCells(lines: readonly string[]): boolean {
  let borders = 0;
  let delimiters = 0;
  for (const l of lines) {
    if (CELL_BORDER.test(l)) borders++;
    else if (DELIMITER.test(l)) delimiters++;
  }
  return borders >= 10 && delimiters > 0;
}

/** A paragraph: consecutive text lines (0-based first and last line). */
interface Para {
  text: string;
  first: number;
  last: number;
}

export function paragraphCellsToBlocks(lines: readonly string[], paragraphs: (lines: string[], offset: number) => Block[]): Block[] {
  const blocks: Block[] = [];
  let textStart = 0;
  let rows: BlockCell[][] = [];
  let row: BlockCell[] | null = null;
  let cell: Para | null = null;
  let pending: Para[] = [];
  let tableStart = 0;
  let delimited = false;

  const cellOf = (p: Para | null, at: number): BlockCell => ({
    text: p ? p.text : '',
    rowSpan: 1,
    colSpan: 1,
    location: p ? { line: p.first + 1, ...(p.last > p.first ? { endLine: p.last + 1 } : {}) } : { line: at + 1 },
  });
  /** Ends the table (if any): the text before it goes to `paragraphs`. */
  const closeTable = (): void => {
    // Every table has its delimiter after its first row: rows without one were no table.
    if (rows.length > 0 && delimited) {
      blocks.push(...paragraphs(lines.slice(textStart, tableStart).map(proseLine), textStart));
      const end = rows[rows.length - 1]!.reduce((m, c) => Math.max(m, c.location.endLine ?? c.location.line ?? 0), 0);
      blocks.push({ kind: 'table', rows, location: { line: tableStart + 1, endLine: end } } satisfies TableBlock);
      textStart = end;
    }
    rows = [];
    delimited = false;
  };
  /** Opens a row whose first cell is the last pending paragraph; the others are text. */
  const openRow = (border: number): BlockCell[] => {
    // A heading or prose right before the border is no cell: the row's first cell is empty
    // (an empty cell writes nothing), and the text before it is the table's end.
    const last = pending[pending.length - 1];
    const first = last && !endsTableText(last.text) ? last : null;
    if (rows.length > 0 && pending.length > (first ? 1 : 0)) closeTable();
    if (rows.length === 0) tableStart = first?.first ?? border;
    cell = first;
    pending = [];
    return [];
  };

  let para: Para | null = null;
  const endPara = (): void => {
    if (para === null) return;
    if (row !== null && cell === null) cell = para;
    else if (row !== null) {
      // A cell is one paragraph: a second one shows a page's layout table around the text,
      // not a row of cells. What the row held goes back to the text.
      if (rows.length > 0) closeTable();
      row = null;
      cell = null;
      pending = [para];
    } else pending.push(para);
    para = null;
  };

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (CELL_BORDER.test(line)) {
      endPara();
      row ??= openRow(i);
      row.push(cellOf(cell, i));
      cell = null;
      continue;
    }
    if (ROW_END.test(line) || DELIMITER.test(line)) {
      endPara();
      if (row !== null) {
        row.push(cellOf(cell, i));
        rows.push(row);
        row = null;
        cell = null;
      } else {
        // A row of one cell: a block title spanning the table, or a table's first row before its delimiter.
        const only = pending[pending.length - 1];
        const opens = rows.length === 0 ? DELIMITER.test(lines[i + 1] ?? '') || DELIMITER.test(lines[i + 2] ?? '') : pending.length === 1;
        if (only && opens && !endsTableText(only.text)) {
          if (rows.length === 0) tableStart = only.first;
          rows.push([cellOf(only, i)]);
          pending = [];
        }
      }
      if (DELIMITER.test(line) && rows.length > 0) delimited = true;
      continue;
    }
    if (line.trim() === '') {
      endPara();
      continue;
    }
    // Text after a table's last row that is no row's first cell: the table has ended.
    if (row === null && rows.length > 0 && para === null && pending.length > 0) closeTable();
    const text = trimAll(stripInline(line));
    para = para === null ? { text, first: i, last: i } : { text: `${para.text}\n${text}`, first: para.first, last: i };
  }
  endPara();
  if (row !== null) rows.push([...row, cellOf(cell, lines.length)]);
  closeTable();
  blocks.push(...paragraphs(lines.slice(textStart).map(proseLine), textStart));
  return blocks;
}
