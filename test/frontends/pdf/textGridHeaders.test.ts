/**
 * Text tables (no rulings): header cells set close together, header words
 * matched to number columns in order, inner label columns found from aligned
 * starts, cells run together in one text object, and a header left at the
 * foot of a page.
 */
import { gridToBlock, layoutPages } from '../../../src/frontends/pdf/layout.js';
import { groupLines, makeLine } from '../../../src/frontends/pdf/lines.js';
import { makeSegment, segmentLine } from '../../../src/frontends/pdf/segments.js';
import { trimRun } from '../../../src/frontends/pdf/runs.js';
import { buildTextGrid, cutBetweenColumns, labelBoundaries, matchInOrder } from '../../../src/frontends/pdf/textGrid.js';
import { findTextRegions, orphanHeader, tableLine } from '../../../src/frontends/pdf/textRegions.js';
import type { Run } from '../../../src/frontends/pdf/types.js';
import { rowsOf, run } from './helpers.js';

const seg = (...runs: Run[]) => makeSegment(runs);
const texts = (segs: { text: string }[]) => segs.map((s) => s.text);

describe('runs: a trailing space, a number run into a label', () => {
  test('a run ending in a space ends where its ink ends', () => {
    // `审结 `: two ideographs (1 em each) and a space (0.3 em) in 23 pt.
    const r = trimRun(run('审结 ', 100, 50, 10, 23));
    expect(r.text).toBe('审结');
    expect(r.box.width).toBeCloseTo(20, 5);
    expect(trimRun(run('审结', 100, 50, 10, 20))).toEqual(run('审结', 100, 50, 10, 20));
  });

  test('`继续办理 59`: the number after the space is a cell of its own, the label goes on with its runs', () => {
    const line = makeLine([run('四、结转下年度', 100, 50, 10, 70), run('继续办理 59', 170, 50, 10, 51)]);
    expect(segmentLine(line).map((s) => [s.text, s.numeric])).toEqual([
      ['四、结转下年度继续办理', false],
      ['59', true],
    ]);
  });

  test('running text with a number inside is not cut (`共 5 次`)', () => {
    expect(segmentLine(makeLine([run('共 5 次', 100, 50, 10, 36)])).map((s) => s.text)).toEqual(['共5次']);
  });
});

describe('matchInOrder', () => {
  test('equal counts pair in order, whatever the distances', () => {
    // Left-aligned numbers (205, 274.5, 369) under centred headers (235.5, 313.5, 406.5).
    expect([...matchInOrder([235.5, 313.5, 406.5], [205, 274.5, 369])]).toEqual([0, 1, 2]);
  });

  test('more headers than columns: the nearest in order are paired, the rest left over', () => {
    expect([...matchInOrder([10, 50, 90, 130], [12, 88, 131])].sort()).toEqual([0, 2, 3]);
    expect([...matchInOrder([10, 50], [])]).toEqual([]);
  });
});

describe('cutBetweenColumns', () => {
  // Number columns of table 三's 法人或其他组织 part.
  const columns: [number, number][] = [[282, 291], [321, 348], [359, 382], [398, 407]];

  test('two header cells apart by a small gap over the gap between two columns are cut', () => {
    const s = seg(run('社会公益', 321, 220, 9, 36), run('法律服务', 359, 220, 9, 36));
    expect(texts(cutBetweenColumns(s, columns))).toEqual(['社会公益', '法律服务']);
  });

  test('touching runs are cut where the line below has a cell centred under each side', () => {
    const s = seg(run('社会', 340, 220, 10, 21), run('公益', 361, 220, 10, 21), run('法律服务机', 382, 220, 10, 54));
    const below = [seg(run('组织', 350.5, 233, 10, 21)), seg(run('构', 404, 233, 10, 11))];
    const cols: [number, number][] = [[356, 366], [397, 423]];
    expect(texts(cutBetweenColumns(s, cols, below))).toEqual(['社会公益', '法律服务机']);
    // Nothing below: no evidence, one segment (`法人或其他组织` also spans columns; only a leaf is cut then).
    expect(texts(cutBetweenColumns(s, cols, [seg(run('某', 340, 233, 10, 96))]))).toEqual(['社会公益法律服务机']);
  });

  test('a spanning header (`法人或其他组织` over its five labels) stays whole', () => {
    const s = seg(run('法人', 301, 198, 9, 18), run('或', 319, 198, 9, 9), run('其', 328, 198, 9, 9), run('他组织', 337, 198, 9, 27));
    const below = [seg(run('科研', 291, 220, 9, 18)), seg(run('社会公益', 321, 220, 9, 36)), seg(run('法律服务', 359, 220, 9, 36))];
    expect(texts(cutBetweenColumns(s, columns, below))).toEqual(['法人或其他组织']);
  });

  test('one cell over another with their edges on the cut (`尚未` over `审结`) stays whole', () => {
    const s = seg(run('尚', 139.3, 170.6, 7.5, 7.5), run('未', 146.8, 170.6, 7.5, 7.5));
    const below = [seg(run('审结', 139.3, 181.5, 7.5, 15))];
    expect(texts(cutBetweenColumns(s, [[110, 114], [135, 140], [161, 170]], below))).toEqual(['尚未']);
  });

  test('a leaf over two columns is two cells at the run boundary between them', () => {
    const s = seg(run('社会公益组织', 300, 220, 10, 60), run('法律服务机构', 360, 220, 10, 60));
    expect(texts(cutBetweenColumns(s, [[320, 335], [385, 400]]))).toEqual(['社会公益组织', '法律服务机构']);
  });
});

