import { classifyTable, rowsOfKind } from '../../src/middle/tables.js';
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
