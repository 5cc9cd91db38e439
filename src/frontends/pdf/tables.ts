/**
 * Table grids from rulings. Column boundaries are the vertical rulings' x,
 * row boundaries the horizontal rulings' y; a missing ruling piece between two
 * grid slots means the slots are one merged cell, which gives rowSpan and
 * colSpan. Where a ruled row holds several rows of numbers (a table drawn
 * without inner horizontal rulings), rows are split between the numbers'
 * baselines instead. Each run goes to the cell holding its centre; a run that
 * pdfjs joined across a column boundary (`22 246612` from two cells) is first
 * split at its spaces.
 */
import { groupLines } from './lines.js';
import { clusterValues, type Rule, type RulingGroup } from './rulings.js';
import { withoutMarks } from './marks.js';
import { overprinted } from './overprint.js';
import { markUnread } from '../../util/numbers.js';
import { looksNumeric } from './text.js';
import { splitAcrossColumns } from './runs.js';
import type { Box, GridCell, Run, TableGrid } from './types.js';

/** Rulings this close across are one grid line. */
const GRID_TOL = 3;
/** A boundary exists where rulings cover at least this fraction of the slot edge. */
const COVERAGE = 0.5;

const mean = (xs: readonly number[]): number => xs.reduce((s, v) => s + v, 0) / xs.length;

/** How much of [a, b] the rules at `pos` (± GRID_TOL) cover, as a fraction. */
export function coverage(rules: readonly Rule[], pos: number, a: number, b: number): number {
  if (b <= a) return 1;
  let covered = 0;
  for (const r of rules) {
    if (Math.abs(r.pos - pos) > GRID_TOL) continue;
    covered += Math.max(0, Math.min(b, r.to) - Math.max(a, r.from));
  }
  return covered / (b - a);
}

const centre = (r: Run) => ({ x: r.box.x + r.box.width / 2, y: r.box.y + r.box.height / 2 });

/** Cell text: its lines, top to bottom, joined with "\n" as every front end does (the middle folds them away). */
export function cellText(runs: readonly Run[]): string {
  return groupLines(runs)
    .map((l) => l.text)
    .join('\n');
}

/**
 * Extra row boundaries inside a ruled row that holds several rows of numbers:
 * midway between consecutive number lines, when one column has two or more.
 * `numeric`: the table's horizontal runs that look like numbers (found once per table).
 */
function baselineSplits(numeric: readonly Run[], runs: readonly Run[], xs: readonly number[], top: number, bottom: number): number[] {
  const nums = numeric.filter((r) => centre(r).y > top && centre(r).y < bottom);
  if (nums.length < 2) return [];
  const perColumn = new Map<number, number>();
  const lines = groupLines(nums);
  if (lines.length < 2) return [];
  for (const line of lines) {
    const cols = new Set(line.runs.map((r) => xs.findIndex((x, i) => i < xs.length - 1 && centre(r).x >= x && centre(r).x < xs[i + 1]!)));
    for (const c of cols) perColumn.set(c, (perColumn.get(c) ?? 0) + 1);
  }
  if (![...perColumn.values()].some((n) => n >= 2)) return [];
  const splits: number[] = [];
  for (let i = 1; i < lines.length; i++) {
    const upper = lines[i - 1]!.box, lower = lines[i]!.box;
    if (lower.y > upper.y + upper.height && !wrapped(lines[i - 1]!.runs, lines[i]!.runs, runs)) splits.push((upper.y + upper.height + lower.y) / 2);
  }
  return splits;
}

/**
 * Whether two lines of numbers are one row whose numbers wrapped in their
 * cells (`18661` over `1` in a narrow column; the other cells' numbers on the
 * first line when cells align to the top, on the last when to the bottom),
 * not two rows: the line with fewer numbers (either, when as many) holds
 * each of them over or under one of the other's (their spans overlap) and no
 * other text (a row of its own has its label). Such a row is left whole, its
 * wrapped cells two lines each (not read as numbers): a split there would
 * read a part as the number.
 */
function wrapped(upper: readonly Run[], lower: readonly Run[], all: readonly Run[]): boolean {
  const [part, whole] = upper.length < lower.length ? [upper, lower] : [lower, upper];
  const overlaps = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width;
  if (!part.every((p) => whole.some((w) => overlaps(p.box, w.box)))) return false;
  const top = Math.min(...part.map((r) => r.box.y)), bottom = Math.max(...part.map((r) => r.box.y + r.box.height));
  return !all.some((r) => !r.vertical && !looksNumeric(r.text) && centre(r).y > top && centre(r).y < bottom);
}

/** How far a point lies outside a cell's box (0: inside or on its edge). */
function distance(b: Box, p: { x: number; y: number }): number {
  const dx = Math.max(b.x - p.x, 0, p.x - (b.x + b.width));
  const dy = Math.max(b.y - p.y, 0, p.y - (b.y + b.height));
  return dx + dy;
}

/** The first cell (in `cells` order) nearest to the point. */
function nearestCell(cells: readonly GridCell[], p: { x: number; y: number }): GridCell | undefined {
  let best: GridCell | undefined;
  let bestDist = Infinity;
  for (const cell of cells) {
    const d = distance(cell.box, p);
    if (d < bestDist) {
      bestDist = d;
      best = cell;
      if (d === 0) break;
    }
  }
  return best;
}

/** Slack for the float sums of cell edges (a box's x + width against the grid line it was made from). */
const EDGE_EPS = 1e-6;

/**
 * The cell holding the point, found through the grid slots around it rather
 * than by trying every cell: the same cell `nearestCell` finds at distance 0
 * (on a shared edge, the first in `cells` order), undefined for a point outside
 * every cell.
 */
