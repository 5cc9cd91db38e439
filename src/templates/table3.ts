import type { LabelKey, TemplateRow } from './types.js';

/** Table 三 (收到和处理政府信息公开申请情况), both formats (report-format.md). */

export const TABLE3_COLUMNS: LabelKey[] = [
  { label: '自然人', key: 'naturalPerson' },
  { label: '商业企业', key: 'commercial' },
  { label: '科研机构', key: 'research' },
  { label: '社会公益组织', key: 'socialWelfare' },
  { label: '法律服务机构', key: 'legalService' },
  // Not `其他组织`: it is also the second line of a wrapped `法人或` / `其他组织`.
  { label: '其他', key: 'otherOrg' },
  { label: '总计', key: 'total', aliases: ['合计'] },
];

/** The header's group over the five organisation columns, and its printed variants. */
export const TABLE3_ORG_GROUP: LabelKey = { label: '法人或其他组织', key: 'organisations', aliases: ['法人或者其他组织', '法人及其他组织', '法人和其他组织', '法人或其它组织'] };

const DENIED = '（三）不予公开';
const UNAVAILABLE = '（四）无法提供';
const NOT_PROCESSED = '（五）不予处理';
const OTHER = '（六）其他处理';

export const TABLE3_ROWS: TemplateRow[] = [
  { label: '一、本年新收政府信息公开申请数量', key: 'newReceived' },
  { label: '二、上年结转政府信息公开申请数量', key: 'carriedOver' },
  { label: '（一）予以公开', key: 'granted' },
  { label: '（二）部分公开（区分处理的，只计这一情形，不计其他情形）', key: 'partiallyGranted' },
  { label: '1.属于国家秘密', key: 'denied.stateSecret', group: DENIED },
  { label: '2.其他法律行政法规禁止公开', key: 'denied.lawProhibited', group: DENIED },
  { label: '3.危及“三安全一稳定”', key: 'denied.safetyStability', group: DENIED },
  { label: '4.保护第三方合法权益', key: 'denied.thirdPartyRights', group: DENIED },
  { label: '5.属于三类内部事务信息', key: 'denied.internalAffairs', group: DENIED },
  { label: '6.属于四类过程性信息', key: 'denied.processInfo', group: DENIED },
  { label: '7.属于行政执法案卷', key: 'denied.enforcementCase', group: DENIED },
  { label: '8.属于行政查询事项', key: 'denied.adminQuery', group: DENIED },
  { label: '1.本机关不掌握相关政府信息', key: 'unavailable.notHeld', group: UNAVAILABLE },
  { label: '2.没有现成信息需要另行制作', key: 'unavailable.needsCreation', group: UNAVAILABLE },
  { label: '3.补正后申请内容仍不明确', key: 'unavailable.unclearAfterCorrection', group: UNAVAILABLE },
  { label: '1.信访举报投诉类申请', key: 'notProcessed.complaint', group: NOT_PROCESSED },
  { label: '2.重复申请', key: 'notProcessed.duplicate', group: NOT_PROCESSED },
  { label: '3.要求提供公开出版物', key: 'notProcessed.publication', group: NOT_PROCESSED },
  { label: '4.无正当理由大量反复申请', key: 'notProcessed.excessive', group: NOT_PROCESSED },
  { label: '5.要求行政机关确认或重新出具已获取信息', key: 'notProcessed.confirmation', group: NOT_PROCESSED },
  { label: '（六）其他处理', key: 'other.total' },
  { label: '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请', key: 'other.overdueCorrection', group: OTHER, only: '2021' },
  { label: '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请', key: 'other.overdueFee', group: OTHER, only: '2021' },
  { label: '3.其他', key: 'other.other', group: OTHER, only: '2021' },
  { label: '（七）总计', key: 'resultTotal', aliases: ['总计', '合计'] },
  { label: '四、结转下年度继续办理', key: 'carriedForward' },
];

/** Group headers printed as their own (label-only) cells; `（六）其他处理` doubles as a row. */
export const TABLE3_GROUPS = [DENIED, UNAVAILABLE, NOT_PROCESSED, OTHER, '三、本年度办理结果'];

/** Header texts of table 三 (not data rows). */
export const TABLE3_HEADER_LABELS = ['申请人情况', '法人或其他组织', '勾稽关系', ...TABLE3_COLUMNS.map((c) => c.label)];
