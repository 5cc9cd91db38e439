/**
 * Aligned columns without rules (`pdftotext -layout`): a table row a line,
 * cells apart by runs of spaces, one character a column (code points, not
 * display width: pdftotext places each character in one grid cell), wrapped
 * labels on the lines above and below their numbers, page numbers and form
 * feeds between rows.
 *
 * A value line (a line holding numbers) is a row. Its label is the text on
 * it and on the text lines nearest to it (never across a blank line when a
 * closer value line is on the other side). Its values are placed in columns
 * by position: a row printing every column needs none; a row with blanks is
 * placed at the column anchors of its page, measured on the complete rows of
 * the page (of its block, and of table 二 blocks whose headers stand at the
 * same places), else on the page's numbers when they fall into clearly
 * separate clusters. pdftotext scales every page's grid on its own, so
 * anchors never cross a page; header words are no anchors (pdftotext packs
 * them and pushes numbers by several columns). How many columns: table 三
 * seven and 四 fifteen (the template), each table 二 block as many as its
 * header names. Numbers whose column is not certain are not read; their row
 * is warned `CELLS_VANISHED`.
 */
import { warning, type Warning } from '../../codes.js';
import type { Block, BlockCell, TableBlock } from '../../model/blocks.js';
import { TABLE2 } from '../../templates/table2.js';
import { TABLE3_COLUMNS, TABLE3_GROUPS } from '../../templates/table3.js';
import { TABLE4_COLUMNS, TABLE4_GROUPS } from '../../templates/table4.js';
import { normalizeLabel } from '../../util/normalize.js';
import { readNumber } from '../../util/numbers.js';
import { pageNumberLines } from './pages.js';
import { endsTableNorm, tableOpenedNorm } from './regions.js';
import { table2BlockWidth } from './table2Width.js';
import { columnsOf, tokens, widthIn, type Metric, type Token } from './width.js';

const TABLE3_CUE = /勾稽关系|申请人情况|^自然人/;
const TABLE4_CUE = /^行政复议|^行政诉讼|未经复议直接起诉/;
const TABLE3_WIDTH = TABLE3_COLUMNS.length;
const TABLE4_WIDTH = TABLE4_GROUPS.length * TABLE4_COLUMNS.length;
const GROUPS = new Set(TABLE3_GROUPS.map(normalizeLabel));

interface Piece extends Token {
  number: boolean;
}

/** A line of the text with its page; its pieces and normalised text computed on first use (most lines are prose). */
class Line {
  private cachedPieces: Piece[] | undefined;
  private cachedNorm: string | undefined;

  constructor(
    readonly no: number,
    readonly page: number,
    /** The line as printed (form feeds in it). */
    readonly raw: string,
    /** Whether the line is blank (or page furniture). */
    readonly blank: boolean,
    readonly text: string,
    /** How its pieces' columns are counted. */
    readonly metric: Metric = 'chars',
  ) {}

  /** The same line measured in another metric. */
  in(metric: Metric): Line {
    return metric === this.metric ? this : new Line(this.no, this.page, this.raw, this.blank, this.text, metric);
  }

  get pieces(): Piece[] {
    return (this.cachedPieces ??= this.blank ? [] : piecesOf(this.raw, this.metric));
  }

  /** Its text normalised (normalizeLabel). */
  get norm(): string {
    return (this.cachedNorm ??= normalizeLabel(this.text));
  }
}

const isNumber = (s: string): boolean => readNumber(s).kind === 'number';
const UNIT = /^(?:万元|亿元|元|件|个|项|次|条)$/;

/** A line's pieces: runs apart by two spaces, split further at single spaces (numbers of narrow columns touch). */
function piecesOf(raw: string, metric: Metric): Piece[] {
  const out: Piece[] = [];
  for (const t of tokens(raw.includes('\f') ? raw.replace(/\f/g, '') : raw, metric)) {
    let x = t.start;
    // A single space parts numbers (narrow columns touch) and a label from a numbered
    // one after it (`（三 4.保护第三`: a merged group cell beside an item); elsewhere it is
    // letter spacing (`情 形`), and a sign set apart from its number (`减 18166`) stays with it.
    // Parts and whether each reads as a number (asked once a part: this runs on every table line).
    const parts: string[] = [];
    const numeric: boolean[] = [];
    for (const part of t.text.split(' ')) {
      const k = parts.length - 1;
      const prev = parts[k];
      const number = isNumber(part);
      if (prev !== undefined && /^(?:减少?|增加?|[+\-−－])$/.test(prev) && /^[\d０-９]/.test(part)) {
        parts[k] = `${prev} ${part}`;
        numeric[k] = isNumber(parts[k]!);
      } else if (prev !== undefined && numeric[k] && UNIT.test(part)) {
        // A unit set apart from its number (`8873.55 元`) stays with it.
        parts[k] = `${prev} ${part}`;
        numeric[k] = isNumber(parts[k]!);
      } else if (prev === undefined || number || numeric[k] || LIST_MARKER_START.test(part)) {
        parts.push(part);
        numeric.push(number);
      } else {
        parts[k] = `${prev} ${part}`;
        numeric[k] = isNumber(parts[k]!);
      }
    }
    parts.forEach((part, k) => {
      const length = metric === 'chars' ? codePoints(part) : columnsOf(part, metric).width;
      if (part !== '') out.push({ text: part, start: x, end: x + length, number: numeric[k]! });
      x += length + 1;
    });
  }
  return out;
}

/** Characters (code points) in `s`: one grid column each. */
function codePoints(s: string): number {
  let n = s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) n--;
  }
  return n;
}

/**
 * Which statistics table a line opens (2, 3 or 4), or null: the line, or one
 * of its cells beside another's wrapped text (`（本列数据的勾稽关        申请人情况`:
 * table 三's note cell, wrapped mid-word, on the line of its group label).
 */
function tableOpened(line: Line): 2 | 3 | 4 | null {
  const whole = tableOpenedNorm(line.norm);
  if (whole !== null || line.pieces.length <= 1) return whole;
  for (const p of line.pieces) {
    const opened = p.number ? null : tableOpenedNorm(normalizeLabel(p.text));
    if (opened !== null) return opened;
  }
  return null;
}

