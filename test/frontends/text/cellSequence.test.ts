import { cellsToBlocks } from '../../../src/frontends/text/cellSequence.js';
import type { Block } from '../../../src/model/blocks.js';

/** LibreOffice's export of a 2021 table 二 up to its first row label. */
const TABLE2_START = ['二、主动公开政府信息情况', '第二十条第（一）项', '信息内容', '本年制发件数', '本年废止件数', '现行有效件数'];

/** LibreOffice's export of table 三 up to its first row label: two covered cells' lines before it. */
const TABLE3_START = ['三、收到和处理政府信息公开申请情况', '申请人情况', '自然人', '', '', '一、本年新收政府信息公开申请数量'];

const texts = (b: Block) => (b.kind === 'table' ? b.rows.map((r) => r.map((c) => c.text)) : b.kind === 'paragraph' ? b.text : 'image');
const prose = (lines: string[], offset: number): Block[] =>
  lines.flatMap((t, i) => (t.trim() ? [{ kind: 'paragraph' as const, text: t.trim(), location: { line: offset + i + 1 } }] : []));

test("LibreOffice's export: empty lines are empty cells; widths from the header and the template", () => {
  const text = [
    ...TABLE2_START,
    '规章',
    '',
    '减3',
    '2',
    '行政规范性文件',
    '1',
    '',
    '',
    ...TABLE3_START,
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

/** Table 三 as lynx dumps it: a cell a paragraph, blank cells dropped, rows in order. */
function table3(rows: [string, string[]][]): string[] {
  const header = ['申请人情况', '自然人', '法人或其他组织', '总计', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他'];
  return ['三、收到和处理政府信息公开申请情况', ...[...header, ...rows.flatMap(([label, values]) => [label, ...values])].flatMap((l) => [l, '']), '四、政府信息公开行政复议、行政诉讼情况'];
}
const FULL = ['1', '2', '3', '4', '5', '6', '21'];

test('blank cells dropped, text in row order: only the short row is not read', () => {
  const text = table3([
    ['一、本年新收政府信息公开申请数量', FULL],
    ['二、上年结转政府信息公开申请数量', ['7', '8', '15']],
    ['（一）予以公开', ['0', '0', '0', '0', '0', '9', '9']],
  ]);
  const { blocks, warnings } = cellsToBlocks(text, prose);
  expect(blocks.map(texts)[1]).toEqual([
    ['申请人情况', '自然人', '法人或其他组织', '总计', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他'],
    ['一、本年新收政府信息公开申请数量', ...FULL],
    ['二、上年结转政府信息公开申请数量'],
    ['（一）予以公开', '0', '0', '0', '0', '0', '9', '9'],
  ]);
  expect(warnings.map((w) => [w.code, w.location.line])).toEqual([['CELLS_VANISHED', text.indexOf('二、上年结转政府信息公开申请数量') + 1]]);
});

test('pdftotext without -layout: a table 二 header that lost labels keeps its template width, so a row of fewer values is not read under the labels left (real lines, held-out report 23001)', () => {
  // pdftotext printed 本年增/减 and 处理决定数量 of block (六) with another block: its header names
  // one of three columns, and 行政强制's one value (a change of 0) was read as the previous year's.
  const text = ['二、主动公开政府信息情况', '第二十条第（六）项', '信息内容', '', '上一年项目数量', '', '行政处罚', '', '0', '', '行政强制', '', '0', '三、收到和处理政府信息公开申请情况'];
  const { blocks, warnings } = cellsToBlocks(text, prose);
  expect(blocks.map(texts)[1]).toEqual([['第二十条第（六）项'], ['信息内容', '上一年项目数量'], ['行政处罚'], ['行政强制']]);
  expect(warnings.map((w) => [w.code, w.location.line, w.message])).toEqual([
    ['CELLS_VANISHED', 7, 'Table row "行政处罚": 1 value(s) follow it for 3 columns, blank cells having been lost; its values are not read.'],
    ['CELLS_VANISHED', 11, 'Table row "行政强制": 1 value(s) follow it for 3 columns, blank cells having been lost; its values are not read.'],
  ]);
});

test('a label printed around its values (mutool), and two numbers on one line, are still one row', () => {
  const text = table3([['一、本年新收政府信息', ['82232 174390', '3', '4', '5', '6', '21', '公开申请数量']]]);
  const { blocks, warnings } = cellsToBlocks(text, prose);
  expect(warnings).toEqual([]);
  expect(blocks.map(texts)[1]).toEqual([
    ['申请人情况', '自然人', '法人或其他组织', '总计', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他'],
    ['一、本年新收政府信息', '82232', '174390', '3', '4', '5', '6', '21'],
    ['公开申请数量'],
  ]);
});

test.each([
  ['values that follow no row label (pdftotext prints a value before its label)', ['三、本年度办理结果', ['1']]],
  ['a run of more values than a row has columns', ['3.危及“三安全一稳定”', [...FULL, '1']]],
] as [string, [string, string[]]][])('text out of row order, shown by %s: a short row leaves its whole block unread', (_, odd) => {
  const text = table3([['1.属于国家秘密', FULL], ['2.其他法律行政法规禁止公开', ['5']], odd]);
  const { blocks, warnings } = cellsToBlocks(text, prose);
  expect((blocks.map(texts)[1] as string[][]).slice(1, 3)).toEqual([['1.属于国家秘密'], ['2.其他法律行政法规禁止公开']]);
  const secret = warnings.find((w) => w.location.line === text.indexOf('1.属于国家秘密') + 1);
  expect([secret?.code, secret?.message]).toEqual(['CELLS_VANISHED', expect.stringMatching(/another row of its block lost values/)]);
});

test('pdftotext without -layout prints a value before its label: values after no row label are not read, nor the rest of their block', () => {
  // A 2019 table 二 block as pdftotext printed it: `上一年项目数量` 212153 and `本年增/减` 0, the first value above the label.
  const text = ['第二十条第（八）项', '信息内容', '', '上一年项目数量', '', '本年增/减', '212153', '', '行政事业性收费', '', '0', '', '三、收到和处理政府信息公开申请情况'];
  const { blocks, warnings } = cellsToBlocks(text, prose);
  expect(blocks.map(texts)[0]).toEqual([['第二十条第（八）项'], ['信息内容', '上一年项目数量'], ['本年增/减'], ['行政事业性收费']]);
  expect(warnings.map((w) => [w.code, w.location.line, w.message])).toEqual([
    ['CELLS_VANISHED', 6, 'Table row "本年增/减": values follow no row label here (the text is out of reading order); its values are not read.'],
    // The header named one of the block's two columns (本年增/减 was taken for a row): the block keeps its template width, so its one value is short.
    ['CELLS_VANISHED', 9, 'Table row "行政事业性收费": 1 value(s) follow it for 2 columns, blank cells having been lost; its values are not read.'],
  ]);
});

test('blank cells dropped: a row label wrapped over lines is one cell, without the group label printed before it', () => {
  const text = table3([
    ['（三', []],
    ['）不', []],
    ['予公', []],
    ['开 1.属于国家秘', []],
    ['密', FULL],
    ['2.其他法律', []],
    ['行政法规禁', []],
    ['止公开', ['0', '0', '0', '0', '0', '1', '1']],
  ]);
  const { blocks, warnings } = cellsToBlocks(text, prose);
  expect(warnings).toEqual([]);
  const rows = blocks.map(texts)[1] as string[][];
  // The texts before the label (the table's header, then the group label's pieces) stay in a row of their own.
  expect(rows[0]!.slice(-5)).toEqual(['其他', '（三', '）不', '予公', '开']);
  expect(rows.slice(1)).toEqual([
    ['1.属于国家秘密', ...FULL],
    ['2.其他法律行政法规禁止公开', '0', '0', '0', '0', '0', '1', '1'],
  ]);
});

test('a table whose numbers stand a blank line apart drops blank cells, even where the rest of the text writes a line a cell', () => {
  // pdftotext of a Chromium PDF: table 三's numbers a line each, table 四's a blank line apart (8 of 15 printed).
  const text = [
    '三、收到和处理政府信息公开申请情况',
    '申请人情况',
    '一、本年新收政府信息公开申请数量',
    ...FULL,
    '二、上年结转政府信息公开申请数量',
    ...FULL,
    '四、政府信息公开行政复议、行政诉讼情况',
    '行政复议',
    '行政诉讼',
    ...['12', '46', '0', '60', '0', '49', '0', '0'].flatMap((v, i) => (i ? ['', v] : [v])),
    '五、存在的主要问题及改进情况',
  ];
  const { blocks, warnings } = cellsToBlocks(text, prose);
  const tables = blocks.filter((b) => b.kind === 'table').map(texts) as string[][][];
  expect(tables[0]!.slice(1)).toEqual([
    ['一、本年新收政府信息公开申请数量', ...FULL],
    ['二、上年结转政府信息公开申请数量', ...FULL],
  ]);
  expect(tables[1]).toEqual([['行政复议', '行政诉讼']]);
  expect(warnings.map((w) => [w.code, w.message])).toEqual([
    ['CELLS_VANISHED', 'Table row "(values without a label)": 8 value(s) follow it for 15 columns, blank cells having been lost; its values are not read.'],
  ]);
});

test("LibreOffice's export: a table 二 of few numbers, most cells blank, follows the text's reading (blank lines are cells)", () => {
  // Held-out report 13052 (2021): block (一)'s two rows hold one and two numbers, each before a blank
  // cell; the other blocks one value each. Too few numbers to overrule table 三's a line a cell.
  const text = [
    ...TABLE2_START,
    '规章',
    '',
    '0',
    '',
    '行政规范性文件',
    '0',
    '',
    '0',
    '第二十条第（五）项',
    '信息内容',
    '本年处理决定数量',
    '行政许可',
    '0',
    ...TABLE3_START,
    ...FULL,
    '四、政府信息公开行政复议、行政诉讼情况',
  ];
  const { blocks, warnings } = cellsToBlocks(text, prose);
  const tables = blocks.filter((b) => b.kind === 'table').map(texts) as string[][][];
  expect(tables[0]!.slice(2, 4)).toEqual([
    ['规章', '', '0', ''],
    ['行政规范性文件', '0', '', '0'],
  ]);
  expect(warnings).toEqual([]);
});

test("LibreOffice's export with its runs of blank lines squeezed to one (cat -s): rows with a blank cell are not read, full rows are", () => {
  const table = [
    ...TABLE3_START,
    // 1, two blank cells, 2, 3, 4, 5: as written, and squeezed to 1, one blank line, 2, 3, 4, 5 and the covered cells' line.
    ...['1', '', '', '2', '3', '4', '5'],
    '',
    '',
    '二、上年结转政府信息公开申请数量',
    ...['0', '0', '0', '0', '0', '0', '7'],
    '四、政府信息公开行政复议、行政诉讼情况',
  ];
  const written = cellsToBlocks(table, prose);
  expect(written.warnings).toEqual([]);
  expect(written.blocks.map(texts)[1]).toEqual([
    ['申请人情况', '自然人'],
    ['一、本年新收政府信息公开申请数量', '1', '', '', '2', '3', '4', '5'],
    ['二、上年结转政府信息公开申请数量', '0', '0', '0', '0', '0', '0', '7'],
  ]);
  const squeezed = table.filter((l, i) => !(l === '' && table[i - 1] === ''));
  const read = cellsToBlocks(squeezed, prose);
  expect(read.blocks.map(texts)[1]).toEqual([
    ['申请人情况', '自然人'],
    ['一、本年新收政府信息公开申请数量'],
    ['二、上年结转政府信息公开申请数量', '0', '0', '0', '0', '0', '0', '7'],
  ]);
  expect(read.warnings.map((w) => [w.code, w.location.line])).toEqual([['CELLS_VANISHED', 5]]);
});

test('a printed placeholder (`-`) is a cell in every reading: a row of a number, `-` and a number is one value too many, not two values (officeparser, held-out report 27011)', () => {
  // officeparser's text of a LibreOffice PDF: a row a line, and a number's sign parted from it.
  const text = ['二、主动公开政府信息情况', '第二十条第（八）项', '信息内容 上一年项目数量 本年增/减', '行政事业性收费 6 - 5020', '第二十条第（九）项', '信息内容 采购项目数量 采购总金额', '政府集中采购 4 75.84', '三、收到和处理政府信息公开申请情况'];
  const { blocks, warnings } = cellsToBlocks(text, prose);
  const table = (blocks.filter((b) => b.kind === 'table').map(texts) as string[][][])[0]!;
  expect(table.filter((r) => r[0] === '行政事业性收费' || r[0] === '政府集中采购')).toEqual([['行政事业性收费'], ['政府集中采购', '4', '75.84']]);
  expect(warnings.map((w) => [w.code, w.location.line])).toEqual([['CELLS_VANISHED', 4]]);
  // The same row with the placeholder for its blank cell: read, the placeholder in its column.
  const blank = cellsToBlocks(text.map((l) => (l.startsWith('行政事业性收费') ? '行政事业性收费 6 -' : l)), prose);
  expect((blank.blocks.filter((b) => b.kind === 'table').map(texts) as string[][][])[0]!.find((r) => r[0] === '行政事业性收费')).toEqual(['行政事业性收费', '6', '-']);
  expect(blank.warnings).toEqual([]);
});
