import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import ExcelJS from 'exceljs';
import { main } from '../../src/cli/main.js';
import { STATISTICS_KEYS } from '../../src/batch/keys.js';
import { buildArchive, type TestArchive } from '../support/archive.js';
import { useSourceWorkers } from '../support/batch-env.js';

useSourceWorkers();
const dir = mkdtempSync(join(tmpdir(), 'xxgk-cli-batch-'));
let archive: TestArchive;
beforeAll(() => {
  archive = buildArchive(join(dir, 'archive'), { texts: 8, pdfs: 1, copies: 1 });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function run(argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s) });
  return { code, stdout, stderr };
}

test('batch → database, CSV and XLSX; plain progress lines and a summary on a non-terminal', async () => {
  const db = join(dir, 'a.sqlite');
  const r = await run(['batch', archive.root, join(dir, 'missing.pdf'), '--db', db, '--jobs', '2', '--csv', join(dir, 'csv'), '--xlsx', join(dir, 'a.xlsx')]);
  expect(r.code).toBe(0);
  expect(r.stdout).toBe('');
  const lines = r.stderr.split('\n');
  expect(lines.filter((l) => l.startsWith('xxgk batch: ')).at(-1)).toMatch(/^xxgk batch: 11\/11 files, [\d.]+ files\/s, 0s left, 1 errors$/);
  expect(lines).toContain('done: 9 parsed, 1 errors, 1 duplicates, 0 already archived');
  expect(lines).toContain('errors    INPUT_UNREADABLE 1');
  expect(lines.find((l) => l.startsWith('time '))).toMatch(/^time +[\d.]+ s, [\d.]+ files\/s on 2 workers \(\d+ \/ \d+ parsed\)$/);

  const d = new Database(db, { readonly: true });
  const stats = d.prepare('SELECT * FROM statistics ORDER BY agency, year, sha256').raw(true).all() as unknown[][];
  const files = d.prepare('SELECT * FROM files ORDER BY path').raw(true).all() as unknown[][];
  d.close();
  expect(stats).toHaveLength(9);

  // CSV: BOM, header, one line per row, NULL as an empty field.
  const csv = readFileSync(join(dir, 'csv', 'statistics.csv'), 'utf8');
  expect(csv.startsWith('\ufeffsha256,title,agency,year,published_on,format_version,activeDisclosure.regulations.newlyMade,')).toBe(true);
  const csvLines = csv.slice(1).trimEnd().split('\r\n');
  expect(csvLines).toHaveLength(10);
  expect(csvLines[1]).toBe(stats[0]!.map((v) => (v === null ? '' : String(v))).join(','));
  expect(readFileSync(join(dir, 'csv', 'files.csv'), 'utf8').slice(1).trimEnd().split('\r\n')).toHaveLength(files.length + 1);
  const cells = readFileSync(join(dir, 'csv', 'cells.csv'), 'utf8').slice(1).trimEnd().split('\r\n');
  expect(cells[0]).toBe('sha256,agency,year,table,row_key,column_key,value,page,line');

  // XLSX: a sheet per table; Chinese labels, canonical keys under them, a row per report.
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(join(dir, 'a.xlsx'));
  expect(book.worksheets.map((s) => s.name)).toEqual(['二、主动公开政府信息情况', '三、收到和处理政府信息公开申请情况', '四、政府信息公开行政复议、行政诉讼情况']);
  const sheet = book.worksheets[1]!;
  const applications = STATISTICS_KEYS.filter((k) => k.table === 'applications');
  expect(sheet.getRow(1).values).toEqual([undefined, '机关', '年度', '发布日期', '格式版本', '标题', 'SHA-256', ...applications.map((k) => k.label)]);
  expect((sheet.getRow(2).values as unknown[]).slice(7)).toEqual(applications.map((k) => k.path));
  expect((sheet.getRow(1).values as unknown[])[7]).toBe('一、本年新收政府信息公开申请数量 自然人');
  expect(sheet.rowCount).toBe(11);
  const first = sheet.getRow(3).values as unknown[];
  const statsCols = Object.keys(new Database(db, { readonly: true }).prepare('SELECT * FROM statistics LIMIT 1').get() as object);
  const granted = statsCols.indexOf('applications.granted.total');
  expect(first[7 + applications.findIndex((k) => k.path === 'applications.granted.total')]).toBe(stats[0]![granted] ?? undefined);
}, 120_000);

