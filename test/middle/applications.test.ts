import { columnOrder, mapApplications } from '../../src/middle/applications.js';
import { applicant } from '../support/fixtures.js';
import { grid } from '../support/grid.js';

const v = (n: number) => Array.from({ length: 7 }, (_, i) => String(n * 10 + i));
const vals = (n: number) => applicant(Array.from({ length: 7 }, (_, i) => n * 10 + i));
const nulls = applicant([null, null, null, null, null, null, null]);

/** Table 三 in the official 2021 grid (as DOCX or PDF gives it): spans, covered cells absent. */
function official2021(opts: { singleOther?: boolean; typo?: boolean } = {}) {
  const rows: (string | [string, number, number])[][] = [
    [['（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）', 3, 3], ['申请人情况', 1, 7]],
    [['自然人', 2, 1], ['法人或其他组织', 1, 5], ['总计', 2, 1]],
    ['商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他'],
    [['一、本年新收政府信息公开申请数量', 1, 3], ...v(1)],
    [['二、上年结转政府信息公开申请数量', 1, 3], ...v(2)],
    [['三、本年度办理结果', 22, 1], ['（一）予以公开', 1, 2], ...v(3)],
    [['（二）部分公开（区分处理的，只计这一情形，不计其他情形）', 1, 2], ...v(4)],
    [['（三）不予公开', 8, 1], '1.属于国家秘密', ...v(5)],
    [opts.typo ? '2.其他法律行政止公开' : '2.其他法律行政法规禁止公开', ...v(6)],
    ['3.危及“三安全一稳定”', ...v(7)],
    ['4.保护第三方合法权益', ...v(8)],
    ['5.属于三类内部事务信息', ...v(9)],
    ['6.属于四类过程性信息', ...v(10)],
    ['7.属于行政执法案卷', ...v(11)],
    ['8.属于行政查询事项', ...v(12)],
    [['（四）无法提供', 3, 1], '1.本机关不掌握相关政府信息', ...v(13)],
    ['2.没有现成信息需要另行制作', ...v(14)],
    ['3.补正后申请内容仍不明确', ...v(15)],
    [['（五）不予处理', 5, 1], '1.信访举报投诉类申请', ...v(16)],
    ['2.重复申请', ...v(17)],
    ['3.要求提供公开出版物', ...v(18)],
    ['4.无正当理由大量反复 申请', ...v(19)],
    ['5.要求行政机关确认或重新出具已获取信息', ...v(20)],
    ...(opts.singleOther
      ? [[['（六）其他处理', 1, 2] as [string, number, number], ...v(21)]]
      : [
          [['（六）其他处理', 3, 1] as [string, number, number], '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请', ...v(21)],
          ['2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请', ...v(22)],
          ['3.其他', ...v(23)],
        ]),
    [['（七）总计', 1, 2], ...v(24)],
    [['四、结转下年度继续办理', 1, 3], ...v(25)],
  ];
  const t = grid(rows);
  t.kind = 'applications';
  return t;
}

test('the official 2021 grid with spans maps every row', () => {
  const { value, writer } = mapApplications([official2021({ typo: true })], '2021');
  expect(writer.warnings).toEqual([]);
  expect(value).toEqual({
    newReceived: vals(1),
    carriedOver: vals(2),
    granted: vals(3),
    partiallyGranted: vals(4),
    denied: {
      stateSecret: vals(5), lawProhibited: vals(6), safetyStability: vals(7), thirdPartyRights: vals(8),
      internalAffairs: vals(9), processInfo: vals(10), enforcementCase: vals(11), adminQuery: vals(12),
    },
    unavailable: { notHeld: vals(13), needsCreation: vals(14), unclearAfterCorrection: vals(15) },
    notProcessed: { complaint: vals(16), duplicate: vals(17), publication: vals(18), excessive: vals(19), confirmation: vals(20) },
    other: { total: nulls, overdueCorrection: vals(21), overdueFee: vals(22), other: vals(23) },
    resultTotal: vals(24),
    carriedForward: vals(25),
  });
  expect(writer.sources['applications.denied.stateSecret.naturalPerson']).toEqual({
    table: 0, row: 7, column: 2, location: { page: 1, box: { x: 0, y: 70, width: 10, height: 10 } },
  });
});