/** A line that opens another table than the region's (no heading between them). */
function opensOther(line: Line, opened: 2 | 3 | 4 | null): boolean {
  const other = line.blank ? null : tableOpened(line);
  return other !== null && other !== opened;
}

/** A section heading or prose ends a table; value lines never do. */
function endsTable(line: Line): boolean {
  return endsTableNorm(line.norm) && !line.pieces.some((p) => p.number);
}

/** A list marker: `（二）` (or in ASCII brackets, `(二)`), `二、`, `2.`. */
const LIST_MARKER = /[（(][一二三四五六七八九十]{1,2}[）)]|[一二三四五六七八九十]{1,2}、|\d{1,2}[.．、](?!\d)/g;
const LIST_MARKER_START = /^(?:[（(][一二三四五六七八九十]{1,2}[）)]|[一二三四五六七八九十]{1,2}、|\d{1,2}[.．、](?!\d))/;
const LIST_MARKER_ONLY = new RegExp(`${LIST_MARKER_START.source}$`);

interface Row {
  value: Line;
  labels: Line[];
}

/** A block's title or column header line: never part of a row's label. */
function isHeaderLine(l: Line): boolean {
  return /^(?:信息内容|第二十条第)/.test(normalizeLabel(l.pieces[0]!.text));
}

/** Text lines between value lines go to the nearer one; a blank line is a wall. */
function assignLabels(lines: Line[], valueIdx: number[]): Row[] {
  const rows: Row[] = valueIdx.map((i) => ({ value: lines[i]!, labels: [] }));
  const isValue = new Set(valueIdx);
  // blanksBefore[k]: blank lines among lines[0..k-1]; a blank line counts as a wall (100).
  const blanksBefore = [0];
  lines.forEach((l, k) => blanksBefore.push(blanksBefore[k]! + (l.blank ? 1 : 0)));
  const distance = (from: number, to: number): number => {
    const [a, b] = from < to ? [from, to] : [to, from];
    const blanks = blanksBefore[b + 1]! - blanksBefore[a + 1]!;
    return b - a + blanks * 99;
  };
  let next = 0;
  lines.forEach((l, i) => {
    while (next < valueIdx.length && valueIdx[next]! <= i) next++;
    if (l.blank || isValue.has(i) || l.pieces.length === 0 || isHeaderLine(l)) return;
    const after = next < valueIdx.length ? next : -1;
    const before = next - 1;
    const dBefore = before >= 0 ? distance(valueIdx[before]!, i) : Infinity;
    const dAfter = after >= 0 ? distance(i, valueIdx[after]!) : Infinity;
    if (Math.min(dBefore, dAfter) >= 100) return;
    // A line that starts a numbered label (`（二）…`, `2.…`, or the marker set apart: `(二)  部分公开`)
    // begins the next row's label, never continues one.
    const last = l.pieces.length - 1;
    const opens = dAfter < 100 && (LIST_MARKER_START.test(l.pieces[last]!.text) || (last > 0 && LIST_MARKER_ONLY.test(l.pieces[last - 1]!.text)));
    rows[opens || dAfter < dBefore ? after : before]!.labels.push(l);
  });
  return rows;
}

/** Label column starts: clusters of the label pieces' starts (two characters apart or more). */
function labelColumns(pieces: Piece[]): number[] {
  const starts = [...new Set(pieces.map((p) => p.start))].sort((a, b) => a - b);
  const cols: number[] = [];
  for (const s of starts) if (cols.length === 0 || s - cols[cols.length - 1]! > 2) cols.push(s);
  return cols;
}

function columnOf(cols: number[], x: number): number {
  let c = 0;
  while (c + 1 < cols.length && x >= cols[c + 1]! - 2) c++;
  return c;
}

/**
 * The row's label cells. The item label starts in the rightmost label column
 * where a numbered label starts (else the rightmost holding text); its wrapped
 * lines may start further right, never left. Text in columns left of it is a
 * merged group cell: kept when it reads as a whole group label, else left out
 * (fragments of a label printed down a merged cell name no row).
 */
function labelCells(row: Row, firstValueX: number, cols: number[]): BlockCell[] {
  const lines = [...row.labels, row.value].sort((a, b) => a.no - b.no);
  const pieces = lines.flatMap((l) => l.pieces.filter((p) => !(p.number && p.start >= firstValueX - 1)).map((p) => ({ p, col: columnOf(cols, p.start) })));
  if (pieces.length === 0) return [];
  const numbered = pieces.filter((x) => LIST_MARKER_START.test(x.p.text)).map((x) => x.col);
  const item = numbered.length > 0 ? Math.max(...numbered) : Math.max(...pieces.map((x) => x.col));
  const where = { line: lines[0]!.no, ...(lines.length > 1 ? { endLine: lines[lines.length - 1]!.no } : {}) };
  const groups = new Map<number, string>();
  for (const x of pieces) if (x.col < item) groups.set(x.col, (groups.get(x.col) ?? '') + x.p.text);
  const cells = [...groups.entries()]
    .sort((a, b) => a[0] - b[0])
    .filter(([, text]) => GROUPS.has(normalizeLabel(text)))
    .map(([, text]) => ({ text, rowSpan: 1, colSpan: 1, location: where }));
  cells.push({ text: pieces.filter((x) => x.col >= item).map((x) => x.p.text).join(''), rowSpan: 1, colSpan: 1, location: where });
  return cells;
}

function cell(text: string, line: number): BlockCell {
  return { text, rowSpan: 1, colSpan: 1, location: { line } };
}

interface RegionBlock {
  lines: Line[];
  header: Line | undefined;
  /** Value columns: the template's for 三 and 四, what the header names for a table 二 block. */
  width: number;
  numbers: { page: number; nums: Piece[] }[];
}

/**
 * A region's blocks: table 二 starts one at each header; 三 and 四 are one
 * block (its title `第二十条第（X）项` and its header `信息内容 …` each start
 * one: the title's block holds no rows).
 */
