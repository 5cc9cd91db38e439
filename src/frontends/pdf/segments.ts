/**
 * A line cut into segments: runs that touch (a word, a number split over
 * several font subsets, a label) form one segment; a gap wider than a
 * fraction of the font size separates two, as between table cells.
 * Segments are what the text-geometry table reader places in columns.
 */
import { lineText } from './lines.js';
import { splitAcrossColumns } from './tables.js';
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

const NUMBERS_WITH_SPACES = /^\s*\S+(\s+\S+)+\s*$/;

/** A run holding several numbers (`0 0`, `22 246612`: two cells in one text object) split at its spaces. */
function splitNumbers(run: Run): Run[] {
  if (run.vertical || !NUMBERS_WITH_SPACES.test(run.text)) return [run];
  if (!run.text.trim().split(/\s+/).every(looksNumeric)) return [run];
  const mid = run.box.x + run.box.width / 2;
  return splitAcrossColumns(run, [-Infinity, mid, Infinity]);
}

export function makeSegment(runs: Run[]): Segment {
  const text = runs[0]?.vertical ? runs.map((r) => r.text).join('') : lineText(runs);
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
      const parts = splitNumbers(r);
      if (parts.length > 1) for (const p of parts) pieces.add(p);
      return parts;
    })
    .sort((a, b) => a.box.x - b.box.x);
  const out: Segment[] = [];
  let cur: Run[] = [];
  let right = -Infinity;
  for (const r of runs) {
    const size = Math.max(r.fontSize, cur[cur.length - 1]?.fontSize ?? 0);
    if (cur.length > 0 && (r.box.x - right > SEGMENT_GAP * size || pieces.has(r))) {
      out.push(makeSegment(cur));
      cur = [];
    }
    cur.push(r);
    right = Math.max(right, r.box.x + r.box.width);
  }
  if (cur.length) out.push(makeSegment(cur));
  return out;
}