test('a 2021-era report printing （六）其他处理 as one row', () => {
  const { value, writer } = mapApplications([official2021({ singleOther: true })], '2021');
  expect(writer.warnings).toEqual([]);
  expect(value.other).toEqual({ total: vals(21), overdueCorrection: nulls, overdueFee: nulls, other: nulls });
});

test('a missing sub-row of （六） in a 2021 table is ROW_MISSING; an unknown row with numbers is LABEL_UNRECOGNIZED', () => {
  const t = official2021();
  t.rows.splice(25, 1, [...t.rows[25]!.slice(0, 0), { ...t.rows[25]![0]!, text: '3.其它情形（备注）合计' }, ...t.rows[25]!.slice(1)]);
  const { value, writer } = mapApplications([t], '2021');
  expect(writer.warnings.map((w) => [w.code, w.location.row])).toEqual([
    ['LABEL_UNRECOGNIZED', '3.其它情形（备注）合计'],
    ['ROW_MISSING', 'other.other'],
  ]);
  expect(value.other.other).toEqual(nulls);
});

test('（六） missing whole from a 2021 table warns every form of it, the single row too (probe 2026-12-07, sixteenth session: other.total was null unwarned)', () => {
  const t = official2021({ singleOther: true });
  const at = t.rows.findIndex((r) => r.some((c) => c.text === '（六）其他处理'));
  t.rows.splice(at, 1);
  const { value, writer } = mapApplications([t], '2021');
  expect(writer.warnings.map((w) => [w.code, w.location.row])).toEqual([
    ['ROW_MISSING', 'other.total'],
    ['ROW_MISSING', 'other.overdueCorrection'],
    ['ROW_MISSING', 'other.overdueFee'],
    ['ROW_MISSING', 'other.other'],
  ]);
  expect(value.other).toEqual({ total: nulls, overdueCorrection: nulls, overdueFee: nulls, other: nulls });
});

test('（六） printed as one row but unreadable is COLUMN_MISSING only: its sub-rows are not missing', () => {
  const t = official2021({ singleOther: true });
  const at = t.rows.findIndex((r) => r.some((c) => c.text === '（六）其他处理'));
  t.rows[at] = t.rows[at]!.slice(0, 6);
  const { value, writer } = mapApplications([t], '2021');
  expect(writer.warnings.map((w) => [w.code, w.location.row])).toEqual([['COLUMN_MISSING', 'other.total']]);
  expect(value.other.total).toEqual(nulls);
});

test('a row with too few value cells is COLUMN_MISSING and null, not shifted', () => {
  const t = official2021();
  t.rows[4] = t.rows[4]!.slice(0, 6);
  const { value, writer } = mapApplications([t], '2021');
  expect(writer.warnings.map((w) => [w.code, w.location.row])).toEqual([['COLUMN_MISSING', 'carriedOver']]);
  expect(value.carriedOver).toEqual(nulls);
  expect(value.granted).toEqual(vals(3));
});

test('a header without its column labels is warned per column', () => {
  const t = official2021();
  t.rows.splice(1, 2);
  const { writer } = mapApplications([t], '2021');
  expect(writer.warnings.map((w) => [w.code, w.location.column])).toEqual(
    ['naturalPerson', 'commercial', 'research', 'socialWelfare', 'legalService', 'otherOrg', 'total'].map((c) => ['COLUMN_MISSING', c]),
  );
});

test('a label split over two cells is read as one', () => {
  const t = official2021();
  const [label, ...rest] = t.rows[6]!;
  t.rows[6] = [{ ...label!, text: '（二）部分公开（区分处理的，只计' }, { ...label!, text: '这一情形，不计其他情形）' }, ...rest];
  const { value, writer } = mapApplications([t], '2021');
  expect(writer.warnings).toEqual([]);
  expect(value.partiallyGranted).toEqual(vals(4));
});

