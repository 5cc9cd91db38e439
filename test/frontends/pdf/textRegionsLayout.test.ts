/**
 * Text tables in less tidy layouts: a section heading set a little larger
 * than the table, tall padded rows, a table 四 whose first column is blank,
 * a cramped header, and tables cut by a page break in awkward places
 * (header foot, a lone row, a blank row carried over).
 */
import { gridToBlock, layoutPages } from '../../../src/frontends/pdf/layout.js';
import { groupLines } from '../../../src/frontends/pdf/lines.js';
import { buildTextGrid, headedLeft } from '../../../src/frontends/pdf/textGrid.js';
import { findTextRegions, orphanRows, tableLine } from '../../../src/frontends/pdf/textRegions.js';
import type { TableBlock } from '../../../src/model/blocks.js';
import type { Run } from '../../../src/frontends/pdf/types.js';
import { rowsOf, run } from './helpers.js';

const texts = (lines: Run[]) => findTextRegions(groupLines(lines)).map((r) => r.map((t) => t.line.text));
const tables = (pages: Run[][]) =>
  layoutPages(pages.map((runs, i) => ({ page: i + 1, width: 595, height: 842, runs, segments: [] })))
    .filter((b): b is TableBlock => b.kind === 'table')
    .map(rowsOf);
const num = (text: string, x: number, base: number, size = 9, page = 1) => run(text, x, base, size, text.length * 0.5 * size, page);

