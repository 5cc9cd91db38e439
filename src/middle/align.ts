import type { Cell, Table } from '../model/report.js';
import { normalizeLabel } from '../util/normalize.js';
import { isMarkedUnread, readNumber } from '../util/numbers.js';

/** Box-drawing characters: the rules of a table a text tool drew. */
const DRAWN_RULES = /[\u2500-\u257f]/;

/**
 * The value cells of a row, exactly `width` of them, or null when they cannot
 * be aligned. Extra cells are dropped only when they are blank and all at one
 * end (a trailing tab or empty extra column; a merged cell before the values);
 * blank cells at both ends leave it open which is which, and a row with too
 * few cells lacks something: neither is guessed at. `inferred`: for a grid
 * whose columns were inferred from positions (Table.inferred), the blank
 * cells all its rows of this many value cells start and end with (dropEnds):
 * extra cells are dropped at an end where every such row is blank, while one
 * of them fills the other end.
 */
export function alignValues(data: Cell[], width: number, inferred?: BlankEnds): Cell[] | null {
  const excess = data.length - width;
  if (excess < 0) return null;
  if (excess === 0) return data;
  // A cell holding a drawn table's rules is a grid a text tool drew and the reader did not
  // rebuild (elinks' staircase of wvHtml's unclosed cells): which cells are extra is unknown.
  if (inferred === undefined && data.some((c) => DRAWN_RULES.test(c.text))) return null;
  const [lead, trail] = blankEnds(data);
  // All blank: every value is null whichever cells are the extra ones.
  if (lead === data.length) return data.slice(0, width);
  // An inferred grid's rows of as many cells decide together: the other end must be filled in one of them.
  const ends = inferred ?? { lead, trail };
  if (ends.trail >= excess && ends.lead === 0) return data.slice(0, width);
  if (ends.lead >= excess && ends.trail === 0) return data.slice(excess);
  return null;
}

/** Whether cells hold a value: a number, or one a front end marked unread (a wrapped number's part), which stands in its column as numbers do. Header words are none. */
export function holdsValue(cells: readonly Cell[]): boolean {
  return cells.some((c) => readNumber(c.text).kind === 'number' || isMarkedUnread(c.text));
}

/** How many blank cells a row's cells start and end with. */
function blankEnds(data: readonly Cell[]): [number, number] {
  const blank = (c: Cell | undefined) => c !== undefined && readNumber(c.text).kind === 'blank';
  let lead = 0;
  while (lead < data.length && blank(data[lead])) lead++;
  let trail = 0;
  while (trail < data.length && blank(data[data.length - 1 - trail])) trail++;
  return [lead, trail];
}

/** The fewest blank cells that the rows of a grid with as many value cells start and end with (dropEnds). */
export interface BlankEnds {
  lead: number;
  trail: number;
}

/**
 * For a grid whose columns were inferred from where its text stands
 * (Table.inferred), by count of value cells: the fewest blank cells its rows
 * holding a number (or a value marked unread) start and end with. Such a grid has a cell per number
 * column in every row, so rows with as many value cells have their extra
 * cells in the same columns: alignValues drops them only at an end where
 * every such row is blank. Where one of them fills the extra cells, a column
 * was split in two or a number ran over from its cell, and which blank cell
 * of the other rows is the extra one is not known: none is dropped.
 * `datas`: the value cells of each row of one grid.
 */
export function dropEnds(datas: readonly Cell[][]): Map<number, BlankEnds> {
  const ends = new Map<number, BlankEnds>();
  for (const data of datas) {
    if (!holdsValue(data)) continue;
    const [lead, trail] = blankEnds(data);
    const known = ends.get(data.length);
    ends.set(data.length, known ? { lead: Math.min(lead, known.lead), trail: Math.min(trail, known.trail) } : { lead, trail });
  }
  return ends;
}

/**
 * dropEnds of every inferred grid among `rows` (by table), and those of one
 * row's value cells: undefined where its grid's columns were not inferred.
 */
export function inferredDropEnds(rows: readonly { table: number; cells: Cell[]; inferred?: true }[], valuesOf: (cells: Cell[]) => Cell[]): (table: number, data: Cell[]) => BlankEnds | undefined {
  const byTable = new Map<number, Cell[][]>();
  for (const r of rows) if (r.inferred) byTable.set(r.table, [...(byTable.get(r.table) ?? []), valuesOf(r.cells)]);
  const ends = new Map([...byTable].map(([t, datas]) => [t, dropEnds(datas)]));
  return (table, data) => {
    const grid = ends.get(table);
    return grid === undefined ? undefined : (grid.get(data.length) ?? { lead: 0, trail: 0 });
  };
}

/**
 * A row's last `width` columns by position, in a table that declares its
 * column count (Table.columns) and a row that spans exactly that many: no
 * cell of such a row is missing, so the blank cells after its label are the
 * label's own columns or blank values according to where they stand (a tool
 * that writes a merged label as the label and empty cells). Only for tables
 * whose values are always the grid's last single columns (三, 四). Null when the row
 * is shorter or longer, a cell straddles the first value column or spans
 * several value columns, a number stands before the value columns, or the
 * grid has more columns before the values than the table's labels take.
 */
