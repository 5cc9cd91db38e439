/**
 * Tables that run on over a page break. The part on the next page is appended
 * to the grid of the previous one: columns are unified, a header row that Word
 * repeats on each page is dropped, and cells split by the break are joined
 * with the cell above, so a group label or a row broken across pages stays one
 * cell. A cell is split by the break when
 *  - no ruling runs along its top edge (WPS leaves it open), or
 *  - the first row is the rest of a row cut by the break: it is empty, or its
 *    text goes on from a cell above whose last line reaches the cell's right
 *    edge, with no new numbered item and no numbers on both sides, or
 *  - it is an empty label cell under a text label: something other than a
 *    number stands to its right in the same row (LibreOffice closes the box at
 *    the break, so the group label `（三）不予公开` goes on as an empty cell).
 */
import { clusterValues } from './rulings.js';
import { groupLines } from './lines.js';
import { ITEM_START } from '../../util/normalize.js';
import { dropEmptyRows, rowTexts } from './tables.js';
import type { GridCell, TableGrid } from './types.js';
import { joinWrapped, looksNumeric } from './text.js';

/** Outer edges this close mean the same table layout. */
const EDGE_TOL = 6;

/** Whether `next` (first on its page) can be the continuation of `prev` (last on the page before). */
export function canContinue(prev: TableGrid, next: TableGrid): boolean {
  if (next.page <= prev.page) return false;
  // Tables read from text: the same number columns (their edges vary with the numbers printed).
  if (prev.text || next.text) return sameColumns(prev.text?.last, next.text?.first);
  const prevRight = prev.box.x + prev.box.width, nextRight = next.box.x + next.box.width;
  return Math.abs(prev.box.x - next.box.x) <= EDGE_TOL && Math.abs(prevRight - nextRight) <= EDGE_TOL;
}

/** Leading rows of `next` that repeat `prev`'s first rows (a repeated header). */
function repeatedHeaderRows(prev: TableGrid, next: TableGrid): number {
  let k = 0;
  while (k < next.nrows && k < prev.nrows) {
    const a = rowTexts(prev, k), b = rowTexts(next, k);
    if (a.join('') === '' || a.join('\u0001') !== b.join('\u0001')) break;
    k++;
  }
  return k;
}

export function joinGrids(prev: TableGrid, next: TableGrid): TableGrid {
  if (prev.text && next.text) return joinTextGrids(prev, next);
  const clusters = clusterValues([...prev.xs, ...next.xs], 3).map((c) => c.reduce((s, v) => s + v, 0) / c.length);
  const index = (x: number) => {
    let best = 0;
    for (let i = 1; i < clusters.length; i++) if (Math.abs(clusters[i]! - x) < Math.abs(clusters[best]! - x)) best = i;
    return best;
  };
  const remap = (g: TableGrid, c: GridCell): GridCell => {
    const col = index(g.xs[c.col]!);
    return { ...c, col, colSpan: Math.max(1, index(g.xs[c.col + c.colSpan]!) - col) };
  };
  const skip = repeatedHeaderRows(prev, next);
  const cells = prev.cells.map((c) => remap(prev, c));
  const lastRow = prev.nrows;
  const first = next.cells.filter((c) => c.row === skip).map((c) => remap(next, c));
  const aboveOf = (c: GridCell) => cells.find((a) => a.row + a.rowSpan === lastRow && a.col === c.col && a.colSpan === c.colSpan);
  const labelRightOf = (c: GridCell) => first.some((o) => o.col > c.col && o.text !== '' && !looksNumeric(o.text));
  const rowGoesOn = isRowRemainder(first, aboveOf, cells.filter((a) => a.row + a.rowSpan === lastRow));
  for (const raw of next.cells) {
    if (raw.row < skip) continue;
    const c = remap(next, raw);
    const row = raw.row - skip;
    if (row === 0) {
      const above = aboveOf(c);
      const split = raw.openTop || rowGoesOn || (c.text === '' && above !== undefined && above.text !== '' && !looksNumeric(above.text) && labelRightOf(c));
      if (above && split) {
        above.rowSpan += c.rowSpan;
        above.text = joinWrapped([above.text, c.text]);
        above.runs = [...above.runs, ...c.runs];
        continue;
      }
    }
    cells.push({ ...c, row: row + lastRow });
  }
  return dropEmptyRows({ page: prev.page, box: prev.box, xs: clusters, nrows: prev.nrows + next.nrows - skip, cells });
}

