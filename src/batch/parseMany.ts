/**
 * `parseMany`: the batch for library users, without the database. Files are
 * parsed on the worker pool and yielded in completion order.
 */
import type { ErrorCode } from '../codes.js';
import type { ParseResult } from '../model/report.js';
import { type PoolOptions, WorkerPool } from './pool.js';
import { type Shard, walkInputs } from './walk.js';

export interface ParseManyOptions extends PoolOptions {
  /** Take only this share of the files. */
  shard?: Shard;
}

/** One file's outcome: the result, or the input error's code and message. */
export type FileResult =
  | { path: string; ok: true; result: ParseResult; ms: number; worker: number }
  | { path: string; ok: false; error: { code: ErrorCode; message: string }; ms: number; worker: number };

/**
 * Parses files, folders (recursively) and globs on a pool of worker threads,
 * yielding each file's outcome as it finishes. Never throws for a file: a file
 * that cannot be parsed, stalls past `timeoutMs` or exhausts its worker's
 * memory comes back with its code (TIMEOUT, OUT_OF_MEMORY, …). Breaking out of
 * the loop ends the workers.
 */
export async function* parseMany(inputs: Iterable<string> | AsyncIterable<string>, options: ParseManyOptions = {}): AsyncGenerator<FileResult> {
  const pool = new WorkerPool(options);
  const done: FileResult[] = [];
  let wake: (() => void) | null = null;
  let running = 0;
  let walked = false;
  const walk = walkInputs(typeof inputs === 'string' ? [inputs] : inputs, options.shard);
  try {
    for (;;) {
      // Keep every worker busy, with one file queued behind each, without running ahead of the walk.
      while (!walked && running < pool.jobs * 2) {
        const next = await walk.next();
        if (next.done) {
          walked = true;
          break;
        }
        const path = next.value;
        running++;
        void pool.parse(path).then((reply) => {
          running--;
          const ms = reply.ms ?? 0;
          if (!reply.aborted) {
            done.push(
              reply.ok
                ? { path, ok: true, result: JSON.parse(reply.json) as ParseResult, ms, worker: reply.worker }
                : { path, ok: false, error: { code: reply.code, message: reply.message }, ms, worker: reply.worker },
            );
          }
          wake?.();
        });
      }
      while (done.length) yield done.shift()!;
      if (walked && running === 0) return;
      await new Promise<void>((resolve) => (wake = resolve));
      wake = null;
    }
  } finally {
    await walk.return(undefined);
    await pool.close();
  }
}
