import { clusterAnchors, columnAnchors, spacingAgrees, numberColumns, place, placeByAnchors, placePartly, unruledToBlocks } from '../../../src/frontends/text/unruled.js';
import type { Block } from '../../../src/model/blocks.js';

const texts = (b: Block) => (b.kind === 'table' ? b.rows.map((r) => r.map((c) => c.text)) : b.kind === 'paragraph' ? b.text : 'image');
const prose = (lines: string[], offset: number): Block[] =>
  lines.flatMap((t, i) => (t.trim() ? [{ kind: 'paragraph' as const, text: t.trim(), location: { line: offset + i + 1 } }] : []));
const piece = (start: number, text: string) => ({ text, start, end: start + text.length, number: true });

test('numbers placed by the extents of complete rows; none placed when one is ambiguous', () => {
  const extents: [number, number][] = [
    [10, 14],
    [20, 26],
    [30, 33],
  ];
  expect(place([piece(11, '12'), piece(31, '3')], 3, extents)?.map((p) => p?.text ?? null)).toEqual(['12', null, '3']);
  expect(place([piece(15, '1234567')], 3, extents)).toBeNull();
  expect(place([piece(1, '1'), piece(2, '2'), piece(3, '3')], 3, undefined)?.map((p) => p!.text)).toEqual(['1', '2', '3']);
});

test('columns: numbers that touch or overlap are one column', () => {
  expect(numberColumns([piece(10, '12'), piece(11, '3'), piece(13, '4'), piece(20, '5')])).toEqual([
    [10, 14],
    [20, 21],
  ]);
});

test('pdftotext -layout: a table 二 header whose long labels wrapped around its line is one row (real lines, held-out reports 21013 and 21011)', () => {
  const text = [
    '     二、主动公开政府信息情况',
    '',
    '                第二十条第（一）项',
    '',
    '                                     本年新公开数     对外公开总数',
    '      信息内容      本年新制作数量',
    '                                        量               量',
    '',
    '规章                    0                  0              0',
    '',
    '',
    '规范性文件             31343                 33              0',
    '',
    '                   第二十条第（八）项',
    '',
    '             上一年项目数',
    '     信息内容                          本年增/减',
    '               量',
    '行政事业性收费               57                         -27587',
    '',
    '\f     三、收到和处理政府信息公开申请情况',
  ];
  const { blocks, warnings } = unruledToBlocks(text, prose);
  expect(warnings).toEqual([]);
  expect(blocks.map(texts)).toEqual([
    '二、主动公开政府信息情况',
    [
      ['第二十条第（一）项'],
      ['信息内容', '本年新制作数量', '本年新公开数量', '对外公开总数量'],
      ['规章', '0', '0', '0'],
      ['规范性文件', '31343', '33', '0'],
      ['第二十条第（八）项'],
      ['信息内容', '上一年项目数量', '本年增/减'],
      ['行政事业性收费', '57', '-27587'],
    ],
    '三、收到和处理政府信息公开申请情况',
  ]);
});

test('pdftotext -layout: a wrapped table 二 header under a unit line takes its nearest lines only', () => {
  const text = [
    '     二、主动公开政府信息情况',
    '                第二十条第（一）项',
    '                                                       单位：件',
    '                                     本年新公开数     对外公开总数',
    '      信息内容      本年新制作数量',
    '                                        量               量',
    '',
    '规章                    1                  2              3',
    '',
    '\f     三、收到和处理政府信息公开申请情况',
  ];
  const { blocks, warnings } = unruledToBlocks(text, prose);
  expect(warnings).toEqual([]);
  expect(blocks.map(texts)[1]).toEqual([['第二十条第（一）项'], ['单位：件'], ['信息内容', '本年新制作数量', '本年新公开数量', '对外公开总数量'], ['规章', '1', '2', '3']]);
});

test('pdftotext -layout: lines around a table 二 header that do not complete its labels stay lines of their own', () => {
  const text = [
    '     二、主动公开政府信息情况',
    '                第二十条第（一）项',
    '                                     单位：件',
    '      信息内容      本年新制作数量      本年新公开数量      对外公开总数量',
    '',
    '规章                    1                  2              3',
    '',
    '\f     三、收到和处理政府信息公开申请情况',
  ];
  const { blocks } = unruledToBlocks(text, prose);
  expect(blocks.map(texts)[1]).toEqual([['第二十条第（一）项'], ['单位：件'], ['信息内容', '本年新制作数量', '本年新公开数量', '对外公开总数量'], ['规章', '1', '2', '3']]);
});

