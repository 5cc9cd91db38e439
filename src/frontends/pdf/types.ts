/**
 * Geometry shared by the PDF front end's stages. All coordinates are PDF points
 * with the origin at the page's top-left and y growing downwards (the
 * convention of `SourceLocation.box`), so stages never flip axes.
 */

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A piece of text in one font at one position: about one pdfjs text item. */
export interface Run {
  text: string;
  /** 1-based page. */
  page: number;
  box: Box;
  /** y of the baseline (for vertical text: the top of the first glyph). */
  baseline: number;
  fontSize: number;
  /** Written top to bottom (a vertical font or text rotated by 90°). */
  vertical: boolean;
}

/** Runs that share a baseline band, left to right. */
export interface Line {
  runs: Run[];
  /** Text with letter-spacing removed (util/normalize.ts collapseSpaces). */
  text: string;
  page: number;
  box: Box;
  fontSize: number;
  /** Where the line stands in reading order when not at its box's top: a side column is read before the body beside it (columns.ts). */
  readingY?: number;
}

/** An axis-aligned ruling: horizontal when `y1 === y2`, vertical when `x1 === x2`. */
export interface Segment {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** Text drawn with a vertical font, as the operator list has it (see operators.ts). */
export interface VerticalText {
  text: string;
  /** Where the first glyph is drawn, page coordinates (top-left origin). */
  x: number;
  y: number;
  fontSize: number;
}

/** Everything one page contributes, before layout analysis. */
export interface PageContent {
  page: number;
  /** Size in the frame the page is read in (upright: see orientation.ts). */
  width: number;
  height: number;
  runs: Run[];
  /** Table rulings; empty when the page did not look tabular (operator list skipped). */
  segments: Segment[];
  /** A page read turned from how it is displayed: the turn and the displayed size. */
  turn?: PageTurn;
}

/** Quarter turns (clockwise, as displayed) that reading a page undid, and its size as displayed. */
export interface PageTurn {
  quarterTurns: 1 | 2 | 3;
  width: number;
  height: number;
}

export const right = (b: Box): number => b.x + b.width;
export const bottom = (b: Box): number => b.y + b.height;

/** The smallest box holding all of `boxes` (which must not be empty). */
export function unionBox(boxes: readonly Box[]): Box {
  let x1 = Infinity, y1 = Infinity, x2 = -Infinity, y2 = -Infinity;
  for (const b of boxes) {
    x1 = Math.min(x1, b.x);
    y1 = Math.min(y1, b.y);
    x2 = Math.max(x2, b.x + b.width);
    y2 = Math.max(y2, b.y + b.height);
  }
  return { x: x1, y: y1, width: x2 - x1, height: y2 - y1 };
}

/** Rounds a box to 0.01 pt so output is stable and readable. */
export function roundBox(b: Box): Box {
  const r = (v: number) => Math.round(v * 100) / 100;
  return { x: r(b.x), y: r(b.y), width: r(b.width), height: r(b.height) };
}

export interface GridCell {
  row: number;
  col: number;
  rowSpan: number;
  colSpan: number;
  page: number;
  box: Box;
  runs: Run[];
  text: string;
  /** No ruling along its top (bottom) edge: on a page seam, the cell goes on across the break. */
  openTop: boolean;
  openBottom: boolean;
}

/** A table's grid on one page, or several pages' parts joined. */
export interface TableGrid {
  page: number;
  box: Box;
  /** Column boundaries (ncols + 1), left to right. */
  xs: number[];
  nrows: number;
  cells: GridCell[];
  /** Tables read from text geometry (no rulings): where their columns are. */
  text?: TextColumns;
}

/** Where a text table's columns are: for page-break joins. */
export interface TextColumns {
  /** Label columns before the number columns. */
  labels: number;
  /** Number columns of the first and of the last part (table 二's blocks differ). */
  first: [number, number][];
  last: [number, number][];
}

/** Number columns: overlapping x-extents merged, left to right. */
export function numberColumns(extents: readonly [number, number][]): [number, number][] {
  const sorted = [...extents].sort((a, b) => a[0] - b[0]);
  const out: [number, number][] = [];
  for (const [lo, hi] of sorted) {
    const last = out[out.length - 1];
    if (last && lo <= last[1]) last[1] = Math.max(last[1], hi);
    else out.push([lo, hi]);
  }
  return out;
}
