import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { mergeArchives } from '../../src/batch/merge.js';
import { runBatch } from '../../src/batch/run.js';
import { buildArchive } from '../support/archive.js';
import { useSourceWorkers } from '../support/batch-env.js';

useSourceWorkers();
const dir = mkdtempSync(join(tmpdir(), 'xxgk-merge-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const dump = (file: string) => {
  const db = new Database(file, { readonly: true });
  try {
    return {
      files: db.prepare('SELECT path, sha256, bytes, format, status, error_code, duplicate_of FROM files ORDER BY path').all(),
      reports: db.prepare('SELECT * FROM reports ORDER BY sha256').all(),
      cells: db.prepare('SELECT * FROM cells ORDER BY sha256, "table", row_key, column_key').all(),
      warnings: db.prepare('SELECT * FROM warnings ORDER BY sha256, code, message, location').all(),
    };
  } finally {
    db.close();
  }
};

test('shards merged equal one run over the whole archive, duplicates across shards included', async () => {
  const archive = buildArchive(join(dir, 'archive'), { texts: 16, copies: 4 });
  const options = { jobs: 2, timeoutMs: 30_000 };
  await runBatch([archive.root], { db: join(dir, 'whole.sqlite'), ...options });
  const shards = [1, 2, 3].map((index) => join(dir, `shard-${index}.sqlite`));
  const sizes = [];
  for (const [i, db] of shards.entries()) sizes.push((await runBatch([archive.root], { db, shard: { index: i + 1, count: 3 }, ...options })).files);
  expect(sizes.every((s) => s.parsed + s.duplicate > 0)).toBe(true);
  expect(mergeArchives(join(dir, 'merged.sqlite'), shards)).toEqual({ files: 20, reports: 16 });
  expect(dump(join(dir, 'merged.sqlite'))).toEqual(dump(join(dir, 'whole.sqlite')));
}, 180_000);

test('an older and a newer archive of one folder whose file changed between them: the older bytes leave no report behind', async () => {
  const root = join(dir, 'changing');
  const small = buildArchive(root, { texts: 3 });
  const options = { jobs: 1, timeoutMs: 30_000 };
  const [older, newer, merged] = ['older', 'newer', 'merged'].map((n) => join(dir, `changing-${n}.sqlite`));
  await runBatch([root], { db: older, ...options });
  const [changed] = [...small.files.keys()];
  copyFileSync([...small.files.keys()][1]!, changed!); // now the same bytes as the second file
  await runBatch([root], { db: newer, ...options });
  mergeArchives(merged, [older, newer]);
  const counts = (file: string) => {
    const db = new Database(file, { readonly: true });
    try {
      return ['files', 'reports', 'statistics'].map((t) => db.prepare(`SELECT COUNT(*) FROM ${t}`).pluck().get());
    } finally {
      db.close();
    }
  };
  // The older archive had one report more (the changed file's old bytes); the merge keeps the newer's.
  expect(counts(older)[1]).toBe((counts(newer)[1] as number) + 1);
  expect(counts(merged)).toEqual(counts(newer));
  expect(dump(merged)).toEqual(dump(newer));
}, 120_000);
