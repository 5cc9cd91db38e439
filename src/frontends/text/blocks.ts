import type { Warning } from '../../codes.js';
import type { Block, BlockCell, SourceLocation, TableBlock } from '../../model/blocks.js';
import { foldRadicals, trimAll } from '../../util/normalize.js';
import { pageNumberKind } from '../../util/pageNumbers.js';
import { alignedToBlocks, alignmentLost, alignmentLostWarning } from './aligned.js';
import { barredToBlocks } from './barred.js';
import { cellsToBlocks } from './cellSequence.js';
import { singleSpaced } from './doubleSpacing.js';
import { gridToBlocks } from './grid.js';
import { detectLayout, tabsArePadding } from './layout.js';
import { markdownToBlocks } from './markdown.js';
import { readPaddedTabs } from './paddingTabs.js';
import { hasSeparatorLines, rebuildSeparatorLines } from './separatorLines.js';
import { splitTextSideColumn } from './sideColumn.js';
import { paragraphCellsToBlocks } from './paragraphCells.js';
import { DASH_RULE, HEADING_START } from './shapes.js';

/**
 * Plain text → blocks. Word-to-text converters flatten tables one cell per
 * line: a cell line starts with a tab, a blank line ends a table row, and a
 * cell whose text wraps continues on an untabbed line. Text copied from a web
 * page or a spreadsheet has one row per line instead, its cells separated by
 * tabs. Each table region is read in whichever of the two layouts most of its
 * lines show; every other non-blank line is a paragraph. Merged cells are lost
 * in both layouts: rows come out ragged, which the middle allows for.
 */

/** Converter debris such as `[bookmark: _GoBack]`. */
const DEBRIS = /\[(?:bookmark|image|footnote|comment)\s*:[^\]\n]*\]/gi;


/** A wrapped cell's continuation is short; a longer untabbed line is a paragraph after the table. */
const MAX_CONTINUATION = 40;


type Line =
  | { kind: 'tab'; no: number; parts: string[]; leadingTab: boolean; filled: number }
  | { kind: 'text'; no: number; text: string; parts?: string[] }
  | { kind: 'blank'; no: number };

/** What the text front end makes of a text: its blocks and what it had to warn about. */
export interface TextBlocks {
  blocks: Block[];
  warnings: Warning[];
}

/** Plain text → blocks, by the grid builder of the layout the text shows (layout.ts). */
export function readTextBlocks(text: string): TextBlocks {
  // Radical code points (⺠ for 民) come with text copied out of some PDFs.
  const raw = foldRadicals(text)
    .replace(DEBRIS, '')
    // `\r\r\n` (a CRLF file saved again as CRLF) is one line end, not two.
    .split(/\r+\n|\r|\n/);
  const single = singleSpaced(raw);
  // Once a double-spaced text's separators are out, an empty line left is an empty paragraph: one cell.
  return single ? relocate(readRawLines(single.lines, true), single.origin) : readRawLines(raw, false);
}

/**
 * The text's lines → blocks, through whichever rebuilding its lines need
 * first. `blankLinesExact`: every empty line is one empty cell (no run of
 * them can have been squeezed).
 */
function readRawLines(raw: string[], blankLinesExact: boolean): TextBlocks {
  const read = (lines: string[]) => readLines(lines, blankLinesExact);
  if (tabsArePadding(raw)) return readPaddedTabs(raw, read);
  if (hasSeparatorLines(raw)) {
    const rebuilt = rebuildSeparatorLines(raw);
    return relocate(read(rebuilt.lines), rebuilt.origin);
  }
  const columned = splitTextSideColumn(raw);
  return columned ? relocate(read(columned.lines), columned.origin) : read(raw);
}

/** Blocks and warnings read from rebuilt lines, their line numbers put back to the text's (`origin[i]` for line i + 1). */
export function relocate(read: TextBlocks, origin: readonly number[]): TextBlocks {
  const at = (line: number | undefined) => (line === undefined ? undefined : (origin[line - 1] ?? line));
  // A location object may be shared (a raw HTML table's cells): moved once.
  const moved = new Set<SourceLocation>();
  const move = (loc: SourceLocation): void => {
    if (moved.has(loc)) return;
    moved.add(loc);
    if (loc.line !== undefined) loc.line = at(loc.line);
    if (loc.endLine !== undefined) loc.endLine = at(loc.endLine);
  };
  for (const block of read.blocks) {
    move(block.location);
    if (block.kind === 'table') for (const row of block.rows) for (const cell of row) move(cell.location);
  }
  for (const w of read.warnings) move(w.location);
  return read;
}

