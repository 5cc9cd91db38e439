/**
 * Text printed over text in one table cell: a seal's serial number or a
 * stamp's words laid across a table (`3201080012345` over a cell's `23`).
 * pdfjs gives both as runs of one line, and joined they read as one number
 * (`320108001234523`). Which of them is the cell's cannot be told from the
 * text: such a cell is not read (its text marked, `CELL_NOT_NUMERIC`). The
 * same text at nearly the same place is one text printed twice (a bold made by
 * overprinting, a shadow), not two.
 */
import { trimRun } from './runs.js';
import type { Run } from './types.js';

/** Runs overlapping by this fraction of the smaller font size or more are printed over each other (glyph boxes of set text abut). */
const OVERLAP = 0.3;
/** The same text this near (fractions of the font size) is one text printed twice. */
const DOUBLE_PRINT = 0.3;
const LOOK_BACK = 64;

/** The run's horizontal extent without its trailing spaces (a run's box counts them). */
function inked(r: Run): [number, number] {
  const t = trimRun(r);
  return [t.box.x, t.box.x + t.box.width];
}

const sameLine = (a: Run, b: Run): boolean =>
  Math.min(a.box.y + a.box.height, b.box.y + b.box.height) - Math.max(a.box.y, b.box.y) >= 0.5 * Math.min(a.box.height, b.box.height);

function doublePrinted(a: Run, b: Run): boolean {
  const size = Math.min(a.fontSize, b.fontSize);
  return a.text.trim() === b.text.trim() && Math.abs(a.box.x - b.box.x) < DOUBLE_PRINT * size && Math.abs(a.box.y - b.box.y) < DOUBLE_PRINT * size;
}

/**
 * Whether two of the cell's runs of figures on one line are printed over each other. Only
 * figures matter: text over words (a stamp across a label) makes no number, and a cell
 * whose number has words printed over it is no number either.
 */
export function overprinted(runs: readonly Run[]): boolean {
  const spans = runs
    .filter((r) => !r.vertical && /\d/.test(r.text))
    .map((r) => ({ r, span: inked(r) }))
    .sort((a, b) => a.span[0] - b.span[0]);
  for (let i = 1; i < spans.length; i++) {
    const b = spans[i]!;
    // Earlier runs reaching past b's start: the only ones it can overlap (a cell of thousands of runs looks a bounded way back).
    for (let j = i - 1; j >= Math.max(0, i - LOOK_BACK); j--) {
      const a = spans[j]!;
      if (a.span[1] <= b.span[0]) continue;
      const overlap = Math.min(a.span[1], b.span[1]) - b.span[0];
      if (overlap >= OVERLAP * Math.min(a.r.fontSize, b.r.fontSize) && sameLine(a.r, b.r) && !doublePrinted(a.r, b.r)) return true;
    }
  }
  return false;
}
