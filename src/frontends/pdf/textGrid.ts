/**
 * The grid of a table without rulings, from text geometry alone.
 *  - Number columns: the x-extents of the numbers of all data lines,
 *    clustered where they overlap (centred, left- or right-aligned numbers of
 *    one column all overlap; neighbouring columns never do).
 *  - Label columns (left of the numbers): boundaries where several lines
 *    have a gap between label segments at the same place (or a vertical
 *    ruling, where one exists).
 *  - Rows: one per data line. Label lines around a row (a label wrapped over
 *    2–3 lines with the numbers centred between them) join its label cell;
 *    a label block across several rows in an outer column is a rowSpan cell.
 *    Header lines become header rows: their pieces stacked per column are
 *    one cell, and cells that overlap vertically one row.
 *  - Blank cells are present as '' in every data row, so the middle reads
 *    data cells from the row's end.
 */
import { ITEM_START } from '../../util/normalize.js';
import { isMarkedUnread, markUnread, UNREAD_BLANK } from '../../util/numbers.js';
import type { Rule } from './rulings.js';
import { makeSegment, type Segment } from './segments.js';
import { joinGroupedNumbers } from './groupedNumbers.js';
import { dataLeftOf, type TableLine } from './textRegions.js';
import { joinWrapped } from './text.js';
import { numberColumns, unionBox, type Box, type GridCell, type Run, type TableGrid, type TextColumns } from './types.js';

/** A segment placed in the grid's columns. */
interface Piece {
  col: number;
  colSpan: number;
  box: Box;
  text: string;
  runs: Run[];
  fontSize: number;
  line: number;
  /** Text standing over the cell that is none of its own (a seal's turned characters): the cell is not read. */
  stray?: true;
}

/** Pieces of one column stacked into one cell. */
interface Block {
  col: number;
  colSpan: number;
  pieces: Piece[];
  box: Box;
}

interface Row {
  top: number;
  bottom: number;
  kind: 'data' | 'header' | 'label';
  /** The table part (its number columns) the row belongs to. */
  part: number;
  /** Data rows: the number pieces by data column. */
  data?: Map<number, Piece[]>;
  /** Data columns whose cell is not read, blank or not (a line of wrapped numbers beside it; grouped numbers nothing proves). */
  unread?: Set<number>;
  blocks: { block: Block; rowSpan: number }[];
}

const right = (b: Box) => b.x + b.width;
const bottomOf = (b: Box) => b.y + b.height;
const centreX = (b: Box) => b.x + b.width / 2;
const centreY = (b: Box) => b.y + b.height / 2;

/**
 * Label column boundaries: gaps between label segments of one line,
 * clustered across lines; a boundary needs two lines, or one gap of a full
 * character, or a vertical ruling; or label lines aligned on a start inside
 * the table (see alignedStarts). `bodyLines`: the lines that are no header.
 */
export function labelBoundaries(lines: readonly Segment[][], vertical: readonly Rule[], left: number, dataLeft: number, bodyLines?: readonly Segment[][]): number[] {
  const gaps: { a: number; b: number; wide: boolean }[] = [];
  for (const segs of lines) {
    for (let i = 1; i < segs.length; i++) {
      const a = right(segs[i - 1]!.box), b = segs[i]!.box.x;
      if (b > a) gaps.push({ a, b, wide: b - a >= segs[i]!.fontSize });
    }
  }
  gaps.sort((p, q) => p.a - q.a);
  const clusters: { a: number; b: number; n: number; wide: boolean }[] = [];
  for (const g of gaps) {
    const c = clusters[clusters.length - 1];
    // Overlapping gaps are one boundary; the cluster keeps the common part.
    if (c && g.a < c.b) {
      c.a = Math.max(c.a, g.a);
      c.b = Math.min(c.b, g.b);
      c.n++;
      c.wide ||= g.wide;
    } else clusters.push({ ...g, n: 1 });
  }
  const xs = clusters.filter((c) => c.n >= 2 || c.wide).map((c) => (c.a + c.b) / 2);
  for (const v of vertical) if (v.pos > left + 2 && v.pos < dataLeft - 2) xs.push(v.pos);
  for (const x of alignedStarts(bodyLines ?? lines, left)) if (!xs.some((o) => Math.abs(o - x) < minSize(lines))) xs.push(x);
  return [...new Set(xs.map((x) => Math.round(x * 10) / 10))].sort((a, b) => a - b);
}

const minSize = (lines: readonly Segment[][]) => Math.min(...lines.flat().map((s) => s.fontSize));

/**
 * Boundaries before an inner label column that no line shares with an outer
 * one (the outer group label stands on lines of its own, `（四）` `无法提`
 * `供` beside `2.没有现成信息` `需要另行制作`): at least three label lines
 * start at one x, and at least two label pieces end before it, inside the
 * table.
 */
