import { mapReviewLitigation } from '../../src/middle/review.js';
import { review } from '../support/fixtures.js';
import { grid } from '../support/grid.js';

const header = (): (string | [string, number, number])[][] => [
  [['行政复议', 1, 5], ['行政诉讼', 1, 10]],
  [['结果维持', 2, 1], ['结果纠正', 2, 1], ['其他结果', 2, 1], ['尚未审结', 2, 1], ['总计', 2, 1], ['未经复议直接起诉', 1, 5], ['复议后起诉', 1, 5]],
  ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计', '结果维持', '结果纠正', '其他结果', '尚未审结', '总计'],
];

test('the one row of 15 values under the three-level header (the real Hongze figures, which do not add up)', () => {
  const t = grid([...header(), ['10', '1', '0', '0', '0', '0', '0', '0', '0', '0', '5', '0', '0', '0', '0']]);
  t.kind = 'reviewLitigation';
  const { value, writer } = mapReviewLitigation([t]);
  expect(writer.warnings).toEqual([]);
  expect(value).toEqual({
    review: review([10, 1, 0, 0, 0]),
    litigationDirect: review([0, 0, 0, 0, 0]),
    litigationAfterReview: review([5, 0, 0, 0, 0]),
  });
  expect(writer.sources['reviewLitigation.litigationAfterReview.maintained']!.column).toBe(10);
});

test('blanks stay null; a short value row is ROW_MISSING; no header is COLUMN_MISSING per group', () => {
  const blank = grid([...header(), Array.from({ length: 15 }, () => '')]);
  blank.kind = 'reviewLitigation';
  const b = mapReviewLitigation([blank]);
  expect(b.writer.warnings).toEqual([]);
  expect(b.value.review).toEqual(review([null, null, null, null, null]));

  const short = grid([...header(), ['1', '2', '3']]);
  short.kind = 'reviewLitigation';
  expect(mapReviewLitigation([short]).writer.warnings.map((w) => w.code)).toEqual(['ROW_MISSING']);

  const bare = grid([Array.from({ length: 15 }, (_, i) => String(i))]);
  bare.kind = 'reviewLitigation';
  const r = mapReviewLitigation([bare]);
  expect(r.writer.warnings.map((w) => [w.code, w.location.column])).toEqual([
    ['COLUMN_MISSING', 'review'],
    ['COLUMN_MISSING', 'litigationDirect'],
    ['COLUMN_MISSING', 'litigationAfterReview'],
  ]);
  expect(r.value.litigationAfterReview).toEqual(review([10, 11, 12, 13, 14]));
});

test('a leading label cell and trailing blank cells do not shift the 15 values; the first value row wins', () => {
  const values = Array.from({ length: 15 }, (_, i) => String(900 + i));
  const t = grid([...header(), ['件数', ...values, '', ''], Array.from({ length: 15 }, () => '7')]);
  t.kind = 'reviewLitigation';
  const { value, writer } = mapReviewLitigation([t]);
  expect(value.review).toEqual(review([900, 901, 902, 903, 904]));
  expect(value.litigationAfterReview).toEqual(review([910, 911, 912, 913, 914]));
  expect(writer.warnings.map((w) => w.code)).toEqual(['ROW_DUPLICATE']);
});

test('groups are read in the order the header prints them', () => {
  const swapped: (string | [string, number, number])[][] = [
    [['行政诉讼', 1, 10], ['行政复议', 1, 5]],
    [['复议后起诉', 1, 5], ['未经复议直接起诉', 1, 5], '结果维持', '结果纠正', '其他结果', '尚未审结', '总计'],
  ];
  const t = grid([...swapped, Array.from({ length: 15 }, (_, i) => String(i))]);
  t.kind = 'reviewLitigation';
  const { value } = mapReviewLitigation([t]);
  expect(value.litigationAfterReview).toEqual(review([0, 1, 2, 3, 4]));
  expect(value.litigationDirect).toEqual(review([5, 6, 7, 8, 9]));
  expect(value.review).toEqual(review([10, 11, 12, 13, 14]));
});

test('a garbled header (labels scattered among pieces) leaves the official column order', () => {
  const garbled: (string | [string, number, number])[][] = [
    [['行政复议', 1, 5], ['行政诉讼', 1, 10]],
    ['总计', '持', '结果维持', '正', '结果纠正', '果', '其他结果', '结', '尚未审结'],
  ];
  const t = grid([...garbled, Array.from({ length: 15 }, (_, i) => String(i))]);
  t.kind = 'reviewLitigation';
  expect(mapReviewLitigation([t]).value.review).toEqual(review([0, 1, 2, 3, 4]));
});

