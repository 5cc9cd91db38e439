import { textToBlocks } from '../../../src/frontends/text/blocks.js';

const cell = (text: string, line: number, endLine?: number) => ({
  text,
  rowSpan: 1,
  colSpan: 1,
  location: endLine === undefined ? { line } : { line, endLine },
});

test('paragraphs, a flattened table with a wrapped cell, debris dropped', () => {
  const text = [
    '[bookmark: _GoBack]标题',
    '二、主动公开政府信息情况',
    '\t信息内容',
    '\t本年新',
    '制作数量',
    '\t对外公开总数量',
    '',
    '\t规章',
    '\t\u3000 0',
    '\t',
    '',
    '',
    '',
    '三、收到',
  ].join('\n');
  expect(textToBlocks(text)).toEqual([
    { kind: 'paragraph', text: '标题', location: { line: 1 } },
    { kind: 'paragraph', text: '二、主动公开政府信息情况', location: { line: 2 } },
    {
      kind: 'table',
      location: { line: 3, endLine: 10 },
      rows: [
        [cell('信息内容', 3), cell('本年新\n制作数量', 4, 5), cell('对外公开总数量', 6)],
        [cell('规章', 8), cell('0', 9), cell('', 10)],
      ],
    },
    { kind: 'paragraph', text: '三、收到', location: { line: 14 } },
  ]);
});

test('two blank lines separate adjacent tables; CRLF and CR line ends', () => {
  const blocks = textToBlocks('\ta\r\n\tb\r\n\r\n\r\n\tc\r\te\r\rd\r\r\nf');
  expect(blocks.map((b) => (b.kind === 'table' ? b.rows.map((r) => r.map((c) => c.text)) : b.kind === 'paragraph' ? b.text : 'image'))).toEqual([[['a', 'b']], [['c', 'e']], 'd', 'f']);
});

test('a long untabbed line after a cell is a paragraph, not a continuation', () => {
  const long = '本机关认真贯彻落实条例要求，持续深化政务公开工作，进一步规范依申请公开办理流程，及时答复申请人，切实保障人民群众知情权。';
  const blocks = textToBlocks(`\t规章\n\t0\n${long}`);
  expect(blocks.map((b) => b.kind)).toEqual(['table', 'paragraph']);
});

test('tab-separated rows, one row per line (a leading tab is an empty first cell)', () => {
  const [t] = textToBlocks('信息内容\t本年制发件数\t现行有效件数\n规章\t1\t\n\t\u00a02\t3\n');
  expect(t!.kind === 'table' && t!.rows.map((r) => r.map((c) => c.text))).toEqual([
    ['信息内容', '本年制发件数', '现行有效件数'],
    ['规章', '1', ''],
    ['', '2', '3'],
  ]);
  // A trailing tab alone does not make a paragraph a table.
  expect(textToBlocks('一、总体情况\t\n').map((b) => b.kind)).toEqual(['paragraph']);
});

test('a stray tab inside a cell line is white space, not a new layout', () => {
  const [t] = textToBlocks('\t规章\n\t101\t\n\t\t102\n\n\t规范性文件\n\t1\n\t2\n');
  expect(t!.kind === 'table' && t!.rows.map((r) => r.map((c) => c.text))).toEqual([
    ['规章', '101', '102'],
    ['规范性文件', '1', '2'],
  ]);
});

test('indentation before the tab still makes a cell line', () => {
  const [t] = textToBlocks('\t规章\n   \t101\n');
  expect(t!.kind === 'table' && t!.rows.map((r) => r.map((c) => c.text))).toEqual([['规章', '101']]);
});

test('page numbers between lines are dropped; a heading right after a row is not swallowed into it', () => {
  const blocks = textToBlocks('\t规章\n\t101\n- 3 -\n\t102\n第 4 页 共 5 页\n三、收到和处理政府信息公开申请情况\n');
  expect(blocks.map((b) => (b.kind === 'table' ? b.rows.map((r) => r.map((c) => c.text)) : b.kind === 'paragraph' ? b.text : 'image'))).toEqual([
    [['规章', '101', '102']],
    '三、收到和处理政府信息公开申请情况',
  ]);
});

test('tab-separated rows: a line without tabs inside the table is a one-cell row (a block title)', () => {
  const [t] = textToBlocks('信息内容\t本年处理决定数量\n行政许可\t35\n第二十条第（六）项\n信息内容\t本年处理决定数量\n行政强制\t\u3000\n');
  expect(t!.kind === 'table' && t!.rows.map((r) => r.map((c) => c.text))).toEqual([
    ['信息内容', '本年处理决定数量'],
    ['行政许可', '35'],
    ['第二十条第（六）项'],
    ['信息内容', '本年处理决定数量'],
    ['行政强制', ''],
  ]);
});

test('tab lines that are text, not a table: a list number and a tab, tab-indented paragraphs', () => {
  const blocks = textToBlocks('三、\t收到和处理政府信息公开申请情况\n（一）\t主动公开情况\n\n\t本机关认真贯彻落实《条例》，持续深化政务公开，主动公开各类信息。\n\t进一步规范依申请公开办理流程，及时答复申请人，切实保障群众知情权。\n');
  expect(blocks.map((b) => [b.kind, b.kind === 'paragraph' ? b.text : ''])).toEqual([
    ['paragraph', '三、 收到和处理政府信息公开申请情况'],
    ['paragraph', '（一） 主动公开情况'],
    ['paragraph', '本机关认真贯彻落实《条例》，持续深化政务公开，主动公开各类信息。'],
    ['paragraph', '进一步规范依申请公开办理流程，及时答复申请人，切实保障群众知情权。'],
  ]);
  // A one-line row of numbers is still a table (a value row apart from its header).
  expect(textToBlocks('10\t1\t0\t0\t11\n').map((b) => b.kind)).toEqual(['table']);
  // Zero-width spaces around a line are white space.
  expect(textToBlocks('\u200b一、总体情况\n').map((b) => b.kind === 'paragraph' && b.text)).toEqual(['一、总体情况']);
});
