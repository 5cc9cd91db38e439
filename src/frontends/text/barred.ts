/**
 * Tables drawn with bars and underscores → blocks: Debian's `html2text` of a
 * web page whose tables have borders. A table opens with a line of
 * underscores; each line of it is a `|`-parted row, and a cell's last line
 * is padded with underscores (its bottom border). Cells merged across rows
 * end on different lines, so a line is read as a row (the middle reads
 * values from a row's end and joins wrapped labels); a number that may run
 * over two lines (on a line without underscores, or under one) is not read.
 *
 * html2text pads by UTF-8 bytes, not characters, which damages two things.
 * Text too wide for its cell overwrites the cells after it (`0形，不计`:
 * a value with a label's tail on it), which leaves a cell that is no
 * number. And a cell holding a CJK character loses as many characters off
 * its end as the character has extra bytes: `减85484` is printed `减854`, a
 * number that looks right, and part of what it lost may stand at the start
 * of the next cell (an empty cell then shows a `2`). Such a cell (a number
 * with any non-ASCII character) and a number in the cell after it are
 * marked cut (`…` at their end), so that no number is read from them; plain
 * ASCII numbers are printed whole.
 */
import type { Warning } from '../../codes.js';
import type { Block, BlockCell, TableBlock } from '../../model/blocks.js';
import { trimAll } from '../../util/normalize.js';
import { DIGIT, markUnread, readNumber } from '../../util/numbers.js';
import { drawnTablesToBlocks } from './drawn.js';

/** A table's top border: underscores only. */
const TOP = /^[ \u3000]*_{3,}[ \u3000]*$/;
/** A line of a barred table: it starts with a bar and has another. */
const ROW = /^[ \u3000]*\|.*\|/;

/** Whether a barred table starts at line `i`: its top border, then a row. */
export function startsBarred(lines: readonly string[], i: number): boolean {
  return TOP.test(lines[i]!) && ROW.test(lines[i + 1] ?? '');
}

/** The cells of one line: between its first and last bar (overwritten text past the last bar is no cell). */
function lineCells(line: string): { parts: string[]; bottom: boolean } {
  const body = line.slice(line.indexOf('|') + 1, line.lastIndexOf('|'));
  const raw = body.split('|');
  return { parts: raw.map((p) => trimAll(p.replace(/_+/g, ' '))), bottom: raw.some((p) => p.includes('_')) };
}

/** A number holding a non-ASCII character lost the end of its text (byte padding). */
function cut(text: string): boolean {
  return /[^\x00-\x7f]/.test(text) && readNumber(text).kind === 'number';
}

/** Reads the barred table whose top border is line `start` (0-based): a row a line. */
export function barredTable(lines: readonly string[], start: number): { table: TableBlock; end: number } {
  let end = start + 1;
  while (end < lines.length && ROW.test(lines[end]!)) end++;
  const rows: BlockCell[][] = [];
  let above: { parts: string[]; bottom: boolean } | undefined;
  for (let k = start + 1; k < end; k++) {
    const line = lineCells(lines[k]!);
    // A cell's text runs on until its underscored line: a number on a line with no underscores
    // may go on below, and one under such a line may have begun above. Neither is read whole.
    const split = (c: number): boolean =>
      !line.bottom || (above !== undefined && !above.bottom && (above.parts.length === line.parts.length ? DIGIT.test(above.parts[c]!) : above.parts.some((p) => DIGIT.test(p))));
    // What a cut cell lost may stand at the start of the next cell (`减81730` → `减817` | `0`).
    const spilled = (c: number): boolean => c > 0 && cut(line.parts[c - 1]!);
    const row = line.parts.map((text, c) => ({
      text: split(c) || spilled(c) || cut(text) ? markUnread(text) : text,
      rowSpan: 1,
      colSpan: 1,
      location: { line: k + 1 },
    }));
    if (row.some((c) => c.text !== '')) rows.push(row);
    above = line;
  }
  return { table: { kind: 'table', rows, location: { line: start + 1, endLine: end } }, end };
}

/** Text with barred tables → blocks; the text around them goes to `paragraphs`. */
export function barredToBlocks(lines: readonly string[], paragraphs: (lines: string[], offset: number) => Block[]): { blocks: Block[]; warnings: Warning[] } {
  return drawnTablesToBlocks(lines, startsBarred, (l, start) => barredTable(l, start), paragraphs);
}