describe('labelBoundaries from aligned starts', () => {
  test('an inner label column whose outer group label stands on lines of its own', () => {
    const line = (...segs: ReturnType<typeof seg>[]) => segs;
    const lines = [
      line(seg(run('2.没有现成信息', 138, 180, 9, 63))),
      line(seg(run('无法提', 104, 185, 9, 27))),
      line(seg(run('需要另行制作', 138, 191, 9, 54))),
      line(seg(run('供', 113, 197, 9, 9))),
      line(seg(run('3.补正后申请', 138, 210, 9, 54))),
      line(seg(run('一、本年新收政府信息', 82, 230, 9, 90))),
    ];
    expect(labelBoundaries(lines, [], 82, 220)).toEqual([134.5]);
  });

  test('one left-aligned label column has none', () => {
    const lines = [[seg(run('规章', 101, 50, 9, 18))], [seg(run('规范性文件', 101, 70, 9, 45))], [seg(run('行政许可', 101, 90, 9, 36))]];
    expect(labelBoundaries(lines, [], 101, 200)).toEqual([]);
  });
});

/** Table 二's first block with numbers set at their cells' left edges, away from the centred headers. */
function table2(): Run[] {
  return [
    run('第二十条第（一）项', 237, 314, 9, 81),
    run('信息内容', 132, 333, 9, 36),
    run('本年新制作数量', 204, 333, 9, 63),
    run('本年新公开数量', 282, 333, 9, 63),
    run('对外公开总数量', 375, 333, 9, 63),
    run('规章', 101, 355, 9, 18),
    run('42', 201, 355, 9, 9),
    run('0', 272, 355, 9, 5),
    run('65539', 358, 355, 9, 22),
    run('规范性文件', 101, 376, 9, 45),
    run('0', 201, 376, 9, 5),
    run('0', 272, 376, 9, 5),
    run('0', 358, 376, 9, 5),
  ];
}

describe('header words and number columns', () => {
  test('each header word heads one column, in order: no blank column between', () => {
    const grid = buildTextGrid(findTextRegions(groupLines(table2()))[0]!, 1);
    expect(rowsOf(gridToBlock(grid))).toEqual([
      ['第二十条第（一）项'],
      ['信息内容', '本年新制作数量', '本年新公开数量', '对外公开总数量'],
      ['规章', '42', '0', '65539'],
      ['规范性文件', '0', '0', '0'],
    ]);
  });
});

/** Table 三's header last on page 1, its rows first on page 2. */
function splitTable(): { p1: Run[]; p2: Run[] } {
  const r1 = (text: string, x: number, base: number, size = 10, width?: number) => run(text, x, base, size, width, 1);
  const r2 = (text: string, x: number, base: number, size = 10, width?: number) => run(text, x, base, size, width, 2);
  return {
    p1: [
      r1('正文一段文字，说明本年度的工作情况。', 50, 600, 12),
      r1('三、收到和处理政府信息公开申请情况', 50, 640, 16),
      r1('申请人情况', 300, 700),
      r1('自然人', 200, 720),
      r1('商业企业', 260, 720),
      r1('总计', 330, 720),
    ],
    p2: [
      r2('一、本年新收', 50, 80),
      r2('21', 210, 80, 10, 10),
      r2('0', 275, 80, 10, 5),
      r2('21', 335, 80, 10, 10),
      r2('（七）总计', 50, 102),
      r2('5', 212, 102, 10, 5),
      r2('0', 275, 102, 10, 5),
      r2('5', 337, 102, 10, 5),
      r2('五、存在的主要问题及改进情况', 50, 160, 16),
    ],
  };
}

describe('a header left at the foot of a page', () => {
  test('orphanHeader: the header lines at the end of the page, not the heading above them', () => {
    const { p1, p2 } = splitTable();
    const tail = groupLines(p1).map(tableLine);
    const region = findTextRegions(groupLines(p2))[0]!;
    expect(orphanHeader(tail, region).map((t) => t.line.text)).toEqual(['申请人情况', '自然人商业企业总计']);
    // Running text last on the page: no header.
    expect(orphanHeader(tail.slice(0, 2), region)).toEqual([]);
  });

  test('through layout: the header joins its rows on the next page and keeps its own page', () => {
    const { p1, p2 } = splitTable();
    const blocks = layoutPages([
      { page: 1, width: 595, height: 842, runs: p1, segments: [] },
      { page: 2, width: 595, height: 842, runs: p2, segments: [] },
    ]);
    expect(blocks.map((b) => (b.kind === 'table' ? rowsOf(b) : b.kind === 'paragraph' ? b.text : 'image'))).toEqual([
      '正文一段文字，说明本年度的工作情况。',
      '三、收到和处理政府信息公开申请情况',
      [['申请人情况'], ['自然人', '商业企业', '总计'], ['一、本年新收', '21', '0', '21'], ['（七）总计', '5', '0', '5']],
      '五、存在的主要问题及改进情况',
    ]);
    const table = blocks[2]!;
    if (table.kind !== 'table') throw new Error('not a table');
    expect(table.rows[1]![0]!.location.page).toBe(1);
    expect(table.rows[1]![0]!.location.box!.y).toBeCloseTo(711.2, 1);
    expect(table.rows[2]![1]!.location.page).toBe(2);
  });
});
