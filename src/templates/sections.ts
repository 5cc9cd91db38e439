import type { SectionTemplate } from './types.js';

/** The six numbered sections, identical in both formats (report-format.md). */
export const SECTIONS: SectionTemplate[] = [
  { ordinal: 1, numeral: '一', heading: '一、总体情况', kind: 'overview', signatures: ['总体情况', '总体概况', '基本情况'] },
  { ordinal: 2, numeral: '二', heading: '二、主动公开政府信息情况', kind: 'activeDisclosure', signatures: ['主动公开政府信息情况', '主动公开政府信息', '政府信息主动公开'] },
  { ordinal: 3, numeral: '三', heading: '三、收到和处理政府信息公开申请情况', kind: 'applications', signatures: ['收到和处理政府信息公开申请', '处理政府信息公开申请', '收到政府信息公开申请', '依申请公开', '政府信息公开申请办理'] },
  { ordinal: 4, numeral: '四', heading: '四、政府信息公开行政复议、行政诉讼情况', kind: 'reviewLitigation', signatures: ['行政复议、行政诉讼', '行政复议和行政诉讼', '行政复议,行政诉讼', '行政复议行政诉讼'] },
  { ordinal: 5, numeral: '五', heading: '五、存在的主要问题及改进情况', kind: 'problems', signatures: ['存在的主要问题', '主要问题及改进', '问题及改进'] },
  { ordinal: 6, numeral: '六', heading: '六、其他需要报告的事项', kind: 'otherMatters', signatures: ['其他需要报告的事项', '其他需要报告'] },
];
