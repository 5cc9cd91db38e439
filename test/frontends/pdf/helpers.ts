/** Small builders for the PDF front end's unit tests. */
import type { BlockCell, TableBlock } from '../../../src/model/blocks.js';
import type { PdfDocument } from '../../../src/frontends/pdf/load.js';
import type { Run } from '../../../src/frontends/pdf/types.js';

/** A horizontal run with its baseline at `base` (top-left page space); width defaults to one em per character. */
export function run(text: string, x: number, base: number, size = 10, width = text.length * size, page = 1): Run {
  return { text, page, box: { x, y: base - 0.88 * size, width, height: size }, baseline: base, fontSize: size, vertical: false };
}

/** A cell as `text` (line breaks shown as `|`), `text↓rowSpan`, `text→colSpan` or `text↓r→c`: compact and exact. */
export function sig(c: BlockCell): string {
  return `${c.text.replace(/\n/g, "|")}${c.rowSpan > 1 ? `↓${c.rowSpan}` : ''}${c.colSpan > 1 ? `→${c.colSpan}` : ''}`;
}

export const rowsOf = (t: TableBlock): string[][] => t.rows.map((r) => r.map(sig));

/**
 * Text content and operator list of every page of a pdfjs document, as JSON
 * (typed arrays as arrays). Font names carry the document's number
 * (g_d0_f1, g_d1_f1), the one difference expected between two openings.
 */
export async function textAndOperators(doc: PdfDocument): Promise<string> {
  const pages = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    const text = await page.getTextContent();
    const ops = await page.getOperatorList();
    pages.push({ items: text.items, styles: text.styles, fnArray: ops.fnArray, argsArray: ops.argsArray });
    page.cleanup();
  }
  return JSON.stringify(pages, (_, v: unknown) => (ArrayBuffer.isView(v) ? Array.from(v as unknown as ArrayLike<number>) : v)).replace(/g_d\d+_/g, 'g_dN_');
}
