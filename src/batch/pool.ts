/**
 * A pool of worker threads, each parsing one file at a time. Our own rather
 * than piscina: a file's time limit must end exactly the thread running it
 * (then start a fresh one), and a thread's death must be charged to the one
 * file it was parsing (TIMEOUT, OUT_OF_MEMORY, or INTERNAL when it crashes
 * again on a fresh thread) while the batch goes on.
 *
 * Each worker is handed its next file before it finishes the current one
 * (`HANDED_PER_WORKER`), so that it starts it at once instead of waiting for
 * the main thread, which may be writing another file's rows to the archive.
 */
import { availableParallelism } from 'node:os';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { ErrorCode } from '../codes.js';
import type { FailedReply, Reply, Task, WorkerMessage } from './task.js';

export interface PoolOptions {
  /** Worker threads (default: the number of cores). */
  jobs?: number;
  /** Per-file time limit in ms (default 60 000): the thread is ended and the file gets TIMEOUT. */
  timeoutMs?: number;
  /** Heap limit per worker in MB (default 1024): beyond it the file gets OUT_OF_MEMORY. */
  maxMemoryMb?: number;
  /**
   * The worker script (default: worker.js beside this module, or the path in
   * XXGK_BATCH_WORKER: test-only, for tests that run the TypeScript sources).
   */
  workerUrl?: URL;
}

/**
 * A reply, with the 1-based slot of the worker that produced it and the ms it
 * spent there. `aborted` marks a file the pool dropped on `close()`: it was not
 * parsed, record nothing.
 */
export type PoolReply = Reply & { worker: number; aborted?: true; ms?: number };

interface Running {
  task: Task;
  resolve: (reply: PoolReply) => void;
  /** Its worker crashed once already (it runs again on a fresh one first: see fail()). */
  retried?: boolean;
  timer?: NodeJS.Timeout;
  /** When its worker started the task (performance.now()): handed to an idle worker, or its previous file replied. */
  sent?: number;
}

interface Slot {
  index: number;
  worker: Worker | null;
  ready: boolean;
  /** Files handed to the worker, in order: the first is being parsed, the rest wait in its port. */
  held: Running[];
}

/** Time in the worker (from when it started the file to its reply), not in the queue or its port. */
const elapsed = (r: Running) => (r.sent === undefined ? 0 : Math.round(performance.now() - r.sent));

export const DEFAULT_TIMEOUT_MS = 60_000;
export const DEFAULT_MAX_MEMORY_MB = 1024;

/**
 * Young generation of each worker when several share the cores. V8 grows it
 * to 48 MB per heap; at 16 MB a 1,000-file batch on 2 workers peaked ~30 MiB
 * lower with no loss of throughput (README "Performance"). One worker keeps
 * V8's default: its more frequent scavenges then cost 7-13 % of its time.
 */
const SHARED_CORES_YOUNG_MB = 16;

/**
 * Files a worker holds at once: the one it parses and the next, already in
 * its port. With one, a worker waited for the main thread between files: on
 * 2 cores the main thread writes a file's rows in ~4 ms, during which the
 * other worker's reply sat unanswered (README "Performance").
 */
const HANDED_PER_WORKER = 2;

export class WorkerPool {
  readonly jobs: number;
  private readonly timeoutMs: number;
  private readonly maxMemoryMb: number;
  private readonly workerUrl: URL;
  private readonly slots: Slot[];
  private readonly queue: Running[] = [];
  private nextId = 1;
  private closed = false;
  /** Workers in a row that died before they were ready: a broken install, not a file. */
  private startFailures = 0;

  constructor(options: PoolOptions = {}) {
    // A missing or meaningless number (0, negative, NaN) takes the default.
    const positive = (v: number | undefined, d: number) => (typeof v === 'number' && Number.isFinite(v) && v > 0 ? v : d);
    this.jobs = Math.max(1, Math.floor(positive(options.jobs, availableParallelism())));
    this.timeoutMs = positive(options.timeoutMs, DEFAULT_TIMEOUT_MS);
    this.maxMemoryMb = Math.max(16, Math.floor(positive(options.maxMemoryMb, DEFAULT_MAX_MEMORY_MB)));
    const fromEnv = process.env.XXGK_BATCH_WORKER;
    this.workerUrl = options.workerUrl ?? (fromEnv ? pathToFileURL(fromEnv) : new URL('./worker.js', import.meta.url));
    this.slots = Array.from({ length: this.jobs }, (_, i) => ({ index: i + 1, worker: null, ready: false, held: [] }));
  }

  /** Parses one file in a worker; never rejects: every failure is a reply with a code. */
  parse(path: string): Promise<PoolReply> {
    return new Promise((resolve) => {
      if (this.closed) return resolve({ id: 0, ok: false, code: 'INTERNAL', message: 'The pool is closed.', worker: 0 });
      this.queue.push({ task: { id: this.nextId++, path, timeoutMs: this.timeoutMs }, resolve });
      this.pump();
    });
  }

