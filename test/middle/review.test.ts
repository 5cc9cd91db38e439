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
