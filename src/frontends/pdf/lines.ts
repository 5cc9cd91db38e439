/**
 * Runs → lines. A line is a band of runs whose boxes overlap vertically by at
 * least half the smaller height: labels and numbers of one table row (baselines
 * ~1.4 pt apart, different sizes) share a band, two wrapped lines of a cell do
 * not. Vertical runs are lines of their own.
 */
import { collapseSpaces } from '../../util/normalize.js';
import { type Line, type Run, unionBox } from './types.js';

/** Minimum vertical overlap, as a fraction of the smaller run height, to share a line. */
const OVERLAP = 0.5;
/** A horizontal gap wider than this fraction of the font size separates words. */
const WORD_GAP = 0.2;

function overlapFraction(a: { y: number; height: number }, b: { y: number; height: number }): number {
  const o = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return o / Math.max(1e-6, Math.min(a.height, b.height));
}

/** Joins the runs of one line, left to right, marking wide gaps with a space before collapsing. */
export function lineText(runs: readonly Run[]): string {
  let s = '';
  let prevRight = -Infinity;
  for (const r of runs) {
    if (s && r.box.x - prevRight > WORD_GAP * r.fontSize) s += ' ';
    s += r.text;
    prevRight = r.box.x + r.box.width;
  }
  return collapseSpaces(s);
}

export function makeLine(runs: Run[]): Line {
  const sorted = runs[0]?.vertical ? runs : [...runs].sort((a, b) => a.box.x - b.box.x);
  const sizes = sorted.map((r) => r.fontSize).sort((a, b) => a - b);
  return {
    runs: sorted,
    text: sorted[0]?.vertical ? collapseSpaces(sorted.map((r) => r.text).join('')) : lineText(sorted),
    page: sorted[0]?.page ?? 0,
    box: unionBox(sorted.map((r) => r.box)),
    // The median size: a large number beside a small label should not decide.
    fontSize: sizes[Math.floor(sizes.length / 2)] ?? 0,
  };
}

/** Groups runs (of one page or one cell) into lines, top to bottom. */
export function groupLines(runs: readonly Run[]): Line[] {
  const lines = lineBands(runs).map((band) => makeLine(band));
  for (const r of runs) if (r.vertical) lines.push(makeLine([r]));
  return lines.sort((a, b) => a.box.y - b.box.y || a.box.x - b.box.x);
}

/**
 * The horizontal runs in bands, one per line (top to bottom as first met;
 * each band's runs in the order met, not yet left to right): what
 * groupLines makes its lines of, for callers that need no line text.
 */
export function lineBands(runs: readonly Run[]): Run[][] {
  const horizontal = runs.filter((r) => !r.vertical).sort((a, b) => a.box.y - b.box.y || a.box.x - b.box.x);
  const bands: { y: number; height: number; runs: Run[] }[] = [];
  for (const run of horizontal) {
    // Only recent bands can overlap a run that starts lower than all before it.
    let target: (typeof bands)[number] | undefined;
    for (let i = bands.length - 1; i >= 0 && i >= bands.length - 4; i--) {
      const b = bands[i]!;
      if (overlapFraction(b, run.box) >= OVERLAP) {
        target = b;
        break;
      }
    }
    if (target) {
      target.runs.push(run);
      // The band keeps its core (smallest run) so one tall run cannot swallow the next line.
      if (run.box.height < target.height) {
        target.y = run.box.y;
        target.height = run.box.height;
      }
    } else {
      bands.push({ y: run.box.y, height: run.box.height, runs: [run] });
    }
  }
  return bands.map((b) => b.runs);
}

