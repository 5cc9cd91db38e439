/**
 * Text cut by the page's edge. A table wider than the page loses what runs
 * past the paper: LibreOffice, for one, writes only the glyphs on the page,
 * so `26825` in the last column comes out as `2`, a number that looks right.
 * Nothing is printed this close to the paper's edge on purpose, so a number
 * that touches it is taken as cut short: its text is marked with `…` where it
 * was cut (the middle then reads no number there) and the page is warned.
 */
import { warning, type Warning } from '../../codes.js';
import type { Block } from '../../model/blocks.js';
import { readNumber } from '../../util/numbers.js';
import { right, type PageContent, type Run } from './types.js';

/** Within this many points of the paper's edge, text is taken as cut by it. */
const EDGE = 1;

/** Marks numbers cut by the left or right edge of the page; warnings name them. */
export function markCutNumbers(content: PageContent): Warning[] {
  const warnings: Warning[] = [];
  const mark = (run: Run, at: 'left' | 'right'): void => {
    warnings.push(warning('TEXT_OFF_PAGE', `Page ${run.page}: "${run.text}" runs into the ${at} edge of the page and may be cut short there; it is not read as a number.`, { page: run.page }));
    run.text = at === 'right' ? `${run.text}…` : `…${run.text}`;
  };
  for (const run of content.runs) {
    if (run.vertical) continue;
    if (right(run.box) >= content.width - EDGE && /\d\s*$/.test(run.text)) mark(run, 'right');
    else if (run.box.x <= EDGE && /^\s*\d/.test(run.text)) mark(run, 'left');
  }
  return warnings;
}

/**
 * Cells of a ruled table that reach the page's edge: the table runs past the
 * paper, and what stood beyond it is gone. A number there may be cut short or
 * gone whole (a centred `0` in a column cut through its middle), leaving a
 * blank that looks like a blank cell: blank and number cells there are marked
 * (`…`, read as no number) and the page is warned, unless a number cut there
 * warned it already. Labels stay as printed.
 * `widths`: each page's width, by page number, in the blocks' frame.
 */
export function markCutCells(blocks: Block[], widths: Map<number, number>, warned: ReadonlySet<number>): Warning[] {
  const warnings: Warning[] = [];
  for (const block of blocks) {
    if (block.kind !== 'table') continue;
    const cut = new Map<number, number>();
    for (const cell of block.rows.flat()) {
      const { page, box } = cell.location;
      const width = page === undefined ? undefined : widths.get(page);
      if (!box || width === undefined || (box.x + box.width < width - EDGE && box.x > EDGE)) continue;
      // Labels stay; a number markCutNumbers marked is warned already.
      if (readNumber(cell.text).kind === 'text') continue;
      cell.text = `${cell.text}…`;
      cut.set(page!, (cut.get(page!) ?? 0) + 1);
    }
    for (const [page, n] of cut) {
      if (warned.has(page)) continue;
      warnings.push(warning('TEXT_OFF_PAGE', `Page ${page}: a table runs past the edge of the page; its ${n} blank or number cell(s) there may be cut short or lost and are not read.`, { page }));
    }
  }
  return warnings;
}
