import type { LabelKey } from './types.js';

/** Table 四 (行政复议、行政诉讼), both formats: one row of 15 numbers. */

// Aliases are whole labels only: never a piece a wrapped label leaves on a line of its own in
// text and borderless PDFs (`维持` of `结果` / `维持`, `直接起诉` of `未经复议` / `直接起诉`).
export const TABLE4_GROUPS: LabelKey[] = [
  { label: '行政复议', key: 'review', aliases: ['行政复议情况'] },
  { label: '未经复议直接起诉', key: 'litigationDirect', aliases: ['未经复议起诉', '未经复议直接向法院起诉'], shortForms: ['直接起诉'] },
  { label: '复议后起诉', key: 'litigationAfterReview', aliases: ['经复议后起诉', '复议后向法院起诉'] },
];

/** The header's group over the two litigation groups, and its printed variants. */
export const TABLE4_LITIGATION_GROUP: LabelKey = { label: '行政诉讼', key: 'litigation', aliases: ['行政诉讼情况'] };

export const TABLE4_COLUMNS: LabelKey[] = [
  { label: '结果维持', key: 'maintained', shortForms: ['维持'] },
  { label: '结果纠正', key: 'corrected', shortForms: ['纠正'] },
  { label: '其他结果', key: 'other', shortForms: ['其他'] },
  { label: '尚未审结', key: 'pending', shortForms: ['未审结'] },
  { label: '总计', key: 'total', aliases: ['合计'] },
];

export const TABLE4_HEADER_LABELS = ['行政复议', '行政诉讼', '未经复议直接起诉', '复议后起诉', ...TABLE4_COLUMNS.map((c) => c.label)];
