/**
 * Text cut by the page's edge. A table wider than the page loses what runs
 * past the paper: LibreOffice, for one, writes only the glyphs on the page,
 * so `26825` in the last column comes out as `2`, a number that looks right.
 * Nothing is printed this close to the paper's edge on purpose, so a number
 * that touches it is taken as cut short: its text is marked with `…` where it
 * was cut (the middle then reads no number there) and the page is warned.
 */
import { warning, type Warning } from '../../codes.js';
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
