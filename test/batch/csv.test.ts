import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { csvField, writeCsv } from '../../src/batch/csv.js';

test('fields are quoted only when they must be; NULL is empty', () => {
  expect([csvField(null), csvField(3), csvField(-1.5), csvField('张店'), csvField('a,b'), csvField('say "x"'), csvField('two\nlines')]).toEqual([
    '', '3', '-1.5', '张店', '"a,b"', '"say ""x"""', '"two\nlines"',
  ]);
});

test('a query streams to a CSV file with a BOM and CRLF line ends', () => {
  const dir = mkdtempSync(join(tmpdir(), 'xxgk-csv-'));
  try {
    const db = new Database(':memory:');
    db.exec("CREATE TABLE t (a TEXT, b REAL); INSERT INTO t VALUES ('淄博,张店', 1), (NULL, 2.5)");
    for (let i = 0; i < 1500; i++) db.prepare('INSERT INTO t VALUES (?, ?)').run(`r${i}`, i);
    expect(writeCsv(db, 'SELECT a, b FROM t ORDER BY rowid', join(dir, 't.csv'))).toBe(1502);
    const text = readFileSync(join(dir, 't.csv'), 'utf8');
    const lines = text.split('\r\n');
    expect(lines.slice(0, 4)).toEqual(['\ufeffa,b', '"淄博,张店",1', ',2.5', 'r0,0']);
    expect(lines.length).toBe(1504); // header, 1502 rows, the empty string after the last CRLF
    expect(lines[1502]).toBe('r1499,1499');
    db.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
