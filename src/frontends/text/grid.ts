/**
 * Grid tables → blocks: tables drawn with their borders, in box-drawing
 * characters (`w3m -dump` of a web page, `elinks`, many terminal tools) or in
 * ASCII (`+---+` and `|`, pandoc's and reStructuredText's grid tables). The
 * borders keep the whole structure, merged cells included: a cell is the
 * area between its borders, so every cell comes out with its text (wrapped
 * lines joined with "\n") and its spans, as a web page's table does.
 *
 * Columns are counted as the tool that drew the table counted them: display
 * width (a CJK character takes two) for most, characters for links; the
 * bars show which. Column boundaries are where the rule lines
 * have junctions; a cell reaches right as long as no bar stands at its
 * boundary on its lines, and down as long as the rule below it is open.
 */
import { warning, type Warning } from '../../codes.js';
import type { Block, BlockCell, TableBlock } from '../../model/blocks.js';
import { trimAll, unwrapEmphasis } from '../../util/normalize.js';
import { markUnread } from '../../util/numbers.js';
import { type Metric, widthIn } from './width.js';
import { drawnTablesToBlocks } from './drawn.js';

const HORIZONTAL = new Set('─━═-=');
/** Any of HORIZONTAL's characters. */
const RULE_CHAR = new RegExp(`[${[...HORIZONTAL].map((c) => (c === '-' ? '\\-' : c)).join('')}]`);
const VERTICAL = new Set('│┃║|');
const JUNCTION = new Set('┼├┤┬┴┌┐└┘╋┣┫┳┻┏┓┗┛╔╗╚╝╠╣╦╩╬╞╡╪╒╕╘╛╤╧+');
/** The top-left corners a drawn table's top border starts with (see TOP). */
const CORNER = new Set('┌┏╔╒+');
const CORNER_CHAR = /[┌┏╔╒+]/;
const isBorder = (ch: string): boolean => HORIZONTAL.has(ch) || VERTICAL.has(ch) || JUNCTION.has(ch);

/** A line laid out by column: the code point at each column (FILLER where a wide character's further columns are). */
type Row = number[];
const FILLER = -1;
const SPACE = 0x20;
const PLUS = 0x2b;
const codesOf = (chars: Iterable<string>): ReadonlySet<number> => new Set([...chars].map((c) => c.codePointAt(0)!));
const HORIZONTAL_CODES = codesOf(HORIZONTAL);
const VERTICAL_CODES = codesOf(VERTICAL);
const JUNCTION_CODES = codesOf(JUNCTION);
const CORNER_CODES = codesOf(CORNER);

/** A table's top border: a corner, then rules and junctions. */
const TOP = /^[ \u3000]*[┌┏╔╒+][─━═\-=┬┳╦╤+]*[─━═\-=]{2}[─━═\-=┬┳╦╤+]*[┐┓╗╕+][ \u3000]*$/;
/** A line inside a grid table starts with a bar or a junction. */
const INSIDE = /^[ \u3000]*[│┃║|├┣╠╞└┗╚╘+]/;

/** Whether a grid table starts at line `i`: its top border, then a line inside it. */
export function startsGrid(lines: readonly string[], i: number): boolean {
  return TOP.test(lines[i]!) && INSIDE.test(lines[i + 1] ?? '');
}

/** A line laid out by column (an ideographic space as spaces). */
function layOut(line: string, metric: Metric): Row {
  const out: Row = [];
  for (let i = 0; i < line.length; i++) {
    let code = line.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < line.length) {
      const low = line.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        code = ((code - 0xd800) << 10) + (low - 0xdc00) + 0x10000;
        i++;
      }
    }
    const space = code === 0x3000;
    out.push(space ? SPACE : code);
    for (let w = widthIn(code, metric); w > 1; w--) out.push(space ? SPACE : FILLER);
  }
  return out;
}