test('an archive that is not empty needs --resume; --resume skips it all; --quiet prints nothing', async () => {
  const db = join(dir, 'b.sqlite');
  expect((await run(['batch', archive.root, '--db', db, '--quiet'])).code).toBe(0);
  const again = await run(['batch', archive.root, '--db', db]);
  expect(again.code).toBe(1);
  expect(again.stderr).toMatch(/already records 10 files: pass --resume/);
  const resumed = await run(['batch', archive.root, '--db', db, '--resume']);
  expect(resumed.code).toBe(0);
  expect(resumed.stderr).toContain('done: 0 parsed, 0 errors, 0 duplicates, 10 already archived');
  const quiet = await run(['batch', archive.root, '--db', db, '--resume', '--quiet']);
  expect([quiet.code, quiet.stdout, quiet.stderr]).toEqual([0, '', '']);
}, 120_000);

test('usage errors: --db is required, numbers must be positive, shards are i/n', async () => {
  expect((await run(['batch', dir])).code).toBe(1);
  expect((await run(['batch', dir, '--db', join(dir, 'c.sqlite'), '--jobs', '0'])).code).toBe(1);
  expect((await run(['batch', dir, '--db', join(dir, 'c.sqlite'), '--timeout', 'x'])).code).toBe(1);
  expect((await run(['batch', dir, '--db', join(dir, 'c.sqlite'), '--shard', '3/2'])).code).toBe(1);
  const help = await run(['batch', '--help']);
  expect(help.stdout).toMatch(/^Usage: xxgk batch \[options\] <inputs\.\.\.>/);
  for (const flag of ['--db', '--jobs', '--timeout', '--csv', '--xlsx', '--resume', '--quiet', '--shard']) expect(help.stdout).toContain(flag);
});

test('--shard i/n splits the files; xxgk merge combines the shards', async () => {
  const shards = [1, 2].map((i) => join(dir, `shard-${i}.sqlite`));
  for (const [i, db] of shards.entries()) expect((await run(['batch', archive.root, '--db', db, '--shard', `${i + 1}/2`, '--quiet'])).code).toBe(0);
  const counts = shards.map((db) => {
    const d = new Database(db, { readonly: true });
    const n = d.prepare('SELECT COUNT(*) FROM files').pluck().get() as number;
    d.close();
    return n;
  });
  expect(counts[0]! + counts[1]!).toBe(10);
  const merged = await run(['merge', ...shards, '--db', join(dir, 'merged.sqlite')]);
  expect(merged.code).toBe(0);
  expect(merged.stderr).toBe(`merged 2 archives into ${join(dir, 'merged.sqlite')}: 10 files, 9 reports\n`);
  const missing = await run(['merge', join(dir, 'no-such.sqlite'), '--db', join(dir, 'merged2.sqlite')]);
  expect([missing.code, missing.stderr]).toEqual([2, `xxgk merge: ${join(dir, 'no-such.sqlite')} does not exist.\n`]);
}, 120_000);

test('batch refuses, before any parsing, limits Node cannot keep and exports it could not write; a database it cannot open is a clear input error', async () => {
  const db = join(dir, 'refused.sqlite');
  const tooLong = await run(['batch', archive.root, '--db', db, '--timeout', '3000000']);
  expect([tooLong.code, tooLong.stderr.split('\n')[0]]).toEqual([1, "error: option '--timeout <s>' argument '3000000' is invalid. --timeout can be at most 2147483."]);
  const tooMany = await run(['batch', archive.root, '--db', db, '--jobs', '1e9']);
  expect([tooMany.code, tooMany.stderr.split('\n')[0]]).toEqual([1, "error: option '--jobs <n>' argument '1e9' is invalid. --jobs can be at most 64."]);
  const aFile = join(dir, 'refused.sqlite.csv');
  writeFileSync(aFile, '');
  const csv = await run(['batch', archive.root, '--db', db, '--csv', aFile, '--quiet']);
  expect([csv.code, csv.stderr]).toEqual([1, `xxgk batch: --csv names a folder to write into; ${aFile} is a file.\n`]);
  const xlsx = await run(['batch', archive.root, '--db', db, '--xlsx', join(dir, 'no', 'such', 'book.xlsx'), '--quiet']);
  expect([xlsx.code, xlsx.stderr]).toEqual([1, `xxgk batch: --xlsx: the folder of ${join(dir, 'no', 'such', 'book.xlsx')} does not exist.\n`]);
  expect(existsSync(db)).toBe(false);
  const missing = join(dir, 'no', 'such', 'a.sqlite');
  const nowhere = await run(['batch', archive.root, '--db', missing, '--quiet']);
  expect(nowhere.code).toBe(2);
  expect(nowhere.stderr).toBe(`xxgk batch: the database ${missing} cannot be used: Cannot open database because the directory does not exist. Files recorded before this stay recorded (--resume continues).\n`);
});