describe('findTextRegions: where a table ends and starts', () => {
  test('a numbered heading set a little larger than the numbers ends the table (not a row label)', () => {
    const runs = [
      run('第二十条第（八）项', 200, 40, 9),
      run('信息内容', 60, 55, 9),
      run('本年收费金额', 200, 55, 9),
      run('行政事业性收费', 40, 70, 9),
      num('12', 230, 70),
      run('三、收到和处理政府信息公开申请情况', 40, 87, 10.5),
      run('申请人情况', 250, 104, 9),
      run('自然人', 200, 117, 9),
      run('总计', 300, 117, 9),
      run('一、本年新收', 40, 132, 9),
      num('1', 230, 132),
      num('1', 305, 132),
      run('二、上年结转', 40, 147, 9),
      num('2', 230, 147),
      num('2', 305, 147),
    ];
    expect(texts(runs)).toEqual([
      ['第二十条第（八）项', '信息内容本年收费金额', '行政事业性收费12'],
      ['申请人情况', '自然人总计', '一、本年新收1 1', '二、上年结转2 2'],
    ]);
  });

  test('tall padded rows: labels wrapped around their numbers 3.5 line heights apart are one table', () => {
    // Lines 7.5 high, rows 26 apart: a gap of 18.9 between a label's last line and the next row's first.
    const s = 7.5;
    const runs = [
      run('申请人情况', 250, 40, s),
      run('自然人', 200, 66.4, s),
      run('总计', 300, 66.4, s),
      run('一、本年新收政府', 40, 92.6, s),
      num('20', 214, 98.7, s),
      num('10', 305, 98.7, s),
      run('信息公开申请数量', 40, 104.8, s),
      run('二、上年结转政府', 40, 131.1, s),
      num('36', 214, 137.2, s),
      num('22', 305, 137.2, s),
      run('信息公开申请数量', 40, 143.3, s),
    ];
    expect(texts(runs)).toEqual([
      ['申请人情况', '自然人总计', '一、本年新收政府', '20 10', '信息公开申请数量', '二、上年结转政府', '36 22', '信息公开申请数量'],
    ]);
  });

  test('a one-row table whose header stands a padded row gap above its row', () => {
    const s = 7.5;
    const runs = [
      run('第二十条第（五）项', 200, 40, s),
      run('信息内容', 60, 66.4, s),
      run('本年处理决定数量', 200, 66.4, s),
      run('行政许可', 40, 92.8, s),
      num('14', 230, 92.8, s),
    ];
    expect(texts(runs)).toEqual([['第二十条第（五）项', '信息内容本年处理决定数量', '行政许可14']]);
  });

  test('without a header, a numbered first label over its numbers joins the table', () => {
    const runs = [
      run('一、本年新收政府信息公', 40, 80, 9),
      num('50', 204, 87),
      num('55', 243, 87),
      run('开申请数量', 40, 94, 9),
      run('二、上年结转政府信息公', 40, 110, 9),
      num('0', 204, 117),
      num('23', 243, 117),
      run('开申请数量', 40, 124, 9),
    ];
    expect(texts(runs)[0]![0]).toBe('一、本年新收政府信息公');
  });

  test('a cramped header row run into one segment across the numbers edge stays under the header word above it', () => {
    const runs = [
      run('行政复议', 140, 40, 7.5),
      run('结果维结果纠', 92, 52, 7.5, 48),
      run('其他结', 144, 52, 7.5, 22),
      run('尚未审', 172, 52, 7.5, 23),
      run('持', 100, 61, 7.5),
      run('正', 125, 61, 7.5),
      run('果', 151, 61, 7.5),
      run('结', 180, 61, 7.5),
      num('1', 100, 80, 7.5),
      num('2', 125, 80, 7.5),
      num('3', 151, 80, 7.5),
      num('4', 180, 80, 7.5),
    ];
    expect(texts(runs)).toEqual([['行政复议', '结果维结果纠其他结尚未审', '持正果结', '1 2 3 4']]);
  });

  test('a row of header cells above the header word (the rest of a header cut by a page break) is in the table', () => {
    const runs = [
      run('维持', 94, 40, 9),
      run('纠正', 119, 40, 9),
      run('结果', 144, 40, 9),
      run('审结', 169, 40, 9),
      run('总计', 194, 50, 9),
      num('43', 96, 70),
      num('0', 121, 70),
      num('0', 146, 70),
      num('38', 171, 70),
      num('26', 196, 70),
    ];
    expect(texts(runs)).toEqual([['维持纠正结果审结', '总计', '43 0 0 38 26']]);
  });

  test('a block after the last row with a header and a blank row only joins the table; before another table it does not', () => {
    const block = [
      run('第二十条第（六）项', 190, 40, 9),
      run('信息内容', 60, 65, 9),
      run('本年处理决定数量', 198, 65, 9),
      run('行政处罚', 40, 90, 9),
      num('3', 230, 90),
      run('行政强制', 40, 115, 9),
      num('4', 230, 115),
      run('第二十条第（八）项', 190, 140, 9),
      run('信息内容', 60, 165, 9),
      run('本年收费金额', 207, 165, 9),
      run('行政事业性收费', 40, 190, 9),
    ];
    expect(texts(block)[0]!.slice(-3)).toEqual(['第二十条第（八）项', '信息内容本年收费金额', '行政事业性收费']);
    const grid = gridToBlock(buildTextGrid(findTextRegions(groupLines(block))[0]!, 1));
    expect(rowsOf(grid).slice(-3)).toEqual([['第二十条第（八）项'], ['信息内容', '本年收费金额'], ['行政事业性收费', '']]);
    // The same lines followed by a row of numbers are that row's header and label, not blank rows of this table.
    const head = groupLines([run('信息内容', 60, 165, 9), run('行政事业性收费', 40, 190, 9), num('5', 230, 190)]).map(tableLine);
    expect(orphanRows(head, findTextRegions(groupLines(block))[0]!)).toEqual([]);
  });
});

describe('buildTextGrid: a table without a label column', () => {
  test('table 四 whose first column is blank: the header left of the first number heads a blank cell', () => {
    const runs = [
      run('行政复议', 120, 40, 9),
      run('维持', 85, 55, 9),
      run('纠正', 115, 55, 9),
      run('结果', 145, 55, 9),
      num('26', 126, 80),
      num('38', 156, 80),
    ];
    const grid = gridToBlock(buildTextGrid(findTextRegions(groupLines(runs))[0]!, 1));
    expect(rowsOf(grid).slice(-2)).toEqual([['维持', '纠正', '结果'], ['', '26', '38']]);
  });
});