/** The text of columns [from, to) of a laid-out line. */
function textOf(row: Row, from: number, to: number): string {
  let text = '';
  for (let x = from; x < to && x < row.length; x++) if (row[x] !== FILLER) text += String.fromCodePoint(row[x]!);
  return text;
}

/**
 * Column boundaries: the junctions of the rules (the borders and every row
 * rule, whole or partial), and bars that a rule starts or ends at (links
 * draws `|-----+` where a rule meets a bar).
 */
function junctions(rows: Row[], lines: readonly string[]): Set<number> {
  const xs = new Set<number>();
  for (let k = 0; k < rows.length; k++) {
    // Only a line holding a rule character can have a junction.
    if (!RULE_CHAR.test(lines[k]!)) continue;
    const r = rows[k]!;
    for (let x = 0; x < r.length; x++) {
      const code = r[x]!;
      if (mayBeBar(code) && BAR_OR_JUNCTION_CODES.has(code) && (HORIZONTAL_CODES.has(codeAt(r, x - 1)) || HORIZONTAL_CODES.has(codeAt(r, x + 1)))) xs.add(x);
    }
  }
  return xs;
}
const BAR_OR_JUNCTION_CODES = codesOf([...JUNCTION, ...VERTICAL]);

/**
 * Whether the lines stand on the boundaries: no bar off every boundary, and
 * every junction continued by a bar or junction where its arms point (the
 * line above, below). A rule line moved after the table was drawn (edited,
 * or a character of another width in it) has its junctions where no bar
 * continues them, and would open the rule under every cell it crosses.
 */
function onBoundaries(rows: Row[], xs: Set<number>): boolean {
  const border = (k: number, x: number): boolean => BAR_OR_JUNCTION_CODES.has(rows[k]?.[x] ?? SPACE);
  for (let k = 0; k < rows.length; k++) {
    const r = rows[k]!;
    for (let x = 0; x < r.length; x++) {
      const code = r[x]!;
      // Text, spaces and a wide character's further columns are no border: skipped by their code.
      if (!mayBeBar(code)) continue;
      if (VERTICAL_CODES.has(code) && !xs.has(x)) return false;
      if (!JUNCTION_CODES.has(code)) continue;
      // A junction's arms reach the lines above and below: a rule line moved after the table
      // was drawn has its junctions where no bar continues them.
      if (code === PLUS) {
        // `+` is also text (`+5`): a junction only where a rule meets it.
        if ((HORIZONTAL_CODES.has(codeAt(r, x - 1)) || HORIZONTAL_CODES.has(codeAt(r, x + 1))) && !border(k - 1, x) && !border(k + 1, x)) return false;
      } else if ((UP_ARM_CODES.has(code) && !border(k - 1, x)) || (DOWN_ARM_CODES.has(code) && !border(k + 1, x))) return false;
    }
  }
  return true;
}
/** Whether a character code may be a bar or junction: `|`, `+` or a box-drawing character (FILLER, a wide character's further column: no). */
const mayBeBar = (code: number): boolean => code === 0x7c || code === 0x2b || (code >= 0x2500 && code <= 0x257f);

/** Junctions with an arm up, and with an arm down (ASCII `+` shows neither). */
const UP_ARM_CODES = codesOf('├┤┼┴╋┣┫┻╠╣╬╩╞╡╪╧└┘┗┛╚╝╘╛');
const DOWN_ARM_CODES = codesOf('├┤┼┬╋┣┫┳╠╣╬╦╞╡╪╤┌┐┏┓╔╗╒╕');

/**
 * The table's lines laid out as the tool that drew them counted columns:
 * display width (w3m, elinks: a CJK character two), characters (links: one)
 * or UTF-8 bytes; the first in which every bar stands on a boundary. When
 * none does, display width, and the table is damaged.
 */
