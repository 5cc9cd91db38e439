import { canContinue, joinGrids } from '../../../src/frontends/pdf/continuation.js';
import { gridToBlock } from '../../../src/frontends/pdf/layout.js';
import type { GridCell, TableGrid } from '../../../src/frontends/pdf/types.js';
import { rowsOf } from './helpers.js';

/** A grid over columns at `xs`; each cell [row, col, rowSpan, colSpan, text, openTop?]. */
function grid(page: number, xs: number[], nrows: number, cells: [number, number, number, number, string, boolean?][]): TableGrid {
  const cs: GridCell[] = cells.map(([row, col, rowSpan, colSpan, text, openTop]) => ({
    row, col, rowSpan, colSpan, page, text, runs: [], openTop: openTop ?? false, openBottom: false,
    box: { x: xs[col]!, y: 100 + row * 20, width: xs[col + colSpan]! - xs[col]!, height: rowSpan * 20 },
  }));
  return { page, box: { x: xs[0]!, y: 100, width: xs[xs.length - 1]! - xs[0]!, height: nrows * 20 }, xs, nrows, cells: cs };
}
const XS = [77, 103, 180, 310, 340];

describe('canContinue', () => {
  it('needs the next page and the same outer edges', () => {
    const a = grid(3, XS, 1, [[0, 0, 1, 4, 'x']]);
    expect(canContinue(a, grid(4, [78, 200, 341], 1, [[0, 0, 1, 2, 'y']]))).toBe(true);
    expect(canContinue(a, grid(4, [90, 200, 341], 1, [[0, 0, 1, 2, 'y']]))).toBe(false);
    expect(canContinue(a, grid(3, XS, 1, [[0, 0, 1, 4, 'y']]))).toBe(false);
  });
});

describe('joinGrids', () => {
  it('extends group labels whose cells stay open over the break (WPS)', () => {
    const a = grid(3, XS, 2, [[0, 0, 2, 1, '三、本年度办理结果'], [0, 1, 2, 1, '（四）无法提供'], [0, 2, 1, 1, '1.本机关不掌握'], [0, 3, 1, 1, '10'], [1, 2, 1, 1, '2.没有现成信息'], [1, 3, 1, 1, '3']]);
    const b = grid(4, XS, 2, [[0, 0, 2, 1, '', true], [0, 1, 1, 1, '', true], [0, 2, 1, 1, '3.补正后'], [0, 3, 1, 1, '0'], [1, 1, 1, 2, '（六）其他处理'], [1, 3, 1, 1, '0']]);
    expect(rowsOf(gridToBlock(joinGrids(a, b)))).toEqual([
      ['三、本年度办理结果↓4', '（四）无法提供↓3', '1.本机关不掌握', '10'],
      ['2.没有现成信息', '3'],
      ['3.补正后', '0'],
      ['（六）其他处理→2', '0'],
    ]);
  });

  it('extends an empty label cell under a text label even when ruled (LibreOffice), never a blank data cell', () => {
    const a = grid(4, XS, 1, [[0, 0, 1, 1, '（三）不予公开'], [0, 1, 1, 2, '6.属于四类过程性信息'], [0, 3, 1, 1, '1']]);
    const b = grid(5, XS, 1, [[0, 0, 1, 1, ''], [0, 1, 1, 2, '7.属于行政执法案卷'], [0, 3, 1, 1, '']]);
    expect(rowsOf(gridToBlock(joinGrids(a, b)))).toEqual([
      ['（三）不予公开↓2', '6.属于四类过程性信息→2', '1'],
      ['7.属于行政执法案卷→2', ''],
    ]);
  });

  it('joins the empty rest of a row cut by the break, and drops a repeated header', () => {
    const a = grid(2, XS, 2, [[0, 0, 1, 4, '表头'], [1, 0, 1, 4, '第二十条第（一）项']]);
    const b = grid(3, XS, 3, [[0, 0, 1, 4, '表头'], [1, 0, 1, 4, ''], [2, 0, 1, 2, '规章'], [2, 2, 1, 2, '0']]);
    expect(rowsOf(gridToBlock(joinGrids(a, b)))).toEqual([['表头→4'], ['第二十条第（一）项→4'], ['规章→2', '0→2']]);
  });

  it('unifies columns that only one part has', () => {
    const a = grid(2, [0, 100, 200], 1, [[0, 0, 1, 1, '信息内容'], [0, 1, 1, 1, '本年处理决定数量']]);
    const b = grid(3, [0, 100, 150, 200], 1, [[0, 0, 1, 1, '规章'], [0, 1, 1, 1, '0'], [0, 2, 1, 1, '5']]);
    expect(rowsOf(gridToBlock(joinGrids(a, b)))).toEqual([['信息内容', '本年处理决定数量→2'], ['规章', '0', '5']]);
  });
});
