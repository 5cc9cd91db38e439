/**
 * A batch worker thread: loads the library (and pdfjs) once, then parses one
 * file per task, in the order the tasks came, for as long as the pool keeps
 * it. The pool, not this thread, enforces the time limit: it ends the thread,
 * the only way to stop a CPU-bound stall.
 */
import { createHash } from 'node:crypto';
import { open, readFile, stat, writeFile } from 'node:fs/promises';
import { parentPort, workerData } from 'node:worker_threads';
import { XxgkError } from '../codes.js';
import { parseReport, readPath, type ParseOptions } from '../parse.js';
import { withDefaults } from '../parseOptions.js';
import { parsedReply } from './rows.js';
import type { Reply, Task, WorkerMessage } from './task.js';

/**
 * `isolate` and `timeoutMs` belong to parseReport's options (the reliability
 * work): the pool already isolates each parse in this thread, so the PDF front
 * end must not start a thread of its own.
 */
type WorkerParseOptions = ParseOptions & { isolate?: boolean; timeoutMs?: number };

/**
 * TEST-ONLY hooks, enabled only when the pool was created with
 * XXGK_BATCH_TEST_HOOKS=1 in the environment: a file whose bytes start with
 * one of these markers stalls, exhausts its memory or crashes this thread, so
 * that the tests can check what the pool does then. Never on otherwise.
 */
const TEST_HOOKS = (workerData as { testHooks?: boolean } | null)?.testHooks === true;

async function testHook(path: string): Promise<void> {
  const handle = await open(path, 'r').catch(() => null);
  if (!handle) return;
  const head = Buffer.alloc(20);
  await handle.read(head, 0, 20, 0).finally(() => handle.close());
  const marker = head.toString('latin1');
  // Crashes the first thread that reads it only (a flag file beside it remembers): as an earlier file's leftover would.
  if (marker.startsWith('XXGK-TEST-CRASH-ONCE')) {
    const flag = `${path}.crashed`;
    if (await stat(flag).then(() => false, () => true)) {
      await writeFile(flag, '');
      process.exit(3);
    }
    return;
  }
  // Replaced by the file named after the marker before it is read: as a writer beside the batch would.
  if (marker.startsWith('XXGK-TEST-REWRITE')) {
    const from = (await readFile(path, 'utf8')).slice('XXGK-TEST-REWRITE:'.length).trim();
    await writeFile(path, await readFile(from));
    return;
  }
  if (marker.startsWith('XXGK-TEST-HANG')) for (;;);
  if (marker.startsWith('XXGK-TEST-OOM')) {
    const hoard: number[][] = [];
    for (;;) hoard.push(new Array(1 << 20).fill(1.5));
  }
  if (marker.startsWith('XXGK-TEST-CRASH')) process.exit(3);
}

async function handle(task: Task): Promise<Reply> {
  try {
    if (TEST_HOOKS) await testHook(task.path);
    const options: WorkerParseOptions = { isolate: false, timeoutMs: task.timeoutMs };
    // The bytes parsed are hashed here: the file may have changed since the runner hashed it.
    // What cannot be read is left to parseReport, which names it (INPUT_UNREADABLE, TOO_LARGE).
    const bytes = await readPath(task.path, withDefaults({}).maxFileBytes).catch(() => null);
    if (bytes === null) return parsedReply(task.id, await parseReport(task.path, options), '');
    return parsedReply(task.id, await parseReport(bytes, options), createHash('sha256').update(bytes).digest('hex'));
  } catch (e) {
    const err = e instanceof XxgkError ? e : new XxgkError('INTERNAL', String((e as Error)?.message ?? e));
    return { id: task.id, ok: false, code: err.code, message: err.message };
  }
}

const port = parentPort!;
// This thread is xxgk's own (load.ts declareOwnThread); pdfjs itself loads with the first PDF.
const load = await import('../frontends/pdf/load.js');
load.declareOwnThread();
await import('../frontends/pdf/index.js');
// The in-thread readers and the middle too (parse.ts loads them on first use).
await Promise.all([import('../frontends/index.js'), import('../middle/build.js')]);
// One file at a time, in the order handed over: the pool hands the next file
// before this one ends, and charges a stall or crash to the file it handed first.
let done: Promise<void> = Promise.resolve();
port.on('message', (task: Task) => {
  const post = async () => port.postMessage((await handle(task)) satisfies WorkerMessage);
  // handle() never rejects; should posting ever throw, that file alone times out, the queue goes on.
  done = done.then(post).catch(() => undefined);
});
port.postMessage({ ready: true } satisfies WorkerMessage);
