/**
 * Numbers that do not fit their cells in a table without rulings (groupedNumbers.ts and
 * textGrid.ts foldWrappedLines): grouped pieces joined where the other rows show one column,
 * rows whose pieces nothing places not read, the lines of a wrapped number one row.
 */
import { gridToBlock } from '../../../src/frontends/pdf/layout.js';
import { groupLines } from '../../../src/frontends/pdf/lines.js';
import { buildTextGrid } from '../../../src/frontends/pdf/textGrid.js';
import { findTextRegions } from '../../../src/frontends/pdf/textRegions.js';
import type { Run } from '../../../src/frontends/pdf/types.js';
import { rowsOf, run, table3Head } from './helpers.js';

const grid = (runs: Run[]) => rowsOf(gridToBlock(buildTextGrid(findTextRegions(groupLines(runs))[0]!, 1)));

/** Table 三's head and three rows in three number columns (x 210–220, 275–282, 335–345); `extra`: more runs. */
function table3(extra: Run[]): Run[] {
  const r = (text: string, x: number, base: number, width?: number) => run(text, x, base, 10, width);
  return [
    ...table3Head(),
    ...extra,
    r('（七）总计', 50, 230),
    r('5', 212, 230, 5),
    r('5', 337, 230, 5),
    run('五、存在的主要问题及改进情况', 50, 280, 16),
  ];
}
const r = (text: string, x: number, base: number, width: number) => run(text, x, base, 10, width);

test('pieces of a grouped number that stand in one column of the other rows are one number', () => {
  // `1 050` under 自然人: both pieces overlap the column's other numbers (210–220).
  const rows = grid(table3([r('二、上年结转', 50, 190, 60), r('1', 205, 190, 6), r('050', 213, 190, 15), r('1050', 330, 190, 20)]));
  expect(rows.slice(2)).toEqual([
    ['一、本年新收', '21', '0', '21'],
    ['二、上年结转', '1050', '', '1050'],
    ['（七）总计', '5', '', '5'],
  ]);
});

test('a number run into the first group of the next (`3785` then `170`) is never joined to it: two cells where the other rows show two columns, else the row is not read', () => {
  // Both pieces over 自然人's numbers: one cell cannot hold `3785 170` as a grouped number.
  const rows = grid(table3([r('二、上年结转', 50, 190, 60), r('3785', 200, 190, 20), r('170', 222, 190, 15), r('3', 277, 190, 5)]));
  // Every value cell of the row marked unread (`…`), the blank one too.
  expect(rows[3]).toEqual(['二、上年结转', '3785…', '170…', '3…', '…']);
});

test('a column whose numbers run over into the next one (no padding) proves nothing: its pieces are not joined', () => {
  // Under 商业企业, `0` (275–280), `88` (279–289) and `1234` (286–306) overlap in a chain 31 wide, its widest number 20:
  // `1` and `050` both overlap it, yet it is no one cell's column: their row is not read (joined, `1050` was read).
  const rows = grid(table3([
    r('二、上年结转', 50, 190, 60), r('1', 276, 190, 6), r('050', 285, 190, 15), r('2', 337, 190, 5),
    r('三、本年', 50, 210, 40), r('88', 279, 210, 10), r('9', 337, 210, 5), r('四、结转', 50, 220, 40), r('1234', 286, 220, 20), r('7', 337, 220, 5),
  ]));
  expect(rows[3]).toEqual(['二、上年结转', '…', '1050…', '2…']);
});

test('pieces that no other row places in a column leave their row unread, every value cell of it', () => {
  // `7 050` left of every column's numbers: one number or two cells, nothing tells.
  const rows = grid(table3([r('二、上年结转', 50, 190, 60), r('7', 168, 190, 6), r('050', 176, 190, 15), r('3', 277, 190, 5)]));
  // The pieces stand as columns of their own (the middle then finds more value cells than columns).
  expect(rows.slice(2)).toEqual([
    ['一、本年新收', '', '', '21', '0', '21'],
    ['二、上年结转', '7…', '050…', '…', '3…', '…'],
    ['（七）总计', '', '', '5', '', '5'],
  ]);
});

test('a number wrapped in its cell: the line of its rest is no row, and the cells of its column beside it are not read', () => {
  // `52` over `050` under 自然人 and `10` over `200` under 总计; the rests' line has no label.
  const wrapped = [r('二、上年结转', 50, 190, 60), r('52', 210, 190, 10), r('3', 277, 190, 5), r('10', 335, 190, 10), r('050', 207, 203, 15), r('200', 333, 203, 15)];
  expect(grid(table3(wrapped)).slice(2)).toEqual([
    ['一、本年新收', '21', '0', '21'],
    ['二、上年结转', '52|050…', '3', '10|200…'],
    ['（七）总计', '5', '', '5'],
  ]);
  // Where the rest's line holds a label's characters too, it stays a row, its cells not read, nor those above.
  const labelled = [...wrapped, r('数量', 50, 203, 20)];
  expect(grid(table3(labelled)).slice(2)).toEqual([
    ['一、本年新收', '21', '0', '21'],
    ['二、上年结转', '52…', '3', '10…'],
    ['数量', '050…', '', '200…'],
    ['（七）总计', '5', '', '5'],
  ]);
});
