import { groupRulings, mergeSegments } from '../../../src/frontends/pdf/rulings.js';
import { splitAcrossColumns } from '../../../src/frontends/pdf/runs.js';
import { buildGrid } from '../../../src/frontends/pdf/tables.js';
import type { TableGrid } from '../../../src/frontends/pdf/types.js';
import { gridToBlock } from '../../../src/frontends/pdf/layout.js';
import type { Segment } from '../../../src/frontends/pdf/types.js';
import { rowsOf, run } from './helpers.js';

const h = (y: number, x1: number, x2: number): Segment => ({ x1, y1: y, x2, y2: y });
const v = (x: number, y1: number, y2: number): Segment => ({ x1: x, y1, x2: x, y2 });
const group = (segs: Segment[]) => groupRulings(mergeSegments(segs))[0]!;
const rows = (g: TableGrid) => rowsOf(gridToBlock(g));

describe('buildGrid', () => {
  // A group label spanning two rows, a header spanning two columns:
  //   x: 0 ── 60 ── 120 ── 160 ── 200
  //   y 0  | 信息内容 (→2)  | 数量 (→2)    |
  //   y 20 | 不予公开 ↓2 | 1.秘密 | 1 | 0 |
  //   y 40 |            | 2.其他 |   | 5 |
  const segs = [
    h(0, 0, 200), h(20, 0, 200), h(40, 60, 200), h(60, 0, 200),
    v(0, 0, 60), v(60, 20, 60), v(120, 0, 60), v(160, 20, 60), v(200, 0, 60),
  ];

  it('derives spans from missing ruling pieces and puts each run in its cell, blanks kept', () => {
    const runs = [
      run('信息内容', 10, 14), run('数量', 140, 14),
      run('不予', 5, 35), run('公开', 5, 47), // wrapped over two lines, vertically centred
      run('1.秘密', 65, 34), run('1', 140, 35, 12, 6), run('0', 180, 35, 12, 6),
      run('2.其他', 65, 54), run('5', 180, 55, 12, 6),
    ];
    const grid = buildGrid(group(segs), runs, 4);
    expect(rows(grid)).toEqual([
      ['信息内容→2', '数量→2'],
      ['不予|公开↓2', '1.秘密', '1', '0'],
      ['2.其他', '', '5'],
    ]);
    const block = gridToBlock(grid);
    expect(block.location).toEqual({ page: 4, box: { x: 0, y: 0, width: 200, height: 60 } });
    expect(block.rows[1]![0]!.location).toEqual({ page: 4, box: { x: 0, y: 20, width: 60, height: 40 } });
  });

  it('splits a ruled row holding several rows of numbers at their baselines', () => {
    // Only the outer frame and column rulings: no rulings between the rows.
    const bare = [h(0, 0, 200), h(60, 0, 200), v(0, 0, 60), v(100, 0, 60), v(200, 0, 60)];
    const runs = [run('规章', 5, 15), run('3', 150, 15), run('规范性文件', 5, 35), run('7', 150, 35), run('合计', 5, 55), run('10', 150, 55)];
    expect(rows(buildGrid(group(bare), runs, 1))).toEqual([['规章', '3'], ['规范性文件', '7'], ['合计', '10']]);
  });

  it('keeps a row whole where numbers wrapped in their cells (the other cells aligned to the top or bottom): no part is read as the number', () => {
    // Table 四's value row in narrow columns: `18661` over `1`, `8288` over `9`, the other cells one line.
    const frame = [h(0, 0, 120), h(36, 0, 120), v(0, 0, 36), v(30, 0, 36), v(60, 0, 36), v(90, 0, 36), v(120, 0, 36)];
    const top = [run('23', 5, 12), run('18661', 32, 12, 10, 26), run('1', 32, 28, 10, 6), run('0', 65, 12), run('8288', 92, 12, 10, 24), run('9', 92, 28, 10, 6)];
    expect(rows(buildGrid(group(frame), top, 1))).toEqual([['23', '18661|1', '0', '8288|9']]);
    const bottom = [run('23', 5, 28), run('18661', 32, 12, 10, 26), run('1', 32, 28, 10, 6), run('0', 65, 28), run('8288', 92, 12, 10, 24), run('9', 92, 28, 10, 6)];
    expect(rows(buildGrid(group(frame), bottom, 1))).toEqual([['23', '18661|1', '0', '8288|9']]);
    // Rows of numbers each with its label are rows, as before.
    const labelled = [run('规章', 2, 12, 10, 24), run('3', 35, 12), run('文件', 2, 28, 10, 24), run('7', 35, 28)];
    expect(rows(buildGrid(group(frame), labelled, 1))).toEqual([['规章', '3', '', ''], ['文件', '7', '', '']]);
  });

  it('marks first-row cells without a top ruling as open (the table goes on from the page before)', () => {
    const open = [h(0, 60, 200), h(20, 60, 200), h(40, 0, 200), v(0, 0, 40), v(60, 0, 40), v(120, 0, 40), v(200, 0, 40)];
    const grid = buildGrid(group(open), [run('3.补正后', 65, 15, 8), run('0', 150, 15)], 2);
    expect(grid.cells.filter((c) => c.row === 0).map((c) => [c.text, c.rowSpan, c.openTop])).toEqual([['', 2, true], ['3.补正后', 1, false], ['0', 1, false]]);
  });
});

describe('a table part between two page breaks', () => {
  it('keeps label columns whose verticals cross no horizontal ruling: cells open at top and bottom', () => {
    // Columns 0-60 and 60-120 hold group labels that span the whole page (clipped
    // at the content area); only the columns to their right have row rulings.
    const part = [h(50, 120, 300), h(100, 120, 300), v(0, 0, 150), v(60, 0, 150), v(120, 0, 150), v(200, 0, 150), v(300, 0, 150)];
    const grid = buildGrid(group(part), [run('1.', 125, 40, 8), run('7', 250, 40), run('2.', 125, 80, 8), run('9', 250, 80)], 5);
    expect(grid.xs).toEqual([0, 60, 120, 200, 300]);
    expect(grid.cells.filter((c) => c.col < 2).map((c) => [c.row, c.col, c.rowSpan, c.openTop, c.openBottom])).toEqual([
      [0, 0, 3, true, true],
      [0, 1, 3, true, true],
    ]);
  });
});

describe('splitAcrossColumns', () => {
  it('splits a run pdfjs joined across a column boundary at its spaces', () => {
    const joined = run('22 246612', 202, 150, 9, 40);
    const parts = splitAcrossColumns(joined, [150, 215, 260]);
    expect(parts.map((p) => p.text)).toEqual(['22', '246612']);
    expect(parts[0]!.box.x + parts[0]!.box.width).toBeLessThan(215);
    expect(parts[1]!.box.x).toBeGreaterThan(210);
  });
  it('leaves runs inside one column alone', () => {
    const r = run('只计这一情 形', 10, 10, 9);
    expect(splitAcrossColumns(r, [0, 200])).toEqual([r]);
  });
});
