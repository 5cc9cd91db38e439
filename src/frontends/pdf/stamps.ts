/**
 * Text stamped over a table: a site's or an archive's stamp overlaid on the
 * page (`公开日期 2024年3月5日` at 28 pt across cells of 10.5 pt). Its glyphs
 * fall into cells and run into their numbers (`2024` + `58` → `202458`), so
 * they are taken out before cells are built. Text set at a slant (watermarks)
 * never gets this far (runs.ts); a stamp set level is told by its size: a
 * table prints its cells in one or two sizes, never one twice its usual.
 */
import type { Run } from './types.js';

/** A run this many times the table's median size is no cell's text. */
const STAMP_RATIO = 2;

/** The runs of a table region without those stamped over it. */
export function withoutStamps(runs: Run[]): Run[] {
  const sizes = runs.filter((r) => !r.vertical).map((r) => r.fontSize).sort((a, b) => a - b);
  if (sizes.length < 3) return runs;
  const median = sizes[sizes.length >> 1]!;
  return runs.some((r) => !r.vertical && r.fontSize > STAMP_RATIO * median) ? runs.filter((r) => r.vertical || r.fontSize <= STAMP_RATIO * median) : runs;
}
