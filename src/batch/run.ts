/**
 * `xxgk batch` without the terminal: walks the inputs, fingerprints each file,
 * skips what the archive already holds (resume) and bytes already taken up
 * (duplicates), parses the rest on the worker pool and records every path.
 * Memory stays flat: the walk streams, at most a few files per worker are in
 * flight, and results go to the database as they arrive.
 */
import { Archive, type FileRecord } from './archive.js';
import { fingerprint, type Fingerprint } from './fingerprint.js';
import { type PoolOptions, type PoolReply, WorkerPool } from './pool.js';
import { BatchTally, type BatchSummary } from './summary.js';
import { type Shard, walkInputs } from './walk.js';

export interface BatchOptions extends PoolOptions {
  /** The archive database file (created when missing). */
  db: string;
  /** Continue an archive: skip the (path, sha256) pairs it already holds. Without it the archive must be empty. */
  resume?: boolean;
  /** Take only this share of the files (see `inShard`). */
  shard?: Shard;
  /** Stops the batch: no new files are taken up, finished ones are written, the rest are left for --resume. */
  signal?: AbortSignal;
  /** Called after each file is recorded (or skipped). */
  onFile?: (file: FileRecord | null, tally: BatchTally) => void;
  /** Largest file fingerprinted and parsed, in bytes (default 200 MB, as parseReport). */
  maxFileBytes?: number;
}

/** The archive is not empty and --resume was not given. */
export class ArchiveNotEmptyError extends Error {
  constructor(
    readonly db: string,
    readonly files: number,
  ) {
    super(`${db} already records ${files} files: pass --resume to continue it, or name a new database.`);
  }
}

const MAX_FILE_BYTES = 200 * 1024 * 1024;

export async function runBatch(inputs: string[], options: BatchOptions): Promise<BatchSummary> {
  const archive = new Archive(options.db);
  const existing = archive.fileCount();
  if (existing > 0 && !options.resume) {
    archive.close();
    throw new ArchiveNotEmptyError(options.db, existing);
  }
  const pool = new WorkerPool(options);
  const tally = new BatchTally(pool.jobs);
  const maxBytes = options.maxFileBytes ?? MAX_FILE_BYTES;
  /** sha256 → the path being parsed for it, and the paths with the same bytes waiting for it. */
  const inFlight = new Map<string, { path: string; duplicates: { path: string; fp: Fingerprint; startedAt: string }[] }>();
  const running = new Set<Promise<void>>();
  const limit = pool.jobs * 2;
  // Waits end early on a stop: the files still running are then dropped, not waited for.
  const stopped = new Promise<void>((resolve) => {
    if (options.signal?.aborted) resolve();
    options.signal?.addEventListener('abort', () => resolve(), { once: true });
  });

  const record = (file: FileRecord, reply?: PoolReply) => {
    archive.add(file, reply?.ok ? reply : undefined);
    tally.add(file, reply);
    options.onFile?.(file, tally);
  };
  const duplicate = (path: string, fp: Fingerprint, startedAt: string, original: string): FileRecord => ({
    path, sha256: fp.sha256, bytes: fp.bytes, format: fp.format, status: 'duplicate',
    errorCode: null, errorMessage: null, duplicateOf: original, startedAt, ms: 0,
  });

  try {
    for await (const path of walkInputs(inputs, options.shard)) {
      if (options.signal?.aborted) break;
      const startedAt = new Date().toISOString();
      const fp = await fingerprint(path, maxBytes);
      const flying = fp.sha256 ? inFlight.get(fp.sha256) : undefined;
      if (archive.has(path, fp.sha256) || flying?.path === path || flying?.duplicates.some((d) => d.path === path)) {
        tally.skipped++;
        options.onFile?.(null, tally);
        continue;
      }
      if (fp.sha256) {
        if (flying) {
          flying.duplicates.push({ path, fp, startedAt });
          continue;
        }
        const original = archive.originalOf(fp.sha256);
        if (original !== undefined && original !== path) {
          record(duplicate(path, fp, startedAt, original));
          continue;
        }
        inFlight.set(fp.sha256, { path, duplicates: [] });
      }
      while (running.size >= limit && !options.signal?.aborted) await Promise.race([...running, stopped]);
      if (options.signal?.aborted) break;
      const job = pool.parse(path).then((reply) => {
        if (reply.aborted) return;
        const ms = reply.ms ?? null;
        const parsed = reply.ok && fp.sha256 !== null;
        record(
          {
            path, sha256: fp.sha256, bytes: fp.bytes, format: reply.ok ? reply.meta.format : fp.format,
            status: parsed ? 'parsed' : 'error',
            errorCode: reply.ok ? (parsed ? null : 'INPUT_UNREADABLE') : reply.code,
            errorMessage: reply.ok ? (parsed ? null : 'The file changed or could not be read while it was hashed.') : reply.message,
            duplicateOf: null, startedAt, ms,
          },
          reply,
        );
        const waiting = fp.sha256 ? inFlight.get(fp.sha256) : undefined;
        if (fp.sha256) inFlight.delete(fp.sha256);
        for (const d of waiting?.duplicates ?? []) record(duplicate(d.path, d.fp, d.startedAt, path));
      });
      running.add(job);
      void job.finally(() => running.delete(job));
    }
    await Promise.race([Promise.all(running), stopped]);
  } finally {
    await pool.close();
    await Promise.all(running);
    archive.flush();
    if (!options.signal?.aborted) archive.removeOrphans();
  }
  const summary = tally.summary(archive, !!options.signal?.aborted);
  archive.close();
  return summary;
}
