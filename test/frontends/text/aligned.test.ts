import { alignedToBlocks, dropBlankLabelCells, ruleColumns, sliceColumns } from '../../../src/frontends/text/aligned.js';
import type { Block } from '../../../src/model/blocks.js';

const texts = (b: Block) => (b.kind === 'table' ? b.rows.map((r) => r.map((c) => c.text)) : b.kind === 'paragraph' ? b.text : 'image');
const noParagraphs = () => [];

/** A pandoc multiline table's rule, header and two rows (a label wrapped, a blank cell). */
const RULE = '  ---------- -------- -------- --------';
const MULTILINE = [RULE, '  信息内容   本年制发 本年废止 现行有效', '', '  行政规范性 11                0', '  文件', '', '  规章       60       63846    21'];

test('columns from a dash rule, in display width', () => {
  expect(ruleColumns('  ------ --- ----')).toEqual([
    [2, 8],
    [9, 12],
    [13, 17],
  ]);
});

test('a line cut at the columns; text running over into the next column stays in its own', () => {
  const cols = ruleColumns('  -------- ---- ----');
  expect(sliceColumns('  规章     12   3', cols)).toEqual(['规章', '12', '3']);
  expect(sliceColumns('  申请人情况很长很长 8', cols)).toEqual(['申请人情况很长很长', '', '8']);
});

test('a pandoc multiline table: rows between blank lines, blank cells in value columns kept', () => {
  const text = [...MULTILINE, RULE];
  const { blocks, warnings } = alignedToBlocks(text, noParagraphs);
  expect(warnings).toEqual([]);
  expect(blocks.map(texts)).toEqual([
    [
      ['信息内容', '本年制发', '本年废止', '现行有效'],
      ['行政规范性\n文件', '11', '', '0'],
      ['规章', '60', '63846', '21'],
    ],
  ]);
});

test('a line moved after the table was laid out (its numbers off their columns) is not read by position, and is warned', () => {
  const rule = '  -------------- ------ ------ ------';
  const table = [rule, '  信息内容       本年   上年   总计', '', '  （一）予以公开 12     3      15', '', '  （二）部分公开 1      0      1', '', '  （三）不予公开 4      5      9', rule];
  // `（二）` edited to `(二)`: the rest of its line two columns left, each number now in the column before.
  const moved = table.map((l) => l.replace('（二）', '(二)'));
  const { blocks, warnings } = alignedToBlocks(moved, noParagraphs);
  expect(blocks.map(texts)).toEqual([
    [
      ['信息内容', '本年', '上年', '总计'],
      ['（一）予以公开', '12', '3', '15'],
      ['(二)部分公开 1…', '0…', '1…', ''],
      ['（三）不予公开', '4', '5', '9'],
    ],
  ]);
  expect(warnings.map((w) => [w.code, w.location])).toEqual([['ALIGNMENT_LOST', { line: 1 }]]);
  // Unmoved, nothing is marked.
  expect(alignedToBlocks(table, noParagraphs).warnings).toEqual([]);
});

test('blank cells of label columns are dropped, those of value columns kept', () => {
  const c = (text: string) => ({ text, rowSpan: 1, colSpan: 1, location: {} });
  const rows = dropBlankLabelCells([
    [c('三、本年度办理结果'), c('（三）不予公开'), c('1.属于国家秘密'), c('1'), c('')],
    [c(''), c(''), c('2.其他'), c(''), c('2')],
    [c('（二）部分公开'), c(''), c(''), c('减3'), c('')],
    [c(''), c(''), c(''), c('自然人'), c('总计')],
  ]);
  expect(rows.map((r) => r.map((x) => x.text))).toEqual([
    ['三、本年度办理结果', '（三）不予公开', '1.属于国家秘密', '1', ''],
    ['2.其他', '', '2'],
    ['（二）部分公开', '减3', ''],
    ['自然人', '总计'],
  ]);
});

test('text around ruled tables is read as unruled aligned text, with its own line numbers', () => {
  const text = [
    '  ------ ----',
    '  规章   3',
    '  ------ ----',
    '第二十条第（六）项',
    '     信息内容    本年处理决定数量',
    '',
    '行政处罚          7',
  ];
  const { blocks, warnings } = alignedToBlocks(text, noParagraphs);
  expect(warnings).toEqual([]);
  expect(blocks.map(texts)).toEqual([[['规章', '3']], [['第二十条第（六）项'], ['信息内容', '本年处理决定数量'], ['行政处罚', '7']]]);
  expect(blocks[1]!.kind === 'table' && blocks[1]!.rows[2]![1]!.location).toEqual({ line: 7 });
});

describe('text that lost its alignment', () => {
  const table = [
    ...MULTILINE,
    '',
    '             5        6        7',
    '  ---------- -------- -------- --------',
  ];
  // Enough prose around it for the text to show how it was written (20 non-blank lines).
  const prose = Array.from({ length: 16 }, (_, k) => `     正文第${k + 1}段，本机关认真贯彻落实条例。`);

  test('every line trimmed (flush left): a row that prints every column is read in order, one with a blank is not', () => {
    const trimmed = [...prose, ...table].map((l) => l.trimStart());
    const { blocks, warnings } = alignedToBlocks(trimmed, noParagraphs);
    expect(warnings.map((w) => w.code)).toEqual(['ALIGNMENT_LOST']);
    expect(blocks.map(texts)).toEqual([
      [
        ['信息内容', '本年制发', '本年废止', '现行有效'],
        ['行政规范性\n文件', '11…', '', '0…'],
        ['规章', '60', '63846', '21'],
        // Moved left by its own indentation: cut at the columns, it would read 5 as a label and 6 as 本年制发.
        ['5        6…', '7…', '', ''],
      ],
    ]);
    // As written (indented), the same text reads whole and warns nothing.
    const intact = alignedToBlocks([...prose, ...table], noParagraphs);
    expect(intact.warnings).toEqual([]);
    expect(intact.blocks.map(texts)[0]).toEqual([
      ['信息内容', '本年制发', '本年废止', '现行有效'],
      ['行政规范性\n文件', '11', '', '0'],
      ['规章', '60', '63846', '21'],
      ['5', '6', '7'],
    ]);
  });

  test('runs of spaces collapsed (text shown as a web page shows it): no number is read', () => {
    const collapsed = [...prose, ...table].map((l) => l.replace(/ {2,}/g, ' '));
    const { blocks, warnings } = alignedToBlocks(collapsed, noParagraphs);
    expect(warnings.map((w) => w.code)).toEqual(['ALIGNMENT_LOST']);
    const numbers = blocks.flatMap((b) => (b.kind === 'table' ? b.rows.flat().map((c) => c.text) : [])).filter((t) => /\d/.test(t));
    expect(numbers.length).toBeGreaterThan(0);
    expect(numbers.filter((t) => !t.endsWith('…'))).toEqual([]);
  });
});
