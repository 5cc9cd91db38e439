/**
 * Aligned columns → blocks: a table row a line (or a few lines), cells apart
 * by runs of spaces. Two kinds:
 * - ruled (`pandoc -t plain`, markdown simple/multiline tables): a rule of
 *   dashes gives every column's extent, in display width; a cell is the text
 *   under its column, a row the lines between blank lines;
 * - unruled (`pdftotext -layout`): see unruled.ts.
 * Every row comes out with one cell per column (blank ones empty), so the
 * middle's reading of values from the row's end sees them in their columns.
 */
import { warning, type Warning } from '../../codes.js';
import type { Block, BlockCell, TableBlock } from '../../model/blocks.js';
import { trimAll } from '../../util/normalize.js';
import { markUnread, readNumber } from '../../util/numbers.js';
import { DASH_RULE } from './shapes.js';
import { unruledToBlocks } from './unruled.js';
import { columnsOf, tokens } from './width.js';

/** Column extents [start, end) from a dash rule, in display width. */
export function ruleColumns(rule: string): [number, number][] {
  const cols: [number, number][] = [];
  const { chars, starts } = columnsOf(rule, 'display');
  let start = -1;
  chars.forEach((ch, i) => {
    if (ch === '-' && start < 0) start = starts[i]!;
    if (ch !== '-' && start >= 0) {
      cols.push([start, starts[i]!]);
      start = -1;
    }
  });
  if (start >= 0) cols.push([start, starts[starts.length - 1]! + 1]);
  return cols;
}

/**
 * A line cut at the columns' starts. A cut falls only where a space stands
 * before it: text running over into the next column (a merged cell) stays
 * with the column it starts in.
 */
export function sliceColumns(line: string, cols: [number, number][]): string[] {
  const { chars, starts } = columnsOf(line, 'display');
  const out = cols.map(() => '');
  let col = 0;
  let runStart = 0;
  let afterSpace = true;
  chars.forEach((ch, i) => {
    if (/\s/.test(ch)) {
      afterSpace = true;
      out[col] += ch;
      return;
    }
    if (afterSpace) runStart = starts[i]!;
    afterSpace = false;
    while (col + 1 < cols.length && runStart >= cols[col + 1]![0]) col++;
    out[col] += ch;
  });
  return out.map(trimAll);
}

/** Where the ruled table starting with the rule at `start` ends (after its closing rule), and its body. */
function ruledExtent(lines: string[], start: number): { bodyEnd: number; end: number } {
  for (let i = start + 1; i < lines.length; i++) {
    if (DASH_RULE.test(lines[i]!)) return { bodyEnd: i, end: i + 1 };
    // A simple table (no closing rule) ends at a blank line.
    if (lines[i]!.trim() === '' && (lines[i + 1] ?? '').trim() === '' ) return { bodyEnd: i, end: i };
  }
  return { bodyEnd: lines.length, end: lines.length };
}

/** Fewest non-blank lines for a text to show whether it is indented and padded. */
const MIN_LINES = 20;

/**
 * Whether aligned text lost the spaces that place its cells. The tools that
 * write it indent (pdftotext's paragraphs and value rows, pandoc's tables:
 * over half of their lines on the generated fixtures) and pad cells with runs
 * of spaces. A text whose lines start flush left (all but under 5 %) had its
 * lines trimmed (a cleaning script), moving each line by its own
 * indentation; one without a run of two spaces had its runs collapsed (text
 * shown as a web page shows it). Its tables are then read only where a
 * row prints every column (its values in order); the rest is not read.
 */
export function alignmentLost(lines: readonly string[]): boolean {
  let nonBlank = 0;
  let indented = 0;
  let padded = 0;
  for (const line of lines) {
    if (line.trim() === '') continue;
    nonBlank++;
    if (/^\f*[ \t\u3000\u00a0]/.test(line)) indented++;
    // Padding: two spaces (a no-break one among them) after a character; an ideographic space may be a blank cell's text.
    if (/\S[ \u00a0]{2}/.test(line)) padded++;
  }
  // A trimming tool may leave the odd line indented (one starting with a character it does not count as a space).
  return nonBlank >= MIN_LINES && (indented * 20 < nonBlank || padded === 0);
}

/** Of a table's lines with numbers, the share whose numbers all stand flush (see shiftedLines) for the table to count as laid out so. */
const FLUSH_SHARE = 0.5;

/**
 * The body lines whose numbers stand off their columns, in a table whose
 * other lines have every number flush with its column's start or, column by
 * column, its end (pandoc pads a cell from its column's start, or to its end
 * in a right-aligned column). Such a line was moved after it was laid out
 * (edited, or measured with another width for some character): where its
 * numbers stand says nothing. Empty for a table not laid out flush (centred
 * cells): there a number's place proves nothing.
 */
function shiftedLines(lines: readonly string[], body: readonly number[], cols: [number, number][]): Set<number> {
  const columnOf = (x: number): number => {
    let c = 0;
    while (c + 1 < cols.length && x >= cols[c + 1]![0]) c++;
    return c;
  };
  const numbers = body.map((i) => ({ i, tokens: tokens(lines[i]!, 'display', 1).filter((t) => readNumber(t.text).kind === 'number').map((t) => ({ ...t, c: columnOf(t.start) })) }));
  // Each column's side: the one most of its numbers stand flush with.
  const atStart = cols.map(() => 0);
  const atEnd = cols.map(() => 0);
  for (const { tokens: ts } of numbers) {
    for (const t of ts) {
      if (t.start === cols[t.c]![0]) atStart[t.c]!++;
      if (t.end === cols[t.c]![1]) atEnd[t.c]!++;
    }
  }
  const flush = (t: { start: number; end: number; c: number }): boolean =>
    atStart[t.c]! >= atEnd[t.c]! ? atStart[t.c]! > 0 && t.start === cols[t.c]![0] : t.end === cols[t.c]![1];
  const withNumbers = numbers.filter((n) => n.tokens.length > 0);
  const off = new Set(withNumbers.filter((n) => !n.tokens.every(flush)).map((n) => n.i));
  return withNumbers.length - off.size >= FLUSH_SHARE * withNumbers.length ? off : new Set();
}