describe('buildTextGrid: right-aligned numbers, tight rows, a group label over its columns', () => {
  // A table 二 block whose numbers stand right-aligned at their cells' right edges, rows 21 apart at 10.5.
  const block = [
    run('第二十条第（一）项', 251, 722, 10.5),
    run('信息内容', 90, 743, 10.5),
    run('本年制发件数', 211, 743, 10.5),
    run('本年废止件数', 343, 743, 10.5),
    run('现行有效件数', 475, 743, 10.5),
    run('规章', 34, 766, 10.5),
    num('2', 293, 766, 10.5),
    num('233160', 420, 766, 10.5),
    num('52', 551, 766, 10.5),
    run('行政规范性文件', 34, 787, 10.5),
    num('59', 287, 787, 10.5),
    num('32', 441, 787, 10.5),
    num('42', 551, 787, 10.5),
  ];

  test('the header, one cell per number column after its label header, starts the number columns', () => {
    const region = findTextRegions(groupLines(block))[0]!;
    expect(headedLeft(region, 286.5)).toBe(171.5);
  });

  test('the headers stay over their numbers and each label on its own row, however close to the header', () => {
    const grid = gridToBlock(buildTextGrid(findTextRegions(groupLines(block))[0]!, 1));
    expect(rowsOf(grid)).toEqual([
      ['第二十条第（一）项'],
      ['信息内容', '本年制发件数', '本年废止件数', '现行有效件数'],
      ['规章', '2', '233160', '52'],
      ['行政规范性文件', '59', '32', '42'],
    ]);
  });

  test('a group label over three columns is not one cell with the label of the column under it', () => {
    const s = 9;
    const runs = [
      run('行政复议', 40, 40, s),
      run('未经复议直接起诉', 100, 52, s),
      run('结果', 40, 64, s),
      run('其他结', 119, 64, s),
      run('总计', 160, 64, s),
      num('1', 45, 85, s),
      num('2', 80, 85, s),
      num('3', 125, 85, s),
      num('4', 165, 85, s),
    ];
    const rows = rowsOf(gridToBlock(buildTextGrid(findTextRegions(groupLines(runs))[0]!, 1)));
    expect(rows.flat()).toContain('未经复议直接起诉→2');
    expect(rows.flat()).toContain('其他结');
  });
});

