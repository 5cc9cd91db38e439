/**
 * Reading one page: text runs always; rulings and vertical text only when the
 * text looks tabular. xxgk's private pdfjs worker records the page's graphics
 * during the text pass (graphicsRecorder.ts); where it could not (the stock
 * worker, a recording marked failed) the page's operator list is read, which
 * costs about as much as the text itself.
 */
import { lineBands } from './lines.js';
import { takeRecordedGraphics } from './graphicsRecorder.js';
import type { Pdfjs, PdfDocument } from './load.js';
import { walkOperators, type OpsTable } from './operators.js';
import { uprightFrame } from './orientation.js';
import { itemsToRuns } from './runs.js';
import type { PageContent, Run, Segment } from './types.js';
import { recoverVerticalText } from './vertical.js';

/** A gap this many font sizes wide inside a line suggests table columns. */
const COLUMN_GAP = 1.5;

/**
 * Whether a page's text may hold a table: vertical text, or at least one line
 * whose runs stand apart by a column-sized gap. Wrong guesses only cost time
 * (false positives) or fall back to reading the lines as text.
 */
export function looksTabular(runs: readonly Run[]): boolean {
  if (runs.some((r) => r.vertical)) return true;
  // Bands without their lines' text: only the gaps between neighbours count (left to right, as makeLine orders them).
  for (const band of lineBands(runs)) {
    const line = band.length > 1 ? [...band].sort((a, b) => a.box.x - b.box.x) : band;
    for (let i = 1; i < line.length; i++) {
      const a = line[i - 1]!, b = line[i]!;
      if (b.box.x - (a.box.x + a.box.width) > COLUMN_GAP * Math.max(a.fontSize, b.fontSize)) return true;
    }
  }
  return false;
}

export async function readPage(pdfjs: Pdfjs, doc: PdfDocument, pageNumber: number): Promise<PageContent> {
  const page = await doc.getPage(pageNumber);
  try {
    const viewport = page.getViewport({ scale: 1 });
    const content = await page.getTextContent();
    const recorded = takeRecordedGraphics(content.items);
    const verticalFonts = new Set(Object.entries(content.styles).filter(([, s]) => s.vertical).map(([name]) => name));
    // Text and graphics both in the frame where the page's text runs left to right.
    const frame = uprightFrame(viewport.transform, viewport.width, viewport.height, content.items, verticalFonts);
    let runs = itemsToRuns(content.items, frame.transform, pageNumber, verticalFonts);
    let segments: Segment[] = [];
    if (runs.length > 0 && looksTabular(runs)) {
      const ops = recorded && !recorded.failed ? recorded : await page.getOperatorList();
      const graphics = walkOperators(ops, pdfjs.OPS as unknown as OpsTable, frame.transform, verticalFonts);
      segments = graphics.segments;
      runs = recoverVerticalText(runs, graphics.verticalTexts);
    }
    const turned = frame.quarterTurns === 0 ? {} : { turn: { quarterTurns: frame.quarterTurns, width: viewport.width, height: viewport.height } };
    return { page: pageNumber, width: frame.width, height: frame.height, runs, segments, ...turned };
  } finally {
    page.cleanup();
  }
}