function alignedStarts(lines: readonly Segment[][], left: number): number[] {
  const segs = lines.flat();
  if (segs.length === 0) return [];
  const size = minSize(lines);
  const starts = segs.map((s) => s.box.x).sort((a, b) => a - b);
  const out: number[] = [];
  for (let i = 0; i < starts.length; ) {
    let j = i;
    while (j + 1 < starts.length && starts[j + 1]! - starts[i]! <= 1) j++;
    const x = starts[i]!, count = j - i + 1;
    i = j + 1;
    if (count < 3 || x < left + size) continue;
    const before = segs.filter((s) => right(s.box) <= x - 0.5);
    if (before.length < 2) continue;
    out.push((Math.max(...before.map((s) => right(s.box))) + x) / 2);
  }
  return out;
}

/**
 * Left edge of the number columns by their header, where the numbers stand
 * right-aligned far to the right of it (`本年制发件数` over a `2` at the
 * cell's right edge): a one-line header of a label header and one cell per
 * number column of the rows under it (up to the next header line) starts
 * the number columns at its second cell, if no row label reaches there.
 * `numbersLeft` when no header says so.
 */
export function headedLeft(region: readonly TableLine[], numbersLeft: number): number {
  let out = numbersLeft;
  region.forEach((t, i) => {
    if (!t.headerWord || t.cellNumbers.length > 0 || t.segs.length < 2 || t.segs.some((s) => s.numeric)) return;
    let n = 0, labelRight = -Infinity;
    for (let j = i + 1; j < region.length && !region[j]!.headerWord; j++) {
      const u = region[j]!;
      n = Math.max(n, u.cellNumbers.length);
      for (const s of u.segs) if (!u.cellNumbers.includes(s)) labelRight = Math.max(labelRight, right(s.box));
    }
    const segs = [...t.segs].sort((a, b) => a.box.x - b.box.x);
    if (n === 0 || segs.length !== n + 1) return;
    const x = (right(segs[0]!.box) + segs[1]!.box.x) / 2;
    if (x < numbersLeft && labelRight < x && right(segs[0]!.box) < x) out = Math.min(out, x);
  });
  return out;
}

/**
 * Number columns of one part of a table (a header and the rows under it):
 * the numbers' extents, plus header labels in the number area over no
 * number (a column blank in every row still gets its cells).
 */
function partColumns(numbers: readonly Segment[], headers: readonly Segment[]): [number, number][] {
  const columns = numberColumns(numbers.map((s) => [s.box.x, right(s.box)]));
  // Leaf labels: nothing of the header below them (`法人或其他组织` spans the labels under it).
  const leaves = headers
    .filter((h) => !headers.some((o) => o !== h && o.box.y > h.box.y + 0.5 * h.box.height && o.box.x < right(h.box) && right(o.box) > h.box.x))
    .sort((a, b) => centreX(a.box) - centreX(b.box));
  // Leaves and columns matched in order (a header and its numbers never cross); a leaf left over heads a blank column.
  const matched = matchInOrder(
    leaves.map((h) => centreX(h.box)),
    columns.map(([lo, hi]) => (lo + hi) / 2),
  );
  const blank = leaves.filter((h, i) => !matched.has(i) && !columns.some(([lo, hi]) => h.box.x < hi && right(h.box) > lo));
  return blank.length ? numberColumns([...columns, ...blank.map((h): [number, number] => [h.box.x, right(h.box)])]) : columns;
}

/**
 * An order-preserving matching of `a` to `b` (both ascending) that pairs as
 * many as it can and, among those, keeps the summed distance least: the
 * indexes of `a` paired.
 */
export function matchInOrder(a: readonly number[], b: readonly number[]): Set<number> {
  const n = a.length, m = b.length;
  // cost[i][j]: best over a[i..], b[j..] as [pairs (negated), distance].
  const best: [number, number][][] = Array.from({ length: n + 1 }, () => Array.from({ length: m + 1 }, (): [number, number] => [0, 0]));
  const better = (p: [number, number], q: [number, number]) => p[0] < q[0] || (p[0] === q[0] && p[1] < q[1]);
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      const pair: [number, number] = [best[i + 1]![j + 1]![0] - 1, best[i + 1]![j + 1]![1] + Math.abs(a[i]! - b[j]!)];
      let pick = pair;
      for (const alt of [best[i + 1]![j]!, best[i]![j + 1]!]) if (better(alt, pick)) pick = alt;
      best[i]![j] = pick;
    }
  }
  const out = new Set<number>();
  let i = 0, j = 0;
  while (i < n && j < m) {
    const cur = best[i]![j]!;
    const pair: [number, number] = [best[i + 1]![j + 1]![0] - 1, best[i + 1]![j + 1]![1] + Math.abs(a[i]! - b[j]!)];
    if (pair[0] === cur[0] && pair[1] === cur[1]) {
      out.add(i);
      i++;
      j++;
    } else if (best[i + 1]![j]![0] === cur[0] && best[i + 1]![j]![1] === cur[1]) i++;
    else j++;
  }
  return out;
}