function inToolMetric(lines: readonly string[]): { rows: Row[]; xs: Set<number>; damaged: boolean } {
  let first: { rows: Row[]; xs: Set<number> } | undefined;
  for (const metric of METRICS) {
    const rows = lines.map((l) => layOut(l, metric));
    const xs = junctions(rows, lines);
    if (onBoundaries(rows, xs)) return { rows, xs, damaged: false };
    first ??= { rows, xs };
  }
  return { ...first!, damaged: true };
}
const METRICS: readonly Metric[] = ['display', 'chars', 'bytes'];

const codeAt = (row: Row, x: number): number => row[x] ?? SPACE;

/** Whether columns (a, b) of a laid-out line are all rule characters. */
function ruled(row: Row, a: number, b: number): boolean {
  for (let x = a + 1; x < b; x++) if (!HORIZONTAL_CODES.has(codeAt(row, x))) return false;
  return b - a > 1;
}

/** Where the grid table starting at `start` ends: after the last line inside it. */
export function gridEnd(lines: readonly string[], start: number): number {
  let end = start + 1;
  while (end < lines.length && INSIDE.test(lines[end]!)) end++;
  return end;
}

/**
 * Reads the grid table whose top border is line `start` (0-based); `offset`
 * is the number of lines before `lines` in the document.
 */
export function gridTable(lines: readonly string[], start: number, offset = 0): GridRead {
  const end = gridEnd(lines, start);
  // Column boundaries: the junctions of the rules (a rule stops at a cell merged down across it).
  // A bar off every boundary in each way of counting columns: the line was not laid out as drawn
  // (runs of spaces collapsed): where its text stands says nothing, and no number is read from the table.
  const tableLines = lines.slice(start, end);
  const { rows, xs, damaged } = inToolMetric(tableLines);
  const location = { line: offset + start + 1, endLine: offset + end };
  const layout = layoutCells(rows, tableLines, offset + start);
  if (layout) return { table: { kind: 'table', rows: [], location }, end, warnings: [], layout };
  const byBars = damaged ? cutAtBars(lines.slice(start, end), offset + start) : null;
  // Every row has a cell per column: the grid declares its width (values read by position).
  if (byBars) return { table: { kind: 'table', rows: byBars, columns: byBars[0]!.length, location }, end, warnings: [] };
  const bounds = [...xs].sort((a, b) => a - b);
  const cols = bounds.length - 1;
  // Row rules: lines where some column's span is all rule characters. Bands: the lines between them.
  const ruleLines = rows.flatMap((r, k) => (bounds.slice(1).some((b, c) => ruled(r, bounds[c]!, b)) ? [k] : []));
  const bands: { from: number; to: number }[] = [];
  for (let k = 1; k < ruleLines.length; k++) if (ruleLines[k]! - ruleLines[k - 1]! > 1) bands.push({ from: ruleLines[k - 1]! + 1, to: ruleLines[k]! - 1 });
  if (cols < 1 || bands.length === 0) return { table: { kind: 'table', rows: [], location }, end, warnings: [] };

  // Union of (band, column) units into cells: right while no bar stands at the boundary
  // on the band's lines, down while the rule under the band is open over the column.
  const id = (b: number, c: number): number => b * cols + c;
  const parent = Array.from({ length: bands.length * cols }, (_, k) => k);
  const find = (k: number): number => (parent[k] === k ? k : (parent[k] = find(parent[k]!)));
  const union = (a: number, b: number): void => {
    parent[find(b)] = find(a);
  };
  bands.forEach((band, b) => {
    for (let c = 0; c + 1 < cols; c++) {
      let bar = false;
      for (let k = band.from; k <= band.to && !bar; k++) bar = VERTICAL_CODES.has(codeAt(rows[k]!, bounds[c + 1]!)) || JUNCTION_CODES.has(codeAt(rows[k]!, bounds[c + 1]!));
      if (!bar) union(id(b, c), id(b, c + 1));
    }
    if (b + 1 < bands.length) {
      const rule = rows[band.to + 1]!;
      for (let c = 0; c < cols; c++) if (!ruled(rule, bounds[c]!, bounds[c + 1]!)) union(id(b, c), id(b + 1, c));
    }
  });
  const areas = new Map<number, { b0: number; b1: number; c0: number; c1: number }>();
  for (let b = 0; b < bands.length; b++) {
    for (let c = 0; c < cols; c++) {
      const root = find(id(b, c));
      const a = areas.get(root);
      if (!a) areas.set(root, { b0: b, b1: b, c0: c, c1: c });
      else {
        a.b0 = Math.min(a.b0, b);
        a.b1 = Math.max(a.b1, b);
        a.c0 = Math.min(a.c0, c);
        a.c1 = Math.max(a.c1, c);
      }
    }
  }
  const out: BlockCell[][] = bands.map(() => []);
  for (const a of [...areas.values()].sort((p, q) => p.b0 - q.b0 || p.c0 - q.c0)) {
    const first = bands[a.b0]!.from;
    const last = bands[a.b1]!.to;
    const text: string[] = [];
    for (let k = first; k <= last; k++) {
      const part = trimAll(textOf(rows[k]!, bounds[a.c0]! + 1, bounds[a.c1 + 1]!));
      // A rule line crossing the area belongs to other columns: what stands inside the area is still the cell's text.
      if (part !== '' && ![...part].every(isBorder)) text.push(part);
    }
    // pandoc's grid tables (reStructuredText, `-t plain`) keep a bold cell's `**`.
    const joined = unwrapEmphasis(text.join('\n'));
    out[a.b0]!.push({
      text: damaged ? markUnread(joined) : joined,
      rowSpan: a.b1 - a.b0 + 1,
      colSpan: a.c1 - a.c0 + 1,
      location: { line: offset + start + first + 1, ...(last > first ? { endLine: offset + start + last + 1 } : {}) },
    });
  }
  const warnings = damaged
    ? [warning('ALIGNMENT_LOST', `The table drawn at line ${offset + start + 1} is not laid out as drawn (a bar stands off its columns: runs of spaces collapsed, or characters of another width); its numbers are not read.`, { line: offset + start + 1 })]
    : [];
  // The borders give every cell its columns: the grid declares its width (a row that fills it is read by position).
  return { table: { kind: 'table', rows: out.filter((r) => r.length > 0), ...(damaged ? {} : { columns: cols }), location }, end, warnings };
}

