/**
 * Every canonical leaf of the three statistics tables, across both format
 * versions, with the labels the official format prints: the columns of the
 * `statistics` view and of the XLSX sheets. Derived from the templates.
 */
import type { TableKind } from '../model/report.js';
import { TABLE2 } from '../templates/table2.js';
import { TABLE3_COLUMNS, TABLE3_ROWS } from '../templates/table3.js';
import { TABLE4_COLUMNS, TABLE4_GROUPS } from '../templates/table4.js';

export interface StatisticsKey {
  table: TableKind;
  /** Row key within the table, e.g. `denied.stateSecret`. */
  row: string;
  /** Column key, e.g. `naturalPerson`. */
  column: string;
  /** `table.row.column`, the canonical path. */
  path: string;
  /** The printed labels (row, then column), joined by a space. */
  label: string;
}

function key(table: TableKind, row: string, column: string, label: string): StatisticsKey {
  return { table, row, column, path: `${table}.${row}.${column}`, label };
}

function table2Keys(): StatisticsKey[] {
  const seen = new Map<string, StatisticsKey>();
  for (const version of ['2019', '2021'] as const) {
    for (const block of TABLE2[version]) {
      for (const row of block.rows) {
        for (const col of block.columns) {
          const k = key('activeDisclosure', row.key, col.key, `${row.label} ${col.label}`);
          if (!seen.has(k.path)) seen.set(k.path, k);
        }
      }
    }
  }
  return [...seen.values()];
}

const TABLE4_PRINTED: Record<string, string> = { review: '行政复议', litigationDirect: '行政诉讼 未经复议直接起诉', litigationAfterReview: '行政诉讼 复议后起诉' };

export const STATISTICS_KEYS: readonly StatisticsKey[] = [
  ...table2Keys(),
  ...TABLE3_ROWS.flatMap((r) => TABLE3_COLUMNS.map((c) => key('applications', r.key, c.key, `${r.group ? `${r.group} ` : ''}${r.label} ${c.label}`))),
  ...TABLE4_GROUPS.flatMap((g) => TABLE4_COLUMNS.map((c) => key('reviewLitigation', g.key, c.key, `${TABLE4_PRINTED[g.key] ?? g.label} ${c.label}`))),
];

/** The official names of the three tables. */
export const TABLE_TITLES: Record<TableKind, string> = {
  activeDisclosure: '二、主动公开政府信息情况',
  applications: '三、收到和处理政府信息公开申请情况',
  reviewLitigation: '四、政府信息公开行政复议、行政诉讼情况',
};