export function ruledTable(lines: string[], start: number, positionsLost = false): { table: TableBlock; end: number; shifted: boolean } {
  const cols = ruleColumns(lines[start]!);
  const { bodyEnd, end } = ruledExtent(lines, start);
  const body: number[] = [];
  for (let i = start + 1; i < bodyEnd; i++) body.push(i);
  const shifted = positionsLost ? new Set<number>() : shiftedLines(lines, body, cols);
  // Multiline tables part rows with blank lines; simple tables have a row a line.
  const multiline = body.some((i) => lines[i]!.trim() === '');
  const groups: number[][] = [];
  let cur: number[] = [];
  for (const i of body) {
    if (lines[i]!.trim() === '') {
      if (cur.length) groups.push(cur);
      cur = [];
    } else if (multiline) cur.push(i);
    else groups.push([i]);
  }
  if (cur.length) groups.push(cur);
  const rows: BlockCell[][] = groups.map((g) => {
    const sliced = g.map((i) => (positionsLost ? inOrder(lines[i]!, cols) : shifted.has(i) ? sliceColumns(lines[i]!, cols).map(markUnread) : sliceColumns(lines[i]!, cols)));
    return cols.map((_, c) => ({
      // pandoc's markdown ends a cell's broken line with a backslash (a hard line break),
      // and marks a bold cell (a header's labels) with `**` around its whole text.
      text: unbold(
        sliced
          .map((s) => unbold(s[c]!.replace(/\\$/, '')))
          .filter((t) => t !== '')
          .join('\n'),
      ),
      rowSpan: 1,
      colSpan: 1,
      location: { line: g[0]! + 1, ...(g.length > 1 ? { endLine: g[g.length - 1]! + 1 } : {}) },
    }));
  });
  return { table: { kind: 'table', rows: dropBlankLabelCells(rows), location: { line: start + 1, endLine: end } }, end, shifted: shifted.size > 0 };
}

/** A cell's text without the `**` around the whole of it (a line, or the lines of a multiline cell). */
function unbold(text: string): string {
  return text.replace(/^\*\*([^*][^]*)\*\*$/, '$1');
}

/**
 * A line of a table whose text lost its alignment: its pieces in order when
 * they fill every column; else cut at the columns as usual, its numbers
 * marked (`…`: not read), since where they stand says nothing.
 */
function inOrder(line: string, cols: [number, number][]): string[] {
  const pieces = tokens(line, 'display');
  if (pieces.length === cols.length) return pieces.map((t) => t.text);
  return sliceColumns(line, cols).map(markUnread);
}

/**
 * Rows cut at every column hold blank cells in the label columns too (a
 * label in the group column leaves the item column empty). The label columns
 * are those that hold a row's label left of its numbers; their blank cells
 * are dropped, so a row's values are its last cells and the blank ones among
 * them stay in place.
 */
export function dropBlankLabelCells(rows: BlockCell[][]): BlockCell[][] {
  let lastLabelColumn = -1;
  for (const r of rows) {
    const kinds = r.map((c) => readNumber(c.text).kind);
    const first = kinds.indexOf('number');
    if (first < 0) continue;
    for (let c = first - 1; c > lastLabelColumn; c--) if (kinds[c] === 'text') lastLabelColumn = c;
  }
  return rows.map((r) => r.filter((cell, c) => c > lastLabelColumn || cell.text !== '')).filter((r) => r.length > 0);
}

/**
 * Aligned text → blocks: tables under dash rules read here, the rest of the
 * text by the reader of unruled aligned tables (unruled.ts).
 */
export function alignedToBlocks(lines: string[], paragraphs: (lines: string[], offset: number) => Block[]): { blocks: Block[]; warnings: Warning[] } {
  const blocks: Block[] = [];
  const warnings: Warning[] = [];
  const lost = alignmentLost(lines);
  let textStart = 0;
  let pages = 1;
  const rest = (end: number): void => {
    const part = unruledToBlocks(lines.slice(textStart, end), paragraphs, textStart, pages, lost);
    blocks.push(...part.blocks);
    warnings.push(...part.warnings);
    for (let k = textStart; k < end; k++) if (lines[k]!.includes('\f')) pages += (lines[k]!.match(/\f/g) ?? []).length;
  };
  for (let i = 0; i < lines.length; ) {
    if (DASH_RULE.test(lines[i]!)) {
      rest(i);
      const { table, end, shifted } = ruledTable(lines, i, lost);
      if (table.rows.length > 0) blocks.push(table);
      if (shifted) {
        warnings.push(warning('ALIGNMENT_LOST', `Lines of the table under the rule at line ${i + 1} stand off its columns (moved after the table was laid out); their numbers are not read.`, { line: i + 1 }));
      }
      for (let k = i; k < end; k++) if (lines[k]!.includes('\f')) pages += (lines[k]!.match(/\f/g) ?? []).length;
      i = textStart = end;
      continue;
    }
    i++;
  }
  rest(lines.length);
  if (lost && blocks.some((b) => b.kind === 'table')) warnings.unshift(alignmentLostWarning());
  return { blocks, warnings };
}

export function alignmentLostWarning(): Warning {
  return warning(
    'ALIGNMENT_LOST',
    'The text lost the spaces that place table values in their columns (every line starts flush left, or no line has a run of spaces): only rows that print every column are read.',
  );
}
