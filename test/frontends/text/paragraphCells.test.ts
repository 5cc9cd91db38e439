import { paragraphCellsToBlocks } from '../../../src/frontends/text/paragraphCells.js';
import type { Block } from '../../../src/model/blocks.js';

const prose = (lines: string[], offset: number): Block[] =>
  lines.flatMap((t, i) => (t.trim() ? [{ kind: 'paragraph' as const, text: t.trim(), location: { line: offset + i + 1 } }] : []));
const texts = (b: Block) => (b.kind === 'table' ? b.rows.map((r) => r.map((c) => c.text)) : b.kind === 'paragraph' ? b.text : 'image');

/** Cells as Python's html2text writes them where they hold paragraphs: `|` lines between, a line of spaces after a row. */
const row = (...cells: string[]): string[] => [...cells.flatMap((c, i) => [...(i ? ['', '|', ''] : []), ...(c ? [c] : [])]).map((l, i, a) => (i === a.length - 1 ? `${l}  ` : l)), '  '];

test("Python html2text's paragraph cells: rows and empty cells kept, a block title row of one cell, the heading after a table back in the text", () => {
  const text = [
    '# 某某局2021年政府信息公开工作年度报告',
    '',
    '二、主动公开政府信息情况',
    '',
    '第二十条第（一）项  ',
    '  ',
    '---  ',
    '  ',
    ...row('**信息内容**', '本年制发件数', '本年废止件数', '现行有效件数'),
    ...row('规章', '3', '', '减2'),
    '第二十条第（五）项  ',
    '  ',
    ...row('行政许可', '', '7'),
    '三、收到和处理政府信息公开申请情况',
    '',
    // The table's first cell is empty: the heading before the first `|` is no cell.
    ...row('', '申请人情况'),
    '---|---  ',
    '  ',
    ...row('一、本年新收政府信息公开申请数量', '1', '2'),
    '四、政府信息公开行政复议、行政诉讼情况',
    '',
    '正文。',
  ];
  expect(paragraphCellsToBlocks(text, prose).map(texts)).toEqual([
    '某某局2021年政府信息公开工作年度报告',
    '二、主动公开政府信息情况',
    [['第二十条第（一）项'], ['信息内容', '本年制发件数', '本年废止件数', '现行有效件数'], ['规章', '3', '', '减2'], ['第二十条第（五）项'], ['行政许可', '', '7']],
    '三、收到和处理政府信息公开申请情况',
    [['', '申请人情况'], ['一、本年新收政府信息公开申请数量', '1', '2']],
    '四、政府信息公开行政复议、行政诉讼情况',
    '正文。',
  ]);
});

test("a cell of several paragraphs is a page's layout table around the text, not a row: the text stays text", () => {
  const text = ['导航', '', '|', '', '# 某某局2021年政府信息公开工作年度报告', '', '一、总体情况', '', '正文。', '', '|', '', '页脚  ', '  '];
  expect(paragraphCellsToBlocks(text, prose).map(texts)).toEqual(['导航', '某某局2021年政府信息公开工作年度报告', '一、总体情况', '正文。', '页脚']);
});
