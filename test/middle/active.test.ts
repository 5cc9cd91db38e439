import { mapActiveDisclosure, versionOfTable2 } from '../../src/middle/active.js';
import { grid } from '../support/grid.js';
import type { ActiveDisclosure2019 } from '../../src/model/statistics.js';

/** Table 二 of the 2021 format as the official template lays it out (one table, title rows spanning it). */
function official2021(opts: { fee?: string; feeHeader?: string } = {}) {
  const t = grid([
    [['第二十条第（一）项', 1, 4]],
    ['信息内容', '本年制发件数', '本年废止件数', '现行有效件数'],
    ['规章', '1', '0', '12'],
    ['行政规范性文件', '3', '', '45'],
    [['第二十条第（五）项', 1, 4]],
    ['信息内容', ['本年处理决定数量', 1, 3]],
    ['行政许可', ['1,024', 1, 3]],
    [['第二十条第（六）项', 1, 4]],
    ['信息内容', ['本年处理决定数量', 1, 3]],
    ['行政处罚', ['56', 1, 3]],
    ['行政强制', ['0', 1, 3]],
    [['第二十条第（八）项', 1, 4]],
    ['信息内容', [opts.feeHeader ?? '本年收费金额（单位：万元）', 1, 3]],
    ['行政事业性收费', [opts.fee ?? '7730.28', 1, 3]],
  ]);
  t.kind = 'activeDisclosure';
  return t;
}

test('the 2021 table 二 with spans', () => {
  const t = official2021();
  expect(versionOfTable2([t])).toBe('2021');
  const { value, writer } = mapActiveDisclosure([t], '2021');
  expect(writer.warnings).toEqual([]);
  expect(value).toEqual({
    regulations: { issued: 1, repealed: 0, inForce: 12 },
    normativeDocuments: { issued: 3, repealed: null, inForce: 45 },
    licensing: { decisions: 1024 },
    punishment: { decisions: 56 },
    enforcement: { decisions: 0 },
    fees: { amount: 7730.28 },
  });
});

test('one table per block, a lost header, a missing row', () => {
  const t = official2021();
  const parts = [t.rows.slice(0, 4), t.rows.slice(4, 7), t.rows.slice(7, 11), t.rows.slice(11)].map((rows, i) => ({ ...t, index: i, rows }));
  parts[2]!.rows.splice(1, 1); // （六）'s header row lost
  parts[2]!.rows.splice(2, 1); // 行政强制 row lost
  const { value, writer } = mapActiveDisclosure(parts, '2021');
  expect(writer.warnings.map((w) => [w.code, w.location.table, w.location.row])).toEqual([
    ['COLUMN_MISSING', 2, 'punishment'],
    ['ROW_MISSING', 0, 'enforcement'],
  ]);
  expect(value.punishment).toEqual({ decisions: 56 });
  expect(value.enforcement).toEqual({ decisions: null });
  expect(value.fees).toEqual({ amount: 7730.28 });
});

test('the version is what the labels say, or null', () => {
  const t2019 = grid([['信息内容', '上一年项目数量', '本年增/减', '处理决定数量']]);
  t2019.kind = 'activeDisclosure';
  expect(versionOfTable2([t2019])).toBe('2019');
  const none = grid([['信息内容', '数量']]);
  none.kind = 'activeDisclosure';
  expect(versionOfTable2([none])).toBeNull();
});

test('trailing blank cells are dropped; a row with too few value cells is null and warned, never filled from the left', () => {
  const t = grid([
    ['第二十条第（五）项'],
    ['信息内容', '上一年项目数量', '本年增/减', '处理决定数量'],
    ['行政许可', '17', '19'],
    ['其他对外管理服务事项', '1', '减2', '3', '', ''],
    ['第二十条第（八）项'],
    ['信息内容', '上一年项目数量', '本年增/减'],
    ['行政事业性收费', '29', '-30', '——'],
  ]);
  t.kind = 'activeDisclosure';
  const { value: v, writer } = mapActiveDisclosure([t], '2019');
  const value = v as ActiveDisclosure2019;
  expect(value.licensing).toEqual({ previousYear: null, change: null, decisions: null });
  expect(value.otherServices).toEqual({ previousYear: 1, change: -2, decisions: 3 });
  expect(value.fees).toEqual({ previousYear: 29, change: -30 });
  expect(writer.warnings.filter((w) => w.code !== 'ROW_MISSING').map((w) => [w.code, w.location.row])).toEqual([['COLUMN_MISSING', 'licensing']]);
});

