/**
 * Where the tables without rulings are: runs of lines that hold numbers
 * standing apart in columns (data lines), with the header lines above them
 * (found by their header words) and the wrapped label lines between and just
 * below them. A line of running text that reaches across from the label
 * side into the number columns, or a line set larger than the table, ends a
 * table.
 */
import { isHeaderWord } from './headerWords.js';
import { segmentLine, type Segment } from './segments.js';
import type { Line } from './types.js';

/** A line with its segments and what it is. */
export interface TableLine {
  line: Line;
  segs: Segment[];
  /** The numbers of this line that stand in columns (empty: not a data line). */
  cellNumbers: Segment[];
  /** Holds a whole header cell (`信息内容`, `自然人`, `第二十条第（一）项` …). */
  headerWord: boolean;
}

/** A number this many font sizes clear of the text before it stands in a column. */
const CELL_GAP = 1.0;
/** Consecutive lines of one table are at most this many line heights apart (cell padding, centred labels). */
const MAX_GAP = 2.5;
/** Two rows of numbers with nothing between may stand further apart (generous cell padding). */
const MAX_ROW_GAP = 6;
/** A line set this much larger than the table's numbers is running text. */
const LARGER = 1.25;

const SECTION_HEADING = /^[一二三四五六七八九十]+、/;

export function tableLine(line: Line): TableLine {
  const segs = segmentLine(line);
  const numeric = segs.filter((s) => s.numeric);
  let cellNumbers: Segment[] = [];
  if (numeric.length >= 2 && segs[0]!.numeric) cellNumbers = numeric;
  else {
    const apart = numeric.filter((s) => {
      const i = segs.indexOf(s);
      return i > 0 && s.box.x - (segs[i - 1]!.box.x + segs[i - 1]!.box.width) >= CELL_GAP * s.fontSize;
    });
    if (apart.length > 0) cellNumbers = numeric.filter((s) => s.box.x >= apart[0]!.box.x - 0.5);
  }
  return { line, segs, cellNumbers, headerWord: segs.some((s) => isHeaderWord(s.text)) };
}

const height = (t: TableLine) => t.line.box.height;
const gap = (upper: TableLine, lower: TableLine) => lower.line.box.y - (upper.line.box.y + upper.line.box.height);

/** Whether a segment reaches from the label side across `dataLeft` into the number columns. */
function crosses(s: Segment, dataLeft: number): boolean {
  return s.box.x < dataLeft - s.fontSize && s.box.x + s.box.width > dataLeft + s.fontSize;
}

/** Running text inside or next to a table: ends it. */
function breaksTable(t: TableLine, dataLeft: number, numberSize: number): boolean {
  if (t.cellNumbers.length > 0 || t.headerWord) return false;
  if (t.line.fontSize > LARGER * numberSize) return true;
  return t.segs.some((s) => crosses(s, dataLeft));
}

/** Left edge of the number columns: the leftmost column number of the data lines. */
export function dataLeftOf(lines: readonly TableLine[]): number {
  return Math.min(...lines.flatMap((t) => t.cellNumbers.map((s) => s.box.x)));
}

function medianNumberSize(lines: readonly TableLine[]): number {
  const sizes = lines.flatMap((t) => t.cellNumbers.map((s) => s.fontSize)).sort((a, b) => a - b);
  return sizes[sizes.length >> 1] ?? 0;
}

/**
 * The table regions among a page's lines (top to bottom): each a list of
 * consecutive lines. Lines in no region are text.
 */