function blocksOf(region: Line[]): { fixed: number; blocks: RegionBlock[] } {
  const norms = region.map((l) => l.norm);
  const fixed = norms.some((t) => TABLE3_CUE.test(t)) ? TABLE3_WIDTH : norms.some((t) => TABLE4_CUE.test(t)) ? TABLE4_WIDTH : 0;
  const starts = fixed ? [0] : [0, ...norms.flatMap((t, i) => (i > 0 && /^信息内容|^第二十条/.test(t) ? [i] : []))];
  const blocks = starts.map((s, b) => {
    const lines = region.slice(s, starts[b + 1] ?? region.length);
    const header = fixed ? undefined : lines.find((l) => /^信息内容/.test(l.norm));
    // The block's title: the last one printed before its header.
    const title = region
      .slice(0, s + (header ? lines.indexOf(header) : 0))
      .reverse()
      .find((l) => /^第二十条第/.test(l.norm))?.norm;
    const width = fixed || (header ? headerWidth(header, title) : 0);
    const numbers = lines.flatMap((l) => (l.pieces.some((p) => p.number) ? [{ page: l.page, nums: trailingNumbers(l) }] : []));
    return { lines, header, width, numbers };
  });
  return { fixed, blocks };
}

/**
 * The region measured in the metric its tool counted columns in. pdftotext
 * places a character a grid cell (code points); tools that lay tables out for
 * a terminal pad to display width (w3m: a CJK character takes two) or, some,
 * to UTF-8 bytes (three). Under the right metric the numbers of the rows that
 * print every column stand in their columns; under a wrong one each such row
 * is shifted by its own count of wide characters, and a column's numbers
 * spread. Another metric is taken only when its spread is under half that of
 * code points.
 */
function inToolMetric(region: Line[], blocks: RegionBlock[]): { region: Line[]; blocks: RegionBlock[] } {
  // The rows that print every column: the same lines in any metric (a number is a number however it is measured).
  const complete = blocks.map((b) => ({ width: b.width, lines: b.lines.filter((l) => b.width > 0 && !l.blank && trailingNumbers(l).length === b.width) }));
  // Metrics differ only where a line holds a character beyond ASCII.
  if (!complete.some((c) => c.lines.some((l) => NON_ASCII.test(l.raw)))) return { region, blocks };
  // In another metric a number stands where it does in characters, moved by the extra width of
  // every character before it, and widened by its own (full-width digits `１２`); cheaper than
  // measuring the lines again.
  const shifted = (l: Line, metric: Metric): Token[] => {
    const extraBefore = [0];
    for (const ch of l.raw.replace(/\f/g, '')) extraBefore.push(extraBefore[extraBefore.length - 1]! + widthIn(ch.codePointAt(0)!, metric) - 1);
    const extra = (x: number): number => extraBefore[Math.min(x, extraBefore.length - 1)]!;
    return trailingNumbers(l).map((n) => ({ text: n.text, start: n.start + extra(n.start), end: n.end + extra(n.end) }));
  };
  const spreadIn = (metric: Metric): number =>
    complete.reduce((sum, c) => sum + minSpread(c.lines.map((l) => ({ page: l.page, nums: metric === 'chars' ? trailingNumbers(l) : shifted(l, metric) }))), 0);
  let best: { metric: Metric; spread: number } = { metric: 'chars', spread: spreadIn('chars') / 2 };
  for (const metric of ['display', 'bytes'] as const) {
    const spread = spreadIn(metric);
    if (spread < best.spread) best = { metric, spread };
  }
  if (best.metric === 'chars') return { region, blocks };
  const other = region.map((l) => l.in(best.metric));
  return { region: other, blocks: blocksOf(other).blocks };
}

const NON_ASCII = /[^\x00-\x7f]/;

/** One table region → a grid; rows whose numbers cannot be placed are warned. */
function readRegion(lines: Line[], warnings: Warning[], maxSpread: number, positionsLost: boolean): TableBlock {
  const first = blocksOf(lines);
  const { region, blocks } = inToolMetric(lines, first.blocks);
  // Table 二 headers whose long labels wrapped around them take those lines back.
  const headers = new Map<Line, BlockCell[]>();
  const taken = new Set<Line>();
  for (const block of first.fixed ? [] : blocks) {
    const wrapped = block.header && wrappedHeader(region, region.indexOf(block.header), block.width);
    if (!wrapped) continue;
    headers.set(block.header!, wrapped.cells);
    for (const l of wrapped.lines) taken.add(l);
  }
  const rows: BlockCell[][] = [];
  for (const block of blocks) {
    // Blocks of table 二 whose headers stand at the same places are columns of one grid:
    // their rows measure each other's columns.
    const siblings = blocks.filter((o) => o !== block && o.width === block.width && sameColumns(o.header, block.header));
    const lines = taken.size > 0 ? block.lines.filter((l) => !taken.has(l)) : block.lines;
    rows.push(...readBlock(lines, block.width, first.fixed !== TABLE4_WIDTH, warnings, positionsLost ? null : maxSpread, siblings.flatMap((o) => o.numbers), headers));
  }
  // A header line's pieces are cut where spaces fall: wrapped labels of several columns share a line.
  return { kind: 'table', rows, cellOrder: 'reading', location: { line: region[0]!.no, endLine: region[region.length - 1]!.no } };
}

/** Table 二's column labels, both versions, longest first (a header names its columns with them). */
const TABLE2_COLUMN_LABELS = [...new Set(Object.values(TABLE2).flatMap((blocks) => blocks.flatMap((b) => b.columns.map((c) => normalizeLabel(c.label)))))].sort(
  (a, b) => b.length - a.length,
);

/**
 * How many value columns a table 二 header line names: the template's column
 * labels found in it (headers set one space apart run together into one
 * piece), else its pieces after `信息内容`. Where the block's title and the
 * labels named say which template block it is (in either version, with one
 * column count), a header naming fewer is broken (a label pushed onto lines of
 * its own, `对外公开总数` above the header and `量` below): the template's count.
 */