test('pdftotext -layout: wrapped labels, a sign apart, blank cells, a page number', () => {
  const text = [
    '     二、主动公开政府信息情况',
    '                 第二十条第（六）项',
    '     信息内容    上一年项目数量    本年增/减            处理决定数量',
    '',
    '行政处罚          558879     减 66315           492564',
    '',
    '行政强制                     0                  8492',
    '',
    '其他对外管理服',
    '                  12         1                  2',
    '务事项',
    '',
    '                              1',
    '\f     三、收到和处理政府信息公开申请情况',
  ];
  const { blocks, warnings } = unruledToBlocks(text, prose);
  expect(warnings).toEqual([]);
  expect(blocks.map(texts)).toEqual([
    '二、主动公开政府信息情况',
    [['第二十条第（六）项'], ['信息内容', '上一年项目数量', '本年增/减', '处理决定数量'], ['行政处罚', '558879', '减 66315', '492564'], ['行政强制', '', '0', '8492'], ['其他对外管理服务事项', '12', '1', '2']],
    '三、收到和处理政府信息公开申请情况',
  ]);
});

test('a row whose numbers cannot be placed is not read and is warned', () => {
  const text = ['第二十条第（九）项', '     信息内容           采购项目数量                    采购总金额', '政府集中采购                5686'];
  const { blocks, warnings } = unruledToBlocks(text, prose);
  expect(blocks.map(texts)).toEqual([[['第二十条第（九）项'], ['信息内容', '采购项目数量', '采购总金额'], ['政府集中采购']]]);
  expect(warnings.map((w) => [w.code, w.location.line])).toEqual([['CELLS_VANISHED', 3]]);
});

test('anchors: complete rows give each column its place, under the alignment that keeps a column tightest', () => {
  // Centred numbers: `7` and `123` share a centre, not an edge.
  const rows = [
    { page: 1, nums: [piece(10, '7'), piece(20, '8'), piece(30, '9')] },
    { page: 1, nums: [piece(9, '123'), piece(19, '456'), piece(29, '789')] },
    { page: 1, nums: [piece(19, '5'), piece(29, '12345')] },
  ];
  const { align, anchors } = columnAnchors(rows, 3);
  expect(align).toBe('centre');
  expect(anchors.get(1)).toEqual([10.5, 20.5, 30.5]);
  expect(placeByAnchors([piece(20, '5'), piece(29, '123')], anchors.get(1), align)?.map((p) => p?.text ?? null)).toEqual([null, '5', '123']);
  // Halfway between two columns is no column.
  expect(placeByAnchors([piece(15, '5')], anchors.get(1), align)).toBeNull();
  // Two numbers for one column: not placed.
  expect(placeByAnchors([piece(10, '1'), piece(11, '2')], anchors.get(1), align)).toBeNull();
});

test('anchors of a page without a complete row: its numbers in clearly separate clusters, or none', () => {
  expect(clusterAnchors([10, 11, 10.5, 30, 31, 50, 51.5], 3)?.anchors).toEqual([10.5, 30.5, 50.75]);
  // A column blank on every row leaves two clusters for three columns: no anchors.
  expect(clusterAnchors([10, 11, 10.5, 30, 31, 30.5], 3)).toBeNull();
  // Drifting positions (no clear gaps) give none.
  expect(clusterAnchors([10, 14, 18, 22, 26, 30], 3)).toBeNull();
});

test("clusters must space their columns as a measured page does (each page's grid scaled by one factor)", () => {
  // Held-out report 13037's last page of table 三 under the start alignment: 127471 and 23 of one
  // column apart, another column blank on every row; the previous page's complete rows for reference.
  const ref = [16.25, 25.75, 34.25, 42.75, 51.25, 57.75, 64.75];
  const found = clusterAnchors([27, 47, 56, 66, 86, 27, 47, 66, 72, 21, 56, 76, 86], 7)!;
  expect(found.anchors).toEqual([21, 27, 47, 56, 66, 74, 86]);
  expect(spacingAgrees(found.anchors, ref)).toBe(false);
  // The same columns at one and a half times the scale, shifted, a character pushed here and there.
  expect(spacingAgrees([40, 54, 68, 83, 97, 108, 121], ref)).toBe(true);
});

