import { markdownToBlocks, stripInline } from '../../../src/frontends/text/markdown.js';

const cell = (text: string, line: number, rowSpan = 1, colSpan = 1) => ({ text, rowSpan, colSpan, location: { line } });

test('pipe tables: bold dropped, empty header row skipped, empty label cells kept, escapes undone, the width the delimiter row declares', () => {
  const md = [
    '**二、主动公开政府信息情况**',
    '',
    '|     |     |     |',
    '|-----|-----|-----|',
    '| **信息内容** | **本年制发件数** | **现行有效件数** |',
    '| 规章 | 减3 |  |',
    '|  | 1\\.5 | a \\| b |',
  ].join('\n');
  expect(markdownToBlocks(md.split('\n'))).toEqual([
    { kind: 'paragraph', text: '二、主动公开政府信息情况', location: { line: 1 } },
    {
      kind: 'table',
      location: { line: 3, endLine: 7 },
      columns: 3,
      rows: [
        [cell('信息内容', 5), cell('本年制发件数', 5), cell('现行有效件数', 5)],
        [cell('规章', 6), cell('减3', 6), cell('', 6)],
        [cell('', 7), cell('1.5', 7), cell('a | b', 7)],
      ],
    },
  ]);
});

test('pipe rows without a delimiter row: three or more make a table; one count of cells in every row declares the width (org-mode), rows of other counts declare none (antiword)', () => {
  const org = ['| 第二十条第（一）项 |          |      |', '| *信息内容*         | *本年制发件数* | *现行有效件数* |', '| 规章               | 0        | 27   |'];
  expect(markdownToBlocks(org)).toEqual([
    {
      kind: 'table',
      location: { line: 1, endLine: 3 },
      columns: 3,
      rows: [
        [cell('第二十条第（一）项', 1), cell('', 1), cell('', 1)],
        [cell('信息内容', 2), cell('本年制发件数', 2), cell('现行有效件数', 2)],
        [cell('规章', 3), cell('0', 3), cell('27', 3)],
      ],
    },
  ]);
  const antiword = ['|第二十条第（五）项        |', '|信息内容  |本年处理决定数量 |', '|行政许可  |0                |'];
  expect(markdownToBlocks(antiword)).toEqual([
    {
      kind: 'table',
      location: { line: 1, endLine: 3 },
      rows: [[cell('第二十条第（五）项', 1)], [cell('信息内容', 2), cell('本年处理决定数量', 2)], [cell('行政许可', 3), cell('0', 3)]],
    },
  ]);
  // Two rows are no table: text between bars.
  expect(markdownToBlocks(['|规章|0|', '|行政许可|1|']).map((b) => b.kind)).toEqual(['paragraph', 'paragraph']);
});

test('raw HTML tables are read by the HTML table reader, spans kept', () => {
  const md = ['# 三、收到和处理政府信息公开申请情况', '<table>', '<tr><td colspan="2" rowspan="2">（本列数据…）</td><td>申请人情况</td></tr>', '<tr><td>自然人<br/>（人）</td></tr>', '</table>', '下文'].join('\n');
  const where = { line: 2, endLine: 5 };
  expect(markdownToBlocks(md.split('\n'))).toEqual([
    { kind: 'paragraph', text: '三、收到和处理政府信息公开申请情况', location: { line: 1 } },
    {
      kind: 'table',
      location: where,
      rows: [
        [{ text: '（本列数据…）', rowSpan: 2, colSpan: 2, location: where }, { text: '申请人情况', rowSpan: 1, colSpan: 1, location: where }],
        [{ text: '自然人\n（人）', rowSpan: 1, colSpan: 1, location: where }],
      ],
    },
    { kind: 'paragraph', text: '下文', location: { line: 6 } },
  ]);
});

test('inline markup', () => {
  expect(stripInline('**一、**本年新收*政府*`信息`\\*')).toBe('一、本年新收政府信息*');
});

test("pandoc's own markdown: a multiline table (dash rules, rows apart by blank lines, hard breaks as backslashes)", () => {
  const md = [
    '**四、政府信息公开行政复议、行政诉讼情况**',
    '',
    '  ---------- ------- -------',
    '  行政复议',
    '',
    '  结果维持   结果\\   **总计**',
    '             纠正',
    '',
    '  44                 53',
    '  ---------- ------- -------',
  ];
  const blocks = markdownToBlocks(md);
  expect(blocks[0]).toEqual({ kind: 'paragraph', text: '四、政府信息公开行政复议、行政诉讼情况', location: { line: 1 } });
  expect(blocks.slice(1).map((b) => (b.kind === 'table' ? b.rows.map((r) => r.map((c) => c.text)) : b.kind))).toEqual([
    [
      ['行政复议', '', ''],
      ['结果维持', '结果\n纠正', '总计'],
      ['44', '', '53'],
    ],
  ]);
});

test("raw HTML whose table holds tables is a page's layout (pandoc keeps a saved page's layout table so): its text as paragraphs, its inner tables as grids", () => {
  const md = [
    '当前位置：首页',
    '',
    '<table><tbody><tr>',
    '<td><ul><li>政府信息公开指南</li></ul></td>',
    '<td><h1>某局2020年政府信息公开工作年度报告</h1>',
    '<p>二、主动公开政府信息情况</p>',
    '<table><tr><td>信息内容</td><td>本年制发件数</td></tr>',
    '<tr><td>规章</td><td>3</td></tr></table>',
    '</td></tr></tbody></table>',
  ];
  expect(markdownToBlocks(md).map((b) => (b.kind === 'table' ? ['table', b.rows.map((r) => r.map((c) => c.text)), b.location] : [b.kind, (b as { text: string }).text, b.location]))).toEqual([
    ['paragraph', '当前位置：首页', { line: 1 }],
    ['paragraph', '政府信息公开指南', { line: 4 }],
    ['paragraph', '某局2020年政府信息公开工作年度报告', { line: 5 }],
    ['paragraph', '二、主动公开政府信息情况', { line: 6 }],
    ['table', [['信息内容', '本年制发件数'], ['规章', '3']], { line: 7 }],
  ]);
});