test("labels cut short at a fixed width (Debian's html2text: a CJK character cut in two, a group label's start before the row's own) are read", () => {
  const t = official2021();
  const cut = (row: number, at: number, text: string) => (t.rows[row]![at] = { ...t.rows[row]![at]!, text });
  cut(6, 0, '（二）部分公开（区分处理\ufffd');
  cut(15, 1, '1.本机关不掌握相关政府信\ufffd');
  // （六）其他处理's vertical merge printed on its second row, cut to its first characters.
  const [, first, ...rest] = t.rows[23]!;
  t.rows[23] = [first!, ...rest];
  t.rows[24] = [{ ...first!, text: '（六）其' }, { ...first!, text: '2.申请人逾期未按收费通知\ufffd' }, ...t.rows[24]!.slice(1)];
  const { value, writer } = mapApplications([t], '2021');
  expect(writer.warnings).toEqual([]);
  expect(value.partiallyGranted).toEqual(vals(4));
  expect(value.unavailable.notHeld).toEqual(vals(13));
  expect(value.other.overdueCorrection).toEqual(vals(21));
  expect(value.other.overdueFee).toEqual(vals(22));
});

test('a lone group label cut short is no group: 2019\'s （六）其他处理 row printed as （六）其 is still that row', () => {
  const t = official2021({ singleOther: true });
  t.rows[23] = [{ ...t.rows[23]![0]!, text: '（六）其' }, ...t.rows[23]!.slice(1)];
  const { value, writer } = mapApplications([t], '2019');
  expect(writer.warnings).toEqual([]);
  expect(value.other.total).toEqual(vals(21));
});

test('a duplicated row keeps the first', () => {
  const t = official2021();
  t.rows.splice(4, 0, t.rows[3]!.map((c) => ({ ...c, text: c.text === '11' ? '99' : c.text })));
  const { value, writer } = mapApplications([t], '2021');
  expect(writer.warnings.map((w) => [w.code, w.location.row])).toEqual([['ROW_DUPLICATE', 'newReceived']]);
  expect(value.newReceived).toEqual(vals(1));
});

test('the header\'s column order is followed only when it holds every label of a level', () => {
  const order = (rows: string[][]) => columnOrder(rows).map((c) => c.key);
  const official = ['naturalPerson', 'commercial', 'research', 'socialWelfare', 'legalService', 'otherOrg', 'total'];
  expect(order([['', '总计', '自然人', '法人或其他组织'], ['商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他']])).toEqual(['total', ...official.slice(0, 6)]);
  // A mangled row (labels cut apart) leaves the official order alone.
  expect(order([['自然人', '法人或其他组织', '总计'], ['商业企业', '科研机构', '社会公益法律服务机', '组织', '构', '其他']])).toEqual(official);
  expect(order([])).toEqual(official);
});

test('a label that swallowed the first number is warned (CELL_MERGED), its blank cell stays null', () => {
  const t = official2021();
  const [label, , ...rest] = t.rows[7]!;
  t.rows[7] = [label!, { ...rest[0]!, text: '1.属于国家秘密17' }, { ...rest[0]!, text: '' }, ...rest.slice(1)];
  const { value, writer } = mapApplications([t], '2021');
  expect(writer.warnings.map((w) => [w.code, w.location.row, w.message])).toEqual([
    ['CELL_MERGED', 'denied.stateSecret', 'Table 三 row denied.stateSecret: the label "1.属于国家秘密17" also holds the number 17, which is not read.'],
  ]);
  expect(value.denied.stateSecret.naturalPerson).toBeNull();
});

test('a number set beside a wrapped label\'s middle line (no rule parts the cells) is CELL_MERGED too, not a silent blank', () => {
  const t = official2021();
  const row = t.rows.findIndex((r) => r.some((c) => c.text.startsWith('5.要求行政机关')));
  const [label, first, ...rest] = t.rows[row]!;
  t.rows[row] = [{ ...label!, text: '5.要求行政机关\n确认或重新出具0\n已获取信息' }, { ...first!, text: '' }, ...rest];
  const { value, writer } = mapApplications([t], '2021');
  expect(writer.warnings.map((w) => [w.code, w.location.row])).toEqual([['CELL_MERGED', 'notProcessed.confirmation']]);
  expect(value.notProcessed.confirmation.naturalPerson).toBeNull();
  expect(value.notProcessed.confirmation.commercial).toBe(201);
});

