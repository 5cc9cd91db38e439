import { alignValues, dropEnds } from '../../src/middle/align.js';
import type { Cell } from '../../src/model/report.js';

const cells = (...texts: string[]): Cell[] => texts.map((text) => ({ text, value: null, rowSpan: 1, colSpan: 1, location: {} }));
const texts = (cs: Cell[] | null) => cs?.map((c) => c.text) ?? null;

describe('extra value cells of a grid whose columns were inferred (dropEnds)', () => {
  test('dropped at the end where every row with a number (or a value marked unread) is blank', () => {
    const rows = [cells('1', '2', '3', '', ''), cells('', '5', '6', '', ''), cells('7…', '', '9', '', '')];
    const ends = dropEnds(rows);
    expect(ends.get(5)).toEqual({ lead: 0, trail: 2 });
    expect(texts(alignValues(rows[1]!, 3, ends.get(5)))).toEqual(['', '5', '6']);
  });

  test('not dropped where one row fills the extra cell: a column split in two, and the blank one of another row is not known', () => {
    const rows = [cells('1', '2', '3', '4'), cells('', '5', '6', '')];
    const ends = dropEnds(rows);
    expect(ends.get(4)).toEqual({ lead: 0, trail: 0 });
    expect(alignValues(rows[1]!, 3, ends.get(4))).toBeNull();
    // Read as before where the grid's columns were not inferred: blanks at both ends leave it open.
    expect(alignValues(rows[1]!, 3)).toBeNull();
    expect(texts(alignValues(cells('5', '6', '7', ''), 3))).toEqual(['5', '6', '7']);
  });

  test('blank at the start of every row too: which cells are extra is not known (a review found `_ 1…6 _ _` read as `_ 1…6`)', () => {
    const row = cells('', '1', '2', '3', '4', '5', '6', '', '');
    expect(alignValues(row, 7, dropEnds([row]).get(9))).toBeNull();
    // One row of as many cells that fills its first cell shows where the values start.
    const rows = [row, cells('7', '1', '2', '3', '4', '5', '6', '', '')];
    expect(texts(alignValues(row, 7, dropEnds(rows).get(9)))).toEqual(['', '1', '2', '3', '4', '5', '6']);
  });

  test('blank at both ends in every row: which end is extra is not known; a row of blanks is blanks whichever', () => {
    const ends = dropEnds([cells('', '5', ''), cells('', '6', '')]);
    expect(alignValues(cells('', '5', ''), 2, ends.get(3))).toBeNull();
    expect(texts(alignValues(cells('', '', ''), 2, ends.get(3)))).toEqual(['', '']);
  });
});
