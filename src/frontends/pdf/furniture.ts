/**
 * Running headers, footers and page numbers. A line is furniture when it sits
 * in the top or bottom margin band and either reads as a page number (`-1-`,
 * `- 2 -`, `第 3 页 共 5 页`, `3/5`, a bare number as the page's outermost
 * line) or repeats at the same place on other pages (digits ignored).
 * Lines inside the body never are, whatever they say.
 */
import { pageNumberKind } from '../../util/pageNumbers.js';
import type { Line } from './types.js';

export interface PageLines {
  page: number;
  height: number;
  lines: Line[];
}

/** Fraction of the page height at the top and at the bottom where furniture lives. */
const BAND = 0.12;
/** Repeated lines must sit this close (points) to their position on other pages. */
const SAME_PLACE = 8;

function inBand(line: Line, height: number): 'top' | 'bottom' | null {
  const mid = line.box.y + line.box.height / 2;
  if (mid < height * BAND) return 'top';
  if (mid > height * (1 - BAND)) return 'bottom';
  return null;
}

/** The lines of `pages` that are page furniture. */
export function findFurniture(pages: readonly PageLines[]): Set<Line> {
  const out = new Set<Line>();
  const repeated = new Map<string, { page: number; y: number; line: Line }[]>();
  for (const p of pages) {
    if (p.lines.length === 0) continue;
    const top = p.lines.reduce((a, b) => (b.box.y < a.box.y ? b : a));
    const last = p.lines.reduce((a, b) => (b.box.y > a.box.y ? b : a));
    for (const line of p.lines) {
      const band = inBand(line, p.height);
      if (!band) continue;
      const kind = pageNumberKind(line.text);
      // A bare number counts only as the outermost line of its band.
      if (kind === 'decorated' || (kind === 'bare' && (line === top || line === last))) {
        out.add(line);
        continue;
      }
      const key = `${band}:${line.text.replace(/\s+/g, '').replace(/\d+/g, '#')}`;
      const list = repeated.get(key) ?? [];
      list.push({ page: p.page, y: band === 'top' ? line.box.y : p.height - line.box.y, line });
      repeated.set(key, list);
    }
  }
  const pagesWithText = pages.filter((p) => p.lines.length > 0).length;
  for (const list of repeated.values()) {
    const anchor = list[0]!.y;
    const same = list.filter((e) => Math.abs(e.y - anchor) <= SAME_PLACE);
    const distinctPages = new Set(same.map((e) => e.page)).size;
    if (distinctPages >= 2 && distinctPages >= Math.min(3, Math.ceil(pagesWithText / 2))) for (const e of same) out.add(e.line);
  }
  return out;
}