test('a fee printed in 元 is read in 万元, the column\'s unit; a fee in 件 is refused', () => {
  expect(mapActiveDisclosure([official2021({ fee: '202500元' })], '2021').value.fees).toEqual({ amount: 20.25 });
  const wrong = mapActiveDisclosure([official2021({ fee: '3件' })], '2021');
  expect(wrong.value.fees).toEqual({ amount: null });
  expect(wrong.writer.warnings.map((w) => [w.code, w.message])).toEqual([
    ['CELL_NOT_NUMERIC', '"3件" in activeDisclosure.fees.amount is not in a unit of 万元; read as null.'],
  ]);
});

test('a fee column whose header prints 元 is read in 万元', () => {
  expect(mapActiveDisclosure([official2021({ fee: '202500', feeHeader: '本年收费金额（单位：元）' })], '2021').value.fees).toEqual({ amount: 20.25 });
  expect(mapActiveDisclosure([official2021({ fee: '202500', feeHeader: '本年收费金额（元）' })], '2021').value.fees).toEqual({ amount: 20.25 });
  expect(mapActiveDisclosure([official2021({ fee: '3.5' })], '2021').value.fees).toEqual({ amount: 3.5 });
});

test("markdownify's table 二 (a merged cell as its text and empty cells, the grid's width declared): a block narrower than the grid is read under its header's labels", () => {
  // 2019's fee block has two value columns in a four-column grid; 70267 spans the last two,
  // as 本年增/减 does in the header: the cell starting in that label's column is its value.
  const t = grid([
    [['第二十条第（八）项', 1, 1], '', '', ''],
    ['信息内容', '上一年项目数量', '本年增/减', ''],
    ['行政事业性收费', '', '70267', ''],
  ]);
  t.kind = 'activeDisclosure';
  t.columns = 4;
  const { value, writer } = mapActiveDisclosure([t], '2019');
  expect((value as ActiveDisclosure2019).fees).toEqual({ previousYear: null, change: 70267 });
  expect(writer.warnings.filter((w) => w.location.row === 'fees').map((w) => w.code)).toEqual([]);
});

describe('a block padded to the grid with empty cells (pandoc: a two-value block in a four-column table)', () => {
  const fees = (header: (string | [string, number, number])[], row: (string | [string, number, number])[]) => {
    const t = grid([[['第二十条第（八）项', 1, 4]], header, row]);
    t.kind = 'activeDisclosure';
    const { value, writer } = mapActiveDisclosure([t], '2019');
    const v = value as ActiveDisclosure2019;
    return { fees: v.fees, codes: writer.warnings.filter((w) => w.location.row === 'fees').map((w) => w.code) };
  };
  const header = ['信息内容', '上一年项目数量', '本年增/减', ''];

  test('a blank printed as an ideographic space before the value, an empty cell after it: read under the labels', () => {
    expect(fees(header, ['行政事业性收费', '\u3000', '0', ''])).toEqual({ fees: { previousYear: null, change: 0 }, codes: [] });
  });

  test('a number in a column no label heads, a row one cell short, or a value reaching into the next label\'s column: not read (COLUMN_MISSING)', () => {
    expect(fees(header, ['行政事业性收费', '5', '', '7'])).toEqual({ fees: { previousYear: null, change: null }, codes: ['COLUMN_MISSING'] });
    expect(fees([...header, ''], ['行政事业性收费', '\u3000', '5', ''])).toEqual({ fees: { previousYear: null, change: null }, codes: ['COLUMN_MISSING'] });
    expect(fees(['信息内容', '', '上一年项目数量', '本年增/减', ''], ['行政事业性收费', '', ['5', 1, 2], ''])).toEqual({ fees: { previousYear: null, change: null }, codes: ['COLUMN_MISSING'] });
  });
});