test('blank cells beyond the columns at both ends of a row: not guessed, null and warned', () => {
  const t = official2021();
  const [label, ...rest] = t.rows[3]!; // 一、本年新收: 7 values 11…17
  const blankCell = { ...rest[0]!, text: '' };
  t.rows[3] = [label!, blankCell, ...rest.slice(0, 6), { ...rest[6]!, text: '' }, blankCell];
  const { value, writer } = mapApplications([t], '2021');
  expect(value.newReceived).toEqual(nulls);
  expect(writer.warnings.map((w) => [w.code, w.location.row])).toEqual([['COLUMN_MISSING', 'newReceived']]);
});

test('an extra sub-item numbered unlike the row it resembles is not that row', () => {
  const t = official2021();
  const extra = t.rows[14]!.map((c, i) => ({ ...c, text: i === 0 ? '9.其他' : '5' }));
  t.rows.splice(15, 0, extra); // after 8.属于行政查询事项, under （三）不予公开
  const { value, writer } = mapApplications([t], '2021');
  expect(value.other.other).toEqual(vals(23));
  expect(writer.warnings.map((w) => [w.code, w.location.row])).toEqual([['LABEL_UNRECOGNIZED', '9.其他']]);
});

test('of two rows for one key, the one whose label matches exactly is kept', () => {
  const t = official2021();
  const lookalike = t.rows[5]!.map((c, i) => ({ ...c, text: i === 0 ? '三、本年度办理结果' : i === 1 ? '（一）予以公开（含部分公开）' : '9' }));
  t.rows.splice(5, 0, lookalike);
  const { value, writer } = mapApplications([t], '2021');
  expect(value.granted).toEqual(vals(3));
  expect(writer.warnings.map((w) => w.code)).toEqual(['ROW_DUPLICATE']);
});

test('two rows whose labels only resemble one template row, with other values, leave it unread: a label cut wrong names its neighbour', () => {
  // As a flattened layout cut them when the ordinals were left out: 予以公开's row took the
  // first line of 部分公开's wrapped label, and 部分公开's row kept the rest.
  const t = official2021();
  t.rows[5]!.find((c) => c.text === '（一）予以公开')!.text = '部分公开（区分';
  t.rows[6]![0]!.text = '处理的，只计这一情形，不计其他情形）';
  const { value, writer } = mapApplications([t], '2021');
  expect(value.partiallyGranted).toEqual(nulls);
  expect(value.granted).toEqual(nulls);
  expect(writer.sources['partiallyGranted.total']).toBeUndefined();
  expect(writer.warnings.map((w) => [w.code, w.location.row])).toEqual([
    ['ROW_DUPLICATE', 'partiallyGranted'],
    ['ROW_MISSING', 'granted'],
  ]);
  // The same values twice say nothing new: the row is read.
  const same = official2021();
  same.rows.splice(7, 0, same.rows[6]!.map((c, i) => ({ ...c, text: i === 0 ? '处理的，只计这一情形，不计其他情形）' : c.text })));
  same.rows[6]![0]!.text = '（二）部分公开（区分处理的）';
  const read = mapApplications([same], '2021');
  expect(read.value.partiallyGranted).toEqual(vals(4));
  expect(read.writer.warnings.map((w) => [w.code, w.location.row])).toEqual([['ROW_DUPLICATE', 'partiallyGranted']]);
});

test('a row of no numbers claiming a row (the blank rest of a row a page break cut) does not unseat the one with numbers', () => {
  const t = official2021();
  const row = t.rows.findIndex((r) => r.some((c) => c.text === '3.危及“三安全一稳定”'));
  t.rows[row]!.find((c) => c.text === '3.危及“三安全一稳定”')!.text = '3.危及“三';
  t.rows.splice(row + 1, 0, t.rows[row]!.map((c, i) => ({ ...c, text: i === 0 ? '安全一稳定”' : '' })));
  const { value, writer } = mapApplications([t], '2021');
  expect(value.denied.safetyStability).toEqual(vals(7));
  expect(writer.warnings.map((w) => [w.code, w.location.row])).toEqual([['ROW_DUPLICATE', 'denied.safetyStability']]);
});