describe('layoutPages: tables cut by a page break', () => {
  test("the foot of a header first on the next page is stacked with the header's cells moved there", () => {
    const p1 = [
      run('三、收到和处理政府信息公开申请情况', 60, 600, 16, undefined, 1),
      run('申请人情况', 250, 640, 9, undefined, 1),
      run('自然人', 190, 665, 9, undefined, 1),
      run('商业', 241, 665, 9, undefined, 1),
      run('科研', 291, 665, 9, undefined, 1),
      run('社会', 341, 665, 9, undefined, 1),
      run('总计', 391, 665, 9, undefined, 1),
    ];
    const c = (x: number) => x + 5.75;
    const row = (label: string, base: number, values: string[]) => [
      run(label, 40, base, 9, undefined, 2),
      ...values.map((v, i) => num(v, c(200 + 50 * i) - v.length * 2.25, base, 9, 2)),
    ];
    const p2 = [
      run('企业', 241, 64, 9, undefined, 2),
      run('机构', 291, 64, 9, undefined, 2),
      run('组织', 341, 64, 9, undefined, 2),
      ...row('一、本年新收', 90, ['1', '39', '0', '0', '40']),
      ...row('二、上年结转', 115, ['2', '0', '0', '0', '2']),
    ];
    expect(tables([p1, p2])).toEqual([
      [
        ['申请人情况'],
        ['自然人', '商业|企业', '科研|机构', '社会|组织', '总计'],
        ['一、本年新收', '1', '39', '0', '0', '40'],
        ['二、上年结转', '2', '0', '0', '0', '2'],
      ],
    ]);
  });

  test('a header left at the foot of a page over one row first on the next is one table', () => {
    const p1 = [
      run('第二十条第（九）项', 200, 700, 9, undefined, 1),
      run('信息内容', 60, 720, 9, undefined, 1),
      run('采购项目数量', 180, 720, 9, undefined, 1),
      run('采购总金额', 300, 720, 9, undefined, 1),
    ];
    const p2 = [run('政府集中采购', 40, 60, 9, undefined, 2), num('0', 205, 60, 9, 2), num('7895.48', 310, 60, 9, 2), run('三、收到和处理政府信息公开申请情况', 60, 100, 16, undefined, 2)];
    expect(tables([p1, p2])).toEqual([[['第二十条第（九）项'], ['信息内容', '采购项目数量', '采购总金额'], ['政府集中采购', '0', '7895.48']]]);
  });

  test('a lone row first on the next page, its numbers under the columns of the table ending the page before, is its last row', () => {
    const row = (label: string, base: number, values: [number, string][], page: number) => [
      run(label, 40, base, 9, undefined, page),
      ...values.map(([x, v]) => num(v, x, base, 9, page)),
    ];
    const p1 = [
      run('申请人情况', 250, 640, 9, undefined, 1),
      run('自然人', 190, 665, 9, undefined, 1),
      run('其他', 241, 665, 9, undefined, 1),
      run('总计', 291, 665, 9, undefined, 1),
      ...row('（六）其他处理', 690, [[200, '10'], [250, '20'], [300, '30']], 1),
      ...row('（七）总计', 715, [[200, '11'], [250, '21'], [300, '31']], 1),
    ];
    const p2 = [...row('四、结转下年度继续办理', 60, [[200, '0'], [300, '7696']], 2), run('四、政府信息公开行政复议、行政诉讼情况', 60, 100, 16, undefined, 2)];
    const [t] = tables([p1, p2]);
    expect(t!.slice(-2)).toEqual([
      ['（七）总计', '11', '21', '31'],
      ['四、结转下年度继续办理', '0', '', '7696'],
    ]);
    // Numbers under no column of the table are not its row.
    const p3 = [...row('联系电话', 60, [[120, '0533']], 2)];
    expect(tables([p1, p3])[0]!.length).toBe(4);
  });

  test('a group label and a row label both wrapped over the page break: each rest goes on from the label above it', () => {
    const s = 9;
    const nums = (base: number, page: number, values: string[]) => values.map((v, i) => num(v, 160 + 40 * i, base, s, page));
    const p1 = [
      run('自然人', 158, 560, s, undefined, 1),
      run('其他', 198, 560, s, undefined, 1),
      run('总计', 238, 560, s, undefined, 1),
      run('（四）', 78, 590, s, undefined, 1),
      run('3.补正', 109, 590, s, undefined, 1),
      ...nums(590, 1, ['1', '2', '3']),
      run('（五）', 78, 625, s, undefined, 1),
      run('1.信访', 109, 625, s, undefined, 1),
      ...nums(625, 1, ['0', '0', '0']),
      run('不予处', 78, 636, s, undefined, 1),
      run('举报投', 109, 636, s, undefined, 1),
    ];
    const p2 = [
      run('理', 87, 57, s, undefined, 2),
      run('诉类申', 109, 57, s, undefined, 2),
      run('请', 109, 68, s, undefined, 2),
      run('2.重复', 109, 88, s, undefined, 2),
      ...nums(88, 2, ['4', '5', '6']),
      run('3.要求', 109, 118, s, undefined, 2),
      ...nums(118, 2, ['7', '8', '9']),
    ];
    const [t] = tables([p1, p2]);
    expect(t!.slice(-3)).toEqual([
      ['（五）|不予处|理', '1.信访|举报投|诉类申|请', '0', '0', '0'],
      ['2.重复', '4', '5', '6'],
      ['3.要求', '7', '8', '9'],
    ]);
  });

  test('a blank row carried over the page break stays a row of its table, with a blank cell', () => {
    const p1 = [
      run('第二十条第（六）项', 190, 640, 9, undefined, 1),
      run('信息内容', 60, 665, 9, undefined, 1),
      run('本年处理决定数量', 198, 665, 9, undefined, 1),
      run('行政处罚', 40, 690, 9, undefined, 1),
      num('3', 230, 690, 9, 1),
      run('行政强制', 40, 715, 9, undefined, 1),
      num('51', 230, 715, 9, 1),
      run('第二十条第（八）项', 190, 740, 9, undefined, 1),
    ];
    const p2 = [
      run('信息内容', 60, 60, 9, undefined, 2),
      run('本年收费金额', 207, 60, 9, undefined, 2),
      run('行政事业性收费', 40, 85, 9, undefined, 2),
      run('三、收到和处理政府信息公开申请情况', 60, 120, 16, undefined, 2),
    ];
    const [t] = tables([p1, p2]);
    expect(t!.slice(-3)).toEqual([['第二十条第（八）项'], ['信息内容', '本年收费金额'], ['行政事业性收费', '']]);
  });
});