/** A rule line of an ASCII grid: junctions and dashes (or `=`) only, from border to border. */
const FULL_RULE = /^[ \u3000]*\+(?:[-=:]+\+)+[ \u3000]*$/;

/**
 * A grid whose bars stand off its columns, read by its bars instead: when
 * every line is a rule running across the whole table or holds exactly one
 * bar per column boundary, no cell is merged across a boundary and none down
 * across a rule, and the bars alone part the cells, wherever a character too
 * wide for its column (pandoc sets a CJK character in a column one wide) or
 * collapsed spaces moved them. Null when any line is otherwise (a merge, a
 * bar in a cell's text).
 */
function cutAtBars(lines: readonly string[], offset: number): BlockCell[][] | null {
  const cols = (lines[0]!.match(/\+/g) ?? []).length - 1;
  if (cols < 1 || !FULL_RULE.test(lines[0]!)) return null;
  const bands: { line: number; cells: string[] }[][] = [[]];
  for (const [k, line] of lines.entries()) {
    if (k === 0) continue;
    if (FULL_RULE.test(line)) {
      if ((line.match(/\+/g) ?? []).length !== cols + 1) return null;
      bands.push([]);
      continue;
    }
    const parts = line.trim().split('|');
    if (parts.length !== cols + 2 || parts[0] !== '' || parts[cols + 1] !== '') return null;
    bands[bands.length - 1]!.push({ line: offset + k + 1, cells: parts.slice(1, -1).map(trimAll) });
  }
  const rows = bands
    .filter((band) => band.length > 0)
    .map((band) =>
      Array.from({ length: cols }, (_, c) => ({
        text: unwrapEmphasis(band.map((l) => l.cells[c]!).filter((t) => t !== '').join('\n')),
        rowSpan: 1,
        colSpan: 1,
        location: { line: band[0]!.line, ...(band.length > 1 ? { endLine: band[band.length - 1]!.line } : {}) },
      })),
    );
  return rows.length > 0 ? rows : null;
}