function headerWidth(header: Line, title: string | undefined): number {
  let text = normalizeLabel(header.text);
  const named: string[] = [];
  for (const label of TABLE2_COLUMN_LABELS) {
    while (text.includes(label)) {
      text = text.replace(label, '\u0000');
      named.push(label);
    }
  }
  if (named.length === 0) return header.pieces.filter((p) => !/^信息内容$/.test(normalizeLabel(p.text))).length;
  return table2BlockWidth(title, named);
}

/** Whether two block headers print their pieces at the same places (within a column). */
function sameColumns(a: Line | undefined, b: Line | undefined): boolean {
  if (!a || !b || a.pieces.length !== b.pieces.length) return false;
  return a.pieces.every((p, k) => Math.abs(p.start - b.pieces[k]!.start) <= 1);
}

const TRAILING = new WeakMap<Line, Piece[]>();

/** The numbers of a value line, right of its label: its last pieces that are numbers. */
function trailingNumbers(l: Line): Piece[] {
  let out = TRAILING.get(l);
  if (out) return out;
  out = [];
  for (let k = l.pieces.length - 1; k >= 0 && l.pieces[k]!.number; k--) out.unshift(l.pieces[k]!);
  TRAILING.set(l, out);
  return out;
}

/** Lines a wrapped header label may take on either side of its header line. */
const WRAP_LINES = 2;

/**
 * A table 二 header whose long labels wrapped: pdftotext prints each header
 * cell's lines centred on the row, so a two-line label stands half above and
 * half below the line holding the one-line labels (`本年新公开数` above,
 * `量` below; the middle line alone names too few columns). The text lines
 * touching the header line (no blank line, no number between) are merged into
 * it by column: pieces that overlap across lines are one cell, read top to
 * bottom. Taken only when the cells are `信息内容` and the block's width of
 * template column labels; else undefined, and the lines stay rows of their own.
 */
function wrappedHeader(region: Line[], h: number, width: number): { cells: BlockCell[]; lines: Line[] } | undefined {
  const plain = (l: Line | undefined): l is Line => l !== undefined && !l.blank && l.pieces.length > 0 && !l.pieces.some((p) => p.number) && !isHeaderLine(l);
  // The nearest line on each side first: a unit line above the wrapped labels, or a row's label
  // right under them, is then left out.
  for (let reach = 1; reach <= WRAP_LINES; reach++) {
    const above: Line[] = [];
    const below: Line[] = [];
    for (let k = h - 1; k >= h - reach && plain(region[k]); k--) above.unshift(region[k]!);
    for (let k = h + 1; k <= h + reach && plain(region[k]); k++) below.push(region[k]!);
    if (above.length + below.length === 0) return undefined;
    const merged = mergedHeader(above, region[h]!, below, width);
    if (merged) return merged;
  }
  return undefined;
}

/** The header line with the lines above and below it as one row of cells (wrappedHeader), or undefined. */
function mergedHeader(above: Line[], header: Line, below: Line[], width: number): { cells: BlockCell[]; lines: Line[] } | undefined {
  const group = [...above, header, ...below];
  // pdftotext starts each word where it stands but gives a wide character one grid cell, so
  // a CJK word's true reach lies between its length in characters and its display width:
  // the columns are tried with the first, halfway, then the second.
  const wide = (p: Piece): number => Math.max(0, columnsOf(p.text, 'display').width - (p.end - p.start));
  for (const share of [0, 0.5, 1]) {
    const pieces = group.flatMap((l, order) => l.pieces.map((p) => ({ text: p.text, start: p.start, end: p.end + share * wide(p), order }))).sort((a, b) => a.start - b.start);
    const columns: (typeof pieces)[] = [];
    let end = -Infinity;
    for (const p of pieces) {
      if (p.start < end) columns[columns.length - 1]!.push(p);
      else columns.push([p]);
      end = p.start < end ? Math.max(end, p.end) : p.end;
    }
    // Two pieces of one line in one column: lines of different cells overlap, no wrapped label.
    if (columns.some((c) => new Set(c.map((p) => p.order)).size !== c.length)) continue;
    const texts = columns.map((c) => [...c].sort((a, b) => a.order - b.order).map((p) => p.text).join(''));
    const [first, ...labels] = texts.map(normalizeLabel);
    if (first === '信息内容' && labels.length === width && new Set(labels).size === width && labels.every((t) => TABLE2_COLUMN_LABELS.includes(t))) {
      return { cells: texts.map((t) => cell(t, header.no)), lines: [...above, ...below] };
    }
  }
  return undefined;
}

/** Column labels of table 二 set one space apart run together into one piece: a cell each. */
function headerParts(text: string): string[] {
  const parts = text.split(' ');
  return parts.length > 1 && parts.every((t) => TABLE2_COLUMN_LABELS.includes(normalizeLabel(t))) ? parts : [text];
}

