/**
 * CSV export of an archive: files.csv, cells.csv and statistics.csv, UTF-8
 * with a BOM so that Excel opens the Chinese text correctly. Rows stream from
 * the database to the file.
 */
import { closeSync, openSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import type Database from 'better-sqlite3';

/** One CSV field: quoted when it holds a comma, quote or line break. */
export function csvField(v: unknown): string {
  if (v === null || v === undefined) return '';
  const s = typeof v === 'string' ? v : String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** Writes the rows of a query to a CSV file (header from the query's columns). */
export function writeCsv(db: Database.Database, sql: string, file: string): number {
  const stmt = db.prepare(sql).raw(true);
  const fd = openSync(file, 'w');
  let rows = 0;
  try {
    let chunk = `\ufeff${stmt.columns().map((c) => csvField(c.name)).join(',')}\r\n`;
    for (const row of stmt.iterate() as Iterable<unknown[]>) {
      chunk += `${row.map(csvField).join(',')}\r\n`;
      if (++rows % 1000 === 0) {
        writeSync(fd, chunk);
        chunk = '';
      }
    }
    writeSync(fd, chunk);
  } finally {
    closeSync(fd);
  }
  return rows;
}

/** The three CSV files of an archive in `dir` (which must exist). */
export function exportCsv(db: Database.Database, dir: string): { files: number; cells: number; statistics: number } {
  return {
    files: writeCsv(db, 'SELECT * FROM files ORDER BY path', join(dir, 'files.csv')),
    cells: writeCsv(
      db,
      `SELECT c.sha256, r.agency, r.year, c."table", c.row_key, c.column_key, c.value, c.page, c.line
       FROM cells c JOIN reports r ON r.sha256 = c.sha256 ORDER BY r.agency, r.year, c.sha256, c."table", c.row_key, c.column_key`,
      join(dir, 'cells.csv'),
    ),
    statistics: writeCsv(db, 'SELECT * FROM statistics ORDER BY agency, year, sha256', join(dir, 'statistics.csv')),
  };
}