/** Builds the grid of one region. `vertical`/`horizontal`: rulings on the page that no ruled table used. */
export function buildTextGrid(given: readonly TableLine[], page: number, vertical: readonly Rule[] = [], horizontal: readonly Rule[] = []): TableGrid & { text: TextColumns } {
  let region = given;
  const allSegs = region.flatMap((t) => t.segs);
  const left = Math.min(...allSegs.map((s) => s.box.x));
  // No label column (table 四: rows of numbers under a header) when the data lines hold numbers only and every other
  // line is a header line (or a lone number: a wrapped number's part): a header left of the first number heads a
  // column blank in every row.
  const numbersLeft = dataLeftOf(region) - 0.5;
  const noLabels = region.every((t) =>
    t.segs.every((s) => s.numeric) || (t.cellNumbers.length === 0 && (t.headerWord || t.segs.some((s) => centreX(s.box) >= numbersLeft && !s.numeric))),
  );
  const dataLeft = noLabels ? left - 0.5 : Math.min(numbersLeft, headedLeft(region, numbersLeft));
  const inData = (s: Segment) => centreX(s.box) >= dataLeft && !s.runs[0]!.vertical;
  const tableRight = Math.max(...allSegs.map((s) => right(s.box)));
  const isData = region.map((t) => t.cellNumbers.length > 0);
  // Header lines: a header word, or words in the number columns.
  const isHeader = region.map((t, i) => !isData[i] && (t.headerWord || t.segs.some((s) => inData(s) && !s.numeric)));
  const labelSegs = region.map((t) => t.segs.filter((s) => !inData(s) && !s.runs[0]!.vertical));
  const bounds = labelBoundaries(labelSegs, vertical, left, dataLeft, labelSegs.filter((_, i) => !isHeader[i]));
  const nLabel = bounds.length + 1;
  const labelCol = (x: number) => bounds.filter((b) => b <= x).length;

  // Parts: a header with words over the number columns starts a new set of columns (table 二's blocks).
  const partOf: number[] = [];
  const parts: { numbers: Segment[]; headers: Segment[] }[] = [];
  region.forEach((t, i) => {
    const startsPart = isHeader[i] && (i === 0 || !isHeader[i - 1]) && t.segs.some((s) => inData(s) && !s.numeric);
    if (parts.length === 0 || (startsPart && parts[parts.length - 1]!.numbers.length > 0)) parts.push({ numbers: [], headers: [] });
    partOf.push(parts.length - 1);
    if (isData[i]) parts[parts.length - 1]!.numbers.push(...t.cellNumbers);
  });
  // Numbers grouped by spaces (`176 804`): one segment where the other rows prove it, else the line is not read.
  const grouped = joinGroupedNumbers(region, partOf, isData);
  if (grouped.region.some((t, i) => t !== region[i])) {
    region = grouped.region;
    for (const part of parts) part.numbers = [];
    region.forEach((t, i) => isData[i] && parts[partOf[i]!]!.numbers.push(...t.cellNumbers));
  }
  // Header words over the number columns, cut where two stand apart over the gap between two columns.
  const numberCols = parts.map((p) => numberColumns(p.numbers.map((s) => [s.box.x, right(s.box)])));
  const headerSegs = region.map((t, i) => (isHeader[i] ? t.segs.filter((s) => inData(s) && !s.numeric) : []));
  const segsOf = region.map((t, i) => {
    if (!isHeader[i]) return t.segs;
    // The header's pieces on the lines below, in the same part.
    const below = headerSegs.flatMap((hs, j) => (j > i && partOf[j] === partOf[i] ? hs : []));
    return t.segs.flatMap((s) => (inData(s) && !s.numeric ? cutBetweenColumns(s, numberCols[partOf[i]!]!, below) : [s]));
  });
  region.forEach((_, i) => {
    if (isHeader[i]) parts[partOf[i]!]!.headers.push(...segsOf[i]!.filter((s) => inData(s) && !s.numeric));
  });
  const columnsOf = parts.map((p) => partColumns(p.numbers, p.headers));

  const place = (s: Segment, columns: [number, number][], asData = false): [number, number] => {
    const dataCol = (b: Box) => {
      let best = 0, bestD = Infinity;
      columns.forEach(([lo, hi], i) => {
        const d = Math.max(lo - centreX(b), 0, centreX(b) - hi);
        if (d < bestD) (bestD = d), (best = i);
      });
      return nLabel + best;
    };
    if (!inData(s) && !asData) {
      const c = labelCol(s.box.x + 0.5 * s.fontSize);
      let end = labelCol(right(s.box) - 0.5 * s.fontSize);
      if (right(s.box) > dataLeft + s.fontSize) end = Math.max(end, dataCol({ ...s.box, x: right(s.box) - 1, width: 0 }));
      return [c, Math.max(1, end - c + 1)];
    }
    // Columns whose middle the segment covers, at least its own.
    const c = dataCol(s.box);
    const covered = columns.map(([lo, hi], i) => ({ i: nLabel + i, mid: (lo + hi) / 2 })).filter((m) => m.mid >= s.box.x && m.mid <= right(s.box));
    const first = Math.min(c, ...covered.map((m) => m.i));
    const last = Math.max(c, ...covered.map((m) => m.i));
    return [first, last - first + 1];
  };

  // Pieces per line: segments placed, same-cell neighbours of a line merged.
  // Vertical text over the number columns is no label (labels stand left of the numbers): a seal's
  // or a stamp's characters set turned. It joins the cell under it, which it leaves unread.
  const numbersRight = Math.max(...columnsOf.flatMap((cols) => cols.map(([, hi]) => hi)));
  const overData = (s: Segment, li: number) => !isHeader[li] && s.runs[0]!.vertical && centreX(s.box) >= dataLeft && centreX(s.box) <= numbersRight + s.fontSize;
  const strays: { seg: Segment; line: number }[] = [];
  const lines: Piece[][] = region.map((_, li) => {
    const out: Piece[] = [];
    for (const s of segsOf[li]!.flatMap((x) => (inData(x) || overData(x, li) ? [x] : cutAtBoundaries(x, bounds)))) {
      if (overData(s, li)) {
        strays.push({ seg: s, line: li });
        continue;
      }
      const [col, colSpan] = place(s, columnsOf[partOf[li]!]!);
      const prev = out[out.length - 1];
      if (prev && prev.col === col && prev.colSpan === colSpan && !s.numeric) {
        prev.runs.push(...s.runs);
        prev.text = joinWrapped([prev.text, s.text]);
        prev.box = unionBox([prev.box, s.box]);
        continue;
      }
      out.push({ col, colSpan, box: s.box, text: s.text, runs: [...s.runs], fontSize: s.fontSize, line: li });
    }
    return out;
  });

  const unreadCols = new Map([...grouped.unsure].map((i) => [i, new Set(columnsOf[partOf[i]!]!.map((_, k) => nLabel + k))]));
  // A line of nothing but a number or two over the number columns is no data line (it has not two numbers
  // apart), and no header: a wrapped number's part, like the lines of numbers folded here.
  const loose = region.map((t, i) => !isData[i] && !isHeader[i] && t.segs.length > 0 && t.segs.every((s) => s.numeric && inData(s)));
  foldWrappedLines(region, lines, isData, loose, partOf, nLabel, noLabels, unreadCols);

  const rows: Row[] = [];
  const dataRows: Row[] = [];
  region.forEach((_, i) => {
    if (!isData[i]) return;
    const data = new Map<number, Piece[]>();
    for (const p of lines[i]!) if (p.col >= nLabel) data.set(p.col, [...(data.get(p.col) ?? []), p]);
    const nums = lines[i]!.filter((p) => p.col >= nLabel);
    const top = Math.min(...nums.map((p) => p.box.y)), bottom = Math.max(...nums.map((p) => bottomOf(p.box)));
    const row: Row = { top, bottom, kind: 'data', part: partOf[i]!, data, blocks: [], ...(unreadCols.has(i) ? { unread: unreadCols.get(i)! } : {}) };
    rows.push(row);
    dataRows.push(row);
  });
  for (const { seg, line } of strays) {
    const y = seg.box.y + seg.box.height / 2;
    const row = dataRows.find((r) => r.top - seg.fontSize / 2 <= y && y <= r.bottom + seg.fontSize / 2);
    // Between rows it stands beside no value.
    if (!row) continue;
    const [col] = place(seg, columnsOf[row.part]!, true);
    row.data!.set(col, [...(row.data!.get(col) ?? []), { col, colSpan: 1, box: seg.box, text: seg.text, runs: [...seg.runs], fontSize: seg.fontSize, line, stray: true }]);
  }

  // Every piece but the numbers of data lines, stacked into cells; a cell with a piece on a header line is a header cell.
  const blocks = stack(
    lines.flatMap((ps, i) => (isData[i] ? ps.filter((p) => p.col < nLabel) : ps)),
    horizontal,
    nLabel,
    (a, b) => (isHeader[a] && isData[b]) || (isData[a] && isHeader[b]),
  );
  const headerBlocks = blocks.filter((b) => b.pieces.some((p) => isHeader[p.line]));
  // Header zones: consecutive header lines; their cells overlapping vertically make one row.
  const placed = new Set<Block>();
  for (let i = 0; i < region.length; ) {
    if (!isHeader[i]) {
      i++;
      continue;
    }
    let j = i;
    while (j + 1 < region.length && isHeader[j + 1]) j++;
    const zone = headerBlocks.filter((b) => !placed.has(b) && b.pieces.some((p) => p.line >= i && p.line <= j));
    for (const b of zone) placed.add(b);
    for (const group of overlapChains(zone)) {
      rows.push({ top: Math.min(...group.map((b) => b.box.y)), bottom: Math.max(...group.map((b) => bottomOf(b.box))), kind: 'header', part: partOf[i]!, blocks: group.map((block) => ({ block, rowSpan: 1 })) });
    }
    i = j + 1;
  }
  // Innermost labels first: an outer label beside no row joins the label row of an inner one beside it (`理` beside `诉类申`).
  const labelBlocks = blocks.filter((b) => !headerBlocks.includes(b));
  const isInner = (b: Block) => b.col + b.colSpan >= nLabel;
  for (const block of [...labelBlocks.filter(isInner), ...labelBlocks.filter((b) => !isInner(b))]) attachLabel(block, nLabel, dataRows, rows, partOf);

  rows.sort((a, b) => a.top - b.top);
  const cells: GridCell[] = [];
  rows.forEach((row, r) => {
    const blocks = [...row.blocks].sort((a, b) => a.block.col - b.block.col || a.block.box.y - b.block.box.y);
    for (const { block, rowSpan } of blocks) {
      cells.push(cellOf(block.col, block.colSpan, rowSpan, r, page, block.box, block.pieces));
    }
    if (row.kind === 'header') return;
    columnsOf[row.part]!.forEach(([lo, hi], i) => {
      const pieces = row.data?.get(nLabel + i) ?? [];
      const box = pieces.length ? unionBox(pieces.map((p) => p.box)) : { x: lo, y: row.top, width: hi - lo, height: row.bottom - row.top };
      const cell = cellOf(nLabel + i, 1, 1, r, page, box, pieces);
      if (row.unread?.has(nLabel + i)) cell.text = cell.text === '' ? UNREAD_BLANK : isMarkedUnread(cell.text) ? cell.text : `${cell.text}…`;
      cells.push(cell);
    });
  });
  const first = columnsOf[0]!;
  const xs = [left, ...bounds, dataLeft, ...first.slice(1).map(([lo], i) => (first[i]![1] + lo) / 2), tableRight];
  const top = Math.min(...region.map((t) => t.line.box.y));
  const bottom = Math.max(...region.map((t) => bottomOf(t.line.box)));
  return {
    page,
    box: { x: left, y: top, width: tableRight - left, height: bottom - top },
    xs,
    nrows: rows.length,
    cells,
    text: { labels: nLabel, first, last: columnsOf[columnsOf.length - 1]! },
  };
}

