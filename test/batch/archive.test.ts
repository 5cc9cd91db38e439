import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { Archive, type FileRecord } from '../../src/batch/archive.js';
import type { ParsedReply, WarningRow } from '../../src/batch/task.js';

const dir = mkdtempSync(join(tmpdir(), 'xxgk-archive-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const file = (path: string, sha256: string): FileRecord => ({
  path, sha256, bytes: 10, format: 'text', status: 'parsed', errorCode: null, errorMessage: null,
  duplicateOf: null, startedAt: '2026-12-05T00:00:00.000Z', ms: 5,
});
const reply = (warnings: WarningRow[]): ParsedReply => ({
  id: 1, ok: true, sha256: 'ab', json: '{}',
  meta: { title: 't', agency: 'a', year: 2023, publishedOn: null, formatVersion: '2021', format: 'text', encoding: 'utf-8', pages: null },
  cells: [['applications', 'newApplications', 'total', 3, null, 7], ['applications', 'carriedOver', 'total', null, null, 8]],
  warnings,
  findings: [],
});
const counts = (path: string) => {
  const db = new Database(path, { readonly: true });
  try {
    const n = (sql: string) => db.prepare(sql).pluck().get() as number;
    return { files: n('SELECT COUNT(*) FROM files'), reports: n('SELECT COUNT(*) FROM reports'), cells: n('SELECT COUNT(*) FROM cells'), warnings: n('SELECT COUNT(*) FROM warnings') };
  } finally {
    db.close();
  }
};

test('a file whose rows fail part-way leaves none of its rows, and the files around it keep theirs', () => {
  const db = join(dir, 'partial.sqlite');
  const archive = new Archive(db, { filesPerTransaction: 50, maxDelayMs: 60_000 });
  archive.add(file('a.txt', 'aaa'), reply([['TABLE_MISSING', 'error', 'm', '{}']]));
  // NOT NULL on warnings.code: fails after the file, report and cells rows of b.txt were written.
  const broken = reply([['ROW_MISSING', 'warning', 'm', '{}'], [null as unknown as string, 'warning', 'm', '{}']]);
  expect(() => archive.add(file('b.txt', 'bbb'), broken)).toThrow(/NOT NULL/);
  archive.add(file('c.txt', 'ccc'), reply([]));
  // Written as they arrive: the same connection sees them before the commit.
  expect(archive.has('a.txt', 'aaa')).toBe(true);
  expect(archive.has('b.txt', 'bbb')).toBe(false);
  expect(archive.originalOf('ccc')).toBe('c.txt');
  archive.close();
  expect(counts(db)).toEqual({ files: 2, reports: 2, cells: 4, warnings: 1 });
});

test('files are committed every filesPerTransaction files; the rest are uncommitted until flush', () => {
  const db = join(dir, 'commits.sqlite');
  const archive = new Archive(db, { filesPerTransaction: 3, maxDelayMs: 60_000 });
  for (let i = 0; i < 4; i++) archive.add(file(`${i}.txt`, `sha${i}`), reply([]));
  // Another connection sees committed files only: three, the fourth still in the open transaction.
  expect(counts(db).files).toBe(3);
  archive.flush();
  expect(counts(db)).toEqual({ files: 4, reports: 4, cells: 8, warnings: 0 });
  archive.close();
});

const indexes = (path: string) => {
  const db = new Database(path, { readonly: true });
  try {
    return db.prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND name NOT LIKE 'sqlite_%' ORDER BY name").pluck().all();
  } finally {
    db.close();
  }
};
const ALL_INDEXES = ['cells_key', 'files_sha256', 'files_status', 'findings_rule', 'findings_sha256', 'reports_agency_year', 'reports_year', 'warnings_code', 'warnings_sha256'];
const QUERY_ONLY = ['cells_key', 'findings_rule', 'findings_sha256'];

test('a bulk load of a new archive builds the query-only indexes once, at close', () => {
  const db = join(dir, 'bulk.sqlite');
  const archive = new Archive(db, { bulk: true, filesPerTransaction: 1 });
  archive.add(file('a.txt', 'aaa'), reply([]));
  expect(indexes(db)).toEqual(ALL_INDEXES.filter((n) => !QUERY_ONLY.includes(n)));
  archive.close();
  expect(indexes(db)).toEqual(ALL_INDEXES);
  expect(counts(db)).toEqual({ files: 1, reports: 1, cells: 2, warnings: 0 });
  // An archive that holds files keeps its indexes through another bulk load.
  const again = new Archive(db, { bulk: true, filesPerTransaction: 1 });
  again.add(file('b.txt', 'bbb'), reply([]));
  expect(indexes(db)).toEqual(ALL_INDEXES);
  again.close();
});

test('an archive whose bulk load was killed before close gets its indexes back on its next open', () => {
  const db = join(dir, 'killed.sqlite');
  const archive = new Archive(db, { bulk: true, filesPerTransaction: 1 });
  archive.add(file('a.txt', 'aaa'), reply([]));
  archive.db.close(); // as a killed batch leaves it: committed rows, no close()
  expect(indexes(db)).toEqual(ALL_INDEXES.filter((n) => !QUERY_ONLY.includes(n)));
  new Archive(db).close();
  expect(indexes(db)).toEqual(ALL_INDEXES);
  expect(counts(db).cells).toBe(2);
});

test('a stopped bulk load closes without building its indexes; the next open builds them', () => {
  const db = join(dir, 'stopped.sqlite');
  const archive = new Archive(db, { bulk: true });
  archive.add(file('a.txt', 'aaa'), reply([]));
  archive.close(false);
  expect(counts(db)).toEqual({ files: 1, reports: 1, cells: 2, warnings: 0 });
  expect(indexes(db)).toEqual(ALL_INDEXES.filter((n) => !QUERY_ONLY.includes(n)));
  new Archive(db).close();
  expect(indexes(db)).toEqual(ALL_INDEXES);
});
