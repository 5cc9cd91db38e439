/** Small builders for the PDF front end's unit tests. */
import type { BlockCell, TableBlock } from '../../../src/model/blocks.js';
import { takeRecordedGraphics } from '../../../src/frontends/pdf/graphicsRecorder.js';
import type { Pdfjs, PdfDocument } from '../../../src/frontends/pdf/load.js';
import { walkOperators, type OpsTable } from '../../../src/frontends/pdf/operators.js';
import type { Run } from '../../../src/frontends/pdf/types.js';

/** A horizontal run with its baseline at `base` (top-left page space); width defaults to one em per character. */
export function run(text: string, x: number, base: number, size = 10, width = text.length * size, page = 1): Run {
  return { text, page, box: { x, y: base - 0.88 * size, width, height: size }, baseline: base, fontSize: size, vertical: false };
}

/**
 * The head of a small table 三 without rulings: its section heading, the header
 * (自然人 at x 200, 商业企业 260, 总计 330) and row 一 with `first`, 0, `first`
 * in three number columns (x 210–220, 275–280, 335–345), on `page`.
 */
export function table3Head(page = 1, first = '21'): Run[] {
  const r = (text: string, x: number, base: number, size = 10, width?: number) => run(text, x, base, size, width, page);
  return [
    r('三、收到和处理政府信息公开申请情况', 50, 60, 16),
    r('申请人情况', 300, 100),
    r('自然人', 200, 120),
    r('商业企业', 260, 120),
    r('总计', 330, 120),
    r('一、本年新收', 50, 150),
    r(first, 210, 150, 10, 10),
    r('0', 275, 150, 10, 5),
    r(first, 335, 150, 10, 10),
  ];
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
    takeRecordedGraphics(text.items); // the patched worker's extra item (compared on its own: recordedGraphicsPages)
    const ops = await page.getOperatorList();
    pages.push({ items: text.items, styles: text.styles, fnArray: ops.fnArray, argsArray: ops.argsArray });
    page.cleanup();
  }
  return JSON.stringify(pages, (_, v: unknown) => (ArrayBuffer.isView(v) ? Array.from(v as unknown as ArrayLike<number>) : v)).replace(/g_d\d+_/g, 'g_dN_');
}

/**
 * Per page, whether the graphics the patched worker recorded during the text
 * pass (graphicsRecorder.ts) give walkOperators exactly what the page's
 * operator list gives (segments, and the strings of vertical fonts); with
 * their counts, so that a test can tell a page that has rulings or vertical
 * text from one that has none.
 */
export async function recordedGraphicsPages(pdfjs: Pdfjs, doc: PdfDocument): Promise<{ recorded: boolean; same: boolean; segments: number; verticalTexts: number }[]> {
  const out = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    const transform = page.getViewport({ scale: 1 }).transform;
    const text = await page.getTextContent();
    const recorded = takeRecordedGraphics(text.items);
    const verticalFonts = new Set(Object.entries(text.styles).filter(([, s]) => s.vertical).map(([name]) => name));
    const ops = await page.getOperatorList();
    const OPS = pdfjs.OPS as unknown as OpsTable;
    const expected = walkOperators(ops, OPS, transform, verticalFonts);
    const got = recorded && !recorded.failed ? JSON.stringify(walkOperators(recorded, OPS, transform, verticalFonts)) : null;
    out.push({ recorded: got !== null, same: got === JSON.stringify(expected), segments: expected.segments.length, verticalTexts: expected.verticalTexts.length });
    page.cleanup();
  }
  return out;
}