/** Lines of numbers this close (centre to centre, in font sizes) are lines of one cell: single spacing is 1.2–1.5. */
const WRAPPED_LINES = 1.6;
/** Lines this close to the table's own line pitch (the least distance between its lines) are lines of one cell. */
const PITCH_SLACK = 1.15;
/** Lines this close may be one row's where nothing else tells (a table without labels, a wrapped number's rest): cells with line spacing set wider (fixed 28 pt). */
const WRAPPED_LINES_UNLABELLED = 3;

/**
 * A number wrapped in its cell (at a grouping space, `123` over `967`, or
 * broken for want of width) puts a line of numbers a line's height above or
 * below its row's line.
 * Such a line may hold a single number (then it is no data line: `loose`).
 *  - In a table with labels such a line has no label of its own, or holds
 *    a figure with a leading zero (`050`: no count, the rest of `52 050`).
 *    The cells of its columns in every labelled line beside it are not read
 *    (which row a wrapped part belongs to is not certain), and a line with
 *    no label is folded into the nearest of them.
 *  - In a table without labels (table 四) the line with the most numbers is
 *    the row; lines near it with fewer are folded into it, and the cells of
 *    their columns are not read (a wrapped number's parts; a second row of
 *    fewer values loses those cells, never gives one of its values).
 * `unread`: per line, the data columns not to read, added to here (a folded
 * line's pass to the line it joins); folded lines stop being data.
 */
