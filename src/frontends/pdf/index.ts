/**
 * The PDF front end: bytes → the neutral block stream (paragraphs and table
 * grids with page locations). See layout.ts for the analysis, load.ts for
 * how pdfjs is loaded and how its failures map to error codes.
 */
import { warning, XxgkError, type Warning } from '../../codes.js';
import type { FrontEndResult } from '../../model/blocks.js';
import { markCutCells, markCutNumbers } from './edges.js';
import { layoutPages } from './layout.js';
import { isPdfjsError, mapPdfjsError, openDocument, PAGE_TIMEOUT_MS, withTimeout } from './load.js';
import { boxesAsDisplayed } from './orientation.js';
import { readPage } from './page.js';
import { pagesOfSheet } from './sheets.js';
import { undecodable } from './undecodable.js';
import type { PageContent } from './types.js';
import { testHooks } from '../../testHooks.js';

export interface ReadPdfOptions {
  /** Refuse documents with more pages (TOO_LARGE). Default 200. */
  maxPages?: number;
  /** The parse's deadline: aborted, the reading stops with its reason (TIMEOUT). */
  signal?: AbortSignal;
}

export async function readPdf(bytes: Uint8Array, options: ReadPdfOptions = {}): Promise<FrontEndResult> {
  const maxPages = options.maxPages ?? 200;
  const { signal } = options;
  const { pdfjs, doc } = await openDocument(bytes, signal);
  try {
    if (testHooks.spinPdfReader) spin();
    const pageCount = doc.numPages;
    if (pageCount > maxPages) throw new XxgkError('TOO_LARGE', `The PDF has ${pageCount} pages; the limit is ${maxPages}.`);
    const warnings: Warning[] = [];
    const pages: PageContent[] = [];
    let unreadable = 0;
    let firstError: unknown;
    for (let n = 1; n <= pageCount; n++) {
      // pdfjs in this thread may read a whole document without giving timers a turn (its
      // in-thread port is synchronous, and in xxgk's own threads its inflate): the deadline,
      // and a caller's own event loop, get one between pages.
      await new Promise<void>((resolve) => setImmediate(resolve));
      signal?.throwIfAborted();
      let content: PageContent;
      try {
        content = await withTimeout(readPage(pdfjs, doc, n), PAGE_TIMEOUT_MS, `reading page ${n}`, signal);
      } catch (err) {
        if (err === signal?.reason || (!isPdfjsError(err) && !(err instanceof XxgkError))) throw err;
        // A damaged page loses its content; the rest of the document may still be good.
        unreadable++;
        firstError ??= err;
        warnings.push(warning('PDF_PAGE_DAMAGED', `Page ${n} could not be read (${mapPdfjsError(err).message}); its content is missing.`, { page: n }));
        continue;
      }
      warnings.push(...markCutNumbers(content));
      if (content.runs.length === 0) {
        warnings.push(warning('PDF_PAGE_NO_TEXT', `Page ${n} has no text layer (a scanned image?); its content is missing.`, { page: n }));
      }
      // Two pages printed side by side on one sheet are read as two pages (sheets.ts).
      pages.push(...pagesOfSheet(content));
    }
    const withText = pages.filter((p) => p.runs.length > 0);
    if (withText.length === 0) {
      if (unreadable > 0) throw mapPdfjsError(firstError);
      throw new XxgkError('PDF_NO_TEXT_LAYER');
    }
    if (undecodable(withText)) throw new XxgkError('PDF_TEXT_UNDECODABLE');
    const blocks = layoutPages(withText);
    const cutPages = new Set(warnings.filter((w) => w.code === 'TEXT_OFF_PAGE').map((w) => w.location.page!));
    warnings.push(...markCutCells(blocks, new Map(withText.map((p) => [p.page, p.width])), cutPages));
    return { blocks: boxesAsDisplayed(blocks, withText), source: { format: 'pdf', byteLength: bytes.byteLength, pages: pageCount }, warnings };
  } catch (err) {
    throw isPdfjsError(err) ? mapPdfjsError(err) : err;
  } finally {
    await doc.destroy().catch(() => undefined);
  }
}

/** The test hook's stall: CPU-bound, never yielding, as a pathological content stream could be. */
function spin(): never {
  for (;;) {
    // Only ending the thread stops this.
  }
}