function readLines(raw: string[], blankLinesExact: boolean): TextBlocks {
  switch (detectLayout(raw)) {
    case 'markdown': {
      // Only tables under dash rules (pandoc's own markdown) place cells by position.
      const lost = raw.some((l) => DASH_RULE.test(l)) && alignmentLost(raw);
      return { blocks: markdownToBlocks(raw, lost), warnings: lost ? [alignmentLostWarning()] : [] };
    }
    case 'cells':
      return cellsToBlocks(raw, tabLinesToBlocks, blankLinesExact);
    case 'aligned':
      return alignedToBlocks(raw, tabLinesToBlocks);
    case 'grid':
      return gridToBlocks(raw, besideGrids);
    case 'barred':
      return barredToBlocks(raw, tabLinesToBlocks);
    case 'paragraphCells':
      return { blocks: paragraphCellsToBlocks(raw, tabLinesToBlocks), warnings: [] };
    default:
      return { blocks: tabLinesToBlocks(raw), warnings: [] };
  }
}

/**
 * The text between grid tables: dash-ruled tables there too (pandoc's plain
 * text draws a table with merged cells as a grid, the others as simple
 * tables under dash rules), the rest as the converter layout's lines.
 */
function besideGrids(lines: string[], offset: number): Block[] {
  if (!lines.some((l) => DASH_RULE.test(l))) return tabLinesToBlocks(lines, offset);
  const read = alignedToBlocks(lines, tabLinesToBlocks);
  return relocate(read, lines.map((_, i) => offset + i + 1)).blocks;
}

export function textToBlocks(text: string): Block[] {
  return readTextBlocks(text).blocks;
}

/** The converter layout and tab-separated rows. */
function tabLinesToBlocks(raw: string[], offset = 0): Block[] {
  const lines = raw
    .map((l, i) => classify(l, i + offset))
    // Page numbers a converter leaves between lines (`- 3 -`, `第3页`); bare digits may be content and stay.
    .filter((l) => !(l.kind === 'text' && pageNumberKind(l.text) === 'decorated'));
  const blocks: Block[] = [];
  for (let i = 0; i < lines.length; ) {
    const line = lines[i]!;
    if (line.kind === 'tab') {
      const end = regionEnd(lines, i);
      const region = lines.slice(i, end);
      if (isProse(region)) {
        blocks.push(...proseParagraphs(region));
      } else {
        const table = readTable(region);
        if (table.rows.length > 0) blocks.push(table);
      }
      i = end;
      continue;
    }
    if (line.kind === 'text') blocks.push({ kind: 'paragraph', text: line.text, location: { line: line.no } });
    i++;
  }
  return blocks;
}

/** Word's list numbering as a converter writes it: the number, then a tab (`三、\t收到…`). */
const LIST_NUMBER_TAB = /^[ \u3000]*(?:[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十\d]{1,3}[)）]|\d{1,2}[、.．])\t/;

function classify(raw: string, index: number): Line {
  const no = index + 1;
  if (LIST_NUMBER_TAB.test(raw)) raw = raw.replace(/\t/g, ' ');
  if (raw.includes('\t')) {
    // Spaces before the first tab are indentation: the line is still a cell line.
    const lead = /^[ \u00a0\u3000]*\t/.exec(raw);
    const leadingTab = lead !== null;
    const parts = (lead ? raw.slice(lead[0].length) : raw).split('\t');
    const filled = parts.filter((p) => trimAll(p) !== '').length;
    // `text\t` (a stray trailing tab) is still a paragraph.
    if (leadingTab || filled >= 2) return { kind: 'tab', no, parts, leadingTab, filled };
    // `label\t` with blank cells after it: a paragraph, or a row in a tab-separated table.
    const text = trimAll(raw);
    return text === '' ? { kind: 'blank', no } : { kind: 'text', no, text, parts };
  }
  const text = trimAll(raw);
  return text === '' ? { kind: 'blank', no } : { kind: 'text', no, text };
}

