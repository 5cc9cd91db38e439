/**
 * Footnote marks in table cells: a figure set smaller and raised (or
 * lowered) beside a cell's text (`18` and a superscript `1`, `48915¹`). pdfjs
 * gives it as a run of its own on the same line, which would run into the
 * number (`181`); it is no part of the cell's value, as the HTML and DOCX
 * readers treat `<sup>` and raised runs. Told by size and baseline together:
 * a unit set smaller on the number's baseline (`12件`) stays.
 */
import type { Run } from './types.js';

/** The cell's text is at least this many times the mark's size … */
const MARK_RATIO = 1.1;
/** … and the mark's baseline is off the text's by this fraction of the text's size or more. */
const BASELINE_SHIFT = 0.15;

/** A mark is a few figures or signs (`1`, `①`, `*`, `[2]`, `a`), never words … */
const MARK_TEXT = /^[\d*†‡§①-⑳a-zA-Z()（）[\]]{1,3}$/;
/** … set right after the text it marks: its left edge this near the text's right edge (fractions of the text's size). */
const NEAR_BEFORE = 0.2;
const NEAR_AFTER = 0.5;

const overlapY = (a: Run, b: Run): boolean => a.box.y < b.box.y + b.box.height && b.box.y < a.box.y + a.box.height;

/** Whether `r` marks `o`: smaller, off its baseline, on its line, right after it (text stamped over a cell is none). */
function marks(r: Run, o: Run): boolean {
  const gap = r.box.x - (o.box.x + o.box.width);
  return (
    o !== r &&
    !o.vertical &&
    o.fontSize >= MARK_RATIO * r.fontSize &&
    overlapY(o, r) &&
    Math.abs(o.baseline - r.baseline) >= BASELINE_SHIFT * o.fontSize &&
    gap >= -NEAR_BEFORE * o.fontSize &&
    gap <= NEAR_AFTER * o.fontSize
  );
}

function isMark(r: Run, runs: readonly Run[]): boolean {
  return !r.vertical && MARK_TEXT.test(r.text.trim()) && runs.some((o) => marks(r, o));
}

/** A cell's runs without its footnote marks. */
export function withoutMarks(runs: readonly Run[]): readonly Run[] {
  if (runs.length < 2) return runs;
  const kept = runs.filter((r) => !isMark(r, runs));
  return kept.length === runs.length ? runs : kept;
}
