/**
 * Two pages printed side by side on one sheet (`pdfjam --nup 2x1`, a booklet,
 * a print driver's "2 pages per sheet"): read as one page, the rows of two
 * table pieces at the same height become one row and their columns one set
 * (a booklet of a borderless report read 34 values wrong). Such a sheet has a
 * gutter down its middle that no text and no ruling crosses, with a page's
 * text, words among it, on either side: each side is then read as a page of
 * its own, left first. A report's page never has one: its paragraphs, table
 * headers and block titles cross the middle.
 */
import { IDEOGRAPH } from '../../util/normalize.js';
import type { PageContent, Run, Segment } from './types.js';

/** The gutter's middle lies in this central share of the sheet's width … */
const CENTRE = [0.45, 0.55] as const;
/** … and it is at least this wide (points): two pages' margins, scaled (80–130 pt in pdfjam's sheets; the gap between two number columns of a borderless table is seldom half that). */
const MIN_GUTTER = 48;
/**
 * Each side holds words (CJK) on at least this many lines, spread over this share of the sheet's
 * text height. Words, not numbers: a borderless table's number columns leave a gap down the
 * page as wide as a gutter, with the header's words over the numbers only at its top.
 */
const MIN_WORD_LINES = 3;
const MIN_HEIGHT_SHARE = 0.5;

/** The sheet's pages: itself, or its left and right halves when it holds two pages side by side. */
export function pagesOfSheet(content: PageContent): PageContent[] {
  const gutter = findGutter(content);
  if (gutter === null) return [content];
  const leftOf = (x: number) => x < gutter;
  const side = (left: boolean): PageContent => ({
    ...content,
    runs: content.runs.filter((r) => leftOf(r.box.x + r.box.width / 2) === left),
    segments: content.segments.filter((s) => leftOf((s.x1 + s.x2) / 2) === left),
  });
  return [side(true), side(false)];
}

/** The x of an empty band down the sheet's middle with a page on either side, or null. */
function findGutter(content: PageContent): number | null {
  const runs = content.runs.filter((r) => !r.vertical && r.text.trim() !== '');
  if (runs.length < 2 * MIN_WORD_LINES) return null;
  const lo = CENTRE[0] * content.width;
  const hi = CENTRE[1] * content.width;
  // Horizontal extents of everything drawn, text and rulings, clipped to the central band.
  const taken: [number, number][] = [
    ...content.runs.filter((r) => r.text.trim() !== '').map((r): [number, number] => [r.box.x, r.box.x + r.box.width]),
    ...content.segments.map((s: Segment): [number, number] => [Math.min(s.x1, s.x2), Math.max(s.x1, s.x2)]),
  ]
    .filter(([a, b]) => b > lo - MIN_GUTTER && a < hi + MIN_GUTTER)
    .sort((p, q) => p[0] - q[0]);
  // The widest free stretch whose middle lies in the central band.
  let best: [number, number] | null = null;
  let reach = lo - MIN_GUTTER;
  for (const [a, b] of [...taken, [hi + MIN_GUTTER, hi + MIN_GUTTER] as [number, number]]) {
    if (a > reach) {
      const mid = (reach + a) / 2;
      if (mid >= lo && mid <= hi && (!best || a - reach > best[1] - best[0])) best = [reach, a];
    }
    reach = Math.max(reach, b);
  }
  if (!best || best[1] - best[0] < MIN_GUTTER) return null;
  const gutter = (best[0] + best[1]) / 2;
  const top = Math.min(...runs.map((r) => r.box.y));
  const height = Math.max(...runs.map((r) => r.box.y + r.box.height)) - top;
  const pageLike = (side: Run[]) => {
    const words = side.filter((r) => IDEOGRAPH.test(r.text));
    if (new Set(words.map((r) => Math.round(r.baseline))).size < MIN_WORD_LINES) return false;
    const extent = Math.max(...words.map((r) => r.box.y + r.box.height)) - Math.min(...words.map((r) => r.box.y));
    return extent >= MIN_HEIGHT_SHARE * height;
  };
  const left = runs.filter((r) => r.box.x + r.box.width <= gutter);
  const right = runs.filter((r) => r.box.x >= gutter);
  return pageLike(left) && pageLike(right) ? gutter : null;
}