function foldWrappedLines(region: readonly TableLine[], lines: Piece[][], isData: boolean[], loose: readonly boolean[], partOf: readonly number[], nLabel: number, noLabels: boolean, unread: Map<number, Set<number>>): void {
  const mid = (i: number) => centreY(region[i]!.line.box);
  const dataCols = (i: number) => new Set(lines[i]!.filter((p) => p.col >= nLabel).map((p) => p.col));
  const sizeOf = (i: number) => Math.max(0, ...lines[i]!.filter((p) => p.col >= nLabel).map((p) => p.fontSize));
  const unreadIn = (j: number, cols: Iterable<number>) => {
    const set = unread.get(j) ?? new Set<number>();
    for (const c of cols) set.add(c);
    unread.set(j, set);
  };
  const fold = (i: number, into: number) => {
    if (unread.has(i)) unreadIn(into, unread.get(i)!);
    lines[into]!.push(...lines[i]!.filter((p) => p.col >= nLabel));
    lines[i] = lines[i]!.filter((p) => p.col < nLabel);
    isData[i] = false;
  };
  if (noLabels) {
    for (const part of new Set(partOf)) {
      const data = region.flatMap((_, i) => (isData[i] && partOf[i] === part ? [i] : []));
      if (data.length === 0) continue;
      const row = data.reduce((a, b) => (dataCols(b).size > dataCols(a).size ? b : a));
      const others = region.flatMap((_, i) => ((isData[i] || loose[i]) && partOf[i] === part && i !== row ? [i] : []));
      const near = others.filter((i) => dataCols(i).size > 0 && dataCols(i).size < dataCols(row).size && Math.abs(mid(i) - mid(row)) <= WRAPPED_LINES_UNLABELLED * sizeOf(row));
      for (const i of near) {
        unreadIn(row, dataCols(i));
        fold(i, row);
      }
    }
    return;
  }
  const labelled = (i: number) => lines[i]!.some((p) => p.col < nLabel);
  // The table's line pitch: the least distance between two of its lines (a wrapped label's),
  // where that is wider than single spacing of the numbers' size (a paragraph's larger font).
  const mids = region.map((_, i) => mid(i)).sort((a, b) => a - b);
  const gaps = mids.slice(1).map((m, k) => m - mids[k]!).filter((g) => g > 0.5 * Math.max(...region.map((_, i) => sizeOf(i))));
  const pitch = gaps.length ? Math.min(...gaps) : 0;
  // A figure with a leading zero (`050` of `52 050`) is no count: the rest of a number wrapped.
  const wrappedRest = (i: number) => lines[i]!.some((p) => p.col >= nLabel && /^0\d/.test(p.text));
  for (let i = 0; i < region.length; i++) {
    if (!(isData[i] || loose[i]) || dataCols(i).size === 0) continue;
    const rest = wrappedRest(i);
    if (labelled(i) && !rest) continue;
    const size = sizeOf(i);
    // A wrapped rest has its head on a line above it, however far the table's line spacing puts it.
    const reach = rest ? WRAPPED_LINES_UNLABELLED * size : Math.max(WRAPPED_LINES * size, PITCH_SLACK * pitch);
    const near = region.flatMap((_, j) => (j !== i && isData[j] && partOf[j] === partOf[i] && labelled(j) && Math.abs(mid(j) - mid(i)) <= reach ? [j] : []));
    // A rest follows its number's head: the nearest labelled line above it.
    const above = near.filter((j) => mid(j) < mid(i));
    const owners = rest ? above.slice(-1) : near;
    if (owners.length === 0) continue;
    for (const j of owners) unreadIn(j, dataCols(i));
    // A line with a label of its own stays a row (its cells with the rest not read).
    if (labelled(i)) unreadIn(i, dataCols(i));
    else fold(i, owners.reduce((a, b) => (Math.abs(mid(b) - mid(i)) < Math.abs(mid(a) - mid(i)) ? b : a)));
  }
}

