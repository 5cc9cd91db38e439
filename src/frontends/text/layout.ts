/**
 * Which flattening a plain text shows: the one layout detector of the text
 * front end. Tables flattened by different tools keep different parts of
 * their structure, and each family has its own grid builder:
 * - `tabs`: Word-to-text converters (a tab-prefixed cell a line) and
 *   tab-separated rows (blocks.ts);
 * - `markdown`: pipe tables and raw HTML `<table>` blocks (markdown.ts);
 * - `aligned`: a row a line, cells apart by runs of spaces (`pdftotext -layout`,
 *   `pandoc -t plain`) (aligned.ts);
 * - `cells`: a cell a line without tabs (LibreOffice's text export,
 *   docx2txt, `pdftotext` without `-layout`) (cellSequence.ts);
 * - `grid`: tables drawn with their borders, box-drawing or ASCII (`w3m
 *   -dump`, grid tables) (grid.ts);
 * - `barred`: tables drawn with bars and underscores (Debian's `html2text`)
 *   (barred.ts);
 * - `paragraphCells`: a cell a paragraph between `|` lines (Python's
 *   `html2text` where cells hold paragraphs) (paragraphCells.ts).
 * Text with no table of any kind reads the same whichever is chosen.
 */
import { startsBarred } from './barred.js';
import { startsGrid } from './grid.js';
import { looksLikeParagraphCells } from './paragraphCells.js';
import { DASH_RULE, isDelimiterRow, isPipeRow } from './shapes.js';

export type TextLayout = 'tabs' | 'markdown' | 'aligned' | 'cells' | 'grid' | 'barred' | 'paragraphCells';

/** A cell that is one number as tables print them (`12`, `减3`, `-3`, `12.50`, `1,200`). */
export const NUMBER_CELL = /^[减增+\-−－]?[\d０-９][\d０-９,，]*(?:[.．][\d０-９]+)?$/;

/** Runs of two or more spaces (or an ideographic space) part cells in aligned text. */
const GAP = /(?: {2,}|\u3000+)/;

export function detectLayout(lines: string[]): TextLayout {
  let tabRows = 0;
  let aligned = 0;
  let bareNumbers = 0;
  let grids = 0;
  let barred = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (/<table\b/i.test(line) || (isPipeRow(line) && isDelimiterRow(lines[i + 1] ?? ''))) return 'markdown';
    if (startsGrid(lines, i)) grids++;
    if (startsBarred(lines, i)) barred++;
    if (line.includes('\t')) {
      if (/^[ \u00a0\u3000]*\t\S|\S\t+\S/.test(line)) tabRows++;
      continue;
    }
    if (DASH_RULE.test(line)) aligned += 5;
    const trimmed = line.trim();
    if (NUMBER_CELL.test(trimmed)) {
      bareNumbers++;
      continue;
    }
    // Cells apart need a run of spaces (or an ideographic space): most prose lines have none.
    if (!trimmed.includes('  ') && !trimmed.includes('\u3000')) continue;
    const parts = trimmed.split(GAP);
    if (parts.length >= 3 && parts.filter((p) => NUMBER_CELL.test(p)).length >= 2) aligned++;
  }
  if (grids > 0) return 'grid';
  if (barred > 0) return 'barred';
  if (looksLikeParagraphCells(lines)) return 'paragraphCells';
  if (tabRows >= 3) return 'tabs';
  if (aligned >= 5) return 'aligned';
  if (bareNumbers >= 10) return 'cells';
  return 'tabs';
}
