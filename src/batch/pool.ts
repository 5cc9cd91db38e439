/**
 * A pool of worker threads, each parsing one file at a time. Our own rather
 * than piscina: a file's time limit must end exactly the thread running it
 * (then start a fresh one), and a thread's death must be charged to the one
 * file it held (TIMEOUT, OUT_OF_MEMORY, or INTERNAL when it crashes again on
 * a fresh thread) while the batch goes on.
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
  /** When the task was handed to its worker (performance.now()). */
  sent?: number;
}

interface Slot {
  index: number;
  worker: Worker | null;
  ready: boolean;
  running: Running | null;
}

/** Time in the worker (from hand-over to reply), not in the queue. */
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
    this.slots = Array.from({ length: this.jobs }, (_, i) => ({ index: i + 1, worker: null, ready: false, running: null }));
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
    const dropped = [...this.queue.splice(0), ...this.slots.flatMap((s) => (s.running ? [s.running] : []))];
    await Promise.all(this.slots.map((slot) => this.retire(slot)));
    for (const r of dropped) r.resolve({ id: r.task.id, ok: false, code: 'INTERNAL', message: 'Stopped before it finished.', worker: 0, aborted: true });
  }

  private pump(): void {
    for (const slot of this.slots) {
      if (this.queue.length === 0) return;
      if (slot.running) continue;
      if (!slot.worker) this.start(slot);
      if (!slot.ready) continue;
      const running = this.queue.shift()!;
      slot.running = running;
      running.timer = setTimeout(() => this.fail(slot, 'TIMEOUT', `The parse did not finish within ${this.timeoutMs / 1000} s; its worker was ended.`), this.timeoutMs);
      running.sent = performance.now();
      slot.worker!.postMessage(running.task);
    }
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
      const running = slot.running;
      if (!running || running.task.id !== msg.id) return;
      clearTimeout(running.timer);
      slot.running = null;
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

  /** Charges the slot's file with the code, ends its worker, and lets a fresh one take the queue. */
  private fail(slot: Slot, code: ErrorCode, message: string): void {
    if (!slot.ready && !slot.running && ++this.startFailures >= 3) {
      for (const r of this.queue.splice(0)) r.resolve({ id: r.task.id, ok: false, code: 'INTERNAL', message: `No worker could start: ${message}`, worker: 0 });
    }
    const running = slot.running;
    slot.running = null;
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
    if (slot.running) clearTimeout(slot.running.timer);
    slot.running = null;
    if (worker) await worker.terminate().catch(() => undefined);
  }
}