export function findTextRegions(lines: readonly Line[]): TableLine[][] {
  const all = [...lines].sort((a, b) => a.box.y - b.box.y).map(tableLine);
  const regions: { from: number; to: number }[] = [];
  // 1. Runs of data lines with nothing that breaks a table between them.
  let cur: { from: number; to: number } | null = null;
  for (let i = 0; i < all.length; i++) {
    const t = all[i]!;
    if (t.cellNumbers.length === 0) continue;
    if (cur) {
      const members = all.slice(cur.from, cur.to + 1);
      // Text across either table's number columns ends the table (a heading between two tables).
      const dataLefts = [dataLeftOf(members), dataLeftOf([t])];
      const size = medianNumberSize([...members, t]);
      const between = all.slice(cur.to + 1, i);
      // A chain of lines with no wide vertical gap: header rows between blocks, wrapped labels.
      const chain = all.slice(cur.to, i + 1);
      const adjacent = chain.length === 2 && gap(chain[0]!, t) <= MAX_ROW_GAP * Math.max(height(t), height(chain[0]!));
      const near = adjacent || chain.every((b, k) => k === 0 || gap(chain[k - 1]!, b) <= MAX_GAP * Math.max(height(b), height(chain[k - 1]!)));
      if (near && !between.some((b) => dataLefts.some((x) => breaksTable(b, x, size)))) {
        cur.to = i;
        continue;
      }
      regions.push(cur);
    }
    cur = { from: i, to: i };
  }
  if (cur) regions.push(cur);

  const taken = new Set<number>();
  const out: TableLine[][] = [];
  for (const r of regions) {
    const members = all.slice(r.from, r.to + 1);
    const dataLeft = dataLeftOf(members);
    const size = medianNumberSize(members);
    // 2. Upwards: header lines up to the topmost line with a header word.
    // The table's own row pitch bounds the gaps of its header too.
    const rowGap = Math.max(0, ...members.slice(1).map((t, k) => gap(members[k]!, t)));
    let top = r.from;
    for (let i = r.from - 1; i >= 0 && !taken.has(i); i--) {
      const t = all[i]!;
      if (gap(t, all[i + 1]!) > Math.max(MAX_GAP * Math.max(height(t), height(all[i + 1]!)), 1.2 * rowGap)) break;
      if (t.cellNumbers.length > 0 || breaksTable(t, dataLeft, size)) break;
      if (t.headerWord) top = i;
    }
    // Without a header: only wrapped label lines right above the first row.
    if (top === r.from) {
      for (let i = r.from - 1; i >= 0 && !taken.has(i); i--) {
        const t = all[i]!;
        if (!isLabelWrap(t, all[i + 1]!, dataLeft, size, MAX_GAP)) break;
        top = i;
      }
    }
    // 3. Downwards: wrapped label lines of the last row (above: also the rest of a row cut by the page break).
    let end = r.to;
    for (let i = r.to + 1; i < all.length; i++) {
      if (!isLabelWrap(all[i]!, all[i - 1]!, dataLeft, size)) break;
      end = i;
    }
    const region = all.slice(top, end + 1);
    // One lone line of numbers (a date, a list of figures) is a table only under a header.
    if (members.filter((t) => t.cellNumbers.length > 0).length < 2 && !region.some((t) => t.headerWord)) continue;
    for (let i = top; i <= end; i++) taken.add(i);
    out.push(region);
  }
  return out;
}

/** A line of label text next to a table row (`禁止公开` under `2.其他法律行政法规`). */
function isLabelWrap(t: TableLine, neighbour: TableLine, dataLeft: number, size: number, maxGap = 1): boolean {
  if (t.cellNumbers.length > 0 || t.headerWord) return false;
  const lh = Math.max(height(t), height(neighbour));
  const apart = t.line.box.y > neighbour.line.box.y ? gap(neighbour, t) : gap(t, neighbour);
  if (apart > maxGap * lh) return false;
  if (t.line.fontSize > LARGER * size) return false;
  if (SECTION_HEADING.test(t.line.text)) return false;
  return t.segs.every((s) => s.box.x + s.box.width <= dataLeft + 0.5 * s.fontSize);
}

/**
 * The header of `region` left at the foot of the page before: of `tail`
 * (the lines after the page's last table, top to bottom), the bottom block
 * of lines close together from its topmost line with a header word down,
 * with no numbers and nothing that breaks a table. Empty when there is none.
 */
export function orphanHeader(tail: readonly TableLine[], region: readonly TableLine[]): TableLine[] {
  const dataLeft = dataLeftOf(region);
  const size = medianNumberSize(region);
  if (!Number.isFinite(dataLeft) || tail.length === 0) return [];
  let top = -1;
  for (let i = tail.length - 1; i >= 0; i--) {
    const t = tail[i]!;
    if (i < tail.length - 1 && gap(t, tail[i + 1]!) > MAX_GAP * Math.max(height(t), height(tail[i + 1]!))) break;
    if (t.cellNumbers.length > 0 || breaksTable(t, dataLeft, size) || SECTION_HEADING.test(t.line.text)) break;
    if (t.headerWord) top = i;
  }
  return top < 0 ? [] : tail.slice(top);
}