test('a row labelled as the template labels it wins over an earlier row that only resembles it', () => {
  const t = official2021();
  const lookalike = t.rows[6]!.map((c, i) => ({ ...c, text: i === 0 ? '（二）部分公开（区分处理的）' : '9' }));
  t.rows.splice(6, 0, lookalike);
  const { value, writer } = mapApplications([t], '2021');
  expect(value.partiallyGranted).toEqual(vals(4));
  expect(writer.warnings.map((w) => [w.code, w.location.row])).toEqual([['ROW_DUPLICATE', 'partiallyGranted']]);
});

test('a subtotal printed 合计 above （七）总计 does not push out the total: the label as the template prints it wins over a variant', () => {
  const t = official2021();
  const total = t.rows.findIndex((r) => r.some((c) => c.text === '（七）总计'));
  const subtotal = t.rows[total]!.map((c) => ({ ...c, text: c.text === '（七）总计' ? '合计' : String(Number(c.text) + 500) }));
  t.rows.splice(total - 3, 0, subtotal);
  const { value, writer } = mapApplications([t], '2021');
  expect(value.resultTotal).toEqual(vals(24));
  expect(writer.warnings.map((w) => [w.code, w.location.row])).toEqual([['ROW_DUPLICATE', 'resultTotal']]);
  // Printed alone, the variant is the total.
  const alone = official2021();
  alone.rows[total]!.find((c) => c.text === '（七）总计')!.text = '合计';
  const read = mapApplications([alone], '2021');
  expect(read.value.resultTotal).toEqual(vals(24));
  expect(read.writer.warnings).toEqual([]);
});

/**
 * markdownify (markitdown) writes a merged label as the label and empty cells,
 * and leaves out the cells a vertical merge covers. Where the delimiter row
 * declares the width, a row of that width is read by position.
 */
describe('a table that declares its column count', () => {
  const blankEnds = ['', '11', '', '13', '14', '15', ''];
  const rows = (): (string | [string, number, number])[][] => [
    ['一、本年新收政府信息公开申请数量', '', '', ...blankEnds],
    // One cell short (三、本年度办理结果 covers it): read from the row's end as always.
    ['（二）部分公开（区分处理的，只计这一情形，不计其他情形）', '', ...v(4)],
    // A cell too many: not by position.
    ['四、结转下年度继续办理', '', '', '', ...blankEnds],
  ];
  const expected = applicant([null, 11, null, 13, 14, 15, null]);

  test('a row as wide as declared: its last seven cells, blank ends and all', () => {
    const t = grid(rows());
    t.kind = 'applications';
    t.columns = 10;
    const { value, writer } = mapApplications([t], '2021');
    expect(value.newReceived).toEqual(expected);
    expect(value.partiallyGranted).toEqual(vals(4));
    expect(value.carriedForward).toEqual(nulls);
    expect(writer.warnings.filter((w) => w.code === 'COLUMN_MISSING' && w.location.row !== undefined).map((w) => w.location.row)).toEqual(['carriedForward']);
    expect(writer.sources['applications.newReceived.commercial']).toMatchObject({ row: 0, column: 4 });
  });

  test('without a declared width the same row is not guessed at', () => {
    const t = grid(rows());
    t.kind = 'applications';
    const { value, writer } = mapApplications([t], '2021');
    expect(value.newReceived).toEqual(nulls);
    expect(value.partiallyGranted).toEqual(vals(4));
    expect(writer.warnings.filter((w) => w.code === 'COLUMN_MISSING' && w.location.row !== undefined).map((w) => w.location.row)).toEqual(['newReceived', 'carriedForward']);
  });

  test('rows short by the columns a group label above took (a vertical merge markdownify leaves out): read from the right', () => {
    const t = grid([
      ['三、本年度办理结果', '（一）予以公开', '', ...v(3)],
      // Short by one, the column 三、本年度办理结果 took: blank cells at both ends stay in place.
      ['（二）部分公开（区分处理的，只计这一情形，不计其他情形）', '', ...blankEnds],
      ['（三）不予公开', '1.属于国家秘密', ...blankEnds],
      // Short by two: under both group labels.
      ['2.其他法律行政法规禁止公开', ...blankEnds],
      // Short by three: no group labels took three columns; not guessed at.
      ['3.危及“三安全一稳定”', ...blankEnds.slice(0, 6)],
    ]);
    t.kind = 'applications';
    t.columns = 10;
    const { value, writer } = mapApplications([t], '2021');
    expect(value.granted).toEqual(vals(3));
    expect(value.partiallyGranted).toEqual(expected);
    expect(value.denied.stateSecret).toEqual(expected);
    expect(value.denied.lawProhibited).toEqual(expected);
    expect(value.denied.safetyStability).toEqual(nulls);
    expect(writer.warnings.filter((w) => w.code === 'COLUMN_MISSING' && w.location.row !== undefined).map((w) => w.location.row)).toEqual(['denied.safetyStability']);
  });

  test('a short row with no group label above: not by position', () => {
    const t = grid([['一、本年新收政府信息公开申请数量', '', ...blankEnds]]);
    t.kind = 'applications';
    t.columns = 10;
    const { value } = mapApplications([t], '2021');
    expect(value.newReceived).toEqual(nulls);
  });

  test('a number before the value columns: not by position', () => {
    const t = grid([['一、本年新收政府信息公开申请数量', '9', '', ...blankEnds]]);
    t.kind = 'applications';
    t.columns = 10;
    const { value } = mapApplications([t], '2021');
    expect(value.newReceived).toEqual(nulls);
  });
});