/** `maxSpread` null: the text lost its alignment, and only rows that print every column are read. */
function readBlock(
  lines: Line[],
  width: number,
  labelled: boolean,
  warnings: Warning[],
  maxSpread: number | null,
  siblingNumbers: { page: number; nums: Piece[] }[] = [],
  headerCells: ReadonlyMap<Line, BlockCell[]> = new Map(),
): BlockCell[][] {
  const valueIdx = lines.flatMap((l, i) => (l.pieces.some((p) => p.number) ? [i] : []));
  const rows: BlockCell[][] = [];
  // Header lines: those before the first value line, each a row of its pieces.
  const firstValue = valueIdx[0] ?? lines.length;
  const headerLines = lines.slice(0, firstValue).filter((l) => !l.blank && l.pieces.length > 0);
  const valueRows = assignLabels(lines, valueIdx);
  const assigned = new Set(valueRows.flatMap((r) => r.labels));
  for (const l of headerLines) if (!assigned.has(l)) rows.push(headerCells.get(l) ?? l.pieces.flatMap((p) => headerParts(p.text)).map((t) => cell(t, l.no)));
  if (valueRows.length === 0) return rows;

  const numbersOf = trailingNumbers;
  // Column extents by page, from the rows that print every column.
  const extents = new Map<number, [number, number][]>();
  const extentRows = new Map<number, number>();
  // A line with undecodable bytes (U+FFFD) lost their width: its numbers' places are no evidence.
  const damaged = (l: Line): boolean => l.raw.includes('\uFFFD');
  for (const r of valueRows) {
    const nums = numbersOf(r.value);
    // Where the text lost its alignment (maxSpread null), positions are no evidence at all.
    if (maxSpread === null || nums.length !== width || width === 0 || damaged(r.value)) continue;
    const e = extents.get(r.value.page) ?? nums.map((n) => [n.start, n.end] as [number, number]);
    nums.forEach((n, k) => (e[k] = [Math.min(e[k]![0], n.start), Math.max(e[k]![1], n.end)]));
    extents.set(r.value.page, e);
    extentRows.set(r.value.page, (extentRows.get(r.value.page) ?? 0) + 1);
  }
  // (The runs of all the page's numbers are no evidence of columns: with a blank cell, a wide
  // number and a narrow one of one column can stand apart as two runs.)
  const measured = valueRows.filter((r) => !damaged(r.value)).map((r) => ({ page: r.value.page, nums: numbersOf(r.value) }));
  // The column model, with the alternatives of alignments the complete rows cannot tell apart.
  const found = maxSpread === null ? null : columnAnchors([...measured, ...siblingNumbers], width, maxSpread);
  const models: ColumnModel[] = found ? [found, ...found.alternatives] : [{ align: 'centre', anchors: new Map() }];
  for (const page of found?.unreliable ?? []) extents.delete(page);
  const labelPieces = valueRows.flatMap((r) => [...r.labels.flatMap((l) => l.pieces), ...r.value.pieces.slice(0, r.value.pieces.length - numbersOf(r.value).length)]);
  const firstValueX = Math.min(...valueRows.map((r) => numbersOf(r.value)[0]?.start ?? Infinity));
  const cols = labelColumns(labelPieces.filter((p) => p.start < firstValueX));

  for (const r of valueRows) {
    const nums = numbersOf(r.value);
    const label = labelled ? labelCells(r, firstValueX, cols) : [];
    // Two numbered labels in one cell: lines of two rows were taken for one.
    const mixed = label.some((c) => (normalizeLabel(c.text).match(LIST_MARKER) ?? []).length > 1);
    // A damaged line is read only when it prints every column (its numbers then need no places).
    const unplaceable = mixed || width === 0 || (damaged(r.value) && nums.length !== width);
    const page = r.value.page;
    // The models that have this page's columns (an alternative may find no clusters on a page without a complete row).
    const withPage = models.filter((m) => m.anchors.has(page));
    const pageModels = withPage.length > 0 ? withPage : models.slice(0, 1);
    const placed = unplaceable ? null : agreed(pageModels.map((m) => placeRow(nums, width, extents.get(page), extentRows.get(page) === 1, m.anchors.get(page), m.align)));
    if (placed) {
      rows.push([...label, ...placed.map((p) => (p ? cell(p.text, r.value.no) : cell('', r.value.no)))]);
      continue;
    }
    const partly = unplaceable ? null : agreedPartly(pageModels.map((m) => placePartly(nums, m.anchors.get(page), m.align)));
    if (partly) {
      rows.push([...label, ...partly.cells.map((p) => cell(p ? p.text : '', r.value.no))]);
      warnings.push(
        warning('CELLS_VANISHED', `Table row "${label.map((c) => c.text).join(' ') || '(values without a label)'}": ${partly.placed} of its ${nums.length} value(s) placed; the text does not show the columns of the others, which are not read.`, {
          line: r.value.no,
        }),
      );
      continue;
    }
    rows.push(label);
    warnings.push(
      warning('CELLS_VANISHED', `Table row "${label.map((c) => c.text).join(' ') || '(values without a label)'}": ${nums.length} value(s) for ${width} columns whose places the text does not show; its values are not read.`, {
        line: r.value.no,
      }),
    );
  }
  return rows.filter((r) => r.length > 0);
}

/** One placement that every column model gives, or null. */
function agreed<T>(placements: ((T | null)[] | null)[]): (T | null)[] | null {
  const [first, ...rest] = placements;
  return first && rest.every((p) => p && p.every((n, k) => n === first[k])) ? first : null;
}

/** The cells every column model's partial placement agrees on, or null when none. */
function agreedPartly<T>(placements: ({ cells: (T | null)[]; placed: number } | null)[]): { cells: (T | null)[]; placed: number } | null {
  if (placements.some((p) => !p)) return null;
  const cells = placements[0]!.cells.map((c, k) => (placements.every((p) => p!.cells[k] === c) ? c : null));
  const placed = cells.filter((c) => c !== null).length;
  return placed > 0 ? { cells, placed } : null;
}

/** The runs of columns covered by numbers (touching counts as overlapping). */
export function numberColumns(nums: Piece[]): [number, number][] {
  const spans = nums.map((n) => [n.start, n.end] as [number, number]).sort((a, b) => a[0] - b[0]);
  const out: [number, number][] = [];
  for (const [a, b] of spans) {
    const last = out[out.length - 1];
    if (last && a <= last[1] + 1) last[1] = Math.max(last[1], b);
    else out.push([a, b]);
  }
  return out;
}

/**
 * Places a row's numbers in `width` columns: all of them in order when the row
 * prints every column; else each in the one column whose extent (from complete
 * rows) holds it, in order, or null when any is in none, in two, or out of order.
 */
export function place(nums: Piece[], width: number, extents: [number, number][] | undefined): (Piece | null)[] | null {
  if (nums.length === width) return nums;
  if (nums.length > width || !extents) return null;
  const out: (Piece | null)[] = Array.from({ length: width }, () => null);
  let last = -1;
  for (const n of nums) {
    const hits = extents.flatMap(([a, b], k) => (n.start >= a - 1 && n.end <= b + 1 ? [k] : []));
    if (hits.length !== 1 || hits[0]! <= last) return null;
    last = hits[0]!;
    out[last] = n;
  }
  return out;
}