function cellHolding(cells: readonly GridCell[], owner: readonly number[][], xs: readonly number[], ys: readonly number[], p: { x: number; y: number }): GridCell | undefined {
  let first = Infinity;
  for (let r = 0; r + 1 < ys.length; r++) {
    if (p.y < ys[r]! - EDGE_EPS || p.y > ys[r + 1]! + EDGE_EPS) continue;
    for (let c = 0; c + 1 < xs.length; c++) {
      if (p.x < xs[c]! - EDGE_EPS || p.x > xs[c + 1]! + EDGE_EPS) continue;
      const i = owner[r]![c]!;
      if (i < first && distance(cells[i]!.box, p) === 0) first = i;
    }
  }
  return cells[first];
}

/** Builds the grid of one ruled table region from the page's runs inside it. */
export function buildGrid(group: RulingGroup, runs: readonly Run[], page: number): TableGrid {
  const { box } = group;
  const x2 = box.x + box.width, y2 = box.y + box.height;
  const xs = clusterValues([box.x, x2, ...group.vertical.map((v) => v.pos)], GRID_TOL).map(mean);
  xs[0] = box.x;
  xs[xs.length - 1] = x2;
  let ys = clusterValues([box.y, y2, ...group.horizontal.map((h) => h.pos)], GRID_TOL).map(mean);
  ys[0] = box.y;
  ys[ys.length - 1] = y2;
  const horizontal = [...group.horizontal];
  // Rows of numbers with no ruling between them: split at the baselines.
  const extra: number[] = [];
  const numeric = runs.filter((r) => !r.vertical && looksNumeric(r.text));
  for (let r = 0; r + 1 < ys.length; r++) extra.push(...baselineSplits(numeric, runs, xs, ys[r]!, ys[r + 1]!));
  if (extra.length) {
    for (const y of extra) horizontal.push({ pos: y, from: box.x, to: x2 });
    ys = [...ys, ...extra].sort((a, b) => a - b);
  }
  const ncols = xs.length - 1, nrows = ys.length - 1;
  const isEdgeX = (c: number) => c === 0 || c === ncols;
  const isEdgeY = (r: number) => r === 0 || r === nrows;
  const hasV = (c: number, r: number) => isEdgeX(c) || coverage(group.vertical, xs[c]!, ys[r]!, ys[r + 1]!) >= COVERAGE;
  const hasH = (r: number, c1: number, c2: number) => isEdgeY(r) || coverage(horizontal, ys[r]!, xs[c1]!, xs[c2]!) >= COVERAGE;

  const taken: boolean[][] = ys.slice(1).map(() => xs.slice(1).map(() => false));
  /** The index in `cells` of the cell covering each grid slot. */
  const owner: number[][] = ys.slice(1).map(() => xs.slice(1).map(() => -1));
  const cells: GridCell[] = [];
  for (let r = 0; r < nrows; r++) {
    for (let c = 0; c < ncols; c++) {
      if (taken[r]![c]) continue;
      let cs = 1;
      while (c + cs < ncols && !hasV(c + cs, r) && !taken[r]![c + cs]) cs++;
      let rs = 1;
      while (r + rs < nrows && !hasH(r + rs, c, c + cs) && !taken[r + rs]!.slice(c, c + cs).some(Boolean)) rs++;
      for (let i = r; i < r + rs; i++) {
        for (let j = c; j < c + cs; j++) {
          taken[i]![j] = true;
          owner[i]![j] = cells.length;
        }
      }
      const cellBox = { x: xs[c]!, y: ys[r]!, width: xs[c + cs]! - xs[c]!, height: ys[r + rs]! - ys[r]! };
      cells.push({
        row: r, col: c, rowSpan: rs, colSpan: cs, page, box: cellBox, runs: [], text: '',
        openTop: r === 0 && coverage(group.horizontal, ys[0]!, xs[c]!, xs[c + cs]!) < COVERAGE,
        openBottom: r + rs === nrows && coverage(group.horizontal, ys[nrows]!, xs[c]!, xs[c + cs]!) < COVERAGE,
      });
    }
  }
  for (const run of runs.flatMap((r) => splitAcrossColumns(r, xs))) {
    const p = centre(run);
    (cellHolding(cells, owner, xs, ys, p) ?? nearestCell(cells, p))?.runs.push(run);
  }
  // Text printed over text (a seal's serial number across a cell) leaves the cell unread (overprint.ts).
  for (const cell of cells) cell.text = overprinted(cell.runs) ? markUnread(cellText(withoutMarks(cell.runs))) : cellText(withoutMarks(cell.runs));
  return dropEmptyRows({ page, box, xs, nrows, cells });
}

/** Removes grid rows in which no cell starts (all covered by spans), shrinking those spans. */
export function dropEmptyRows(grid: TableGrid): TableGrid {
  const starts = new Set(grid.cells.map((c) => c.row));
  if (starts.size === grid.nrows) return grid;
  const map: number[] = [];
  let n = 0;
  for (let r = 0; r < grid.nrows; r++) {
    map.push(n);
    if (starts.has(r)) n++;
  }
  map.push(n);
  const cells = grid.cells.map((c) => ({ ...c, row: map[c.row]!, rowSpan: Math.max(1, map[c.row + c.rowSpan]! - map[c.row]!) }));
  return { ...grid, nrows: n, cells };
}

/** Cell texts row by row, for comparing rows (repeated header detection). */
export function rowTexts(grid: TableGrid, row: number): string[] {
  return grid.cells.filter((c) => c.row === row).sort((a, b) => a.col - b.col).map((c) => c.text);
}