test('a row the strict rule refuses: the numbers every placement agrees on are placed, the others not', () => {
  const anchors = [10, 20, 30, 40];
  const texts = (r: ReturnType<typeof placePartly>) => r && r.cells.map((p) => p?.text ?? null);
  // `5` stands near the third column only; the second is blank.
  expect(texts(placePartly([piece(10, '1'), piece(33, '5'), piece(40, '9')], anchors, 'start'))).toEqual(['1', null, '5', '9']);
  // 4 from the third column and 6 from the fourth: not clearly the third's (see below).
  expect(texts(placePartly([piece(10, '1'), piece(34, '5'), piece(40, '9')], anchors, 'start'))).toEqual(['1', null, null, '9']);
  // `7` stands halfway between two columns: near neither, never placed (even where one column is left for it).
  expect(texts(placePartly([piece(10, '1'), piece(25, '7'), piece(40, '9')], anchors, 'start'))).toEqual(['1', null, null, '9']);
  expect(texts(placePartly([piece(10, '1'), piece(25, '7'), piece(30, '8'), piece(40, '9')], anchors, 'start'))).toEqual(['1', null, '8', '9']);
  // Near its column but out of order with the others: no placement fits, nothing is placed.
  expect(placePartly([piece(30, '3'), piece(20, '2')], anchors, 'start')).toBeNull();
  // Nothing placeable: null.
  expect(placePartly([piece(15, '1')], anchors, 'start')).toBeNull();
  expect(placePartly([piece(10, '1')], undefined, 'start')).toBeNull();
});

test('between two anchors, a number is in a column only when at least twice as near it as the other', () => {
  // Held-out report 17030 (pdftotext -layout, right-aligned numbers): anchors of the page's one
  // complete row; a row with a blank has its second `0` ending 3 characters from the second
  // column's anchor and 4 from the third's (pdftotext moved it): that cell is not read.
  const anchors = [26, 32, 39, 51, 61, 68, 78];
  const row = [piece(24, '0'), piece(34, '0'), piece(50, '8'), piece(55, '116097'), piece(77, '0')];
  expect(placePartly(row, anchors, 'end')?.cells.map((p) => p?.text ?? null)).toEqual(['0', null, null, '8', '116097', null, '0']);
  // 7 from the second column's anchor and 13 from the third's: within 0.4 of the gap, but not twice as near.
  expect(placePartly([piece(10, '1'), piece(37, '5'), piece(70, '9')], [10, 30, 50, 70], 'start')?.cells.map((p) => p?.text ?? null)).toEqual(['1', null, null, '9']);
  // A row moved as a whole (a wide label before it, tabs): judged after its median shift, 3.5 here.
  expect(placePartly([piece(6, '1'), piece(16, '2'), piece(36, '4')], [10, 20, 30, 40], 'centre')?.cells.map((p) => p?.text ?? null)).toEqual(['1', '2', null, '4']);
  // 3 from one anchor and 6 from the other: in the nearer column.
  const wider = [26, 32, 41, 51, 61, 68, 78];
  expect(placePartly([piece(24, '0'), piece(34, '0'), piece(77, '0')], wider, 'end')?.cells.map((p) => p?.text ?? null)).toEqual(['0', '0', null, null, null, null, '0']);
});

test("a page's one complete row: its extents place a number only where the anchors clearly agree", () => {
  // Held-out report 17030 through pdftotext -layout: the page's one complete row packs 53 and 150302
  // one space apart; the next row's second `0` (the second column's) stands under 150302's span, 3
  // characters from the second column and 4 from the third (right-aligned). It was read in the third.
  const text = [
    '  三、收到和处理政府信息公开申请情况',
    '',
    '                                           申请人情况',
    '（本列数据的勾稽关系',
    '为：第一项加第二项之                             法人或其他组织',
    '和，等于第三项加第四项',
    '                    自然人                                                 总计',
    '之和）                          商业       科研       社会公     法律服务',
    '                                                                  其他',
    '                             企业       机构       益组织      机构',
    '',
    '',
    '一、本年新收政府信息公',
    '                        10    53 150302           0    114050     34         0',
    '开申请数量',
    '',
    '',
    '二、上年结转政府信息公',
    '                        0         0               8    116097                0',
    '开申请数量',
  ];
  const { blocks, warnings } = unruledToBlocks(text, prose);
  const rows = blocks.flatMap((b) => (b.kind === 'table' ? b.rows.map((r) => r.map((c) => c.text)) : []));
  expect(rows.slice(-2)).toEqual([
    ['一、本年新收政府信息公开申请数量', '10', '53', '150302', '0', '114050', '34', '0'],
    ['二、上年结转政府信息公开申请数量', '0', '', '', '8', '116097', '', '0'],
  ]);
  expect(warnings.map((w) => [w.code, w.location.line])).toEqual([['CELLS_VANISHED', 19]]);
});

