import { gridTable, gridToBlocks, startsGrid } from '../../../src/frontends/text/grid.js';
import { readTextBlocks } from '../../../src/frontends/text/blocks.js';
import { detectLayout } from '../../../src/frontends/text/layout.js';
import type { Block, TableBlock } from '../../../src/model/blocks.js';

const cells = (t: TableBlock) => t.rows.map((r) => r.map((c) => [c.text, c.rowSpan, c.colSpan]));

// As `w3m -dump` draws a web page's table: merged cells, a cell's text wrapped over
// lines, a rule that stops at a cell merged down across it (and text beside it), CJK
// characters two columns wide.
const BOX = [
  '┌──────────┬──────────────────┐',
  '│          │ 申请人情况       │',
  '│（本列数据├────────┬─────────┤',
  '│的勾稽关系│ 自然人 │ 总计    │',
  '├────┬─────┼────────┼─────────┤',
  '│ 三 │（一 │ 12     │         │',
  '│ 、 │）予 │        │         │',
  '│    ├─────┼────────┼─────────┤',
  '│    │ 2.  │ 0      │ 减 3    │',
  '└────┴─────┴────────┴─────────┘',
];

test('a box-drawing table: every cell with its text and spans', () => {
  expect(startsGrid(BOX, 0)).toBe(true);
  const { table, end } = gridTable(BOX, 0, 10);
  expect(end).toBe(BOX.length);
  expect(cells(table)).toEqual([
    [
      ['（本列数据\n的勾稽关系', 2, 2],
      ['申请人情况', 1, 2],
    ],
    [
      ['自然人', 1, 1],
      ['总计', 1, 1],
    ],
    [
      ['三\n、', 2, 1],
      ['（一\n）予', 1, 1],
      ['12', 1, 1],
      ['', 1, 1],
    ],
    [
      ['2.', 1, 1],
      ['0', 1, 1],
      ['减 3', 1, 1],
    ],
  ]);
  // Lines are the document's (1-based, after `offset` lines).
  expect(table.location).toEqual({ line: 11, endLine: 20 });
  expect(table.rows[2]![0]!.location).toEqual({ line: 16, endLine: 19 });
});

test('an ASCII grid table (pandoc, reStructuredText)', () => {
  const lines = [
    '+----------+------+------+',
    '| 信息内容 | 新增 | 废止 |',
    '+==========+======+======+',
    '| 规章     | 3    |      |',
    '+----------+------+------+',
  ];
  const { table } = gridTable(lines, 0);
  // The borders give every cell its columns: the table declares its width.
  expect(table.columns).toBe(3);
  expect(cells(table)).toEqual([
    [
      ['信息内容', 1, 1],
      ['新增', 1, 1],
      ['废止', 1, 1],
    ],
    [
      ['规章', 1, 1],
      ['3', 1, 1],
      ['', 1, 1],
    ],
  ]);
});

test("links' ASCII table: padded to characters (a CJK character one column), `|---+` where a rule meets a bar; no pipe table", () => {
  const lines = [
    '+---------------------------+',
    '|           |申请人情况          |',
    '|           |-------+-------|',
    '|           |自然人    |总计     |',
    '|-----+-----+-------+-------|',
    '|     |规章   |      3|       |',
    '|三、   |-----+-------+-------|',
    '|     |规范性  |       |      7|',
    '+---------------------------+',
  ];
  // In display width its bars stand off the rules; in characters every one is on a boundary.
  const { table, warnings } = gridTable(lines, 0);
  expect(warnings).toEqual([]);
  expect(table.rows.map((r) => r.map((c) => c.text))).toEqual([
    ['', '申请人情况'],
    ['自然人', '总计'],
    ['三、', '规章', '3', ''],
    ['规范性', '', '7'],
  ]);
  expect(detectLayout(['标题', ...lines])).toBe('grid');
});

test('text around grid tables is paragraphs; a grid table in a text makes it the grid layout', () => {
  const text = ['三、收到和处理政府信息公开申请情况', '', ...BOX, '四、行政复议'];
  const para = (ls: string[], offset: number): Block[] => ls.flatMap((t, i) => (t.trim() ? [{ kind: 'paragraph' as const, text: t, location: { line: offset + i + 1 } }] : []));
  const { blocks } = gridToBlocks(text, para);
  expect(blocks.map((b) => b.kind)).toEqual(['paragraph', 'table', 'paragraph']);
  expect(blocks[2]).toMatchObject({ text: '四、行政复议', location: { line: 13 } });
  expect(readTextBlocks(text.join('\n')).blocks.map((b) => b.kind)).toEqual(['paragraph', 'table', 'paragraph']);
});

test('a lone rule of dashes or a pipe row is no grid table', () => {
  expect(startsGrid(['+-----+', 'text'], 0)).toBe(false);
  expect(startsGrid(['----  ----', '| a |'], 0)).toBe(false);
});

test('a table not laid out as drawn (runs of spaces collapsed: bars off the columns): no number read, warned ALIGNMENT_LOST', () => {
  const collapsed = BOX.map((l) => (l.includes('─') ? l : l.replace(/ {2,}/g, ' ')));
  const { table, warnings } = gridTable(collapsed, 0, 10);
  // The cells come out garbled (bars stand inside them); each that holds a digit is marked not to be read.
  const numeric = table.rows.flat().filter((c) => /\d/.test(c.text));
  expect(numeric.length).toBe(3);
  expect(numeric.every((c) => c.text.endsWith('…'))).toBe(true);
  expect(warnings.map((w) => [w.code, w.location])).toEqual([['ALIGNMENT_LOST', { line: 11 }]]);
  expect(gridTable(BOX, 0).warnings).toEqual([]);
});

