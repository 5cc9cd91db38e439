import type { Report } from '../model/report.js';
import { lineOrPage } from '../middle/sections.js';
import { TABLE2 } from '../templates/table2.js';
import { TABLE3_COLUMNS, TABLE3_ROWS } from '../templates/table3.js';
import { TABLE4_COLUMNS, TABLE4_GROUPS } from '../templates/table4.js';
import type { FindingLocation } from './finding.js';

/**
 * Reading the typed model by canonical path, and naming cells in the words of
 * the official format for messages. The audit reads only the typed model.
 */

const SPLIT = new Map<string, string[]>();

/** The value at a canonical path (`applications.granted.total`); null when blank or absent. */
export function valueAt(report: Report, path: string): number | null {
  let keys = SPLIT.get(path);
  if (!keys) SPLIT.set(path, (keys = path.split('.')));
  let node: unknown = report;
  for (const k of keys) node = (node as Record<string, unknown> | null | undefined)?.[k];
  return typeof node === 'number' ? node : null;
}

/** Per report: every path prefix (`applications`, `applications.denied`, `applications.denied.stateSecret`) of a cell read from the document. */
const PRINTED = new WeakMap<Report, Set<string>>();

/** Whether any cell under a path (`applications.other.total`, `applications`) was read from the document. */
export function rowPrinted(report: Report, rowPath: string): boolean {
  let set = PRINTED.get(report);
  if (!set) {
    set = new Set();
    for (const k of Object.keys(report.sources)) {
      for (let i = k.indexOf('.'); i >= 0; i = k.indexOf('.', i + 1)) set.add(k.slice(0, i));
    }
    PRINTED.set(report, set);
  }
  return set.has(rowPath);
}

/** Whether a statistics table was found at all (any of its cells was read). */
export function tablePrinted(report: Report, table: 'activeDisclosure' | 'applications' | 'reviewLitigation'): boolean {
  return rowPrinted(report, table);
}

/** Table 三's （六） rows as the report prints them: the single row, or the three 2021 sub-rows. */
export function otherRows(report: Report): string[] {
  const sub = ['other.overdueCorrection', 'other.overdueFee', 'other.other'];
  return sub.some((r) => rowPrinted(report, `applications.${r}`)) ? sub : ['other.total'];
}

/** Table 三's result rows (（一）…（六）) in the form this report prints. */
export function resultRows(report: Report): string[] {
  return TABLE3_ROWS.map((r) => r.key).filter((k) => !['newReceived', 'carriedOver', 'resultTotal', 'carriedForward'].includes(k) && !k.startsWith('other.')).concat(otherRows(report));
}

/** Each statistics table's numeral and section. */
export const TABLE_OF: Record<string, { numeral: string; section: number }> = {
  activeDisclosure: { numeral: '二', section: 2 },
  applications: { numeral: '三', section: 3 },
  reviewLitigation: { numeral: '四', section: 4 },
};

const ROW_LABEL = new Map<string, string>();
const COLUMN_LABEL = new Map<string, string>();
for (const row of TABLE3_ROWS) {
  // `（二）部分公开（区分处理的…）` → `（二）部分公开`; sub-items get their group: `（三）不予公开 1.属于国家秘密`.
  const label = row.label.replace(/（[^（）]*处理的[^（）]*）$/, '');
  ROW_LABEL.set(`applications.${row.key}`, row.group ? `${row.group}${label}` : label);
}
for (const c of TABLE3_COLUMNS) COLUMN_LABEL.set(`applications.${c.key}`, c.label);
for (const version of ['2019', '2021'] as const) {
  for (const b of TABLE2[version]) {
    for (const r of b.rows) ROW_LABEL.set(`activeDisclosure.${r.key}`, r.label);
    for (const c of b.columns) COLUMN_LABEL.set(`activeDisclosure.${c.key}`, c.label);
  }
}
for (const g of TABLE4_GROUPS) ROW_LABEL.set(`reviewLitigation.${g.key}`, g.label);
for (const c of TABLE4_COLUMNS) COLUMN_LABEL.set(`reviewLitigation.${c.key}`, c.label);

/** Splits `applications.denied.stateSecret.total` into table, row key and column key. */
export function splitPath(path: string): { table: string; row: string; column: string } {
  const parts = path.split('.');
  return { table: parts[0]!, row: parts.slice(1, -1).join('.'), column: parts[parts.length - 1]! };
}

/** The official label of a row (`（一）予以公开`), by table and row key. */
export function rowLabel(table: string, row: string): string {
  return ROW_LABEL.get(`${table}.${row}`) ?? row;
}

export function columnLabel(table: string, column: string): string {
  return COLUMN_LABEL.get(`${table}.${column}`) ?? column;
}

/** A cell named as an auditor reads it: `表三“（一）予以公开”行“自然人”列`. */
export function cellName(path: string): string {
  const { table, row, column } = splitPath(path);
  const t = TABLE_OF[table]?.numeral ?? table;
  if (table === 'reviewLitigation') return `表${t}“${rowLabel(table, row)}”“${columnLabel(table, column)}”`;
  return `表${t}“${rowLabel(table, row)}”行“${columnLabel(table, column)}”列`;
}

/** `表三` for a path. */
export function tableName(path: string): string {
  return `表${TABLE_OF[splitPath(path).table]?.numeral ?? ''}`;
}

/** Where a cell is: its section, table, row and column keys, and the line or page it was printed on. */
export function cellLocation(report: Report, path: string): FindingLocation {
  const { table, row, column } = splitPath(path);
  const source = report.sources[path];
  const section = TABLE_OF[table]?.section;
  const loc: FindingLocation = {};
  if (section !== undefined) loc.section = section;
  if (source) loc.table = source.table;
  else {
    const t = report.tables.find((x) => x.kind === table);
    if (t) loc.table = t.index;
  }
  loc.row = row;
  loc.column = column;
  if (source) Object.assign(loc, lineOrPage(source.location));
  return loc;
}

/** Sum of values; null when any is blank. */
export function sum(values: (number | null)[]): number | null {
  let s = 0;
  for (const v of values) {
    if (v === null) return null;
    s += v;
  }
  return round(s);
}

/** Sums of money may be fractional: keep them free of float noise. */
export function round(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}