test("a value a converter overwrote with replacement characters (Debian's html2text) is a damaged value, not the row's label: the row is read, that cell null", () => {
  // Held-out report 15007: html2text printed the first and the fourteenth cells as `�`.
  const cells = ['\uFFFD', '5', '0', '0', '40', '57', '0', '43', '59', '51', '0', '0', '0', '\uFFFD', '0'];
  const t = grid([...header(), cells]);
  t.kind = 'reviewLitigation';
  const { value, writer } = mapReviewLitigation([t]);
  expect(value).toEqual({
    review: review([null, 5, 0, 0, 40]),
    litigationDirect: review([57, 0, 43, 59, 51]),
    litigationAfterReview: review([0, 0, 0, null, 0]),
  });
  expect(writer.warnings.map((w) => [w.code, w.location.row, w.location.column])).toEqual([
    ['CELL_NOT_NUMERIC', 'review', 'maintained'],
    ['CELL_NOT_NUMERIC', 'litigationAfterReview', 'pending'],
  ]);
  // A row one value short with a damaged cell first stays unread: 15 cells are needed.
  const short = grid([...header(), cells.slice(0, 14)]);
  short.kind = 'reviewLitigation';
  expect(mapReviewLitigation([short]).writer.warnings.map((w) => w.code)).toEqual(['ROW_MISSING']);
});

test("each group's columns in the order its own header prints them (one group printed 总计 first)", () => {
  const rows = header();
  // 行政复议's labels (row 2, merged down) total first; the 行政诉讼 groups official.
  rows[1] = [['总计', 2, 1], ['结果维持', 2, 1], ['结果纠正', 2, 1], ['其他结果', 2, 1], ['尚未审结', 2, 1], ['未经复议直接起诉', 1, 5], ['复议后起诉', 1, 5]];
  const t = grid([...rows, Array.from({ length: 15 }, (_, i) => String(i))]);
  t.kind = 'reviewLitigation';
  const { value, writer } = mapReviewLitigation([t]);
  expect(value.review).toEqual(review([1, 2, 3, 4, 0]));
  expect(value.litigationDirect).toEqual(review([5, 6, 7, 8, 9]));
  expect(value.litigationAfterReview).toEqual(review([10, 11, 12, 13, 14]));
  expect(writer.warnings).toEqual([]);

  // The same as a converter flattens it: no spans, the covered cells written empty.
  const flat = grid([
    ['行政复议', '行政诉讼'],
    ['总计', '结果维持', '结果纠正', '其他结果', '尚未审结', '未经复议直接起诉', '复议后起诉'],
    ['', '', '', '', '', '结果维持', '结果纠正', '其他结果', '尚未审结', '总计', '结果纠正', '结果维持', '其他结果', '尚未审结', '总计'],
    Array.from({ length: 15 }, (_, i) => String(i)),
  ]);
  flat.kind = 'reviewLitigation';
  const f = mapReviewLitigation([flat]);
  expect(f.value).toEqual({ review: review([1, 2, 3, 4, 0]), litigationDirect: review([5, 6, 7, 8, 9]), litigationAfterReview: review([11, 10, 12, 13, 14]) });
});

test('runs of column labels in different orders that cannot be placed leave their groups unread', () => {
  // The covered cells left out and no spans (a markdown converter): the ten 行政诉讼 labels stand at
  // columns 0–9, where 行政复议's labels already are, so which group prints which order cannot be told.
  const t = grid([
    ['行政复议', '行政诉讼'],
    ['总计', '结果维持', '结果纠正', '其他结果', '尚未审结', '未经复议直接起诉', '复议后起诉'],
    ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计', '结果维持', '结果纠正', '其他结果', '尚未审结', '总计'],
    Array.from({ length: 15 }, (_, i) => String(i)),
  ]);
  t.kind = 'reviewLitigation';
  const { value, writer } = mapReviewLitigation([t]);
  expect(value.review).toEqual(review([1, 2, 3, 4, 0]));
  expect(value.litigationDirect).toEqual(review([null, null, null, null, null]));
  expect(value.litigationAfterReview).toEqual(review([null, null, null, null, null]));
  expect(writer.warnings.map((w) => [w.code, w.location.row])).toEqual([
    ['COLUMN_MISSING', 'litigationDirect'],
    ['COLUMN_MISSING', 'litigationAfterReview'],
  ]);
});

test('an all-blank row before the value row (a spare row an editor left) gives way to it', () => {
  const t = grid([...header(), Array.from({ length: 15 }, () => ''), Array.from({ length: 15 }, (_, i) => String(i))]);
  t.kind = 'reviewLitigation';
  const { value, writer } = mapReviewLitigation([t]);
  expect(value.litigationAfterReview).toEqual(review([10, 11, 12, 13, 14]));
  expect(writer.warnings).toEqual([]);
});

