import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { LONG_RUN_INTERRUPT_BUDGET, V8_THREADS_ENV, wantsSingleThreaded } from '../../src/cli/engine.js';
import { buildArchive, type TestArchive } from '../support/archive.js';

/**
 * `xxgk batch` as a process: with workers on every core it runs itself again
 * under V8's --single-threaded (src/cli/engine.ts), and that second
 * process must behave as the first would: same database, Ctrl-C stops it
 * cleanly, and it never outlives the command that started it.
 */

test('single-threaded only when the workers fill every core (of two or more)', () => {
  const saved = process.env[V8_THREADS_ENV];
  try {
    delete process.env[V8_THREADS_ENV];
    expect([wantsSingleThreaded(2, 2), wantsSingleThreaded(undefined, 2), wantsSingleThreaded(3, 2), wantsSingleThreaded(8, 8)]).toEqual([true, true, true, true]);
    expect([wantsSingleThreaded(1, 2), wantsSingleThreaded(3, 4), wantsSingleThreaded(undefined, 1), wantsSingleThreaded(2, 1)]).toEqual([false, false, false, false]);
    process.env[V8_THREADS_ENV] = 'default';
    expect(wantsSingleThreaded(2, 2)).toBe(false);
  } finally {
    if (saved === undefined) delete process.env[V8_THREADS_ENV];
    else process.env[V8_THREADS_ENV] = saved;
  }
});

// The installed command (built by `prepare` on npm ci / npm install).
const bin = fileURLToPath(new URL('../../dist/cli/bin.js', import.meta.url));
const describeBuilt = existsSync(bin) ? describe : describe.skip;

/** Calls of a small function before V8 optimises it, in a fresh process, with or without tuneForLongRuns first. */
function callsBeforeOptimised(tuned: boolean): number {
  const engine = new URL('../../dist/cli/engine.js', import.meta.url).href;
  const script = `
    const { tuneForLongRuns } = await import(${JSON.stringify(engine)});
    if (${tuned}) tuneForLongRuns();
    function f(n) { let s = 0; for (let i = 0; i < n; i++) s += i & 7; return s; }
    let calls = 0;
    for (; calls < 1e6 && !(%GetOptimizationStatus(f) & 16); calls++) f(20);
    console.log(calls);`;
  // Synchronous compilation and no on-stack replacement: optimisation happens exactly when the budget runs out.
  const r = spawnSync(process.execPath, ['--allow-natives-syntax', '--single-threaded', '--no-use-osr', '--input-type=module', '-e', script], { encoding: 'utf8' });
  expect(r.stderr).toBe('');
  return Number(r.stdout.trim());
}

describeBuilt('the built command', () => {
  test(`tuneForLongRuns takes effect: a function is optimised after about ${LONG_RUN_INTERRUPT_BUDGET / 67_584} times as many calls`, () => {
    const plain = callsBeforeOptimised(false);
    const tuned = callsBeforeOptimised(true);
    expect(plain).toBeGreaterThan(10);
    expect(tuned / plain).toBeGreaterThan(5);
    expect(tuned / plain).toBeLessThan(12);
  });

  const dir = mkdtempSync(join(tmpdir(), 'xxgk-batch-process-'));
  let small: TestArchive;
  let large: TestArchive;
  beforeAll(() => {
    small = buildArchive(join(dir, 'small'), { texts: 10 });
    large = buildArchive(join(dir, 'large'), { texts: 40, pdfs: 36, pdfCopies: 2 });
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const env = { ...process.env };
  delete env[V8_THREADS_ENV];
  const cores = availableParallelism();
  const query = (db: string, sql: string) => {
    const d = new Database(db, { readonly: true });
    try {
      return d.prepare(sql).all() as Record<string, unknown>[];
    } finally {
      d.close();
    }
  };
  const count = (db: string): number => {
    try {
      return query(db, 'SELECT COUNT(*) AS n FROM files')[0]!.n as number;
    } catch {
      return 0; // not created yet
    }
  };
  const dump = (db: string) => ({
    files: query(db, 'SELECT path, sha256, bytes, format, status, error_code, duplicate_of FROM files ORDER BY path'),
    cells: query(db, 'SELECT * FROM cells ORDER BY sha256, "table", row_key, column_key'),
    warnings: query(db, 'SELECT * FROM warnings ORDER BY sha256, code, message, location'),
  });
  const ENGINE = /^engine +V8 single-threaded/m;

  test('workers on every core: the batch runs single-threaded and stores what a run with helper threads stores', () => {
    const a = join(dir, 'a.sqlite');
    const b = join(dir, 'b.sqlite');
    const r = spawnSync(process.execPath, [bin, 'batch', small.root, '--db', a, '--jobs', String(Math.max(2, cores))], { encoding: 'utf8', env });
    expect(r.status).toBe(0);
    if (cores >= 2) expect(r.stderr).toMatch(ENGINE);
    const plain = spawnSync(process.execPath, [bin, 'batch', small.root, '--db', b, '--jobs', String(Math.max(2, cores))], { encoding: 'utf8', env: { ...env, [V8_THREADS_ENV]: 'default' } });
    expect(plain.status).toBe(0);
    expect(plain.stderr).not.toMatch(ENGINE);
    expect(plain.stderr).toContain('done: 10 parsed, 0 errors');
    expect(dump(a)).toEqual(dump(b));
    expect(dump(a).files).toHaveLength(10);
  });

  test('a worker short of the cores keeps the helper threads (no second process)', () => {
    const r = spawnSync(process.execPath, [bin, 'batch', small.root, '--db', join(dir, 'c.sqlite'), '--jobs', '1'], { encoding: 'utf8', env });
    expect(r.status).toBe(0);
    expect(r.stderr).not.toMatch(ENGINE);
  });

  /** Starts a batch of the large archive and resolves once `atLeast` files are recorded. */
  async function started(db: string, atLeast: number) {
    const child = spawn(process.execPath, [bin, 'batch', large.root, '--db', db, '--jobs', String(Math.max(2, cores))], { env, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    while (count(db) < atLeast) await new Promise((r) => setTimeout(r, 100));
    return { child, exited, stderr: () => stderr };
  }

  test('Ctrl-C sent to the command (not its process group) stops the batch cleanly', async () => {
    const db = join(dir, 'int.sqlite');
    const run = await started(db, 10);
    run.child.kill('SIGINT');
    expect(await run.exited).toBe(130);
    expect(run.stderr()).toContain('stopped before the end');
    const n = count(db);
    expect(n).toBeLessThan(large.files.size);
    expect(query(db, "SELECT f.path FROM files f LEFT JOIN reports r USING (sha256) WHERE f.status = 'parsed' AND r.sha256 IS NULL")).toEqual([]);
  }, 60_000);

  test('killing the command (SIGKILL: nothing to forward) stops the batch it started', async () => {
    const db = join(dir, 'kill.sqlite');
    const run = await started(db, 10);
    run.child.kill('SIGKILL');
    await run.exited;
    // The batch notices that its parent is gone and stops: the count settles well short of the archive.
    let last = -1;
    for (let n = count(db); n !== last; n = count(db)) {
      last = n;
      await new Promise((r) => setTimeout(r, 1500));
    }
    expect(last).toBeLessThan(large.files.size);
  }, 60_000);
});