/** Runs moved from the foot of the page before (a header set above its table), with where they really are. */
const MOVED = new WeakMap<Run, Run>();

/** A copy of `run` moved down by `dy` to stand with a table on the next page; its cell keeps the real place. */
export function shiftRun(run: Run, dy: number): Run {
  const moved = { ...run, box: { ...run.box, y: run.box.y + dy }, baseline: run.baseline + dy };
  MOVED.set(moved, MOVED.get(run) ?? run);
  return moved;
}

/** A cell of pieces: pieces of one line joined as words, lines joined with "\n". */
function cellOf(col: number, colSpan: number, rowSpan: number, row: number, page: number, box: Box, pieces: Piece[]): GridCell {
  const ordered = [...pieces].sort((a, b) => a.line - b.line || a.box.x - b.box.x);
  const lines: string[] = [];
  ordered.forEach((p, i) => {
    if (i > 0 && ordered[i - 1]!.line === p.line) lines[lines.length - 1] = joinWrapped([lines[lines.length - 1]!, p.text]);
    else lines.push(p.text);
  });
  let runs = ordered.flatMap((p) => p.runs);
  const real = runs.map((r) => MOVED.get(r));
  if (runs.length > 0 && real.every((r) => r !== undefined)) {
    runs = real as Run[];
    page = runs[0]!.page;
    box = unionBox(runs.map((r) => r.box));
  }
  const text = lines.join('\n');
  return { row, col, rowSpan, colSpan, page, box, openTop: false, openBottom: false, runs, text: pieces.some((p) => p.stray) ? markUnread(text) : text };
}