  /** Ends every worker; files still running or queued settle as `aborted`. */
  async close(): Promise<void> {
    this.closed = true;
    const dropped = [...this.queue.splice(0), ...this.slots.flatMap((s) => s.held)];
    await Promise.all(this.slots.map((slot) => this.retire(slot)));
    for (const r of dropped) r.resolve({ id: r.task.id, ok: false, code: 'INTERNAL', message: 'Stopped before it finished.', worker: 0, aborted: true });
  }

  /** Hands queued files to workers: first one to every idle worker, then a next one to each. */
  private pump(): void {
    for (let depth = 1; depth <= HANDED_PER_WORKER; depth++) {
      for (const slot of this.slots) {
        if (this.queue.length === 0) return;
        if (slot.held.length >= depth) continue;
        // A file retried after a crash goes only to a worker with nothing else to do.
        if (depth > 1 && this.queue[0]!.retried) return;
        if (!slot.worker) this.start(slot);
        if (!slot.ready) continue;
        const running = this.queue.shift()!;
        slot.held.push(running);
        if (slot.held.length === 1) this.begin(slot, running);
        slot.worker!.postMessage(running.task);
      }
    }
  }

  /** The worker starts this file now (its time limit and its ms run from here). */
  private begin(slot: Slot, running: Running): void {
    running.timer = setTimeout(() => this.fail(slot, 'TIMEOUT', `The parse did not finish within ${this.timeoutMs / 1000} s; its worker was ended.`), this.timeoutMs);
    running.sent = performance.now();
  }

  private start(slot: Slot): void {
    const worker = new Worker(this.workerUrl, {
      workerData: { testHooks: process.env.XXGK_BATCH_TEST_HOOKS === '1' },
      resourceLimits: { maxOldGenerationSizeMb: this.maxMemoryMb, ...(this.jobs > 1 ? { maxYoungGenerationSizeMb: SHARED_CORES_YOUNG_MB } : {}) },
    });
    slot.worker = worker;
    slot.ready = false;
    worker.on('message', (msg: WorkerMessage) => {
      if (slot.worker !== worker) return;
      if ('ready' in msg) {
        slot.ready = true;
        this.startFailures = 0;
        return this.pump();
      }
      const running = slot.held[0];
      if (!running || running.task.id !== msg.id) return;
      clearTimeout(running.timer);
      slot.held.shift();
      // The worker parses its files in order: the next one it holds starts now.
      if (slot.held[0]) this.begin(slot, slot.held[0]);
      running.resolve({ ...msg, worker: slot.index, ms: elapsed(running) });
      this.pump();
    });
    worker.on('error', (err: Error & { code?: string }) => {
      if (slot.worker !== worker) return;
      if (err.code === 'ERR_WORKER_OUT_OF_MEMORY') this.fail(slot, 'OUT_OF_MEMORY', `The parse needed more than the ${this.maxMemoryMb} MB a worker may use; its worker was ended.`);
      else this.fail(slot, 'INTERNAL', `The worker failed: ${err.message}`);
    });
    worker.on('exit', (code) => {
      if (slot.worker !== worker) return;
      this.fail(slot, 'INTERNAL', `The worker stopped unexpectedly (exit code ${code}).`);
    });
  }

  /**
   * Charges the file the slot's worker was parsing with the code, ends the
   * worker, and lets a fresh one take the queue; the files it held but had not
   * started go back to the front of the queue, uncharged.
   */
  private fail(slot: Slot, code: ErrorCode, message: string): void {
    if (!slot.ready && slot.held.length === 0 && ++this.startFailures >= 3) {
      for (const r of this.queue.splice(0)) r.resolve({ id: r.task.id, ok: false, code: 'INTERNAL', message: `No worker could start: ${message}`, worker: 0 });
    }
    const [running, ...waiting] = slot.held;
    slot.held = [];
    this.queue.unshift(...waiting);
    if (running && code === 'INTERNAL' && !running.retried && !this.closed) {
      // A crash may be an earlier file's leftover (a promise pdfjs never awaited, rejecting
      // later): the file runs once more, first, on a fresh worker, and is charged only if that crashes too.
      clearTimeout(running.timer);
      this.queue.unshift({ task: running.task, resolve: running.resolve, retried: true });
    } else if (running) {
      clearTimeout(running.timer);
      const reply: FailedReply = { id: running.task.id, ok: false, code, message };
      running.resolve({ ...reply, worker: slot.index, ms: elapsed(running) });
    }
    void this.retire(slot);
    if (!this.closed) this.pump();
  }

  private async retire(slot: Slot): Promise<void> {
    const worker = slot.worker;
    slot.worker = null;
    slot.ready = false;
    for (const r of slot.held) clearTimeout(r.timer);
    slot.held = [];
    if (worker) await worker.terminate().catch(() => undefined);
  }
}
