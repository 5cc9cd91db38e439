/**
 * Running a parse in a worker thread, so that a time limit truly stops it (a
 * CPU-bound stall in pdfjs cannot be interrupted on the main thread) and a heap
 * limit ends only the worker. Workers are started on first use, kept for the
 * next call (pdfjs is imported once per worker) and `unref`'d while idle, so an
 * idle worker never keeps the process alive. A worker that hit its deadline or
 * its heap limit is terminated; the next call starts a fresh one. Concurrent
 * calls get a worker each, up to MAX_WORKERS; beyond that they wait (their
 * deadline runs while they wait).
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { XxgkError } from '../codes.js';
import type { DetectedFormat } from '../frontends/detect.js';
import type { ReadLimits } from '../frontends/index.js';
import type { ParseResult } from '../model/report.js';
import { testHooks } from '../testHooks.js';
import type { JobMessage, ReplyMessage, WarmMessage } from './protocol.js';

const MAX_WORKERS = Math.max(1, Math.min(4, availableParallelism()));
/** Workers beyond the first are ended after this long idle. */
const EXTRA_IDLE_MS = 5_000;

interface Slot {
  worker: Worker;
  memoryMb: number;
  /** The job running, if any: settles the caller's promise. */
  job?: { resolve: (r: ReplyMessage) => void; reject: (e: XxgkError) => void };
  idleTimer?: NodeJS.Timeout;
  dead: boolean;
}

const slots: Slot[] = [];

/**
 * Crashes of a worker while a job ran. The job may not be the cause: an
 * earlier job's leftover (a promise pdfjs never awaited, rejecting later)
 * can end the worker in the middle of the next one. So a job whose worker
 * crashed runs once more on a fresh worker, and is INTERNAL only if that
 * one crashes too.
 */
const crashes = new WeakSet<XxgkError>();
const crash = (e: XxgkError): XxgkError => (crashes.add(e), e);
const waiting: Array<() => void> = [];
let nextId = 1;

/**
 * When running from the TypeScript sources (the tests), the worker loads the
 * sources too, through a loader that transpiles them; the build runs entry.js.
 */
function workerOptions(memoryMb: number): { url: URL; execArgv: string[]; resourceLimits: { maxOldGenerationSizeMb: number } } {
  const fromSource = import.meta.url.endsWith('.ts');
  const url = new URL(fromSource ? './entry.ts' : './entry.js', import.meta.url);
  const execArgv = fromSource ? ['--import', new URL('../../test/support/ts-loader.mjs', import.meta.url).href] : [];
  return { url, execArgv, resourceLimits: { maxOldGenerationSizeMb: memoryMb } };
}

function startSlot(memoryMb: number): Slot {
  const { url, ...options } = workerOptions(memoryMb);
  const slot: Slot = { worker: new Worker(url, options), memoryMb, dead: false };
  slot.worker.unref();
  slot.worker.on('message', (reply: ReplyMessage) => slot.job?.resolve(reply));
  slot.worker.on('error', (err: Error & { code?: string }) => {
    // Only a crash of the worker itself arrives here (a job's failures are replies). The worker
    // is ending: out of the pool now, so that the next job gets a fresh one rather than this one.
    retire(slot);
    const outOfMemory = err?.code === 'ERR_WORKER_OUT_OF_MEMORY';
    slot.job?.reject(
      outOfMemory
        ? new XxgkError('TOO_LARGE', `Reading the input needed more than the memory limit of ${memoryMb} MB.`)
        : crash(new XxgkError('INTERNAL', `The parsing worker failed: ${err?.message ?? String(err)}`, { cause: err })),
    );
  });
  slot.worker.on('exit', () => {
    retire(slot);
    slot.job?.reject(crash(new XxgkError('INTERNAL', 'The parsing worker ended unexpectedly.')));
  });
  slots.push(slot);
  return slot;
}

/** Removes a slot from the pool and ends its worker (idempotent). */
function retire(slot: Slot): void {
  if (slot.dead) return;
  slot.dead = true;
  clearTimeout(slot.idleTimer);
  const i = slots.indexOf(slot);
  if (i >= 0) slots.splice(i, 1);
  void slot.worker.terminate().catch(() => undefined);
  waiting.shift()?.();
}

