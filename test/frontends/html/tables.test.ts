import * as cheerio from 'cheerio';
import { htmlTableToBlock } from '../../../src/frontends/html/tables.js';

const grid = (html: string) => {
  const $ = cheerio.load(html);
  const block = htmlTableToBlock($, $('table').first()[0]!);
  return block.rows.map((r) => r.map((c) => [c.text, c.rowSpan, c.colSpan]));
};

test('spans are kept and covered cells are absent', () => {
  expect(
    grid(`<table><thead><tr><th rowspan="2">信息内容</th><th colspan="2">数量</th></tr>
      <tr><th>本年新<br>制作数量</th><th>本年新公开数量</th></tr></thead>
      <tbody><tr><td>规章</td><td>&nbsp;</td><td> 3 </td></tr></tbody></table>`),
  ).toEqual([
    [['信息内容', 2, 1], ['数量', 1, 2]],
    [['本年新\n制作数量', 1, 1], ['本年新公开数量', 1, 1]],
    [['规章', 1, 1], ['', 1, 1], ['3', 1, 1]],
  ]);
});

test('paragraphs in a cell are lines; a nested table does not add rows to the outer one', () => {
  expect(
    grid(`<table><tr><td><p>（二）部分公开</p><p>（区分处理的）</p></td><td><table><tr><td>9</td></tr></table></td></tr></table>`),
  ).toEqual([[['（二）部分公开\n（区分处理的）', 1, 1], ['9', 1, 1]]]);
});

test('bad span attributes read as 1; huge ones are capped', () => {
  expect(grid(`<table><tr><td rowspan="x" colspan="0">a</td><td colspan="99999">b</td></tr></table>`)).toEqual([[['a', 1, 1], ['b', 1, 1000]]]);
});
