/**
 * Tables without rulings, from text geometry: synthetic runs (no rulings at
 * all), and the real Hongze report read with its rulings thrown away, which
 * must give the same numbers as the ruled reading.
 */
import { readFileSync } from 'node:fs';
import { readPdf } from '../../../src/frontends/pdf/index.js';
import { gridToBlock, layoutPages } from '../../../src/frontends/pdf/layout.js';
import { groupLines } from '../../../src/frontends/pdf/lines.js';
import { openDocument } from '../../../src/frontends/pdf/load.js';
import { readPage } from '../../../src/frontends/pdf/page.js';
import { buildTextGrid, labelBoundaries } from '../../../src/frontends/pdf/textGrid.js';
import { numberColumns } from '../../../src/frontends/pdf/types.js';
import { findTextRegions } from '../../../src/frontends/pdf/textRegions.js';
import { joinTextGrids, canContinue } from '../../../src/frontends/pdf/continuation.js';
import type { TableBlock } from '../../../src/model/blocks.js';
import type { Run } from '../../../src/frontends/pdf/types.js';
import { makeSegment } from '../../../src/frontends/pdf/segments.js';
import { rowsOf, run, table3Head } from './helpers.js';

/** A small table 三 without rulings: a header, a label wrapped over two lines with its numbers between, blank cells. */
function borderless(page = 1, first = '21'): Run[] {
  const r = (text: string, x: number, base: number, size = 10, width?: number) => run(text, x, base, size, width, page);
  return [
    ...table3Head(page, first),
    r('2.其他法律', 50, 172),
    r('3', 277, 178, 10, 5),
    r('3', 337, 178, 10, 5),
    r('禁止公开', 50, 184),
    r('（七）总计', 50, 210),
    r('5', 212, 210, 10, 5),
    r('5', 337, 210, 10, 5),
    r('五、存在的主要问题及改进情况', 50, 260, 16),
  ];
}

describe('numberColumns and labelBoundaries', () => {
  test('overlapping number extents are one column', () => {
    expect(numberColumns([[210, 220], [275, 280], [212, 217], [277, 282], [335, 345]])).toEqual([[210, 220], [275, 282], [335, 345]]);
  });

  test('a label boundary needs two lines with a gap there, or one gap a character wide', () => {
    const seg = (text: string, x: number, width: number) => makeSegment([run(text, x, 50, 10, width)]);
    const lines = [
      [seg('三、本年', 36, 46), seg('（一）予以公开', 87, 53)],
      [seg('（三）不', 88, 30), seg('4.保护', 124, 40)],
      [seg('（四）无', 88, 30), seg('2.没有', 124, 40)],
    ];
    // 82–87 is one line's gap of half a character: no boundary without a ruling there.
    expect(labelBoundaries(lines, [], 36, 200)).toEqual([121]);
    expect(labelBoundaries(lines, [{ pos: 84.5, from: 0, to: 100 }], 36, 200)).toEqual([84.5, 121]);
  });
});

