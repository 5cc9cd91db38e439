import type { Block, BlockCell, ParagraphBlock, TableBlock } from '../../model/blocks.js';
import { trimAll } from '../../util/normalize.js';

/**
 * Plain text → blocks. Word-to-text converters flatten tables one cell per
 * line: a cell line starts with a tab, a blank line ends a table row, and a
 * cell whose text wraps continues on an untabbed line. Every other non-blank
 * line is a paragraph. Blank-line runs separate tables. Lines of
 * tab-separated cells (one row per line) are read too. Merged cells are lost in this layout: rows come out
 * ragged, which the middle allows for.
 */

/** Converter debris such as `[bookmark: _GoBack]`. */
const DEBRIS = /\[(?:bookmark|image|footnote|comment)\s*:[^\]\n]*\]/gi;

/** A wrapped cell's continuation is short; a longer untabbed line is a paragraph after the table. */
const MAX_CONTINUATION = 40;

export function textToBlocks(text: string): Block[] {
  const lines = text.replace(DEBRIS, '').split(/\r\n|\r|\n/);
  const blocks: Block[] = [];
  let table: TableBlock | null = null;
  let row: BlockCell[] = [];
  let afterBlank = false;
  let rowPerLine = false;

  const endRow = (): void => {
    if (table && row.length > 0) table.rows.push(row);
    row = [];
  };
  const endTable = (): void => {
    endRow();
    if (table && table.rows.length > 0) blocks.push(table);
    table = null;
    rowPerLine = false;
  };

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const lineNo = i + 1;
    const filled = line.includes('\t') ? line.split('\t').filter((p) => trimAll(p) !== '').length : 0;
    if (line.startsWith('\t') || filled >= 2 || (rowPerLine && line.includes('\t'))) {
      // A tab line. `\tcell` adds a cell to the current row (the converter
      // layout); a line holding several cells is a whole row (tab-separated
      // values, as copied from a web page or spreadsheet), and once a table has
      // such rows, each of its tab lines is a row.
      if (!table) table = { kind: 'table', rows: [], location: { line: lineNo } };
      table.location.endLine = lineNo;
      const parts = line.startsWith('\t') ? line.slice(1).split('\t') : line.split('\t');
      const wholeRow = !line.startsWith('\t') || rowPerLine || (parts.length > 1 && filled > 0);
      if (wholeRow) {
        endRow();
        rowPerLine = true;
      }
      const cells = wholeRow ? line.split('\t') : parts;
      for (const part of cells) row.push({ text: trimAll(part), rowSpan: 1, colSpan: 1, location: { line: lineNo } });
      if (wholeRow) endRow();
      afterBlank = false;
      continue;
    }
    const content = trimAll(line);
    if (content === '') {
      // One blank line ends a row; two in a row end the table (the converter
      // leaves several between tables, so adjacent tables stay apart).
      if (table && afterBlank) endTable();
      else if (table) endRow();
      afterBlank = true;
      continue;
    }
    const last = row[row.length - 1];
    if (table && last && !afterBlank && content.length <= MAX_CONTINUATION) {
      last.text = last.text === '' ? content : `${last.text}\n${content}`;
      last.location.endLine = lineNo;
      table.location.endLine = lineNo;
      continue;
    }
    endTable();
    const paragraph: ParagraphBlock = { kind: 'paragraph', text: content, location: { line: lineNo } };
    blocks.push(paragraph);
    afterBlank = false;
  }
  endTable();
  return blocks;
}