/**
 * Where a table region that starts at `start` ends: two blank lines in a row,
 * or a text line that cannot be a wrapped cell (long, after a blank line, or a heading).
 */
function regionEnd(lines: Line[], start: number): number {
  let i = start;
  let blanks = 0;
  for (; i < lines.length; i++) {
    const l = lines[i]!;
    if (l.kind === 'blank') {
      if (++blanks >= 2) break;
      continue;
    }
    if (l.kind === 'text' && (blanks > 0 || !isContinuation(l.text))) break;
    blanks = 0;
  }
  // Trailing blank lines belong to no one.
  while (i > start && lines[i - 1]!.kind === 'blank') i--;
  return i;
}

function isContinuation(text: string): boolean {
  return text.length <= MAX_CONTINUATION && !HEADING_START.test(text);
}

/**
 * A region of tab lines that is text, not a table: a single line with a tab
 * inside (`全年公开\t120条。`), unless it holds several numbers; or
 * tab-indented paragraphs (sentences, no numbers).
 */
function isProse(region: Line[]): boolean {
  const parts = region.flatMap((l) => (l.kind === 'tab' ? l.parts : l.kind === 'text' ? [l.text] : [])).map(trimAll).filter((p) => p !== '');
  const numbers = parts.filter((p) => /^[减增+\-−－]?[\d０-９][\d０-９,.，．]*$/.test(p)).length;
  const lines = region.filter((l) => l.kind !== 'blank');
  if (lines.length === 1) return numbers < 2;
  const sentences = parts.filter((p) => p.length > 30 || /[。；]$/.test(p)).length;
  return numbers === 0 && sentences * 2 >= parts.length;
}

/** Prose that came as tab lines: a paragraph a line, its tabs as spaces (an untabbed line continues it). */
function proseParagraphs(region: Line[]): Block[] {
  const out: Block[] = [];
  for (const l of region) {
    if (l.kind === 'blank') continue;
    const text = trimAll(l.kind === 'tab' ? l.parts.join(' ') : l.text);
    const prev = out[out.length - 1];
    if (l.kind === 'text' && prev?.kind === 'paragraph') prev.text += text;
    else if (text !== '') out.push({ kind: 'paragraph', text, location: { line: l.no } });
  }
  return out;
}

function cell(text: string, line: number): BlockCell {
  return { text: trimAll(text), rowSpan: 1, colSpan: 1, location: { line } };
}

/**
 * Reads a table region. One row per line when most tab lines hold several
 * cells (tab-separated values); else a cell per line (the converter layout),
 * where a stray tab inside a cell line is only white space.
 */
function readTable(region: Line[]): TableBlock {
  const tabLines = region.filter((l) => l.kind === 'tab');
  const multi = tabLines.filter((l) => l.filled >= 2 || (l.parts.length > 1 && !l.leadingTab)).length;
  const rowPerLine = multi * 2 > tabLines.length;
  const first = region[0]!.no;
  const last = region[region.length - 1]!;
  const table: TableBlock = { kind: 'table', rows: [], location: { line: first, endLine: last.no } };
  let row: BlockCell[] = [];
  const endRow = (): void => {
    if (row.length > 0) table.rows.push(row);
    row = [];
  };

  for (const l of region) {
    if (l.kind === 'blank') {
      endRow();
    } else if (l.kind === 'text') {
      const prev = row[row.length - 1];
      if (!rowPerLine && prev) {
        // A wrapped cell goes on: its lines are joined with "\n".
        prev.text = prev.text === '' ? l.text : `${prev.text}\n${l.text}`;
        prev.location.endLine = l.no;
      } else {
        // In the one-row-per-line layout a line without tabs is a one-cell row (a block title).
        endRow();
        for (const p of l.parts ?? [l.text]) row.push(cell(p, l.no));
        endRow();
      }
    } else if (rowPerLine) {
      endRow();
      for (const p of l.leadingTab ? ['', ...l.parts] : l.parts) row.push(cell(p, l.no));
      endRow();
    } else {
      row.push(cell(l.parts.join(' '), l.no));
    }
  }
  endRow();
  return table;
}
