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
/** A numbered heading (`三、收到和处理…`) set this much larger than the numbers is a section heading, not a row label. */
const HEADING_LARGER = 1.1;

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
  if (t.line.fontSize > HEADING_LARGER * numberSize && SECTION_HEADING.test(t.line.text.trim())) return true;
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
 * consecutive lines. Lines in no region are text. `keepLone`: a lone line of
 * numbers without a header is a region too.
 */
export function findTextRegions(lines: readonly Line[], keepLone = false): TableLine[][] {
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
      const within = (limit: number) => chain.every((b, k) => k === 0 || gap(chain[k - 1]!, b) <= limit * Math.max(height(b), height(chain[k - 1]!)));
      // Tall padded rows: label lines (or header lines) between, each step at most a row gap.
      const padded = within(MAX_ROW_GAP) && between.every((b) => b.headerWord || labelOnly(b, Math.min(...dataLefts), size));
      const near = adjacent || within(MAX_GAP) || padded;
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
      // A header line, or the line right above the first row, may stand a row gap above (tall padded rows of a one-row table).
      const limit = t.headerWord || i === r.from - 1 ? MAX_ROW_GAP : MAX_GAP;
      if (gap(t, all[i + 1]!) > Math.max(limit * Math.max(height(t), height(all[i + 1]!)), 1.2 * rowGap)) break;
      // A row of header cells set so close that two run into one segment across the number columns' edge
      // (`结果维结果纠` `其他结` `尚未审`) stays in, if a header word stands above it.
      if (t.cellNumbers.length > 0 || (breaksTable(t, dataLeft, size) && !headerCells(t, size))) break;
      // Above a header word, a row of header cells (`维持` `纠正` `结果` `审结`, the rest of a header cut by the page break) too.
      if (t.headerWord || (top < r.from && top === i + 1 && headerCells(t, size))) top = i;
    }
    // Without a header: only wrapped label lines right above the first row, and rows of header cells above them
    // (`企业` `机构` `组织` `机构`: the foot of a header the page break cut off).
    if (top === r.from) {
      for (let i = r.from - 1; i >= 0 && !taken.has(i); i--) {
        const t = all[i]!;
        const below = all[i + 1]!;
        // The first row's label may be a numbered one (`一、本年新收政府信息公` over its numbers).
        const wrap = isLabelWrap(t, below, dataLeft, size, MAX_GAP, true);
        const cells = !wrap && t.cellNumbers.length === 0 && headerCells(t, size) && gap(t, below) <= MAX_GAP * Math.max(height(t), height(below));
        if (!wrap && !cells) break;
        top = i;
      }
    }
    // 3. Downwards: wrapped label lines of the last row (above: also the rest of a row cut by the page break).
    let end = r.to;
    for (let i = r.to + 1; i < all.length; i++) {
      if (!isLabelWrap(all[i]!, all[i - 1]!, dataLeft, size)) break;
      end = i;
    }
    // A table 二 block after the last row with a header and a blank row only (`第二十条第（八）项` … `行政事业性收费`).
    const next = all[end + 1];
    if (next && !taken.has(end + 1) && gap(all[end]!, next) <= MAX_GAP * Math.max(height(next), height(all[end]!))) {
      end += orphanRows(all.slice(end + 1), members).length;
    }
    const region = all.slice(top, end + 1);
    // One lone line of numbers (a date, a list of figures) is a table only under a header (`keepLone`: kept, for a
    // header left on the page before).
    if (!keepLone && members.filter((t) => t.cellNumbers.length > 0).length < 2 && !region.some((t) => t.headerWord)) continue;
    for (let i = top; i <= end; i++) taken.add(i);
    out.push(region);
  }
  return out;
}

/** A line of three or more short cells no larger than the numbers: header cells, not running text. */
function headerCells(t: TableLine, size: number): boolean {
  return t.segs.length >= 3 && t.line.fontSize <= LARGER * size && !SECTION_HEADING.test(t.line.text) && t.segs.every((s) => !s.numeric && s.text.length <= 12);
}

/** A line of label text only, left of the number columns (`二、上年结转…` too): no numbers, no header word, not larger. */
function labelOnly(t: TableLine, dataLeft: number, size: number): boolean {
  if (t.cellNumbers.length > 0 || t.headerWord) return false;
  if (t.line.fontSize > LARGER * size) return false;
  return t.segs.every((s) => s.box.x + s.box.width <= dataLeft + 0.5 * s.fontSize);
}

/** A line of label text next to a table row (`禁止公开` under `2.其他法律行政法规`). */
function isLabelWrap(t: TableLine, neighbour: TableLine, dataLeft: number, size: number, maxGap = 1, numbered = false): boolean {
  if (t.cellNumbers.length > 0 || t.headerWord) return false;
  const lh = Math.max(height(t), height(neighbour));
  const apart = t.line.box.y > neighbour.line.box.y ? gap(neighbour, t) : gap(t, neighbour);
  if (apart > maxGap * lh) return false;
  if (t.line.fontSize > LARGER * size) return false;
  // A numbered line is a heading, unless numbered labels are allowed and it is set no larger than the numbers.
  if (SECTION_HEADING.test(t.line.text) && (!numbered || t.line.fontSize > HEADING_LARGER * size)) return false;
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

/**
 * The rows of `region`'s table carried over to the top of the next page
 * without a number (a table 二 block whose header and blank row follow the
 * page break: `信息内容 本年收费金额` over `行政事业性收费`): of `head` (the
 * next page's lines, top to bottom), the leading block of lines close
 * together that starts with a header word (or with a label, `underHeader`:
 * the block's header ends the page before) and holds label lines, with no
 * numbers and nothing that breaks a table. Empty when there is none.
 */
export function orphanRows(head: readonly TableLine[], region: readonly TableLine[], underHeader = false): TableLine[] {
  const dataLeft = dataLeftOf(region);
  const size = medianNumberSize(region);
  if (!Number.isFinite(dataLeft) || head.length === 0 || !(head[0]!.headerWord || underHeader)) return [];
  let end = -1;
  for (let i = 0; i < head.length; i++) {
    const t = head[i]!;
    if (i > 0 && gap(head[i - 1]!, t) > MAX_GAP * Math.max(height(t), height(head[i - 1]!))) break;
    // A row of numbers next: these are the header and first label of a table of their own.
    if (t.cellNumbers.length > 0) return [];
    if (breaksTable(t, dataLeft, size) || SECTION_HEADING.test(t.line.text)) break;
    if (!t.headerWord && !labelOnly(t, dataLeft, size)) break;
    if (!t.headerWord) end = i;
  }
  return head.slice(0, end + 1);
}