test("a header whose broken label's piece stands among the labels (pdftotext's reading order) is not trusted: its rows are not read", () => {
  // Held-out report 13021: 本年新制作数量 broken into 本年新制作数 (on the title's line) and 量 (among the labels).
  const t = grid([
    ['第二十条第（一）项', '本年新制作数'],
    ['信息内容', '本年新公开数量', '量', '对外公开总数量'],
    ['规章', '33', '124422', '0'],
    ['规范性文件', '0', '34', '40409'],
  ]);
  t.kind = 'activeDisclosure';
  const { value, writer } = mapActiveDisclosure([t], '2019');
  const v = value as ActiveDisclosure2019;
  expect([v.regulations, v.normativeDocuments]).toEqual([
    { newlyMade: null, newlyPublished: null, totalPublished: null },
    { newlyMade: null, newlyPublished: null, totalPublished: null },
  ]);
  expect(writer.warnings.filter((w) => w.location.row === 'regulations' || w.location.row === 'normativeDocuments').map((w) => w.code)).toEqual(['COLUMN_MISSING', 'COLUMN_MISSING']);
  // A label damaged past recognition in its own column keeps the others' places: read, that column null.
  const d = grid([
    ['第二十条第（一）项'],
    ['信息内容', '本年新制作数量', '□□□', '对外公开总数量'],
    ['规章', '33', '124422', '0'],
  ]);
  d.kind = 'activeDisclosure';
  expect((mapActiveDisclosure([d], '2019').value as ActiveDisclosure2019).regulations).toEqual({ newlyMade: 33, newlyPublished: null, totalPublished: 0 });
});

test('a header naming fewer of its block\'s columns than a row has cells lost a label: the row is not read, its blank cell not dropped', () => {
  // Held-out report 16003 (pdftotext -layout): 上一年项目数量 printed on lines of its own above and below the header.
  const t = grid([
    ['第二十条第（六）项'],
    ['上一年项目数'],
    ['信息内容', '本年增/减', '处理决定数量'],
    ['量'],
    ['行政处罚', '0', '减 85168', '0'],
    ['行政强制', '54', '0', ''],
  ]);
  t.kind = 'activeDisclosure';
  const { value, writer } = mapActiveDisclosure([t], '2019');
  const v = value as ActiveDisclosure2019;
  expect([v.punishment, v.enforcement]).toEqual([
    { previousYear: null, change: null, decisions: null },
    { previousYear: null, change: null, decisions: null },
  ]);
  expect(writer.warnings.filter((w) => w.location.row === 'enforcement').map((w) => w.message)).toEqual([
    'Table 二 row enforcement has 3 value cells, but the header of block 第二十条第（六）项 names only 2 of its 3 columns; the row is not read.',
  ]);
});

test('two rows only resembling one template row, with other values, leave it unread; a row labelled as the template labels it wins', () => {
  const t = official2021();
  t.rows.splice(3, 0, t.rows[3]!.map((c, i) => ({ ...c, text: i === 0 ? '其他行政规范性文件' : '7' })));
  t.rows[4]![0]!.text = '行政规范性文件（含废止）';
  const { value, writer } = mapActiveDisclosure([t], '2021');
  expect(value.normativeDocuments).toEqual({ issued: null, repealed: null, inForce: null });
  expect(writer.sources['activeDisclosure.normativeDocuments.issued']).toBeUndefined();
  expect(writer.warnings.map((w) => [w.code, w.location.row])).toEqual([['ROW_DUPLICATE', 'normativeDocuments']]);
  // The official label after a lookalike replaces it.
  const u = official2021();
  u.rows.splice(3, 0, u.rows[3]!.map((c, i) => ({ ...c, text: i === 0 ? '其他行政规范性文件' : '7' })));
  const read = mapActiveDisclosure([u], '2021');
  expect(read.value.normativeDocuments).toEqual({ issued: 3, repealed: null, inForce: 45 });
  expect(read.writer.warnings.map((w) => [w.code, w.location.row])).toEqual([['ROW_DUPLICATE', 'normativeDocuments']]);
});

