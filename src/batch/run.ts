/**
 * `xxgk batch` without the terminal: walks the inputs, fingerprints each file,
 * skips what the archive already holds (resume) and bytes already taken up
 * (duplicates), parses the rest on the worker pool and records every path.
 * Memory stays flat: the walk streams, at most a few files per worker are in
 * flight, and results go to the database as they arrive.
 */
import { resolve } from 'node:path';
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

/** The database cannot be opened or written (a missing folder, a file that is no SQLite database, a full disk, a lock held elsewhere). */
export class ArchiveUnusableError extends Error {
  constructor(
    readonly db: string,
    readonly reason: unknown,
  ) {
    super(`the database ${db} cannot be used: ${(reason as Error)?.message ?? String(reason)}. Files recorded before this stay recorded (--resume continues).`);
  }
}

const MAX_FILE_BYTES = 200 * 1024 * 1024;

export async function runBatch(inputs: string[], options: BatchOptions): Promise<BatchSummary> {
  let archive: Archive;
  try {
    archive = new Archive(options.db, { bulk: true });
  } catch (e) {
    throw new ArchiveUnusableError(options.db, e);
  }
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

  /** Recorded originals found with other bytes in this run (--resume): their duplicates are parsed again. */
  const changed = new Set<string>();
  /** The database and its journal files: never parsed as inputs when the archive lies in a walked folder. */
  const ownFiles = new Set(['', '-wal', '-shm', '-journal'].map((suffix) => resolve(options.db + suffix)));
  /** The first write that failed: the walk stops, the files still running finish, and the batch throws it. */
  let failure: unknown = null;
  const record = (file: FileRecord, reply?: PoolReply) => {
    archive.add(file, reply?.ok ? reply : undefined);
    tally.add(file, reply);
    options.onFile?.(file, tally);
  };
  const duplicate = (path: string, fp: Fingerprint, startedAt: string, original: string): FileRecord => ({
    path, sha256: fp.sha256, bytes: fp.bytes, format: fp.format, status: 'duplicate',
    errorCode: null, errorMessage: null, duplicateOf: original, startedAt, ms: 0,
  });

  /**
   * Parses `path` on the pool and records it, then the paths waiting with the
   * same bytes as its duplicates. Bytes parsed that are not those hashed (the
   * file changed in between) are no report of these bytes: the file is an
   * error, and the first path waiting with them is parsed in its place.
   */
  const submit = (path: string, fp: Fingerprint, startedAt: string): void => {
    const job = pool.parse(path).then((reply) => {
      if (reply.aborted) return;
      const ms = reply.ms ?? null;
      const rewritten = reply.ok && fp.sha256 !== null && reply.sha256 !== fp.sha256;
      const parsed = reply.ok && fp.sha256 !== null && !rewritten;
      record(
        {
          // A file that changed is recorded without the hash of bytes never parsed: no copy of those bytes is its duplicate,
          // and --resume reads it again whatever it holds then.
          path, sha256: rewritten ? null : fp.sha256, bytes: rewritten ? null : fp.bytes, format: reply.ok ? reply.meta.format : fp.format,
          status: parsed ? 'parsed' : 'error',
          errorCode: reply.ok ? (parsed ? null : 'INPUT_UNREADABLE') : reply.code,
          errorMessage: reply.ok
            ? parsed
              ? null
              : rewritten
                ? 'The file changed while the batch read it (its bytes are not those hashed); run the batch again with --resume to read it as it is now.'
                : 'The file could not be read while it was hashed.'
            : reply.message,
          duplicateOf: null, startedAt, ms,
        },
        parsed ? reply : undefined,
      );
      const waiting = fp.sha256 ? inFlight.get(fp.sha256) : undefined;
      if (fp.sha256) inFlight.delete(fp.sha256);
      const rest = waiting?.duplicates ?? [];
      if (rewritten && rest.length > 0 && !options.signal?.aborted) {
        const [next, ...others] = rest;
        inFlight.set(fp.sha256!, { path: next!.path, duplicates: others });
        submit(next!.path, next!.fp, next!.startedAt);
        return;
      }
      for (const d of rest) record(duplicate(d.path, d.fp, d.startedAt, path));
    }).catch((e: unknown) => {
      failure ??= e;
    });
    running.add(job);
    void job.finally(() => running.delete(job));
  };

  try {
    for await (const path of walkInputs(inputs, options.shard)) {
      if (options.signal?.aborted || failure) break;
      const startedAt = new Date().toISOString();
      if (ownFiles.has(resolve(path))) continue; // the archive's own database, met in the walk
      const fp = await fingerprint(path, maxBytes);
      const flying = fp.sha256 ? inFlight.get(fp.sha256) : undefined;
      const before = options.resume ? archive.recorded(path) : undefined;
      // A recorded original whose bytes changed is parsed again below; a duplicate of it no longer is one.
      if (before && before.status !== 'duplicate' && before.sha256 !== fp.sha256) changed.add(path);
      const staleDuplicate =
        before?.status === 'duplicate' && before.duplicateOf !== null && (changed.has(before.duplicateOf) || archive.recorded(before.duplicateOf)?.sha256 !== before.sha256);
      if ((archive.has(path, fp.sha256) && !staleDuplicate) || flying?.path === path || flying?.duplicates.some((d) => d.path === path)) {
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
        if (original !== undefined && original !== path && !changed.has(original)) {
          record(duplicate(path, fp, startedAt, original));
          continue;
        }
        inFlight.set(fp.sha256, { path, duplicates: [] });
      }
      while (running.size >= limit && !options.signal?.aborted) await Promise.race([...running, stopped]);
      if (options.signal?.aborted) break;
      submit(path, fp, startedAt);
    }
    // Jobs may start after the walk (a copy parsed in place of a file that changed): wait for each.
    while (running.size > 0 && !options.signal?.aborted) await Promise.race([...running, stopped]);
  } finally {
    await pool.close();
    await Promise.all(running);
    try {
      archive.flush();
      // Reports no path points at any more: bytes that changed since an earlier run, or between two namings of a path in this one.
      if (!options.signal?.aborted && !failure) archive.removeOrphans();
    } catch (e) {
      failure ??= e;
    }
  }
  if (failure) {
    try {
      archive.close(false);
    } catch {
      // the database is already failing: its own error is the one to report
    }
    throw failure instanceof ArchiveUnusableError ? failure : new ArchiveUnusableError(options.db, failure);
  }
  const summary = tally.summary(archive, !!options.signal?.aborted);
  try {
    // Stopped (Ctrl-C): no index build over a large archive before the command ends; the next open makes them.
    archive.close(!options.signal?.aborted);
  } catch (e) {
    throw new ArchiveUnusableError(options.db, e);
  }
  return summary;
}