/** Text with grid tables → blocks; the text around them goes to `paragraphs`. */
/** What gridTable read: a table, or, for a page's layout table, the text of its cells with the lines before each. */
export interface GridRead {
  table: TableBlock;
  end: number;
  warnings: Warning[];
  layout?: { lines: string[]; offset: number }[];
}

/**
 * A table that holds a drawn table is a page's layout (pandoc's plain text of
 * a saved report page: the whole report in one cell): the text of its cells,
 * row by row, each with the lines before it in the document; else null. Its
 * columns are those of its top border only (the inner tables' junctions are
 * no columns of it), its rows those between rules running across it.
 */
function layoutCells(rows: Row[], lines: readonly string[], offset: number): GridRead['layout'] | null {
  // No corner below the top border: no table inside (most tables; decided on the lines, not column by column).
  if (!lines.some((l, k) => k > 0 && CORNER_CHAR.test(l))) return null;
  const top = rows[0]!;
  const bounds = top.flatMap((code, x) => (JUNCTION_CODES.has(code) ? [x] : []));
  if (bounds.length < 2) return null;
  // A drawn table inside a cell starts with a corner, only spaces before it in the cell: none, no layout.
  const opensInner = (r: Row, x: number): boolean => {
    if (x <= bounds[0]! || x >= bounds[bounds.length - 1]! || bounds.includes(x)) return false;
    let left = bounds[0]!;
    for (const b of bounds) if (b < x) left = b;
    for (let k = left + 1; k < x; k++) if (r[k] !== SPACE) return false;
    return true;
  };
  // Corners are box-drawing characters or `+`: other characters are passed by their code.
  const opensAny = (r: Row): boolean => {
    for (let x = 0; x < r.length; x++) if (mayBeBar(r[x]!) && CORNER_CODES.has(r[x]!) && opensInner(r, x)) return true;
    return false;
  };
  if (!rows.some((r, k) => k > 0 && opensAny(r))) return null;
  const across = rows.flatMap((r, k) => (bounds.slice(1).every((b, c) => ruled(r, bounds[c]!, b)) ? [k] : []));
  const cells: { lines: string[]; offset: number }[] = [];
  for (let k = 1; k < across.length; k++) {
    const from = across[k - 1]! + 1, to = across[k]!;
    for (let c = 0; c + 1 < bounds.length; c++) {
      const text = rows.slice(from, to).map((r) => textOf(r, bounds[c]! + 1, bounds[c + 1]!).trimEnd());
      cells.push({ lines: dedent(text), offset: offset + from });
    }
  }
  return cells.some((cell) => cell.lines.some((_, k) => startsGrid(cell.lines, k))) ? cells : null;
}

/** Lines without the indentation they all share. */
function dedent(lines: string[]): string[] {
  const indents = lines.filter((l) => l.trim() !== '').map((l) => /^ */.exec(l)![0].length);
  const cut = indents.length ? Math.min(...indents) : 0;
  return lines.map((l) => l.slice(cut));
}

/** `offset`: the lines before `lines` in the document (a layout table's cell is read as text of its own). */
export function gridToBlocks(lines: readonly string[], paragraphs: (lines: string[], offset: number) => Block[], offset = 0): { blocks: Block[]; warnings: Warning[] } {
  return drawnTablesToBlocks(
    lines,
    startsGrid,
    (l, start) => {
      const read = gridTable(l, start, offset);
      if (!read.layout) return read;
      const inner = read.layout.map((cell) => gridToBlocks(cell.lines, paragraphs, cell.offset));
      return { ...read, blocks: inner.flatMap((r) => r.blocks), warnings: inner.flatMap((r) => r.warnings) };
    },
    (l, at) => paragraphs(l, offset + at),
  );
}