/**
 * A row's numbers in their columns, or null. Extents place a number inside the
 * span of the complete rows' numbers of one column; anchors place it only
 * where one column is clearly the nearest. Extents measured on one row show a
 * single number's span, not how far a column's numbers move from row to row
 * (pdftotext moves them by several characters, and packs a wide number
 * against its neighbour): there a narrow number inside a wide number's span,
 * near the neighbouring column too, is no evidence of either, and the two
 * must agree.
 */
function placeRow(nums: Piece[], width: number, extents: [number, number][] | undefined, oneRow: boolean, anchors: number[] | undefined, align: Align): (Piece | null)[] | null {
  const byExtents = place(nums, width, extents);
  if (!byExtents) return placeByAnchors(nums, anchors, align);
  if (nums.length === width || !oneRow || !anchors) return byExtents;
  const shift = rowShift(nums, anchors, align);
  return byExtents.every((n, k) => !n || clearlyNearest(at(n, align) - shift, anchors, k)) ? byExtents : null;
}

/** Where a number stands in its cell: numbers are left-, centre- or right-aligned under their headers. */
export type Align = 'start' | 'centre' | 'end';
const ALIGNS: Align[] = ['centre', 'end', 'start'];
/**
 * How far (in distances to the neighbouring column) the complete rows of one
 * page may disagree about where a column stands. pdftotext pushes numbers of
 * one page by up to 1.24 on the fixtures; pages run together without form
 * feeds (`pdftotext -nopgbrk`), each scaled on its own, by 2.2 and more.
 */
const MAX_SPREAD = 1.5;
/**
 * The same where a text shows no pages (no form feeds, no page numbers): a
 * table broken over two pages would mix their grids unseen, and a row of one
 * be placed at the other's columns. Only a grid whose complete rows agree
 * almost exactly (a tool that pads to fixed columns) is then used.
 */
const MAX_SPREAD_PAGES_UNKNOWN = 0.25;
const at = (n: Token, a: Align): number => (a === 'start' ? n.start : a === 'end' ? n.end : (n.start + n.end) / 2);

/**
 * The alignment under which the complete rows' numbers of each column (by
 * page) stand closest together (alignmentSpread); `tied`, the alignments the
 * rows cannot tell from it.
 */
function bestAlignment(complete: { page: number; nums: Token[] }[], rows: { page: number; nums: Token[] }[]): { align: Align; tied: Align[] } {
  const spreads = ALIGNS.map((align) => ({ align, spread: alignmentSpread(complete, align) }));
  const least = Math.min(...spreads.map((s) => s.spread));
  const tied = spreads.filter((s) => s.spread === least);
  if (tied.length === 1) return { align: tied[0]!.align, tied: [tied[0]!.align] };
  // The complete rows do not tell (one a page, or numbers of one width): the alignment under
  // which the other rows' numbers stand nearest the complete rows' columns, on average. Those
  // that fit not clearly worse (under twice the best's distance and half a character) stay tied.
  const misses = tied.map((t) => {
    const anchors = new Map<number, number[]>();
    for (const r of complete) if (!anchors.has(r.page)) anchors.set(r.page, r.nums.map((n) => at(n, t.align)));
    let miss = 0;
    let count = 0;
    for (const r of rows) {
      const a = anchors.get(r.page);
      if (a) for (const n of r.nums) (miss += Math.min(...a.map((x) => Math.abs(x - at(n, t.align))))), count++;
    }
    return { ...t, miss: count > 0 ? miss / count : 0 };
  });
  const best = misses.reduce((b, m) => (m.miss < b.miss ? m : b));
  return { align: best.align, tied: misses.filter((m) => m.miss < 2 * best.miss + 0.5).map((m) => m.align) };
}

const minSpread = (complete: { page: number; nums: Token[] }[]): number => Math.min(...ALIGNS.map((a) => alignmentSpread(complete, a)));

/** The sum over columns (by page) of the range of the complete rows' positions under `align`. */
function alignmentSpread(complete: { page: number; nums: Token[] }[], align: Align): number {
  const lo = new Map<number, number[]>();
  const hi = new Map<number, number[]>();
  for (const r of complete) {
    let a = lo.get(r.page);
    let b = hi.get(r.page);
    if (!a || !b) {
      lo.set(r.page, (a = r.nums.map(() => Infinity)));
      hi.set(r.page, (b = r.nums.map(() => -Infinity)));
    }
    for (let k = 0; k < r.nums.length; k++) {
      const x = at(r.nums[k]!, align);
      if (x < a[k]!) a[k] = x;
      if (x > b[k]!) b[k] = x;
    }
  }
  let spread = 0;
  for (const [page, a] of lo) a.forEach((x, k) => (spread += hi.get(page)![k]! - x));
  return spread;
}

/** A column model: where each page's columns stand under one alignment. */
export interface ColumnModel {
  align: Align;
  anchors: Map<number, number[]>;
}

/**
 * Column anchors by page: where the numbers of each column stand, measured on
 * the rows that print every column (their numbers are in their columns by
 * count). The alignment is the one under which the complete rows' numbers of
 * one column stand closest together. A page without a complete row has none
 * (pdftotext scales each page's grid on its own: another page's anchors do not carry over).
 * Where the complete rows fit several alignments equally (one a page, or
 * numbers of one width), the others' models come as `alternatives`: a number
 * is placed only where every one of them places it.
 */
export function columnAnchors(
  rows: { page: number; nums: Token[] }[],
  width: number,
  maxSpread = MAX_SPREAD,
): ColumnModel & { unreliable: Set<number>; alternatives: ColumnModel[] } {
  const complete = width > 0 ? rows.filter((r) => r.nums.length === width) : [];
  const best = bestAlignment(complete, rows);
  const { anchors, unreliable } = anchorsUnder(best.align, rows, complete, width, maxSpread);
  const alternatives =
    complete.length === 0 ? [] : best.tied.filter((a) => a !== best.align).map((align) => ({ align, anchors: anchorsUnder(align, rows, complete, width, maxSpread).anchors }));
  return { align: best.align, anchors, unreliable, alternatives };
}