/** Runs this far apart (font sizes) are two words, not one word's glyphs. */
const WORD_APART = 0.15;

/** Centred on each other within a quarter of the narrower: lines of one centred cell. */
const centredOn = (a: Box, b: Box) => Math.abs(centreX(a) - centreX(b)) <= 0.25 * Math.min(a.width, b.width);

/**
 * A header segment over the number columns cut at a run boundary over the
 * gap between two number columns, where that boundary parts two cells set
 * so close they read as one segment (`社会公益` `法律服务`): the runs stand
 * apart there, or the header line below has a piece centred under each
 * side (`组织` under `社会公益`, `机构` under `法律服务`), or nothing of the
 * header is below (a leaf heads one column) and each side covers a column
 * of its own. `below`: the header's segments on the lines below.
 */
export function cutBetweenColumns(s: Segment, columns: readonly [number, number][], below: readonly Segment[] = []): Segment[] {
  if (s.runs.length < 2 || columns.length < 2) return [s];
  const runs = [...s.runs].sort((a, b) => a.box.x - b.box.x);
  const overlaps = (o: Segment) => o.box.x < right(s.box) && right(o.box) > s.box.x;
  const leaf = !below.some(overlaps);
  const lh = s.box.height;
  const under = below.filter((o) => overlaps(o) && o.box.y - bottomOf(s.box) <= lh);
  const covers = (b: Box, lo: number, hi: number) => columns.some(([l, h]) => (l + h) / 2 >= Math.max(b.x, lo) && (l + h) / 2 <= Math.min(right(b), hi));
  const out: Segment[] = [];
  let cur: Run[] = [runs[0]!];
  for (let k = 1; k < runs.length; k++) {
    const r = runs[k]!;
    const end = Math.max(...cur.map((c) => right(c.box)));
    const mid = (end + r.box.x) / 2;
    const between = columns.some(([, hi], i) => i + 1 < columns.length && hi < mid && mid < columns[i + 1]![0]);
    let cut = false;
    if (between) {
      const leftBox = unionBox(cur.map((c) => c.box)), rightBox = unionBox(runs.slice(k).map((c) => c.box));
      cut =
        r.box.x - end >= WORD_APART * s.fontSize ||
        under.some((o) => centredOn(o.box, leftBox) && under.some((q) => q !== o && centredOn(q.box, rightBox))) ||
        (leaf && covers(leftBox, -Infinity, mid) && covers(rightBox, mid, Infinity));
    }
    if (cut) {
      out.push(makeSegment(cur));
      cur = [];
    }
    cur.push(r);
  }
  out.push(makeSegment(cur));
  return out;
}

/** A label segment cut where a label column boundary falls between two of its runs. */
function cutAtBoundaries(s: Segment, bounds: readonly number[]): Segment[] {
  if (s.runs.length < 2 || bounds.length === 0) return [s];
  const out: Segment[] = [];
  let cur: Run[] = [s.runs[0]!];
  for (const r of s.runs.slice(1)) {
    const end = right(cur[cur.length - 1]!.box);
    if (bounds.some((b) => end <= b + 0.5 && r.box.x >= b - 0.5)) {
      out.push(makeSegment(cur));
      cur = [];
    }
    cur.push(r);
  }
  out.push(makeSegment(cur));
  return out;
}

/**
 * Pieces of one column stacked into blocks: the next line of a block starts
 * within a line height of the last, in the same columns, not with a new
 * numbered item, with no ruling between, and not parted by `parted` (a
 * header line's cell and a data line's label, however close).
 */
