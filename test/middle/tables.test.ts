import type { TableBlock } from '../../src/model/blocks.js';
import { classifyTable, rowsOfKind, settleKinds, splitRunTogether } from '../../src/middle/tables.js';
import { grid } from '../support/grid.js';

test('tables are told apart by the labels they hold', () => {
  expect(grid([['第二十条第（一）项'], ['信息内容', '本年制发件数'], ['规章', '1']]).kind).toBe('activeDisclosure');
  expect(grid([['申请人情况'], ['（一）予以公开', '1']]).kind).toBe('applications');
  expect(grid([['行政复议', '行政诉讼'], ['结果维持']]).kind).toBe('reviewLitigation');
  // One label alone is not enough; an ordinary table is no statistics table.
  expect(grid([['行政许可', '3']]).kind).toBeNull();
  expect(grid([['序号', '名称', '数量'], ['1', '培训', '3']]).kind).toBeNull();
  expect(classifyTable([])).toBeNull();
});

test('cells carry their values; rows of one kind read in order across tables', () => {
  const a = grid([['第二十条第（一）项'], ['信息内容', '本年制发件数'], ['规章', '减3']], 0);
  const b = grid([['第二十条第（五）项'], ['信息内容', '本年处理决定数量'], ['行政许可', '１２']], 1);
  expect(a.rows[2]!.map((c) => c.value)).toEqual([null, -3]);
  expect(rowsOfKind([a, b], 'activeDisclosure').map((r) => [r.table, r.row, r.cells[0]!.text])).toEqual([
    [0, 0, '第二十条第（一）项'],
    [0, 1, '信息内容'],
    [0, 2, '规章'],
    [1, 0, '第二十条第（五）项'],
    [1, 1, '信息内容'],
    [1, 2, '行政许可'],
  ]);
});

test('a table\'s second half is recognised by its row labels', () => {
  expect(grid([['（四）无法提供', '1.本机关不掌握相关政府信息', '1'], ['', '2.没有现成信息需要另行制作', '0']]).kind).toBe('applications');
});

test('settling kinds: continuations, table 四 by shape, and the tables in their own section', () => {
  const summary = grid([['行政许可', '7777'], ['行政处罚', '8888'], ['政府集中采购', '1']], 0);
  summary.section = 1;
  const t2 = grid([['信息内容', '本年处理决定数量'], ['行政许可', '5']], 1);
  t2.section = 2;
  const t3 = grid([['申请人情况'], ['（一）予以公开', '1']], 2);
  t3.section = 3;
  const t3b = grid([['合计', '3']], 3);
  t3b.section = 3;
  const t4 = grid([Array.from({ length: 15 }, () => '0')], 4);
  t4.section = 4;
  expect([summary, t2, t3, t3b, t4].map((t) => t.kind)).toEqual(['activeDisclosure', 'activeDisclosure', 'applications', null, null]);
  settleKinds([summary, t2, t3, t3b, t4], (t) => t.index === 3);
  expect([summary, t2, t3, t3b, t4].map((t) => t.kind)).toEqual([null, 'activeDisclosure', 'applications', 'applications', 'reviewLitigation']);
});

test('beside table 三, a per-department breakdown with 予以公开 … as columns is not table 三', () => {
  const dept = grid([['部门', '申请数', '予以公开', '部分公开', '不予公开'], ['区教育局', '3', '2', '0', '1'], ['合计', '4', '3', '0', '1']], 0);
  const t3 = grid([['申请人情况'], ['一、本年新收政府信息公开申请数量', '1'], ['（一）予以公开', '1'], ['（七）总计', '1']], 1);
  dept.section = t3.section = 3;
  expect([dept.kind, t3.kind]).toEqual(['applications', 'applications']);
  settleKinds([dept, t3], (t) => t.index === 1);
  expect([dept.kind, t3.kind]).toEqual([null, 'applications']);
});

describe('a grid that runs statistics tables together', () => {
  const block = (rows: (string | [string, number])[][]): TableBlock => ({
    kind: 'table',
    location: { line: 1 },
    rows: rows.map((r, ri) => r.map((c) => ({ text: typeof c === 'string' ? c : c[0], rowSpan: typeof c === 'string' ? 1 : c[1], colSpan: 1, location: { line: ri + 1 } }))),
  });
  // Tab-separated rows of every table at a document's end (python-docx's tables printed after its paragraphs).
  const TABLE2 = [['第二十条第（一）项'], ['信息内容', '本年制发件数', '本年废止件数', '现行有效件数'], ['规章', '1', '2', '3']];
  const TABLE3 = [['（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）', '申请人情况'], ['一、本年新收政府信息公开申请数量', '1', '2', '3', '4', '5', '6', '7']];
  const TABLE4 = [['行政复议', '行政复议', '行政诉讼'], ['结果维持', '结果纠正'], Array.from({ length: 15 }, (_, i) => String(i))];

  test('is parted where a row opens another statistics table, each part classified on its own', () => {
    const parts = splitRunTogether(block([...TABLE2, ...TABLE3, ...TABLE4]));
    expect(parts.map((p) => [p.rows.length, classifyTable(p.rows), p.location])).toEqual([
      [3, 'activeDisclosure', { line: 1 }],
      [2, 'applications', { line: 4 }],
      [3, 'reviewLitigation', { line: 6 }],
    ]);
  });

  test('is left whole where the rows above hold no value yet, or a span from above crosses the row', () => {
    const one = block([...TABLE2, ...TABLE3]);
    expect(splitRunTogether(block([TABLE2[0]!, TABLE2[1]!, ...TABLE3]))).toHaveLength(1);
    const spanned = block([...TABLE2, ...TABLE3]);
    spanned.rows[2]![0]!.rowSpan = 2;
    expect(splitRunTogether(spanned)).toHaveLength(1);
    expect(splitRunTogether(one)).toHaveLength(2);
    // One table whose header repeats its opening words (table 三's note and 申请人情况 on two rows) stays one.
    expect(splitRunTogether(block([...TABLE3, ['申请人情况'], ['二、上年结转政府信息公开申请数量', '1']]))).toHaveLength(1);
  });
});
