/**
 * What the real Zhangdian 2020 report prints (read off the fixture by hand),
 * shared by every test that parses it in some form (text, re-encoded, PDF).
 */
import { applicant, review } from './fixtures.js';

const zeros = applicant([0, 0, 0, 0, 0, 0, 0]);
const nulls = applicant([null, null, null, null, null, null, null]);

export const ZHANGDIAN_ACTIVE = {
  regulations: { newlyMade: 0, newlyPublished: 0, totalPublished: 0 },
  normativeDocuments: { newlyMade: 0, newlyPublished: 0, totalPublished: 0 },
  licensing: { previousYear: 176454, change: -72462, decisions: 103992 },
  otherServices: { previousYear: 0, change: 0, decisions: 0 },
  punishment: { previousYear: 558879, change: -66315, decisions: 492564 },
  enforcement: { previousYear: 9862, change: -1370, decisions: 8492 },
  fees: { previousYear: 0, change: 0 },
  procurement: { projectCount: 0, totalAmount: 0 },
};

export const ZHANGDIAN_APPLICATIONS = {
  newReceived: applicant([2, 0, 0, 0, 0, 0, 2]),
  carriedOver: zeros,
  granted: applicant([2, 0, 0, 0, 0, 0, 2]),
  partiallyGranted: zeros,
  denied: {
    stateSecret: zeros,
    lawProhibited: zeros,
    safetyStability: zeros,
    thirdPartyRights: zeros,
    internalAffairs: zeros,
    processInfo: zeros,
    enforcementCase: zeros,
    adminQuery: zeros,
  },
  unavailable: { notHeld: zeros, needsCreation: zeros, unclearAfterCorrection: zeros },
  notProcessed: { complaint: zeros, duplicate: zeros, publication: zeros, excessive: zeros, confirmation: zeros },
  other: { total: zeros, overdueCorrection: nulls, overdueFee: nulls, other: nulls },
  // Printed all zero although 2 requests were granted: parse what is printed.
  resultTotal: zeros,
  carriedForward: zeros,
};

export const ZHANGDIAN_REVIEW = {
  review: review([0, 0, 0, 0, 0]),
  litigationDirect: review([0, 0, 0, 0, 0]),
  litigationAfterReview: review([0, 0, 0, 0, 0]),
};

/** The section tree: ordinal, number as printed, title, paragraph count, subsections (number, title, paragraphs, children). */
export const ZHANGDIAN_SECTIONS = [
  {
    ordinal: 1, number: '一、', kind: 'overview', title: '总体情况', paragraphs: 1,
    subsections: [
      ['（一）', '主动公开政府信息情况', 0, [['1、', '主动公开政府信息数量', 1, []], ['2、', '主要公开渠道', 1, []]]],
      ['（二）', '依申请公开情况', 1, []],
      ['（三）', '政府信息管理情况', 4, []],
      ['（四）', '平台建设情况', 1, []],
      ['（五）', '监督保障情况', 1, []],
    ],
  },
  { ordinal: 2, number: '二、', kind: 'activeDisclosure', title: '主动公开政府信息情况', paragraphs: 0, subsections: [] },
  { ordinal: 3, number: '3、', kind: 'applications', title: '收到和处理政府信息公开申请情况', paragraphs: 0, subsections: [] },
  { ordinal: 4, number: '四、', kind: 'reviewLitigation', title: '政府信息公开行政复议、行政诉讼情况', paragraphs: 0, subsections: [] },
  {
    ordinal: 5, number: '五、', kind: 'problems', title: '存在的主要问题及改进情况', paragraphs: 2,
    subsections: [
      ['（一）', '切实抓好公开内容落实', 1, []],
      ['（二）', '不断完善信息公开形式', 1, []],
      ['（三）', '加强督促指导，进一步完善政府信息公开工作考核制度', 0, []],
      ['（四）', '加强信息公开宣传力度', 1, []],
    ],
  },
  { ordinal: 6, number: '六、', kind: 'otherMatters', title: '其他需要报告的事项', paragraphs: 2, subsections: [] },
] as const;
