import type { FormatVersion } from '../model/statistics.js';
import type { LabelKey, Table2Block } from './types.js';

/** Table 二 (主动公开政府信息情况), per format version, as report-format.md prints it. */

const DECISION_COLUMNS_2019: LabelKey[] = [
  { label: '上一年项目数量', key: 'previousYear' },
  { label: '本年增/减', key: 'change' },
  { label: '处理决定数量', key: 'decisions' },
];

export const TABLE2: Record<FormatVersion, Table2Block[]> = {
  '2019': [
    {
      title: '第二十条第（一）项',
      rows: [{ label: '规章', key: 'regulations' }, { label: '规范性文件', key: 'normativeDocuments' }],
      columns: [
        { label: '本年新制作数量', key: 'newlyMade' },
        { label: '本年新公开数量', key: 'newlyPublished' },
        { label: '对外公开总数量', key: 'totalPublished' },
      ],
    },
    {
      title: '第二十条第（五）项',
      rows: [{ label: '行政许可', key: 'licensing' }, { label: '其他对外管理服务事项', key: 'otherServices' }],
      columns: DECISION_COLUMNS_2019,
    },
    {
      title: '第二十条第（六）项',
      rows: [{ label: '行政处罚', key: 'punishment' }, { label: '行政强制', key: 'enforcement' }],
      columns: DECISION_COLUMNS_2019,
    },
    {
      title: '第二十条第（八）项',
      rows: [{ label: '行政事业性收费', key: 'fees' }],
      columns: DECISION_COLUMNS_2019.slice(0, 2),
    },
    {
      title: '第二十条第（九）项',
      rows: [{ label: '政府集中采购', key: 'procurement' }],
      columns: [
        { label: '采购项目数量', key: 'projectCount' },
        { label: '采购总金额', key: 'totalAmount' },
      ],
    },
  ],
  '2021': [
    {
      title: '第二十条第（一）项',
      rows: [{ label: '规章', key: 'regulations' }, { label: '行政规范性文件', key: 'normativeDocuments' }],
      columns: [
        { label: '本年制发件数', key: 'issued' },
        { label: '本年废止件数', key: 'repealed' },
        { label: '现行有效件数', key: 'inForce' },
      ],
    },
    {
      title: '第二十条第（五）项',
      rows: [{ label: '行政许可', key: 'licensing' }],
      columns: [{ label: '本年处理决定数量', key: 'decisions' }],
    },
    {
      title: '第二十条第（六）项',
      rows: [{ label: '行政处罚', key: 'punishment' }, { label: '行政强制', key: 'enforcement' }],
      columns: [{ label: '本年处理决定数量', key: 'decisions' }],
    },
    {
      title: '第二十条第（八）项',
      rows: [{ label: '行政事业性收费', key: 'fees' }],
      columns: [{ label: '本年收费金额（单位：万元）', key: 'amount' }],
    },
  ],
};

/** Labels whose presence in table 二 decides the format version (report-format.md). */
export const VERSION_MARKERS: Record<FormatVersion, string[]> = {
  '2019': ['第二十条第（九）项', '本年新制作数量', '上一年项目数量', '采购项目数量'],
  '2021': ['本年制发件数', '本年收费金额', '现行有效件数', '本年处理决定数量'],
};

/** Columns holding signed values (`减N`) or money (fractional allowed). */
export const SIGNED_COLUMNS = new Set(['change']);
export const MONEY_COLUMNS = new Set(['amount', 'totalAmount']);