test('an ASCII grid whose bars a wide character pushed off the columns (pandoc sets a CJK character in a column one wide): read by its bars', () => {
  const lines = [
    '+---+----------+------+',
    '| 一 | 信息内容 | 3    |',
    '| 、 |          |      |',
    '+---+----------+------+',
    '| 二 |          | 减 5 |',
    '+---+----------+------+',
  ];
  const { table, warnings } = gridTable(lines, 0, 10);
  expect(warnings).toEqual([]);
  expect(table.columns).toBe(3);
  expect(cells(table)).toEqual([
    [
      ['一\n、', 1, 1],
      ['信息内容', 1, 1],
      ['3', 1, 1],
    ],
    [
      ['二', 1, 1],
      ['', 1, 1],
      ['减 5', 1, 1],
    ],
  ]);
  expect(table.rows[1]![2]!.location).toEqual({ line: 15 });
  // A line short of a bar (a merge, or a bar lost): not cut at its bars; no number read, warned.
  const merged = [...lines.slice(0, 4), '| 二            | 减 5 |', lines[5]!];
  const read = gridTable(merged, 0, 10);
  expect(read.warnings.map((w) => w.code)).toEqual(['ALIGNMENT_LOST']);
  expect(read.table.rows.flat().filter((c) => /\d/.test(c.text)).every((c) => c.text.endsWith('…'))).toBe(true);
});

test('pandoc\'s plain text of a page: simple tables under dash rules between its grid tables are read as tables too', () => {
  const text = [
    '二、主动公开政府信息情况',
    '',
    '  ---------- ---------- ----------',
    '  信息内容   本年新增   本年废止',
    '  规章       3          0',
    '  ---------- ---------- ----------',
    '',
    '三、收到和处理政府信息公开申请情况',
    '',
    ...BOX,
  ];
  const { blocks } = readTextBlocks(text.join('\n'));
  expect(blocks.map((b) => b.kind)).toEqual(['paragraph', 'table', 'paragraph', 'table']);
  expect((blocks[1] as TableBlock).rows.map((r) => r.map((c) => c.text))).toEqual([
    ['信息内容', '本年新增', '本年废止'],
    ['规章', '3', '0'],
  ]);
  expect(blocks[1]!.location).toMatchObject({ line: 3 });
  expect(blocks[2]).toMatchObject({ text: '三、收到和处理政府信息公开申请情况', location: { line: 8 } });
});

test("a grid table that holds a grid table is a page's layout (pandoc's plain text of a saved page): its cells read as text in turn, lines numbered as in the text", () => {
  const text = [
    '当前位置：首页',
    '+----------+--------------------------+',
    '| 导航     | 某局2020年年度报告       |',
    '|          |                          |',
    '|          | 二、主动公开政府信息情况 |',
    '|          |                          |',
    '|          | +------+-------+         |',
    '|          | | 规章 | 3     |         |',
    '|          | +------+-------+         |',
    '|          | | 规范 | 7     |         |',
    '|          | +------+-------+         |',
    '+----------+--------------------------+',
  ];
  const para = (ls: string[], offset: number): Block[] => ls.flatMap((t, i) => (t.trim() ? [{ kind: 'paragraph' as const, text: t.trim(), location: { line: offset + i + 1 } }] : []));
  const { blocks } = gridToBlocks(text, para);
  expect(blocks.map((b) => (b.kind === 'table' ? ['table', b.rows.map((r) => r.map((c) => c.text)), b.location] : [b.kind, (b as { text: string }).text, b.location]))).toEqual([
    ['paragraph', '当前位置：首页', { line: 1 }],
    ['paragraph', '导航', { line: 3 }],
    ['paragraph', '某局2020年年度报告', { line: 3 }],
    ['paragraph', '二、主动公开政府信息情况', { line: 5 }],
    ['table', [['规章', '3'], ['规范', '7']], { line: 7, endLine: 11 }],
  ]);
});

test('a rule line moved after the table was drawn (its junctions where no bar continues them) makes the table damaged, not merged cells', () => {
  const drawn = [
    '┌──────────────┬──────┬──────┐',
    '│ 信息内容     │ 本年 │ 总计 │',
    '├──────────────┼──────┼──────┤',
    '│ 1.属于国家秘 │ 4    │      │',
    '├──────────────┼──────┼──────┤',
    '│ 2.其他       │ 0    │ 11   │',
    '└──────────────┴──────┴──────┘',
  ];
  expect(gridTable(drawn, 0).warnings).toEqual([]);
  // The rule under the first row edited two columns short: read as drawn it would open the
  // rule under 总计 and merge the blank cell with 11 below it.
  const moved = drawn.map((l, k) => (k === 4 ? l.replace('├────', '├──') : l));
  const { table, warnings } = gridTable(moved, 0);
  expect(warnings.map((w) => w.code)).toEqual(['ALIGNMENT_LOST']);
  expect(table.rows.flat().map((c) => c.text)).not.toContain('11');
  expect(table.rows.flat().some((c) => c.text === '11…')).toBe(true);
});