describe('a header in another order than the official one (probe 2026-12-07, fifteenth session)', () => {
  const values = Array.from({ length: 15 }, (_, i) => String(100 + i));
  const read = (rows: (string | [string, number, number])[][], cellOrder?: 'reading') => {
    const t = grid([...rows, values]);
    t.kind = 'reviewLitigation';
    if (cellOrder) t.cellOrder = cellOrder;
    return mapReviewLitigation([t]);
  };
  const five = ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'];

  test('one header row, 行政诉讼 left out: the two litigation groups before 行政复议 are followed', () => {
    const { value, writer } = read([[['未经复议直接起诉', 1, 5], ['复议后起诉', 1, 5], ['行政复议', 1, 5]], [...five, ...five, ...five]]);
    expect(writer.warnings).toEqual([]);
    expect(value).toEqual({ litigationDirect: review([100, 101, 102, 103, 104]), litigationAfterReview: review([105, 106, 107, 108, 109]), review: review([110, 111, 112, 113, 114]) });
  });

  test('variants of the labels (`行政诉讼（复议后起诉）`, `经复议后起诉`, `合计`) place the groups and columns they name', () => {
    const { value, writer } = read([
      [['行政复议情况', 1, 5], ['行政诉讼（复议后起诉）', 1, 5], ['行政诉讼（未经复议直接起诉）', 1, 5]],
      [...['合计', '结果维持', '结果纠正', '其他结果', '尚未审结'], ...['合计', '结果维持', '结果纠正', '其他结果', '尚未审结'], ...['合计', '结果维持', '结果纠正', '其他结果', '尚未审结']],
    ]);
    expect(writer.warnings).toEqual([]);
    expect(value).toEqual({ review: review([101, 102, 103, 104, 100]), litigationAfterReview: review([106, 107, 108, 109, 105]), litigationDirect: review([111, 112, 113, 114, 110]) });
  });

  test('an order the labels show but do not let be followed (`直接起诉`, `纠正` before `维持`): not read, COLUMN_ORDER_UNCLEAR', () => {
    const groups = read([[['行政复议', 2, 5], ['行政诉讼', 1, 10]], [['复议后起诉', 1, 5], ['直接起诉', 1, 5]], [...five, ...five, ...five]]);
    // `直接起诉` alone is no label to place a group by (it is also the second line of a wrapped `未经复议` / `直接起诉`).
    expect(groups.writer.warnings.map((w) => [w.code, w.location.column])).toEqual([['COLUMN_MISSING', 'litigationDirect'], ['COLUMN_ORDER_UNCLEAR', undefined]]);
    expect(groups.value.litigationDirect).toEqual(review([null, null, null, null, null]));
    const short = ['纠正', '维持', '其他结果', '尚未审结', '总计'];
    const columns = read([[['行政复议', 1, 5], ['行政诉讼', 1, 10]], [['未经复议直接起诉', 1, 5], ['复议后起诉', 1, 5]], [...short, ...short, ...short]]);
    expect(columns.writer.warnings.map((w) => w.code)).toEqual(['COLUMN_ORDER_UNCLEAR']);
    expect(columns.value.review).toEqual(review([null, null, null, null, null]));
  });

  test('cells in reading order (pdftotext without -layout) say nothing about the order: read in the official order as before', () => {
    const { value, writer } = read([['行政复议', '行政诉讼'], ['复议后起诉', '直接起诉'], [...five, ...five, ...five]], 'reading');
    expect(writer.warnings.map((w) => w.code)).toEqual(['COLUMN_MISSING']);
    expect(value.review).toEqual(review([100, 101, 102, 103, 104]));
  });
});

test('a row for an earlier period before the report\'s own (`上年`, or a year not the report\'s) is not read; the report\'s row is', () => {
  const last = Array.from({ length: 15 }, (_, i) => String(200 + i));
  const own = Array.from({ length: 15 }, (_, i) => String(100 + i));
  for (const [label, year] of [['上年', null], ['2022年', 2023]] as const) {
    const t = grid([...header().map((r, i) => (i === 0 ? [['', 3, 1] as [string, number, number], ...r] : r)), [label, ...last], [year === null ? '本年' : `${year}年`, ...own]]);
    t.kind = 'reviewLitigation';
    const { value, writer } = mapReviewLitigation([t], year);
    expect(value.review).toEqual(review([100, 101, 102, 103, 104]));
    expect(writer.warnings.map((w) => w.message)).toEqual([`Table 四 row "${label}" is for an earlier period; it is not read.`]);
  }
});

test('a group whose first labels were lost (a garbled PDF header) is no contradiction: the next group\'s first label after its last (review, fifteenth session)', () => {
  const five = ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'];
  const t = grid([['行政复议', '行政诉讼'], ['未经复议直接起诉', '复议后起诉'], ['其他结果', '尚未审结', '总计', ...five, ...five], Array.from({ length: 15 }, (_, i) => String(i))]);
  t.kind = 'reviewLitigation';
  const { value, writer } = mapReviewLitigation([t]);
  expect(writer.warnings.map((w) => w.code)).toEqual([]);
  expect(value.review).toEqual(review([0, 1, 2, 3, 4]));
});

test('a misspelt first column label (`结果维特`) does not make the next five labels a group\'s order: values not rotated (review, fifteenth session)', () => {
  const five = ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'];
  const t = grid([['行政复议', '行政诉讼'], ['未经复议直接起诉', '复议后起诉'], ['结果维特', ...five.slice(1), ...five, ...five], Array.from({ length: 15 }, (_, i) => String(i))]);
  t.kind = 'reviewLitigation';
  const { value } = mapReviewLitigation([t]);
  expect(value).toEqual({ review: review([0, 1, 2, 3, 4]), litigationDirect: review([5, 6, 7, 8, 9]), litigationAfterReview: review([10, 11, 12, 13, 14]) });
});