test('the fee header\'s unit converts the fee to 万元: 千元, 人民币元, 百万元, a bare 万; a unit not money is null and warned, never read as 万元', () => {
  const read = (feeHeader: string, fee: string) => {
    const { value, writer } = mapActiveDisclosure([official2021({ feeHeader, fee })], '2021');
    return [(value as { fees: { amount: number | null } }).fees.amount, writer.warnings.map((w) => [w.code, w.location.row, w.message])];
  };
  expect(read('本年收费金额（单位：千元）', '12')).toEqual([1.2, []]);
  expect(read('本年收费金额（单位：人民币元）', '1200')).toEqual([0.12, []]);
  expect(read('本年收费金额(单位:百万元)', '1.2')).toEqual([120, []]);
  expect(read('本年收费金额（单位：万）', '7730.28')).toEqual([7730.28, []]);
  expect(read('本年收费金额 单位 元', '1200')).toEqual([0.12, []]);
  expect(read('本年收费金额（单位：美元）', '1200')).toEqual([
    null,
    [['CELL_NOT_NUMERIC', 'fees', '"1200" in activeDisclosure.fees.amount is not in a unit of 万元; read as null.']],
  ]);
  // A unit in the cell is the cell's own.
  expect(read('本年收费金额（单位：千元）', '3万元')).toEqual([3, []]);
});

test('money in a count\'s cell is no count: null and warned', () => {
  const t = official2021();
  t.rows[9]![1]!.text = '3万元'; // 行政处罚
  const { value, writer } = mapActiveDisclosure([t], '2021');
  expect(value.punishment).toEqual({ decisions: null });
  expect(writer.warnings.map((w) => [w.code, w.location.row, w.message])).toEqual([
    ['CELL_NOT_NUMERIC', 'punishment', '"3万元" in activeDisclosure.punishment.decisions is money, not a count; read as null.'],
  ]);
});

describe('a column for an earlier period beside the report\'s own (probe 2026-12-07, fifteenth session)', () => {
  test('`上年现行有效件数` after `现行有效件数`, `上年处理决定数量` after `本年处理决定数量`: not read, the report\'s own kept', () => {
    const t = grid([
      [['第二十条第（一）项', 1, 5]],
      ['信息内容', '本年制发件数', '本年废止件数', '现行有效件数', '上年现行有效件数'],
      ['规章', '1', '0', '12', '11'],
      ['行政规范性文件', '3', '', '45', '44'],
      [['第二十条第（五）项', 1, 5]],
      ['信息内容', ['本年处理决定数量', 1, 2], ['上年处理决定数量', 1, 2]],
      ['行政许可', ['1,024', 1, 2], ['905', 1, 2]],
    ]);
    t.kind = 'activeDisclosure';
    const { value, writer } = mapActiveDisclosure([t], '2021');
    expect(value.regulations).toEqual({ issued: 1, repealed: 0, inForce: 12 });
    expect(value.normativeDocuments).toEqual({ issued: 3, repealed: null, inForce: 45 });
    expect(value.licensing).toEqual({ decisions: 1024 });
    expect(writer.warnings.filter((w) => w.code !== 'ROW_MISSING').map((w) => w.message)).toEqual([
      'Table 二 column "上年现行有效件数" is for an earlier period than 现行有效件数; it is not read.',
      'Table 二 column "上年处理决定数量" is for an earlier period than 本年处理决定数量; it is not read.',
    ]);
  });

  test('2019\'s own `上一年项目数量` is the template\'s label, and `上一年处理决定数量` beside `处理决定数量` is not read', () => {
    const t = grid([
      [['第二十条第（五）项', 1, 5]],
      ['信息内容', '上一年项目数量', '本年增/减', '处理决定数量', '上一年处理决定数量'],
      ['行政许可', '10', '减2', '103992', '99'],
    ]);
    t.kind = 'activeDisclosure';
    const { value } = mapActiveDisclosure([t], '2019') as { value: ActiveDisclosure2019 };
    expect(value.licensing).toEqual({ previousYear: 10, change: -2, decisions: 103992 });
  });

  test('two labels naming one column, neither closer: neither read (the last must not overwrite the first)', () => {
    const t = grid([
      [['第二十条第（一）项', 1, 5]],
      ['信息内容', '本年制发件数', '本年废止件数', '现行有效件数（件）', '现行有效件数（份）'],
      ['规章', '1', '0', '12', '13'],
    ]);
    t.kind = 'activeDisclosure';
    const { value, writer } = mapActiveDisclosure([t], '2021');
    expect(value.regulations).toEqual({ issued: 1, repealed: 0, inForce: null });
    expect(writer.warnings.filter((w) => w.code === 'LABEL_UNRECOGNIZED')).toHaveLength(2);
  });
});
