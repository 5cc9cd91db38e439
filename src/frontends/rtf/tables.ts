/**
 * RTF tables → table blocks. RTF has no table element: paragraphs marked
 * `\intbl` (nesting depth `\itapN`) end cells (`\cell`, `\nestcell`), cells end
 * rows (`\row`, `\nestrow`), and a row's definition (`\trowd … \cellxN`) gives
 * each cell's right edge in twips, before its cells (LibreOffice) or after them
 * too (Word). The grid is the edges of all rows: a cell whose edges enclose
 * several columns spans them. Merged cells are written as cells: `\clvmrg`
 * (continues the cell above) and `\clmrg` (continues the cell on its left) are
 * left out, widening the cell they continue, as the block model wants.
 */
import type { Block, BlockCell, TableBlock } from '../../model/blocks.js';

/** Cell edges closer than this (twips, 0.35 mm) are one grid line written twice with rounding. */
const EDGE_TOLERANCE = 20;
/** More grid columns than a Word table can have (63): a span this wide is damage. */
const MAX_GRID_SPAN = 1000;
/** A table holding only small tables (this many cells at most) with a row of `LAYOUT_COLUMNS` cells is a grid of data, not a page's layout (as in DOCX). */
const LAYOUT_COLUMNS = 4;
const SMALL_TABLE_CELLS = 8;

export const Merge = { None: 0, First: 1, Continued: 2 } as const;
export type Merge = (typeof Merge)[keyof typeof Merge];

export interface CellDef {
  right: number;
  vertical: Merge;
  horizontal: Merge;
}

/** A row definition: the left edge of the row and its cells' right edges and merges. */
export interface RowDef {
  left: number;
  cells: CellDef[];
  /** Set once a row took it: a `\cellx` after that starts a definition of its own. */
  used: boolean;
}

export const emptyRowDef = (): RowDef => ({ left: 0, cells: [], used: false });

/** A cell's content in order: its paragraphs' texts and the tables nested in it. */
export type CellItem = string | TableModel;
export interface RowModel {
  cells: CellItem[][];
  def: RowDef;
}
export interface TableModel {
  rows: RowModel[];
}

/** One table being read at one nesting level. */
export class TableBuilder {
  readonly rows: RowModel[] = [];
  private cells: CellItem[][] = [];
  private current: CellItem[] = [];

  /** A paragraph (or a finished nested table) in the cell being read. */
  add(item: CellItem): void {
    if (item !== '') this.current.push(item);
  }

  endCell(): void {
    this.cells.push(this.current);
    this.current = [];
  }

  endRow(def: RowDef): void {
    // Text after the last cell mark (a damaged row) is a cell of its own rather than lost.
    if (this.current.length > 0) this.endCell();
    if (this.cells.length > 0) {
      def.used = true;
      this.rows.push({ cells: this.cells, def });
    }
    this.cells = [];
  }

  /** The table so far, a row left open by damage closed with `def`. */
  finish(def: RowDef): TableModel {
    if (this.cells.length > 0 || this.current.length > 0) this.endRow(def);
    return { rows: this.rows };
  }

  get empty(): boolean {
    return this.rows.length === 0 && this.cells.length === 0 && this.current.length === 0;
  }
}

/**
 * The blocks of a table read at the top level. A table holding tables that is
 * not a grid of data lays a page out (a web page saved as Word): its cells'
 * paragraphs and tables are read in its place, as the DOCX reader does.
 */
export function tableBlocks(model: TableModel, out: Block[]): void {
  let nested = false;
  let small = true;
  for (const row of model.rows)
    for (const cell of row.cells)
      for (const item of cell)
        if (typeof item !== 'string') {
          nested = true;
          if (small && cellCount(item) > SMALL_TABLE_CELLS) small = false;
        }
  const grid = small && model.rows.some((r) => r.cells.length >= LAYOUT_COLUMNS);
  if (nested && !grid) {
    for (const row of model.rows)
      for (const cell of row.cells)
        for (const item of cell) {
          if (typeof item === 'string') out.push({ kind: 'paragraph', text: item, location: {} });
          else tableBlocks(item, out);
        }
    return;
  }
  const block = gridOf(model);
  if (block) out.push(block);
}

/** Cells of a table and of the tables nested in it (nesting depth is bounded by the reader). */
function cellCount(model: TableModel): number {
  let n = 0;
  for (const row of model.rows)
    for (const cell of row.cells) {
      n++;
      for (const item of cell) if (typeof item !== 'string') n += cellCount(item);
    }
  return n;
}

/** A cell's paragraphs, a nested table's cells' in reading order. */
function cellLines(items: CellItem[], lines: string[]): string[] {
  for (const item of items) {
    if (typeof item === 'string') lines.push(item);
    else for (const row of item.rows) for (const c of row.cells) cellLines(c, lines);
  }
  return lines;
}

/** A table's text as the lines of the cell holding it (DOCX reads a nested table so). */
export function tableLines(model: TableModel): string[] {
  const lines: string[] = [];
  for (const row of model.rows) for (const c of row.cells) cellLines(c, lines);
  return lines;
}

/** A cell's text: its paragraphs joined with "\n". */
function cellText(items: CellItem[]): string {
  return cellLines(items, []).join('\n');
}

/** The grid columns: every row's left edge and cell edges, near ones taken as one; edge → column index. */
function gridColumns(model: TableModel): Map<number, number> {
  const edges = new Set<number>();
  for (const row of model.rows) {
    edges.add(row.def.left);
    for (const c of row.def.cells) edges.add(c.right);
  }
  const sorted = [...edges].sort((a, b) => a - b);
  const column = new Map<number, number>();
  let index = -1;
  let lineAt = Number.NEGATIVE_INFINITY;
  for (const e of sorted) {
    if (e - lineAt > EDGE_TOLERANCE) {
      index++;
      lineAt = e;
    }
    column.set(e, index);
  }
  return column;
}

/**
 * Rows of cells with spans. A cell spans the grid columns between its left
 * edge (the previous cell's right, or the row's left) and its right edge. A
 * `\clvmrg` cell adds a row to the cell that began in its column in the row
 * above (or continued there), a `\clmrg` cell widens its left neighbour.
 */
function gridOf(model: TableModel): TableBlock | undefined {
  const column = gridColumns(model);
  const rows: BlockCell[][] = [];
  // Grid column → the cell that begins there and the last row it reaches (a continuation must come from the row above).
  const open = new Map<number, { cell: BlockCell; lastRow: number }>();
  model.rows.forEach((row, r) => {
    const def = row.def;
    let col = column.get(def.left) ?? 0;
    const cells: BlockCell[] = [];
    row.cells.forEach((items, i) => {
      const d = def.cells[i];
      // A cell beyond its row's definition (damage) takes one column.
      const right = d === undefined ? undefined : column.get(d.right);
      const span = right === undefined ? 1 : Math.min(MAX_GRID_SPAN, Math.max(1, right - col));
      const above = open.get(col);
      const left = cells[cells.length - 1];
      if (d?.horizontal === Merge.Continued && left) {
        left.colSpan += span;
      } else if (d?.vertical === Merge.Continued && above && above.lastRow === r - 1) {
        above.cell.rowSpan += 1;
        above.lastRow = r;
      } else {
        const cell: BlockCell = { text: cellText(items), rowSpan: 1, colSpan: span, location: {} };
        cells.push(cell);
        open.set(col, { cell, lastRow: r });
      }
      col += span;
    });
    if (cells.length > 0) rows.push(cells);
  });
  return rows.length > 0 ? { kind: 'table', rows, location: {} } : undefined;
}
