import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { WorkerPool } from '../../src/batch/pool.js';
import { fixturePath, ZHANGDIAN } from '../support/fixtures.js';
import { useSourceWorkers } from '../support/batch-env.js';

useSourceWorkers();
const dir = mkdtempSync(join(tmpdir(), 'xxgk-pool-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

test('a stalled file gets TIMEOUT, a memory hog OUT_OF_MEMORY, a crash INTERNAL; fresh workers carry on', async () => {
  const hang = join(dir, 'hang.bin');
  const oom = join(dir, 'oom.bin');
  const crash = join(dir, 'crash.bin');
  writeFileSync(hang, 'XXGK-TEST-HANG');
  writeFileSync(oom, 'XXGK-TEST-OOM');
  writeFileSync(crash, 'XXGK-TEST-CRASH');
  // The stall meets a short limit; the memory hog a long one (its last GCs take seconds on a loaded machine).
  const short = new WorkerPool({ jobs: 1, timeoutMs: 3000 });
  const long = new WorkerPool({ jobs: 1, timeoutMs: 60_000, maxMemoryMb: 128 });
  try {
    const replies = [await short.parse(hang), await short.parse(fixturePath(ZHANGDIAN))];
    for (const p of [oom, crash, fixturePath(ZHANGDIAN)]) replies.push(await long.parse(p));
    expect(replies.map((r) => (r.ok ? r.meta.agency : r.code))).toEqual(['TIMEOUT', '淄博市公安局交通警察支队张店大队', 'OUT_OF_MEMORY', 'INTERNAL', '淄博市公安局交通警察支队张店大队']);
    expect(replies.every((r) => r.worker === 1)).toBe(true);
    expect(replies[0]!.ms).toBeGreaterThanOrEqual(3000);
  } finally {
    await short.close();
    await long.close();
  }
}, 120_000);

test('a worker holds its next file while it parses one: a stall or crash is charged to the file it was parsing, the held one runs on a fresh worker with its own time', async () => {
  const hang = join(dir, 'hang-held.bin');
  const crash = join(dir, 'crash-held.bin');
  writeFileSync(hang, 'XXGK-TEST-HANG');
  writeFileSync(crash, 'XXGK-TEST-CRASH');
  const pool = new WorkerPool({ jobs: 1, timeoutMs: 3000 });
  try {
    // All four are asked for at once: the worker is handed the stall and the report behind it.
    const replies = await Promise.all([hang, fixturePath(ZHANGDIAN), crash, fixturePath(ZHANGDIAN)].map((p) => pool.parse(p)));
    expect(replies.map((r) => (r.ok ? r.meta.agency : r.code))).toEqual(['TIMEOUT', '淄博市公安局交通警察支队张店大队', 'INTERNAL', '淄博市公安局交通警察支队张店大队']);
    expect(replies[0]!.ms).toBeGreaterThanOrEqual(3000);
    // The held report's time runs from when its worker started it, not from the hand-over.
    expect(replies[1]!.ms).toBeLessThan(3000);
  } finally {
    await pool.close();
  }
}, 120_000);

test("a file whose worker crashes runs once more on a fresh worker (the crash may be an earlier file's leftover): a one-off crash is not charged to it", async () => {
  const once = join(dir, 'crash-once.bin');
  writeFileSync(once, 'XXGK-TEST-CRASH-ONCE');
  const pool = new WorkerPool({ jobs: 1, timeoutMs: 20_000 });
  try {
    // The second thread reads it as the plain bytes they are.
    expect(await pool.parse(once)).toMatchObject({ ok: false, code: 'NOT_A_REPORT', worker: 1 });
    expect(await pool.parse(fixturePath(ZHANGDIAN))).toMatchObject({ ok: true });
  } finally {
    await pool.close();
  }
}, 60_000);

test('input errors come back as replies with their code; close() settles what is queued as aborted', async () => {
  const pool = new WorkerPool({ jobs: 1 });
  const missing = pool.parse(join(dir, 'missing.txt'));
  expect(await missing).toMatchObject({ ok: false, code: 'INPUT_UNREADABLE' });
  const queued = [pool.parse(fixturePath(ZHANGDIAN)), pool.parse(fixturePath(ZHANGDIAN))];
  await pool.close();
  expect((await Promise.all(queued)).filter((r) => !r.aborted).length).toBeLessThanOrEqual(1);
  expect(await pool.parse(fixturePath(ZHANGDIAN))).toMatchObject({ ok: false, code: 'INTERNAL' });
}, 60_000);

test('without the test switch the hook markers are plain bytes (no hook in production use)', async () => {
  delete process.env.XXGK_BATCH_TEST_HOOKS;
  const pool = new WorkerPool({ jobs: 1, timeoutMs: 20_000 });
  try {
    const hang = join(dir, 'hang2.bin');
    writeFileSync(hang, 'XXGK-TEST-HANG');
    expect(await pool.parse(hang)).toMatchObject({ ok: false, code: 'NOT_A_REPORT' });
  } finally {
    await pool.close();
    process.env.XXGK_BATCH_TEST_HOOKS = '1';
  }
}, 60_000);

test('meaningless options take the defaults', async () => {
  const pool = new WorkerPool({ jobs: Number.NaN, timeoutMs: 0, maxMemoryMb: -1 });
  try {
    expect(pool.jobs).toBeGreaterThanOrEqual(1);
    expect(await pool.parse(fixturePath(ZHANGDIAN))).toMatchObject({ ok: true, meta: { year: 2020 } });
  } finally {
    await pool.close();
  }
}, 60_000);
