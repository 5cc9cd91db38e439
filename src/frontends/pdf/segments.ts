/**
 * A line cut into segments: runs that touch (a word, a number split over
 * several font subsets, a label) form one segment; a gap wider than a
 * fraction of the font size separates two, as between table cells.
 * Segments are what the text-geometry table reader places in columns.
 */
import { lineText } from './lines.js';
import { withoutMarks } from './marks.js';
import { overprinted } from './overprint.js';
import { markUnread } from '../../util/numbers.js';
import { splitAcrossColumns, trimRun } from './runs.js';
import { looksNumeric } from './text.js';
import { unionBox, type Box, type Line, type Run } from './types.js';

export interface Segment {
  runs: Run[];
  box: Box;
  text: string;
  /** A table number (`10`, `减5`, `7730.28`, `251000元`). */
  numeric: boolean;
  fontSize: number;
}

/**
 * A gap wider than this fraction of the font size ends a segment. Text
 * inside a cell abuts (CJK has no spaces); cells stand apart by their
 * padding, at least about half a character in the files seen.
 */
export const SEGMENT_GAP = 0.4;

/** Two numbers this far apart (a fraction of the font size) are two cells, however close. */
export const NUMBERS_APART = 0.15;

const NUMBERS_WITH_SPACES = /^\s*\S+(\s+\S+)+\s*$/;

/**
 * A run holding several cells split at its spaces: several numbers (`0 0`,
 * `22 246612`: two cells in one text object), or a label with the number of
 * the next cell run into it (`继续办理 59`: pdfjs joined two cells' text).
 */
function splitNumbers(run: Run): Run[] {
  if (run.vertical || !NUMBERS_WITH_SPACES.test(run.text)) return [run];
  const words = run.text.trim().split(/\s+/);
  const mid = run.box.x + run.box.width / 2;
  if (words.every(looksNumeric)) return splitAcrossColumns(run, [-Infinity, mid, Infinity]);
  if (!looksNumeric(words[words.length - 1]!) || words.slice(0, -1).some(looksNumeric)) return [run];
  // The label's words stay one run; the number after the last space is a cell of its own.
  const cut = run.text.trimEnd().search(/\s+\S+$/);
  const parts = splitAcrossColumns(run, [-Infinity, mid, Infinity]);
  const last = parts[parts.length - 1]!;
  const head = parts.slice(0, -1);
  if (head.length === 0) return [run];
  const x2 = Math.max(...head.map((p) => p.box.x + p.box.width));
  return [{ ...run, text: run.text.slice(0, cut).trim(), box: { ...run.box, width: x2 - run.box.x } }, last];
}

export function makeSegment(runs: Run[]): Segment {
  // A footnote mark set small beside a cell's number is no part of its text (marks.ts).
  // Text printed over text (a seal's serial number across a cell) is no number (overprint.ts).
  const text = runs[0]?.vertical ? runs.map((r) => r.text).join('') : overprinted(runs) ? markUnread(lineText(withoutMarks(runs))) : lineText(withoutMarks(runs));
  const sizes = runs.map((r) => r.fontSize).sort((a, b) => a - b);
  return { runs, box: unionBox(runs.map((r) => r.box)), text, numeric: looksNumeric(text), fontSize: sizes[sizes.length >> 1] ?? 0 };
}

/** The line's segments, left to right. */
export function segmentLine(line: Line): Segment[] {
  if (line.runs[0]?.vertical) return [makeSegment(line.runs)];
  // Pieces of a split run are cells of their own whatever the gap between them.
  const pieces = new Set<Run>();
  const runs = line.runs
    .flatMap((r) => {
      const parts = splitNumbers(trimRun(r));
      // A label's words before its number go on with the label's other runs.
      if (parts.length > 1) for (const p of parts) if (looksNumeric(p.text)) pieces.add(p);
      return parts;
    })
    .sort((a, b) => a.box.x - b.box.x);
  const out: Segment[] = [];
  let cur: Run[] = [];
  let right = -Infinity;
  for (const r of runs) {
    const size = Math.max(r.fontSize, cur[cur.length - 1]?.fontSize ?? 0);
    const gap = r.box.x - right;
    // Two numbers apart at all are two cells (`178983` `45349` in narrow columns); a number's glyph runs abut.
    const numbers = gap > NUMBERS_APART * size && looksNumeric(r.text) && looksNumeric(lineText(cur));
    if (cur.length > 0 && (gap > SEGMENT_GAP * size || pieces.has(r) || numbers)) {
      out.push(makeSegment(cur));
      cur = [];
    }
    cur.push(r);
    right = Math.max(right, r.box.x + r.box.width);
  }
  if (cur.length) out.push(makeSegment(cur));
  return out;
}
