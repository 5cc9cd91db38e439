import { headingOutOfTable } from '../../src/middle/tableHeadings.js';
import type { BlockCell, TableBlock } from '../../src/model/blocks.js';

const cell = (text: string, colSpan = 1, line = 1): BlockCell => ({ text, rowSpan: 1, colSpan, location: { line } });
const table = (...rows: BlockCell[][]): TableBlock => ({ kind: 'table', rows, location: { line: 1 } });

test("a section heading as a table's first row, one cell across it, is the heading paragraph before the rest of the table", () => {
  const body = [[cell('信息内容'), cell('本年制发件数')], [cell('规章'), cell('3')]];
  expect(headingOutOfTable(table([cell('二、主动公开政府信息情况', 2, 7)], ...body))).toEqual([
    { kind: 'paragraph', text: '二、主动公开政府信息情况', location: { line: 7 } },
    table(...body),
  ]);
  // A colspan that falls short of the width (pages are sloppy with it), a heading broken over lines in its cell.
  expect(headingOutOfTable(table([cell('四、政府信息公开行政复议、\n行政诉讼情况')], ...body))[0]).toEqual({ kind: 'paragraph', text: '四、政府信息公开行政复议、行政诉讼情况', location: { line: 1 } });
});

test('a one-cell table around a heading is the heading; other first rows and cells are left as they are', () => {
  expect(headingOutOfTable(table([cell('三、收到和处理政府信息公开申请情况')]))).toEqual([{ kind: 'paragraph', text: '三、收到和处理政府信息公开申请情况', location: { line: 1 } }]);
  for (const first of [
    [cell('第二十条第（一）项', 2)], // a block title of table 二, not a section heading
    [cell('申请人情况', 7)],
    [cell('一、本年新收政府信息公开申请数量', 2)], // a table 三 label
    [cell('二、主动公开政府信息情况'), cell('')], // not alone in its row
  ]) {
    const t = table(first, [cell('a'), cell('1')]);
    expect(headingOutOfTable(t)).toEqual([t]);
  }
});