test('alignment: where the complete rows do not tell, the one under which the other rows stand nearest their columns', () => {
  // One complete row a page: every alignment keeps its columns equally tight. The other row's
  // numbers end where the complete row's do: right-aligned.
  const rows = [
    { page: 1, nums: [piece(8, '123'), piece(20, '4'), piece(28, '56789')] },
    { page: 1, nums: [piece(10, '1'), piece(17, '9999'), piece(32, '7')] },
  ];
  expect(columnAnchors(rows, 3).align).toBe('end');
  expect(columnAnchors(rows, 3).anchors.get(1)).toEqual([11, 21, 33]);
});

describe('columns counted in display width (w3m, lynx: a CJK character takes two columns)', () => {
  // Left-aligned cells padded to display width: counted in characters, each row would
  // be shifted by its own number of CJK characters, and a row with a blank misplaced.
  const TABLE = [
    '三、收到和处理政府信息公开申请情况',
    '',
    '申请人情况',
    '                                    自然人        商业企业      科研机构      社会公益组织  法律服务机构  其他          总计',
    '一、本年新收政府信息公开申请数量    6             0             30            1             44            10395         11',
    '二、上年结转政府信息公开申请数量    37            193501        23            0             0             199349        37',
    '（一）予以公开                      0             0                           11            5             56            0',
    '1.属于国家秘密                      0             0             103139        20            54                          16',
    '（七）总计                          1             2             3             4             5             6             7',
  ];
  const rowsOf = (lines: string[]) => {
    const { blocks, warnings } = unruledToBlocks(lines, prose);
    const table = blocks.find((b) => b.kind === 'table')!;
    return { rows: texts(table) as string[][], warnings: warnings.map((w) => [w.code, w.location.line]) };
  };

  test('rows with blanks are placed in their columns', () => {
    const { rows, warnings } = rowsOf(TABLE);
    expect(rows.slice(-3)).toEqual([
      ['（一）予以公开', '0', '0', '', '11', '5', '56', '0'],
      ['1.属于国家秘密', '0', '0', '103139', '20', '54', '', '16'],
      ['（七）总计', '1', '2', '3', '4', '5', '6', '7'],
    ]);
    expect(warnings).toEqual([]);
  });

  test('a line with undecodable bytes (U+FFFD) is read only when it prints every column', () => {
    const damaged = TABLE.map((l) => l.replace('属于国家秘密', '属于国\uFFFD秘密').replace('（七）总计', '（七）总\uFFFD'));
    const { rows, warnings } = rowsOf(damaged);
    expect(rows.slice(-2)).toEqual([['1.属于国\uFFFD秘密'], ['（七）总\uFFFD', '1', '2', '3', '4', '5', '6', '7']]);
    expect(warnings).toEqual([['CELLS_VANISHED', 8]]);
  });
});

test('anchors: complete rows that disagree about a column by more than the distance to the next give none', () => {
  // Two grids run together (pages without a form feed between them, each scaled on its own).
  const rows = [
    { page: 1, nums: [piece(10, '1'), piece(20, '2'), piece(30, '3')] },
    { page: 1, nums: [piece(26, '1'), piece(36, '2'), piece(46, '3')] },
  ];
  const loose = columnAnchors(rows, 3);
  expect(loose.anchors.has(1)).toBe(false);
  expect([...loose.unreliable]).toEqual([1]);
  // Numbers pushed a few columns about, as pdftotext does on one page: kept; unless the grid must be exact.
  const pushed = [rows[0]!, { page: 1, nums: [piece(12, '1'), piece(21, '2'), piece(30, '3')] }];
  expect(columnAnchors(pushed, 3).anchors.get(1)).toEqual([11.5, 21, 30.5]);
  expect(columnAnchors(pushed, 3, 0.1).anchors.has(1)).toBe(false);
});