describe('a header in another order than the official one (probe 2026-12-07, fifteenth session)', () => {
  const rows = (header: (string | [string, number, number])[][]): (string | [string, number, number])[][] => [...header, ['一、本年新收政府信息公开申请数量', ...v(1)], ['二、上年结转政府信息公开申请数量', ...v(2)]];
  const map = (header: (string | [string, number, number])[][], cellOrder?: 'reading') => {
    const t = grid(rows(header));
    t.kind = 'applications';
    if (cellOrder) t.cellOrder = cellOrder;
    return mapApplications([t], '2021');
  };
  const codes = (w: { code: string }[]) => w.map((x) => x.code).filter((c) => c !== 'ROW_MISSING');

  test('one header row of the seven labels, 总计 first, no 法人或其他组织 above them: followed', () => {
    const { value, writer } = map([['', '总计', '自然人', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他']]);
    expect(codes(writer.warnings)).toEqual([]);
    expect(value.newReceived).toEqual(applicant([11, 12, 13, 14, 15, 16, 10]));
  });

  test('the group printed `法人或者其他组织` and the total `合计`, placed first: followed', () => {
    const { value, writer } = map([
      [['', 2, 1], ['合计', 2, 1], ['自然人', 2, 1], ['法人或者其他组织', 1, 5]],
      ['商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他'],
    ]);
    expect(codes(writer.warnings)).toEqual([]);
    expect(value.carriedOver).toEqual(applicant([21, 22, 23, 24, 25, 26, 20]));
  });

  test('sub-columns swapped under a label the order cannot be read from (`其他组织`): not read, COLUMN_ORDER_UNCLEAR', () => {
    const { value, writer } = map([
      [['', 2, 1], ['自然人', 2, 1], ['法人或其他组织', 1, 5], ['总计', 2, 1]],
      ['科研机构', '商业企业', '社会公益组织', '法律服务机构', '其他组织'],
    ]);
    expect(codes(writer.warnings)).toEqual(['COLUMN_ORDER_UNCLEAR']);
    expect(value.newReceived).toEqual(nulls);
  });

  test('a header flattened onto one line level after level (LibreOffice\'s text) is no contradiction', () => {
    const { value, writer } = map([['申请人情况', '自然人', '法人或其他组织', '总计', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他']]);
    expect(codes(writer.warnings)).toEqual([]);
    expect(value.newReceived).toEqual(vals(1));
  });

  test('cells in reading order (pdftotext without -layout) are no evidence: read in the official order as before', () => {
    const { value, writer } = map([['法人或其他组织', '自然人', '商业', '科研', '总计', '法律服务机构', '其他']], 'reading');
    expect(codes(writer.warnings)).toEqual(['COLUMN_MISSING', 'COLUMN_MISSING', 'COLUMN_MISSING']);
    expect(value.newReceived).toEqual(vals(1));
  });
});
