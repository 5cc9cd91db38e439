/**
 * XLSX export of an archive: one sheet per statistics table, one row per
 * report; each column headed by its label as the official format prints it,
 * with the canonical key in the row under it. Streamed (exceljs's writer).
 */
import type Database from 'better-sqlite3';
import ExcelJS from 'exceljs';
import type { TableKind } from '../model/report.js';
import { STATISTICS_KEYS, TABLE_TITLES } from './keys.js';
import { quoteIdentifier } from './schema.js';

const META: { column: string; label: string }[] = [
  { column: 'agency', label: '机关' },
  { column: 'year', label: '年度' },
  { column: 'published_on', label: '发布日期' },
  { column: 'format_version', label: '格式版本' },
  { column: 'title', label: '标题' },
  { column: 'sha256', label: 'SHA-256' },
];

export async function exportXlsx(db: Database.Database, file: string): Promise<number> {
  const book = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: false, useStyles: true });
  let reports = 0;
  for (const table of Object.keys(TABLE_TITLES) as TableKind[]) {
    const keys = STATISTICS_KEYS.filter((k) => k.table === table);
    const sheet = book.addWorksheet(TABLE_TITLES[table].slice(0, 31), { views: [{ state: 'frozen', ySplit: 2, xSplit: 2 }] });
    const header = sheet.addRow([...META.map((m) => m.label), ...keys.map((k) => k.label)]);
    header.font = { bold: true };
    header.commit();
    const keyRow = sheet.addRow([...META.map((m) => m.column), ...keys.map((k) => k.path)]);
    keyRow.font = { italic: true, color: { argb: 'FF666666' } };
    keyRow.commit();
    const columns = [...META.map((m) => m.column), ...keys.map((k) => k.path)].map(quoteIdentifier).join(', ');
    reports = 0;
    for (const row of db.prepare(`SELECT ${columns} FROM statistics ORDER BY agency, year, sha256`).raw(true).iterate() as Iterable<unknown[]>) {
      sheet.addRow([...row]).commit(); // a copy: an array of this realm (exceljs tests instanceof Array)
      reports++;
    }
    sheet.commit();
  }
  await book.commit();
  return reports;
}
