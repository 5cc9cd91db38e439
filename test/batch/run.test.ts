import { spawn } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { auditReport } from '../../src/audit/index.js';
import { ArchiveNotEmptyError, runBatch } from '../../src/batch/run.js';
import type { ParseResult } from '../../src/model/report.js';
import type { BatchSummary } from '../../src/batch/summary.js';
import { ERROR_CODES } from '../../src/codes.js';
import { buildArchive, type TestArchive } from '../support/archive.js';
import { fixturePath, ZHANGDIAN } from '../support/fixtures.js';
import { BATCH_CHILD, useSourceWorkers } from '../support/batch-env.js';
import { table2Paths, table3Paths, table4Paths } from '../support/random-report.js';

useSourceWorkers();

// The time limit leaves the memory hog room to reach its limit on a loaded machine (seconds of last-resort GCs).
const OPTIONS = { jobs: 2, timeoutMs: 30_000, maxMemoryMb: 256 };
const dir = mkdtempSync(join(tmpdir(), 'xxgk-batch-'));
let archive: TestArchive;
let summary: BatchSummary;
const fullDb = join(dir, 'full.sqlite');

beforeAll(async () => {
  archive = buildArchive(join(dir, 'archive'), { texts: 180, pdfs: 20, wordAndHtml: 3, copies: 6, bad: true, fuzzed: 12 });
  summary = await runBatch([archive.root], { db: fullDb, ...OPTIONS });
}, 600_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

type Row = Record<string, unknown>;
const all = (db: string, sql: string, ...args: unknown[]): Row[] => {
  const d = new Database(db, { readonly: true });
  try {
    return d.prepare(sql).all(...args) as Row[];
  } finally {
    d.close();
  }
};

function cellsOf(db: string, sha: string): Record<string, number | null> {
  return Object.fromEntries(
    all(db, 'SELECT "table", row_key, column_key, value FROM cells WHERE sha256 = ?', sha).map((c) => [`${c.table}.${c.row_key}.${c.column_key}`, c.value as number | null]),
  );
}

test('the archive is what the test claims: 200+ distinct files in nested folders', () => {
  const kinds = [...archive.files.values()].map((e) => e.kind);
  expect(kinds.filter((k) => k === 'values').length).toBe(206);
  expect(kinds.filter((k) => k === 'duplicate').length).toBe(6);
  expect(archive.files.size).toBe(206 + 6 + 14 + 12);
});

test('every input path has exactly one files row', () => {
  const rows = all(fullDb, 'SELECT path FROM files ORDER BY path').map((r) => r.path);
  expect(rows).toEqual([...archive.files.keys()].sort());
  expect(summary.files).toEqual({ parsed: expect.any(Number), error: expect.any(Number), duplicate: 6, skipped: 0 });
  expect(summary.files.parsed + summary.files.error + summary.files.duplicate).toBe(archive.files.size);
});

test('every good file is parsed and its cells equal its generator values', () => {
  const files = new Map(all(fullDb, 'SELECT f.*, r.agency, r.year, r.format_version FROM files f LEFT JOIN reports r USING (sha256)').map((r) => [r.path as string, r]));
  let checked = 0;
  for (const [path, e] of archive.files) {
    if (e.kind !== 'values') continue;
    const row = files.get(path)!;
    expect([path, row.status, row.error_code]).toEqual([path, 'parsed', null]);
    expect([row.agency, row.year, row.format_version]).toEqual([e.agency, e.year, e.version]);
    expect(cellsOf(fullDb, row.sha256 as string)).toEqual(e.values);
    checked++;
  }
  expect(checked).toBe(206);
});

test('bad files have their codes; duplicates point at the first path; fuzzed files have rows of their own', () => {
  const files = new Map(all(fullDb, 'SELECT * FROM files').map((r) => [r.path as string, r]));
  for (const [path, e] of archive.files) {
    const row = files.get(path)!;
    if (e.kind === 'error') expect([path, row.status, row.error_code]).toEqual([path, 'error', e.code]);
    if (e.kind === 'duplicate') {
      expect([path, row.status, row.duplicate_of]).toEqual([path, 'duplicate', e.of]);
      expect(row.sha256).toBe(files.get(e.of)!.sha256);
    }
    if (e.kind === 'any') {
      expect(['parsed', 'error', 'duplicate']).toContain(row.status);
      if (row.status === 'error') expect(Object.keys(ERROR_CODES)).toContain(row.error_code);
    }
  }
  expect(summary.errorCodes.find(([c]) => c === 'TIMEOUT')).toEqual(['TIMEOUT', 1]);
  expect(summary.errorCodes.find(([c]) => c === 'OUT_OF_MEMORY')).toEqual(['OUT_OF_MEMORY', 1]);
});

test('both workers did work; files rows carry hash, size, format and time', () => {
  expect(summary.perWorker).toHaveLength(2);
  expect(summary.perWorker.every((n) => n > 20)).toBe(true);
  const row = all(fullDb, "SELECT * FROM files WHERE path LIKE '%/text/%' AND status = 'parsed' LIMIT 1")[0]!;
  expect(row.sha256).toMatch(/^[0-9a-f]{64}$/);
  expect([row.format, typeof row.bytes, typeof row.ms]).toEqual(['text', 'number', 'number']);
  expect(new Date(row.started_at as string).toISOString()).toBe(row.started_at);
  expect(all(fullDb, 'SELECT format, COUNT(*) AS n FROM files WHERE status = \'parsed\' AND path NOT LIKE \'%/fuzz/%\' GROUP BY format ORDER BY format')).toEqual([
    { format: 'docx', n: 3 },
    { format: 'html', n: 3 },
    { format: 'pdf', n: 20 },
    { format: 'text', n: 180 },
  ]);
});

test('warnings rows are the parse warnings; blanks are NULL cells, never 0; the statistics view has one row per report', () => {
  const reports = all(fullDb, 'SELECT sha256, json FROM reports');
  for (const r of reports) {
    const { warnings } = JSON.parse(r.json as string) as { warnings: { code: string; message: string; location: unknown }[] };
    const rows = all(fullDb, 'SELECT code, message, location FROM warnings WHERE sha256 = ? ORDER BY rowid', r.sha256);
    expect(rows).toEqual(warnings.map((w) => ({ code: w.code, message: w.message, location: JSON.stringify(w.location) })));
  }
  const blanks = [...archive.files.values()].flatMap((e) => (e.kind === 'values' ? Object.values(e.values).filter((v) => v === null) : [])).length;
  expect(blanks).toBeGreaterThan(1000);
  const stats = all(fullDb, 'SELECT * FROM statistics');
  expect(stats).toHaveLength(reports.length);
  const one = stats.find((s) => s.format_version === '2021')!;
  const cells = cellsOf(fullDb, one.sha256 as string);
  for (const [path, value] of Object.entries(cells)) expect([path, one[path]]).toEqual([path, value]);
  expect(one['activeDisclosure.procurement.projectCount']).toBeNull(); // a 2019 key, absent from a 2021 report
});

test('findings rows are the audit of each stored report', () => {
  let total = 0;
  for (const r of all(fullDb, 'SELECT sha256, json FROM reports')) {
    const findings = auditReport(JSON.parse(r.json as string) as ParseResult);
    const rows = all(fullDb, 'SELECT rule, severity, status, message, location FROM findings WHERE sha256 = ? ORDER BY rowid', r.sha256);
    expect(rows).toEqual(findings.map((f) => ({ rule: f.rule, severity: f.severity, status: f.status, message: f.message, location: JSON.stringify(f.location) })));
    total += rows.length;
  }
  // Random tables do not add up: the archive must hold arithmetic findings.
  expect(all(fullDb, "SELECT COUNT(*) AS n FROM findings WHERE rule IN ('T3-1', 'T3-2', 'T3-3', 'T4-1')")[0]!.n).toBeGreaterThan(0);
  expect(all(fullDb, 'SELECT COUNT(*) AS n FROM findings')).toEqual([{ n: total }]);
});

test('a batch killed part-way and rerun with --resume ends with the same database as an uninterrupted run', async () => {
  const db = join(dir, 'killed.sqlite');
  const child = spawn(process.execPath, [BATCH_CHILD, db, '2', String(OPTIONS.timeoutMs), String(OPTIONS.maxMemoryMb), archive.root], { stdio: 'ignore', env: { ...process.env } });
  const exited = new Promise((resolve) => child.on('exit', resolve));
  // Kill it hard once part of the archive is written (reading while it writes: WAL).
  for (;;) {
    await new Promise((r) => setTimeout(r, 200));
    const n = (() => {
      try {
        return all(db, 'SELECT COUNT(*) AS n FROM files')[0]!.n as number;
      } catch {
        return 0;
      }
    })();
    if (n >= 60) break;
  }
  child.kill('SIGKILL');
  await exited;
  const partial = all(db, 'SELECT COUNT(*) AS n FROM files')[0]!.n as number;
  expect(partial).toBeGreaterThanOrEqual(60);
  expect(partial).toBeLessThan(archive.files.size);
  // Consistent as left: every parsed file has its report and all its cells; no report without its file.
  expect(all(db, "SELECT f.path FROM files f LEFT JOIN reports r USING (sha256) WHERE f.status = 'parsed' AND r.sha256 IS NULL")).toEqual([]);
  expect(all(db, 'SELECT r.sha256 FROM reports r WHERE NOT EXISTS (SELECT 1 FROM files f WHERE f.sha256 = r.sha256)')).toEqual([]);
  const leaves = (v: '2019' | '2021') => table2Paths(v).length + table3Paths().length + table4Paths().length;
  expect(all(db, 'SELECT r.format_version AS v, COUNT(c.sha256) AS n FROM reports r LEFT JOIN cells c USING (sha256) GROUP BY r.sha256').filter((r) => r.n !== leaves(r.v as '2019' | '2021'))).toEqual([]);

  const resumed = await runBatch([archive.root], { db, resume: true, ...OPTIONS });
  expect(resumed.files.skipped).toBe(partial);
  const dump = (file: string) => ({
    files: all(file, 'SELECT path, sha256, bytes, format, status, error_code, error_message, duplicate_of FROM files ORDER BY path'),
    reports: all(file, 'SELECT * FROM reports ORDER BY sha256'),
    cells: all(file, 'SELECT * FROM cells ORDER BY sha256, "table", row_key, column_key'),
    warnings: all(file, 'SELECT * FROM warnings ORDER BY sha256, code, message, location'),
    findings: all(file, 'SELECT * FROM findings ORDER BY sha256, rule, message'),
  });
  const a = dump(fullDb);
  const b = dump(db);
  expect(b.files).toEqual(a.files);
  expect(b.reports.map((r) => r.sha256)).toEqual(a.reports.map((r) => r.sha256));
  expect(b.reports).toEqual(a.reports);
  expect(b.cells).toEqual(a.cells);
  expect(b.warnings).toEqual(a.warnings);
  expect(b.findings).toEqual(a.findings);
}, 600_000);

test('--resume skips what is recorded, parses a file whose bytes changed, and drops the old report', async () => {
  const db = join(dir, 'small.sqlite');
  const small = buildArchive(join(dir, 'small'), { texts: 6 });
  const first = await runBatch([small.root], { db, ...OPTIONS });
  expect(first.files).toEqual({ parsed: 6, error: 0, duplicate: 0, skipped: 0 });
  await expect(runBatch([small.root], { db, ...OPTIONS })).rejects.toBeInstanceOf(ArchiveNotEmptyError);
  const [changed] = [...small.files.keys()];
  const before = all(db, 'SELECT sha256 FROM files WHERE path = ?', changed)[0]!.sha256;
  writeFileSync(changed!, 'not a report any more');
  const again = await runBatch([small.root], { db, resume: true, ...OPTIONS });
  expect(again.files).toEqual({ parsed: 0, error: 1, duplicate: 0, skipped: 5 });
  expect(all(db, 'SELECT status, error_code FROM files WHERE path = ?', changed)).toEqual([{ status: 'error', error_code: 'NOT_A_REPORT' }]);
  expect(all(db, 'SELECT COUNT(*) AS n FROM reports WHERE sha256 = ?', before)).toEqual([{ n: 0 }]);
  expect(all(db, 'SELECT COUNT(*) AS n FROM cells WHERE sha256 = ?', before)).toEqual([{ n: 0 }]);
  expect(all(db, 'SELECT COUNT(*) AS n FROM files')).toEqual([{ n: 6 }]);
}, 120_000);

test('a file that changes between its hash and its parse is no report of the bytes hashed: an error, its copies parsed in its place, --resume reads it anew', async () => {
  // The test hook has the worker replace the file (and each copy of it) by the Zhangdian report before it reads it.
  process.env.XXGK_BATCH_TEST_HOOKS = '1';
  try {
    const db = join(dir, 'changing.sqlite');
    const root = join(dir, 'changing');
    const small = buildArchive(root, { texts: 2 });
    const marker = `XXGK-TEST-REWRITE:${fixturePath(ZHANGDIAN)}`;
    for (const name of ['a.txt', 'b.txt']) writeFileSync(join(root, name), marker);
    const first = await runBatch([root], { db, ...OPTIONS, jobs: 1 });
    expect(first.files).toEqual({ parsed: 2, error: 2, duplicate: 0, skipped: 0 });
    const rows = all(db, "SELECT path, status, error_code, duplicate_of, sha256 FROM files WHERE path LIKE '%/a.txt' OR path LIKE '%/b.txt' ORDER BY path");
    // Recorded without the hash of bytes never parsed (nothing is stored under it); the copy, parsed in its place, changed too.
    expect(rows.map((r) => [r.status, r.error_code, r.duplicate_of, r.sha256])).toEqual([['error', 'INPUT_UNREADABLE', null, null], ['error', 'INPUT_UNREADABLE', null, null]]);
    expect(all(db, 'SELECT COUNT(*) AS n FROM reports')).toEqual([{ n: small.files.size }]);
    const again = await runBatch([root], { db, ...OPTIONS, jobs: 1, resume: true });
    expect(again.files).toEqual({ parsed: 1, error: 0, duplicate: 1, skipped: 2 });
    expect(all(db, "SELECT r.agency FROM files f JOIN reports r ON r.sha256 = f.sha256 WHERE f.path LIKE '%/a.txt'")).toEqual([{ agency: '淄博市公安局交通警察支队张店大队' }]);
  } finally {
    delete process.env.XXGK_BATCH_TEST_HOOKS;
  }
}, 120_000);

test('--resume after an original changed: its duplicates are no longer its duplicates, and the archive equals a fresh run', async () => {
  const root = join(dir, 'stale');
  const small = buildArchive(root, { texts: 3 });
  const [first, second] = [...small.files.keys()];
  copyFileSync(first!, join(root, 'zz-copy.txt')); // a copy of the first, later in walk order
  const db = join(dir, 'stale.sqlite');
  await runBatch([root], { db, ...OPTIONS, jobs: 1 });
  expect(all(db, "SELECT status, duplicate_of FROM files WHERE path LIKE '%zz-copy.txt'")).toEqual([{ status: 'duplicate', duplicate_of: first }]);
  copyFileSync(second!, first!); // the original now holds the second file's bytes
  const resumed = await runBatch([root], { db, ...OPTIONS, jobs: 1, resume: true });
  expect(resumed.files).toEqual({ parsed: 1, error: 0, duplicate: 1, skipped: 2 });
  // As a fresh run records it, but for which of two paths with the same bytes is the original.
  const fresh = join(dir, 'stale-fresh.sqlite');
  await runBatch([root], { db: fresh, ...OPTIONS, jobs: 1 });
  const q = 'SELECT path, sha256 FROM files ORDER BY path';
  expect(all(db, q)).toEqual(all(fresh, q));
  expect(all(db, 'SELECT sha256 FROM reports ORDER BY sha256')).toEqual(all(fresh, 'SELECT sha256 FROM reports ORDER BY sha256'));
  // Every duplicate points at a path recorded with its bytes, parsed.
  expect(all(db, "SELECT COUNT(*) AS n FROM files d JOIN files o ON o.path = d.duplicate_of WHERE d.status = 'duplicate' AND (o.sha256 <> d.sha256 OR o.status <> 'parsed')")).toEqual([{ n: 0 }]);
}, 120_000);

test('the archive inside the walked folder is not an input; a database of something else is refused, untouched', async () => {
  const root = join(dir, 'inside');
  buildArchive(root, { texts: 2 });
  const db = join(root, 'archive.sqlite');
  expect((await runBatch([root], { db, ...OPTIONS, jobs: 1 })).files).toEqual({ parsed: 2, error: 0, duplicate: 0, skipped: 0 });
  expect((await runBatch([root], { db, ...OPTIONS, jobs: 1, resume: true })).files).toEqual({ parsed: 0, error: 0, duplicate: 0, skipped: 2 });
  const other = join(dir, 'other.sqlite');
  const foreign = new Database(other);
  foreign.exec('CREATE TABLE notes (body TEXT)');
  foreign.close();
  await expect(runBatch([root], { db: other, ...OPTIONS, jobs: 1 })).rejects.toThrow(`the database ${other} cannot be used: ${other} is a SQLite database of something else (tables: notes), not an xxgk archive.`);
  expect(all(other, "SELECT name FROM sqlite_master WHERE type = 'table'")).toEqual([{ name: 'notes' }]);
}, 120_000);

test('a stop (Ctrl-C) writes the finished files, leaves the rest, and --resume completes the archive', async () => {
  const db = join(dir, 'stopped.sqlite');
  const small = buildArchive(join(dir, 'stopped'), { texts: 30, copies: 2 });
  const controller = new AbortController();
  const stopped = await runBatch([small.root], {
    db,
    ...OPTIONS,
    signal: controller.signal,
    onFile: (_file, tally) => {
      if (tally.recorded >= 8) controller.abort();
    },
  });
  expect(stopped.interrupted).toBe(true);
  const recorded = all(db, 'SELECT COUNT(*) AS n FROM files')[0]!.n as number;
  expect(recorded).toBe(stopped.files.parsed + stopped.files.error + stopped.files.duplicate);
  expect(recorded).toBeGreaterThanOrEqual(8);
  expect(recorded).toBeLessThan(small.files.size);
  expect(all(db, "SELECT f.path FROM files f LEFT JOIN reports r USING (sha256) WHERE f.status = 'parsed' AND r.sha256 IS NULL")).toEqual([]);
  const rest = await runBatch([small.root], { db, resume: true, ...OPTIONS });
  expect(rest.interrupted).toBe(false);
  expect(rest.files.skipped).toBe(recorded);
  expect(all(db, 'SELECT path, status FROM files ORDER BY path')).toEqual(
    [...small.files.entries()].map(([path, e]) => ({ path, status: e.kind === 'duplicate' ? 'duplicate' : 'parsed' })).sort((a, b) => (a.path < b.path ? -1 : 1)),
  );
}, 120_000);