function stack(pieces: readonly Piece[], horizontal: readonly Rule[], nLabel: number, parted: (a: number, b: number) => boolean = () => false): Block[] {
  const sorted = [...pieces].sort((a, b) => a.box.y - b.box.y || a.box.x - b.box.x);
  const open: Block[] = [];
  const out: Block[] = [];
  for (const p of sorted) {
    const lh = p.box.height;
    const target = open.find((b) => {
      // A wrapped line may be narrower (centred text) but never leaves the cell's columns.
      const inside = p.col >= b.col && p.col + p.colSpan <= b.col + b.colSpan;
      const around = b.col >= p.col && b.col + b.colSpan <= p.col + p.colSpan;
      if (!inside && !around) return false;
      const last = b.pieces[b.pieces.length - 1]!;
      const apart = p.box.y - bottomOf(last.box);
      if (apart > lh || p.line === last.line || parted(last.line, p.line)) return false;
      if (ITEM_START.test(p.text)) return false;
      // Over the number columns, lines of one header cell are centred on each other (`申请人情况` over `总计` is not one).
      const within = (a: Box, b: Box) => centreX(a) >= b.x && centreX(a) <= right(b);
      if (p.col >= nLabel && !(within(p.box, last.box) && within(last.box, p.box))) return false;
      // Nor is a group label over several columns one cell with a column's label under it (`未经复议直接起诉` over `其他结`).
      if (p.col >= nLabel && p.colSpan !== last.colSpan && Math.max(p.colSpan, last.colSpan) >= 2) return false;
      const x1 = Math.min(p.box.x, last.box.x), x2 = Math.max(right(p.box), right(last.box));
      return !horizontal.some((h) => h.pos > bottomOf(last.box) - 0.5 && h.pos < p.box.y + 0.5 && h.from <= x1 && h.to >= x2);
    });
    if (target) {
      target.pieces.push(p);
      target.box = unionBox([target.box, p.box]);
      const end = Math.max(target.col + target.colSpan, p.col + p.colSpan);
      target.col = Math.min(target.col, p.col);
      target.colSpan = end - target.col;
    } else {
      const b: Block = { col: p.col, colSpan: p.colSpan, pieces: [p], box: p.box };
      open.push(b);
      out.push(b);
    }
  }
  return out;
}

/** Blocks grouped where their vertical extents overlap (one header row each group), top to bottom. */
function overlapChains(blocks: readonly Block[]): Block[][] {
  const sorted = [...blocks].sort((a, b) => a.box.y - b.box.y);
  const out: Block[][] = [];
  let bottom = -Infinity;
  for (const b of sorted) {
    if (out.length && b.box.y < bottom - 0.5) {
      out[out.length - 1]!.push(b);
      bottom = Math.max(bottom, bottomOf(b.box));
    } else {
      out.push([b]);
      bottom = bottomOf(b.box);
    }
  }
  return out;
}

/**
 * A label block goes to the data rows it faces. In the innermost label
 * column a block facing two rows is two labels run together and is split
 * between them; in an outer column it spans them. A block facing no row
 * goes to the nearest, or, innermost and far from any, is a row of its own
 * (a row whose cells are all blank); an outer one beside such a row joins it.
 */
function attachLabel(block: Block, nLabel: number, dataRows: Row[], rows: Row[], partOf: readonly number[]): void {
  const inner = block.col + block.colSpan >= nLabel;
  const faced = dataRows.filter((r) => r.bottom > block.box.y + 0.5 && r.top < bottomOf(block.box) - 0.5);
  if (faced.length > 1 && inner) {
    for (const p of block.pieces) {
      const row = nearest(dataRows, centreY(p.box))!;
      const existing = row.blocks.find((b) => b.block.col === block.col && b.block.colSpan === block.colSpan);
      if (existing) {
        existing.block.pieces.push(p);
        existing.block.box = unionBox([existing.block.box, p.box]);
      } else row.blocks.push({ block: { col: block.col, colSpan: block.colSpan, pieces: [p], box: p.box }, rowSpan: 1 });
    }
    return;
  }
  if (faced.length > 0) {
    faced[0]!.blocks.push({ block, rowSpan: faced.length });
    return;
  }
  const beside = rows.find((r) => r.kind === 'label' && r.bottom > block.box.y + 0.5 && r.top < bottomOf(block.box) - 0.5);
  if (!inner && beside) {
    beside.blocks.push({ block, rowSpan: 1 });
    return;
  }
  const near = nearest(dataRows, centreY(block.box));
  const lh = block.pieces[0]!.box.height;
  const far = !near || Math.abs(centreY(block.box) - (near.top + near.bottom) / 2) > block.box.height / 2 + (near.bottom - near.top) / 2 + lh;
  if (inner && far) {
    rows.push({ top: block.box.y, bottom: bottomOf(block.box), kind: 'label', part: partOf[block.pieces[0]!.line]!, data: new Map(), blocks: [{ block, rowSpan: 1 }] });
    return;
  }
  near?.blocks.push({ block, rowSpan: 1 });
}

function nearest(rows: readonly Row[], y: number): Row | undefined {
  let best: Row | undefined, bestD = Infinity;
  for (const r of rows) {
    const d = Math.abs((r.top + r.bottom) / 2 - y);
    if (d < bestD) (bestD = d), (best = r);
  }
  return best;
}