/** Each page's anchors under one alignment, and the pages whose complete rows disagree (none). */
function anchorsUnder(
  align: Align,
  rows: { page: number; nums: Token[] }[],
  complete: { page: number; nums: Token[] }[],
  width: number,
  maxSpread: number,
): { anchors: Map<number, number[]>; unreliable: Set<number> } {
  const anchors = new Map<number, number[]>();
  const counts = new Map<number, number>();
  for (const r of complete) {
    const sum = anchors.get(r.page) ?? r.nums.map(() => 0);
    r.nums.forEach((n, k) => (sum[k]! += at(n, align)));
    anchors.set(r.page, sum);
    counts.set(r.page, (counts.get(r.page) ?? 0) + 1);
  }
  for (const [page, sum] of anchors) anchors.set(page, sum.map((x) => x / counts.get(page)!));
  // Where the complete rows disagree about a column by more than maxSpread times the distance to
  // its neighbour, the "page" mixes grids (pages without form feeds between them, scaled apart):
  // no column model there.
  const unreliable = new Set<number>();
  for (const [page, a] of anchors) {
    const rowsOf = complete.filter((r) => r.page === page);
    const worst = Math.max(
      ...a.map((x, k) => {
        const xs = rowsOf.map((r) => at(r.nums[k]!, align));
        const gap = Math.min(k > 0 ? x - a[k - 1]! : Infinity, k + 1 < a.length ? a[k + 1]! - x : Infinity);
        return (Math.max(...xs) - Math.min(...xs)) / gap;
      }),
    );
    if (worst > maxSpread) unreliable.add(page);
  }
  for (const page of unreliable) anchors.delete(page);
  // A page without a complete row: its numbers, when they fall into `width` clearly separate
  // clusters under the alignment the complete rows show (unmeasured, wide and narrow numbers
  // of one column can pass for two columns).
  if (width > 1 && complete.length > 0) {
    for (const page of new Set(rows.map((r) => r.page))) {
      if (anchors.has(page) || unreliable.has(page)) continue;
      const nums = rows.filter((r) => r.page === page).flatMap((r) => r.nums);
      const found = clusterAnchors(nums.map((n) => at(n, align)), width);
      if (found && [...anchors.values()].every((ref) => spacingAgrees(found.anchors, ref))) anchors.set(page, found.anchors);
    }
  }
  return { anchors, unreliable };
}

/**
 * How far the gaps between a page's cluster anchors may stray, as ratios to
 * another page's gaps, from one another: pdftotext's pushes (a character or
 * two) stretch narrow gaps, up to 2.55 on the held-out reports' true columns;
 * the clusters that split one column there strayed by 4.4.
 */
const MAX_SPACING_RATIO = 3;

/**
 * Whether anchors found by clustering space their columns as a page measured
 * on complete rows does (`ref`). pdftotext scales each page's grid on its own,
 * but by one factor across the page: the gaps between neighbouring columns
 * keep their proportions. Clusters that split one column (wide and narrow
 * numbers apart) or take a column blank on every row for another do not.
 */
export function spacingAgrees(anchors: number[], ref: number[]): boolean {
  const ratios = anchors.slice(1).map((x, k) => (x - anchors[k]!) / (ref[k + 1]! - ref[k]!));
  return Math.max(...ratios) <= MAX_SPACING_RATIO * Math.min(...ratios);
}

/**
 * `width` clusters of positions, cut at the widest gaps; null unless every cut
 * gap is clearly wider than any cluster (one and a half times and at least
 * three columns): a column blank on every row, or columns that drift, leave
 * no such cut. The anchors are the clusters' means.
 */
export function clusterAnchors(xs: number[], width: number): { ratio: number; anchors: number[] } | null {
  const sorted = [...xs].sort((a, b) => a - b);
  if (sorted.length < width) return null;
  const cuts = sorted
    .slice(1)
    .map((x, i) => ({ i: i + 1, gap: x - sorted[i]! }))
    .sort((a, b) => b.gap - a.gap)
    .slice(0, width - 1)
    .sort((a, b) => a.i - b.i);
  const bounds = [0, ...cuts.map((c) => c.i), sorted.length];
  const clusters = bounds.slice(1).map((end, k) => sorted.slice(bounds[k], end));
  const minCut = Math.min(...cuts.map((c) => c.gap));
  const maxRange = Math.max(...clusters.map((c) => c[c.length - 1]! - c[0]!));
  if (minCut < 3 || minCut < 1.5 * maxRange) return null;
  return { ratio: minCut / Math.max(maxRange, 0.5), anchors: clusters.map((c) => c.reduce((a, b) => a + b, 0) / c.length) };
}

/**
 * Places a row's numbers at the column anchors, left to right. A number may
 * only go to a column after the previous number's and leaving enough columns
 * for the numbers after it (columns keep their order); among those, it goes
 * to the nearest anchor when that one is clearly the nearest (under a third of
 * the distance to the next) and the number stands within half a column of it.
 * Else null: the row is not read.
 */
export function placeByAnchors<T extends Token>(nums: T[], anchors: number[] | undefined, align: Align): (T | null)[] | null {
  if (!anchors || nums.length > anchors.length) return null;
  const out: (T | null)[] = anchors.map(() => null);
  const halfGap = anchors.map((a, k) => Math.min(k > 0 ? a - anchors[k - 1]! : Infinity, k + 1 < anchors.length ? anchors[k + 1]! - a : Infinity) / 2);
  let last = -1;
  for (let i = 0; i < nums.length; i++) {
    const x = at(nums[i]!, align);
    const d: { k: number; d: number }[] = [];
    for (let k = last + 1; k <= anchors.length - (nums.length - i); k++) d.push({ k, d: Math.abs(anchors[k]! - x) });
    d.sort((p, q) => p.d - q.d);
    const best = d[0];
    if (!best || best.d >= halfGap[best.k]! || (d.length > 1 && best.d * 3 >= d[1]!.d)) return null;
    last = best.k;
    out[last] = nums[i]!;
  }
  return out;
}

/**
 * How many times nearer one anchor than the other a number between two must
 * stand to count as in its column: pdftotext moves a number by a few
 * characters, and narrow columns stand only a few apart (a `0` 3 characters
 * from its column's anchor and 4 from the next, held-out report 17030, was
 * read in the next column: 1.33 times nearer; the fixtures' numbers, their
 * row's shift taken off, all stand at least twice as near their own).
 */
