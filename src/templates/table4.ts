import type { LabelKey } from './types.js';

/** Table 四 (行政复议、行政诉讼), both formats: one row of 15 numbers. */

export const TABLE4_GROUPS: LabelKey[] = [
  { label: '行政复议', key: 'review' },
  { label: '未经复议直接起诉', key: 'litigationDirect' },
  { label: '复议后起诉', key: 'litigationAfterReview' },
];

export const TABLE4_COLUMNS: LabelKey[] = [
  { label: '结果维持', key: 'maintained' },
  { label: '结果纠正', key: 'corrected' },
  { label: '其他结果', key: 'other' },
  { label: '尚未审结', key: 'pending' },
  { label: '总计', key: 'total' },
];

export const TABLE4_HEADER_LABELS = ['行政复议', '行政诉讼', '未经复议直接起诉', '复议后起诉', ...TABLE4_COLUMNS.map((c) => c.label)];