export function valuesByPosition(cells: Cell[], columns: number | undefined, width: number, maxLabelColumns: number): Cell[] | null {
  // A grid wider than its labels and values can be is no table of the template's: a tool drew its
  // rows a column apart each (w3m of wvHtml's unclosed cells), and the last columns are not the values.
  if (columns === undefined || width > columns || columns - width > maxLabelColumns) return null;
  const first = columns - width;
  const values: Cell[] = [];
  let column = 0;
  for (const cell of cells) {
    if (column >= first) {
      if (cell.colSpan !== 1) return null;
      values.push(cell);
    } else if (column + cell.colSpan > first || readNumber(cell.text).kind === 'number') return null;
    column += cell.colSpan;
  }
  return column === columns && values.length === width ? values : null;
}

/**
 * The number a label cell holds when two cells ran together (`1.属于国家秘密17`,
 * or inside a wrapped label, `确认或重新出具0` on one of its lines: a number
 * set beside a label's middle line where no rule parts the cells), or null.
 * The label's own leading number (`1.`) and figures its template has are not
 * suspect.
 */
export function numberInLabel(printed: string, template: string): string | null {
  const label = normalizeLabel(printed).replace(/^\d{1,2}[.．、]/, '');
  const m = /(\d+(?:\.\d+)?)(?!.*\d)/.exec(label);
  return m && !normalizeLabel(template).includes(m[1]!) ? m[1]! : null;
}

/**
 * Why a row of a grid whose columns were inferred from positions
 * (`Table.inferred`) shows its label and values parted in the wrong place, or
 * null: its label holds a number while its first value cell is filled (the
 * number belonged there and the rest moved: where that cell is blank, the
 * number simply ran left out of it), or a value cell holds non-ASCII text that
 * is no number (a piece of the label: `、行`, `）`). Either way the values
 * beside may stand a column off, so none is read: text read by OCR
 * (`ocrmypdf`), whose words stand apart wherever it saw a character, made such
 * rows. ASCII text in a value cell (OCR's `O` for a 0) leaves only that cell
 * unread, as does a cell a front end left unread on purpose (`…`).
 */
export function partedWrongly(merged: string | null, values: Cell[]): string | null {
  if (merged !== null && values[0] !== undefined && readNumber(values[0].text).kind !== 'blank') return `its label also holds the number ${merged} and its first value cell is filled`;
  const text = values.find((c) => /[^\x00-\x7f]/.test(c.text) && readNumber(c.text).kind === 'text' && !c.text.endsWith('…'));
  return text ? `a value cell holds "${text.text}"` : null;
}

/** Each cell's first grid column (the colSpans before it summed), and the row's width. */
function columnsOf(cells: Cell[]): { start: Map<Cell, number>; width: number } {
  const start = new Map<Cell, number>();
  let width = 0;
  for (const cell of cells) {
    start.set(cell, width);
    width += cell.colSpan;
  }
  return { start, width };
}

/** How many grid columns a row's cells cover. */
export const rowWidth = (cells: Cell[]): number => columnsOf(cells).width;

/** A grid's width: the columns it declares, else its widest row's. */
export function gridWidth(table: Table): number {
  return table.columns ?? Math.max(0, ...table.rows.map(rowWidth));
}

/**
 * A row's values read under its header's labels, one per label, when counting
 * cells cannot align them (alignValues null): a tool that pads a block of fewer
 * value columns than the grid with empty cells (pandoc's `| 行政事业性收费 | 　 | 0 | |`
 * under `| 信息内容 | 上一年项目数量 | 本年增/减 | |`). Only where both rows are whole
 * rows of one grid (`width` columns, no cell missing): then the cell starting in
 * a label's column is that label's value. Null when a label's column starts no
 * cell of the row, a value cell reaches into the next label's column, or any
 * other cell after the row's label holds something.
 */
export function valuesUnderHeader(row: Cell[], label: Cell, header: Cell[], labels: Cell[], width: number): Cell[] | null {
  const data = columnsOf(row);
  const head = columnsOf(header);
  if (data.width !== width || head.width !== width) return null;
  const labelEnd = data.start.get(label)! + label.colSpan;
  const columns = labels.map((l) => head.start.get(l)!);
  const byStart = new Map(row.map((c) => [data.start.get(c)!, c]));
  const values: Cell[] = [];
  for (const [i, column] of columns.entries()) {
    const cell = byStart.get(column);
    if (!cell || column < labelEnd || column + cell.colSpan > (columns[i + 1] ?? width)) return null;
    values.push(cell);
  }
  const others = row.slice(row.indexOf(label) + 1).filter((c) => !values.includes(c));
  return others.every((c) => readNumber(c.text).kind === 'blank') ? values : null;
}