const NEARER = 2;

/**
 * How far a row's numbers stand, as a whole, from their nearest anchors (the
 * median): text before them on the line (a label wider than its cell, tabs
 * after CJK characters) moves a whole row.
 */
function rowShift(nums: Token[], anchors: number[], align: Align): number {
  const offsets = nums
    .map((n) => {
      const x = at(n, align);
      return anchors.reduce((best, a) => (Math.abs(x - a) < Math.abs(best) ? x - a : best), Infinity);
    })
    .sort((a, b) => a - b);
  const mid = offsets.length >> 1;
  return offsets.length % 2 ? offsets[mid]! : (offsets[mid - 1]! + offsets[mid]!) / 2;
}

/** Whether `x`, between anchor k and its neighbour on x's side, stands NEARER times nearer k. */
function clearlyNearest(x: number, anchors: number[], k: number): boolean {
  const other = x >= anchors[k]! ? anchors[k + 1] : anchors[k - 1];
  return other === undefined || NEARER * Math.abs(x - anchors[k]!) <= Math.abs(x - other);
}

/**
 * What can be placed of a row the strict rule refused: every way of putting
 * the numbers in column order with each number near its column (within 0.4 of
 * the distance to the neighbouring anchor on its side, and, the row's shift
 * taken off, NEARER times nearer it than that neighbour; a number near none
 * may stand anywhere between its neighbours) is considered, and a number is
 * placed only where all of them agree. Null when no number is placed.
 */
export function placePartly(nums: Token[], anchors: number[] | undefined, align: Align): { cells: (Token | null)[]; placed: number } | null {
  if (!anchors || nums.length === 0 || nums.length > anchors.length) return null;
  const n = nums.length;
  const w = anchors.length;
  const shift = rowShift(nums, anchors, align);
  const near = nums.map((num) => {
    const x = at(num, align);
    return anchors.map((a, k) => {
      const side = x >= a ? (k + 1 < w ? anchors[k + 1]! - a : Infinity) : k > 0 ? a - anchors[k - 1]! : Infinity;
      return Math.abs(x - a) <= 0.4 * side && clearlyNearest(x - shift, anchors, k);
    });
  });
  const free = near.map((row) => !row.includes(true));
  const ok = (i: number, k: number): boolean => free[i]! || near[i]![k]!;
  // before[i][k]: numbers 0..i fit with number i in column k; after[i][k]: numbers i..n-1 with number i in k.
  const before = nums.map(() => new Array<boolean>(w).fill(false));
  const after = nums.map(() => new Array<boolean>(w).fill(false));
  for (let i = 0; i < n; i++) {
    let prefix = i === 0;
    for (let k = 0; k < w; k++) {
      before[i]![k] = prefix && ok(i, k);
      if (i > 0 && before[i - 1]![k]) prefix = true;
    }
  }
  for (let i = n - 1; i >= 0; i--) {
    let suffix = i === n - 1;
    for (let k = w - 1; k >= 0; k--) {
      after[i]![k] = suffix && ok(i, k);
      if (i < n - 1 && after[i + 1]![k]) suffix = true;
    }
  }
  const cells: (Token | null)[] = anchors.map(() => null);
  let placed = 0;
  for (let i = 0; i < n; i++) {
    const ks = anchors.flatMap((_, k) => (before[i]![k] && after[i]![k] ? [k] : []));
    if (ks.length === 0) return null;
    if (ks.length === 1 && !free[i]) {
      cells[ks[0]!] = nums[i]!;
      placed++;
    }
  }
  return placed > 0 ? { cells, placed } : null;
}

/** Text with unruled aligned tables → blocks; text outside tables goes to `paragraphs`. */
export function unruledToBlocks(
  raw: string[],
  paragraphs: (lines: string[], offset: number) => Block[],
  /** Lines and form feeds before `raw` in the document (when it is a part of it). */
  offset = 0,
  firstPage = 1,
  /** The text lost its alignment (aligned.ts alignmentLost): no row is placed by where its numbers stand. */
  positionsLost = false,
): { blocks: Block[]; warnings: Warning[] } {
  const furniture = pageNumberLines(raw, firstPage, { countingPages: true });
  // Without form feeds, a page ends at its page number (pdftotext scales each page's grid on its own).
  const noFeeds = !raw.some((r) => r.includes('\f'));
  const pagesKnown = !noFeeds || furniture.size > 0;
  let page = firstPage;
  const lines: Line[] = raw.map((r, i) => {
    const feeds = r.includes('\f');
    if (feeds) page += (r.match(/\f/g) ?? []).length;
    if (noFeeds && i > 0 && furniture.has(i - 1)) page++;
    const text = (feeds ? r.replace(/\f/g, '') : r).trim();
    return new Line(offset + i + 1, page, r, text === '' || furniture.has(i), text);
  });
  // Text outside the tables, page numbers and form feeds left out.
  const prose = raw.map((r, i) => (furniture.has(i) ? '' : r.includes('\f') ? r.replace(/\f/g, '') : r));
  const blocks: Block[] = [];
  const warnings: Warning[] = [];
  let textStart = 0;
  for (let i = 0; i < lines.length; ) {
    const opened = lines[i]!.blank ? null : tableOpened(lines[i]!);
    if (opened === null) {
      i++;
      continue;
    }
    let end = i + 1;
    while (end < lines.length && (lines[end]!.blank || !(endsTable(lines[end]!) || opensOther(lines[end]!, opened)))) end++;
    while (end > i + 1 && lines[end - 1]!.blank) end--;
    blocks.push(...paragraphs(prose.slice(textStart, i), offset + textStart));
    const table = readRegion(lines.slice(i, end), warnings, pagesKnown ? MAX_SPREAD : MAX_SPREAD_PAGES_UNKNOWN, positionsLost);
    if (table.rows.length > 0) blocks.push(table);
    i = textStart = end;
  }
  blocks.push(...paragraphs(prose.slice(textStart), offset + textStart));
  return { blocks, warnings };
}