/** An idle worker with this heap limit, a new one, or (pool full) undefined. */
function takeSlot(memoryMb: number): Slot | undefined {
  const idle = slots.filter((s) => !s.job);
  const same = idle.find((s) => s.memoryMb === memoryMb);
  if (same) return same;
  if (slots.length >= MAX_WORKERS && idle[0]) retire(idle[0]);
  return slots.length < MAX_WORKERS ? startSlot(memoryMb) : undefined;
}

function release(slot: Slot): void {
  slot.job = undefined;
  if (slot.dead) return;
  slot.worker.unref();
  if (slots.indexOf(slot) > 0) {
    slot.idleTimer = setTimeout(() => (slot.job ? undefined : retire(slot)), EXTRA_IDLE_MS);
    slot.idleTimer.unref();
  }
  waiting.shift()?.();
}

/** How often a running job's memory is looked at. */
const MEMORY_POLL_MS = 50;

/**
 * Parses `bytes` in a worker. Rejects with TIMEOUT at `deadline` (epoch ms),
 * ending the worker, and with TOO_LARGE when the worker's heap would exceed
 * `memoryMb` (V8's own limit) or the process grows by more than `memoryMb`
 * while the job runs: decoded streams (a decompression bomb) live in array
 * buffers outside the heap, so only the process's size shows them. The growth
 * is the whole process's, so concurrent jobs count against each other.
 */
export async function parseIsolated(bytes: Uint8Array, limits: ReadLimits, deadline: number, memoryMb: number): Promise<ParseResult> {
  const timeoutMs = Math.max(0, deadline - Date.now());
  let slot: Slot | undefined;
  let timer: NodeJS.Timeout | undefined;
  let over = false;
  const timedOut = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      over = true;
      if (slot) retire(slot);
      reject(new XxgkError('TIMEOUT', `The parse did not finish within its time limit (${timeoutMs} ms) and was stopped.`));
    }, timeoutMs);
  });
  timedOut.catch(() => undefined);
  let poll: NodeJS.Timeout | undefined;
  const rssAtStart = process.memoryUsage.rss();
  const tooLarge = new Promise<never>((_, reject) => {
    poll = setInterval(() => {
      if (!slot || process.memoryUsage.rss() - rssAtStart <= memoryMb * 1024 * 1024) return;
      over = true;
      retire(slot);
      reject(new XxgkError('TOO_LARGE', `Reading the input needed more than the memory limit of ${memoryMb} MB and was stopped.`));
    }, MEMORY_POLL_MS);
    poll.unref();
  });
  tooLarge.catch(() => undefined);
  try {
    const run = async (): Promise<ReplyMessage> => {
      let taken: Slot | undefined;
      while (!(taken = takeSlot(memoryMb))) await new Promise<void>((resolve) => waiting.push(resolve));
      if (over) {
        release(taken);
        return new Promise<never>(() => undefined);
      }
      slot = taken;
      clearTimeout(slot.idleTimer);
      slot.worker.ref();
      const own = slot;
      const reply = new Promise<ReplyMessage>((resolve, reject) => (own.job = { resolve, reject }));
      const { signal: _signal, ...plainLimits } = limits;
      const job: JobMessage = { id: nextId++, bytes, limits: plainLimits, hooks: { ...testHooks } };
      own.worker.postMessage(job);
      return reply;
    };
    const once = async (): Promise<ReplyMessage> => {
      try {
        return await run();
      } catch (e) {
        if (over || !(e instanceof XxgkError) || !crashes.has(e)) throw e;
        slot = undefined;
        return run();
      }
    };
    const reply = await Promise.race([once(), timedOut, tooLarge]);
    if ('error' in reply) throw new XxgkError(reply.error.code, reply.error.message);
    return reply.result;
  } finally {
    clearTimeout(timer);
    clearInterval(poll);
    if (slot) release(slot);
  }
}

/**
 * Has an idle worker with this heap limit (started now if there is none) load
 * the reader of `format` ahead of the job that will need it: the worker's start
 * and pdfjs's import then overlap the caller's own start-up. It takes a worker
 * as a job does (takeSlot), and does nothing when every worker is busy.
 */
export function warmIsolated(format: DetectedFormat, memoryMb: number): void {
  const message: WarmMessage = { warm: format };
  takeSlot(memoryMb)?.worker.postMessage(message);
}

/** How many workers are running (for tests). */
export function runningWorkers(): number {
  return slots.length;
}

/** Ends every worker (for tests and for callers that want to free the memory now). */
export async function stopWorkers(): Promise<void> {
  const all = [...slots];
  all.forEach(retire);
  await Promise.all(all.map((s) => s.worker.terminate().catch(() => undefined)));
}
