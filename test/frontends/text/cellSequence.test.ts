import { cellsToBlocks } from '../../../src/frontends/text/cellSequence.js';
import type { Block } from '../../../src/model/blocks.js';

const texts = (b: Block) => (b.kind === 'table' ? b.rows.map((r) => r.map((c) => c.text)) : b.kind === 'paragraph' ? b.text : 'image');
const prose = (lines: string[], offset: number): Block[] =>
  lines.flatMap((t, i) => (t.trim() ? [{ kind: 'paragraph' as const, text: t.trim(), location: { line: offset + i + 1 } }] : []));

test("LibreOffice's export: empty lines are empty cells; widths from the header and the template", () => {
  const text = [
    '二、主动公开政府信息情况',
    '第二十条第（一）项',
    '信息内容',
    '本年制发件数',
    '本年废止件数',
    '现行有效件数',
    '规章',
    '',
    '减3',
    '2',
    '行政规范性文件',
    '1',
    '',
    '',
    '三、收到和处理政府信息公开申请情况',
    '申请人情况',
    '自然人',
    '',
    '',
    '一、本年新收政府信息公开申请数量',
    ...['1', '', '2', '3', '4', '5', '6'],
    '',
    '（三）不予公开',
    '1.属于国家秘密',
    ...['0', '0', '0', '0', '0', '0', '7'],
    '四、政府信息公开行政复议、行政诉讼情况',
  ];
  const { blocks, warnings } = cellsToBlocks(text, prose);
  expect(warnings).toEqual([]);
  expect(blocks.map(texts)).toEqual([
    '二、主动公开政府信息情况',
    [['第二十条第（一）项'], ['信息内容', '本年制发件数', '本年废止件数', '现行有效件数'], ['规章', '', '减3', '2'], ['行政规范性文件', '1', '', '']],
    '三、收到和处理政府信息公开申请情况',
    [
      ['申请人情况', '自然人'],
      ['一、本年新收政府信息公开申请数量', '1', '', '2', '3', '4', '5', '6'],
      ['（三）不予公开'],
      ['1.属于国家秘密', '0', '0', '0', '0', '0', '0', '7'],
    ],
    '四、政府信息公开行政复议、行政诉讼情况',
  ]);
});

test('blank cells dropped (a blank line after each cell): a short row is not read and warned, and so is its block', () => {
  const text = ['第二十条第（六）项', '信息内容', '', '本年处理决定数量', '', '行政处罚', '', '3', '', '行政强制', '', '五、存在的主要问题及改进情况', '', '正文。'];
  const { blocks, warnings } = cellsToBlocks(text, prose);
  expect(blocks.map(texts)).toEqual([[['第二十条第（六）项'], ['信息内容', '本年处理决定数量'], ['行政处罚'], ['行政强制']], '五、存在的主要问题及改进情况', '正文。']);
  expect(warnings.map((w) => [w.code, w.location.line])).toEqual([
    ['CELLS_VANISHED', 6],
    ['CELLS_VANISHED', 10],
  ]);
});