/** The cell's last line reaches its right edge: its text wraps on. */
function endsFull(cell: GridCell): boolean {
  const lines = groupLines(cell.runs);
  const last = lines[lines.length - 1];
  if (!last) return false;
  // Cell padding (a few points) plus about one character that did not fit.
  return last.box.x + last.box.width >= cell.box.x + cell.box.width - 4 - 1.5 * last.fontSize;
}

/** Whether the next part's first row is the rest of the previous part's last row. */
function isRowRemainder(first: GridCell[], aboveOf: (c: GridCell) => GridCell | undefined, lastCells: GridCell[]): boolean {
  if (first.length === 0 || !first.every((c) => aboveOf(c))) return false;
  if (first.every((c) => c.text === '')) return true;
  if (first.some((c) => ITEM_START.test(c.text))) return false;
  const numeric = (cs: GridCell[]) => cs.some((c) => c.text !== '' && looksNumeric(c.text));
  if (numeric(first) && numeric(lastCells)) return false;
  return first.some((c) => c.text !== '' && !looksNumeric(c.text) && endsFull(aboveOf(c)!));
}

/** Number columns that overlap pairwise (within a couple of points). */
function sameColumns(a: [number, number][] | undefined, b: [number, number][] | undefined): boolean {
  if (!a || !b || a.length !== b.length) return false;
  return a.every(([lo, hi], i) => Math.min(hi, b[i]![1]) - Math.max(lo, b[i]![0]) > -2);
}

const labelColumns = (g: TableGrid) => g.text?.labels ?? 0;

/**
 * Joins two parts of a table read from text: the repeated header dropped,
 * number columns matched by position, and a first row holding only label
 * text that is no new item taken as the rest of the label above it (a label
 * wrapped over the page break).
 */
export function joinTextGrids(prev: TableGrid, next: TableGrid): TableGrid {
  const skip = repeatedHeaderRows(prev, next);
  const prevLabels = labelColumns(prev), nextLabels = labelColumns(next);
  const remap = (c: GridCell): GridCell => {
    if (c.col >= nextLabels) return { ...c, col: prevLabels + c.col - nextLabels };
    const col = Math.min(c.col, prevLabels - 1);
    return { ...c, col, colSpan: Math.max(1, Math.min(c.colSpan, prevLabels - col)) };
  };
  const cells = prev.cells.map((c) => ({ ...c }));
  const first = next.cells.filter((c) => c.row === skip);
  const lastLabel = cells.filter((c) => c.row + c.rowSpan === prev.nrows && c.col < prevLabels && c.text !== '').sort((a, b) => b.col - a.col)[0];
  const firstLabels = first.filter((c) => c.col < nextLabels && c.text !== '');
  const rest =
    lastLabel !== undefined &&
    firstLabels.length > 0 &&
    first.every((c) => c.col < nextLabels || c.text === '') &&
    !firstLabels.some((c) => ITEM_START.test(c.text));
  let drop = skip;
  if (rest) {
    // Each piece goes on from the label of the last row that stands over it (`理` under `不予处`, `诉类申` under
    // `举报投`), else from the innermost label.
    const lastRow = cells.filter((c) => c.row + c.rowSpan === prev.nrows && c.col < prevLabels && c.text !== '');
    const over = (a: GridCell, c: GridCell) => a.box.x <= c.box.x + 0.5 && c.box.x < a.box.x + a.box.width;
    for (const c of firstLabels) {
      const above = lastRow.filter((a) => over(a, c)).sort((a, b) => b.col - a.col)[0] ?? lastLabel;
      above.text = [above.text, c.text].join('\n');
      above.runs = [...above.runs, ...c.runs];
    }
    drop++;
  }
  for (const c of next.cells) {
    if (c.row < drop) continue;
    cells.push({ ...remap(c), row: c.row - drop + prev.nrows });
  }
  return { ...prev, nrows: prev.nrows + next.nrows - drop, cells, text: { ...prev.text!, last: next.text!.last } };
}