describe('findTextRegions and buildTextGrid on runs without rulings', () => {
  const lines = groupLines(borderless());

  test('the region runs from the header words to the last label line, not the headings around it', () => {
    const regions = findTextRegions(lines);
    expect(regions.map((r) => r.map((t) => t.line.text))).toEqual([
      ['申请人情况', '自然人商业企业总计', '一、本年新收21 0 21', '2.其他法律', '3 3', '禁止公开', '（七）总计5 5'],
    ]);
  });

  test('rows from baselines, the wrapped label one cell, blanks present as empty cells', () => {
    const grid = buildTextGrid(findTextRegions(lines)[0]!, 1);
    expect(rowsOf(gridToBlock(grid))).toEqual([
      ['申请人情况'],
      ['自然人', '商业企业', '总计'],
      ['一、本年新收', '21', '0', '21'],
      ['2.其他法律|禁止公开', '', '3', '3'],
      ['（七）总计', '5', '', '5'],
    ]);
    expect(grid.text).toEqual({ labels: 1, first: [[210, 220], [275, 282], [335, 345]], last: [[210, 220], [275, 282], [335, 345]] });
  });

  test('the page through layout: headings stay paragraphs around the table', () => {
    const blocks = layoutPages([{ page: 1, width: 595, height: 842, runs: borderless(), segments: [] }]);
    expect(blocks.map((b) => (b.kind === 'table' ? `T${b.rows.length}` : b.kind === 'paragraph' ? b.text : 'image'))).toEqual(['三、收到和处理政府信息公开申请情况', 'T5', '五、存在的主要问题及改进情况']);
  });

  test('a table going on over a page break: same number columns, the repeated header dropped', () => {
    const first = buildTextGrid(findTextRegions(groupLines(borderless(1)))[0]!, 1);
    const second = buildTextGrid(findTextRegions(groupLines(borderless(2, '22')))[0]!, 2);
    expect(canContinue(first, second)).toBe(true);
    const joined = gridToBlock(joinTextGrids(first, second));
    expect(rowsOf(joined).map((r) => r.join(' '))).toEqual([
      '申请人情况',
      '自然人 商业企业 总计',
      '一、本年新收 21 0 21',
      '2.其他法律|禁止公开  3 3',
      '（七）总计 5  5',
      '一、本年新收 22 0 22',
      '2.其他法律|禁止公开  3 3',
      '（七）总计 5  5',
    ]);
    expect(joined.rows[5]![1]!.location.page).toBe(2);
  });
});

describe('the Hongze report read from its text alone (rulings dropped)', () => {
  let ruled: TableBlock[];
  let textOnly: TableBlock[];
  beforeAll(async () => {
    const bytes = new Uint8Array(readFileSync(new URL('../../../fixtures/hongze-district-2023.pdf', import.meta.url)));
    ruled = (await readPdf(bytes)).blocks.filter((b): b is TableBlock => b.kind === 'table');
    const { pdfjs, doc } = await openDocument(bytes);
    const pages = [];
    for (let n = 1; n <= doc.numPages; n++) pages.push({ ...(await readPage(pdfjs, doc, n)), segments: [] });
    await doc.destroy();
    textOnly = layoutPages(pages).filter((b): b is TableBlock => b.kind === 'table');
  });

  /** Each row's last `width` cells, for rows whose cells end in numbers. */
  const dataRows = (t: TableBlock, width: number) =>
    t.rows.filter((r) => r.length >= width && /^\d/.test(r[r.length - 1]!.text)).map((r) => r.slice(-width).map((c) => c.text));

  test('table 三: the same 23 rows of 7 numbers, each under the same row label', () => {
    const t3 = (ts: TableBlock[]) => ts.find((t) => t.rows.some((r) => r.some((c) => c.text === '申请人情况')))!;
    expect(dataRows(t3(textOnly), 7)).toEqual(dataRows(t3(ruled), 7));
    expect(dataRows(t3(textOnly), 7)).toHaveLength(23);
    // The row label (the last label cell when ruled) is among the label cells read from text; a group
    // label (`（五）不予处理`) may stand beside it.
    const labels = (t: TableBlock) => t.rows.filter((r) => r.length >= 8 && /^\d/.test(r[r.length - 1]!.text)).map((r) => r.slice(0, -7).map((c) => c.text.replace(/\n/g, '')));
    const fromText = labels(t3(textOnly));
    expect(labels(t3(ruled)).map((l, i) => fromText[i]!.includes(l[l.length - 1]!))).toEqual(Array(23).fill(true));
  });

  test('table 四: the same 15 numbers', () => {
    const t4 = (ts: TableBlock[]) => ts.find((t) => t.rows.some((r) => r.some((c) => c.text === '行政复议')))!;
    expect(dataRows(t4(textOnly), 15)).toEqual([['10', '1', '0', '0', '0', '0', '0', '0', '0', '0', '5', '0', '0', '0', '0']]);
  });
});
