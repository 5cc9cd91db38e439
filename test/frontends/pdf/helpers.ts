/** Small builders for the PDF front end's unit tests. */
import type { BlockCell, TableBlock } from '../../../src/model/blocks.js';
import type { PdfDocument } from '../../../src/frontends/pdf/load.js';
import type { Run } from '../../../src/frontends/pdf/types.js';

/** A horizontal run with its baseline at `base` (top-left page space); width defaults to one em per character. */
export function run(text: string, x: number, base: number, size = 10, width = text.length * size, page = 1): Run {
  return { text, page, box: { x, y: base - 0.88 * size, width, height: size }, baseline: base, fontSize: size, vertical: false };
}

/** A cell as `text` (line breaks shown as `|`), `text↓rowSpan`, `text→colSpan` or `text↓r→c`: compact and exact. */
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
