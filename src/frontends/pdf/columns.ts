/**
 * A column of text beside the body: a web page printed to PDF keeps the
 * site's navigation (`政府信息公开`, `政府信息公开指南`, …) to the left of the
 * report. Its lines stand at the heights of the report's, so grouping by height
 * runs them together (`政府信息公开洪泽区人民政府2023年…`). Here a page's lines are
 * split where they cross the body's left edge, and the column left of it is
 * read before the body beside it.
 *
 * Only text set apart from the body by a clear left edge counts: the body's
 * long lines all start at one x (its left margin), and the column's lines
 * end before it, several of them words (a hanging item number, `（一）` or
 * `1.`, left of the margin is no column).
 */
import { isColumnWords, ITEM_START } from '../../util/normalize.js';
import { makeLine } from './lines.js';
import type { Line } from './types.js';

/** How far (pt) a run may start left of the body's edge and still be the body's. */
const EDGE_SLACK = 1;
/** Lines of the column needed (with text of their own, not item numbers). */
const MIN_COLUMN_LINES = 3;
/** Lines that the column shares with the body (run together) needed. */
const MIN_SHARED = 2;
/** The least gap (in font sizes) between a column's text and the body's on one line. */
const MIN_GAP = 0.3;

/** The body's left edge: where most of the page's long lines (60 % of its text width) start. */
function bodyLeft(lines: readonly Line[]): number | null {
  const right = Math.max(...lines.map((l) => l.box.x + l.box.width));
  const left = Math.min(...lines.map((l) => l.box.x));
  const starts = new Map<number, number>();
  for (const l of lines) {
    if (l.box.width < 0.6 * (right - left)) continue;
    const x = Math.round(l.box.x);
    starts.set(x, (starts.get(x) ?? 0) + 1);
  }
  let best: number | null = null;
  let count = 2;
  for (const [x, n] of starts) if (n > count || (n === count && best !== null && x < best)) [best, count] = [x, n];
  return best;
}

type Kind = 'left' | 'body' | 'shared' | 'across';

function kindOf(line: Line, edge: number): Kind {
  const lefts = line.runs.filter((r) => r.box.x + r.box.width <= edge - EDGE_SLACK);
  const bodies = line.runs.filter((r) => r.box.x >= edge - EDGE_SLACK);
  if (lefts.length + bodies.length < line.runs.length) return 'across';
  if (bodies.length === 0) return 'left';
  if (lefts.length === 0) return 'body';
  // Text running on across the edge (a hanging first line split into runs just there) is no column.
  const last = lefts.reduce((a, b) => (b.box.x + b.box.width > a.box.x + a.box.width ? b : a));
  const first = bodies.reduce((a, b) => (b.box.x < a.box.x ? b : a));
  const gap = first.box.x - (last.box.x + last.box.width);
  return gap >= MIN_GAP * Math.min(last.fontSize, first.fontSize) ? 'shared' : 'across';
}

/**
 * The page's lines with a side column split off: each line shared with the
 * body becomes two, and the column's lines carry `readingY`, the top of the
 * stretch they stand beside, so that they are read before it. Lines come back
 * unchanged where the page shows no such column.
 */
export function splitSideColumn(lines: readonly Line[]): Line[] {
  if (lines.length < 8) return [...lines];
  const edge = bodyLeft(lines);
  if (edge === null) return [...lines];
  const sorted = [...lines].sort((a, b) => a.box.y - b.box.y);
  const out: Line[] = [];
  // Stretches between lines that run across the edge (a page header, a wide title).
  let stretch: Line[] = [];
  const flush = (): void => {
    out.push(...readStretch(stretch, edge));
    stretch = [];
  };
  for (const line of sorted) {
    if (kindOf(line, edge) === 'across') {
      flush();
      out.push(line);
    } else stretch.push(line);
  }
  flush();
  return out;
}

function readStretch(stretch: Line[], edge: number): Line[] {
  const kinds = stretch.map((l) => kindOf(l, edge));
  const shared = kinds.filter((k) => k === 'shared').length;
  const column: Line[] = [];
  const body: Line[] = [];
  stretch.forEach((line, i) => {
    if (kinds[i] === 'body') body.push(line);
    else if (kinds[i] === 'left') column.push(line);
    else {
      column.push(makeLine(line.runs.filter((r) => r.box.x < edge - EDGE_SLACK)));
      body.push(makeLine(line.runs.filter((r) => r.box.x >= edge - EDGE_SLACK)));
    }
  });
  const words = column.filter((l) => isColumnWords(l.text)).length;
  // A hanging item number left of the margin: numbered paragraphs, not a column.
  if (shared < MIN_SHARED || words < MIN_COLUMN_LINES || column.some((l) => ITEM_START.test(l.text) && !isColumnWords(l.text))) return stretch;
  const top = Math.min(...stretch.map((l) => l.box.y));
  return [...column.map((l) => ({ ...l, readingY: top })), ...body];
}
