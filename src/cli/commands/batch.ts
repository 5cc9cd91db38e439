import { existsSync, mkdirSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { Command } from 'commander';
import { InvalidArgumentError } from 'commander';
import type { ProgressMode } from '../../batch/progress.js';
import { parseShard, walkInputs, type Shard } from '../../batch/walk.js';
import { type CliIo, EXIT, PROCESS_IO } from '../io.js';
import { onParentGone, rerunSingleThreaded, runsSingleThreaded, tuneForLongRuns, V8_THREADS_ENV, wantsSingleThreaded } from '../engine.js';

interface BatchFlags {
  db: string;
  jobs?: number;
  timeout: number;
  maxMemory?: number;
  csv?: string;
  xlsx?: string;
  resume?: boolean;
  quiet?: boolean;
  shard?: Shard;
}

const positive = (what: string, max = Number.MAX_SAFE_INTEGER) => (v: string) => {
  const n = Number(v);
  if (!Number.isFinite(n) || n <= 0) throw new InvalidArgumentError(`${what} must be a positive number.`);
  if (n > max) throw new InvalidArgumentError(`${what} can be at most ${max}.`);
  return n;
};

/** Node's timers hold at most 2^31 − 1 ms (about 24.8 days); a longer one fires at once. */
const MAX_TIMEOUT_S = Math.floor((2 ** 31 - 1) / 1000);
/** More worker threads than this only costs memory: each loads pdfjs. */
const MAX_JOBS = 64;

/** Why --csv (a folder) or --xlsx (a file in an existing folder) cannot be written there, or null. */
function checkExports(csv: string | undefined, xlsx: string | undefined): string | null {
  const kind = (p: string) => (existsSync(p) ? (statSync(p).isDirectory() ? 'folder' : 'file') : null);
  if (csv !== undefined && kind(csv) === 'file') return `--csv names a folder to write into; ${csv} is a file.`;
  if (xlsx !== undefined && kind(xlsx) === 'folder') return `--xlsx names the workbook's file; ${xlsx} is a folder.`;
  if (xlsx !== undefined && kind(dirname(resolve(xlsx))) !== 'folder') return `--xlsx: the folder of ${xlsx} does not exist.`;
  return null;
}

/** Exit code of a batch stopped by Ctrl-C (128 + SIGINT). */
const EXIT_INTERRUPTED = 130;

/**
 * `xxgk batch <inputs…> --db archive.sqlite`: parse an archive of reports on
 * worker threads into a SQLite database (see README "Batch"). Ctrl-C stops
 * cleanly; --resume finishes a stopped batch.
 */
export function registerBatch(program: Command, io: CliIo, setExit: (code: number) => void): void {
  program
    .command('batch')
    .description('parse files, folders (recursively) and globs on worker threads into a SQLite archive, one row per file')
    .argument('<inputs...>', 'files, folders or globs; formats are detected from the bytes')
    .requiredOption('--db <file>', 'the archive database (SQLite), created when missing')
    .option('--jobs <n>', 'worker threads (default: the number of cores; workers on every core run under V8 --single-threaded, in a second process)', positive('--jobs', MAX_JOBS))
    .option('--timeout <s>', 'per-file time limit in seconds: the file gets TIMEOUT', positive('--timeout', MAX_TIMEOUT_S), 60)
    .option('--max-memory <mb>', 'heap limit per worker in MB: the file gets OUT_OF_MEMORY (default 1024)', positive('--max-memory'))
    .option('--csv <dir>', 'also write files.csv, cells.csv and statistics.csv (UTF-8 with BOM) into this folder')
    .option('--xlsx <file>', 'also write a workbook: one sheet per statistics table, one row per report')
    .option('--resume', 'continue an archive: skip files whose path and bytes it already records')
    .option('--shard <i/n>', 'take only the i-th of n shares of the files (each shard its own --db; combine with xxgk merge)', (v: string) => {
      const shard = parseShard(v);
      if (!shard) throw new InvalidArgumentError('--shard takes i/n with 1 ≤ i ≤ n.');
      return shard;
    })
    .option('--quiet', 'no progress and no summary')
    .action(async (inputs: string[], flags: BatchFlags) => {
      // Where the exports go is checked before the batch, not after an archive's worth of parsing.
      const exportProblem = checkExports(flags.csv, flags.xlsx);
      if (exportProblem) {
        io.stderr(`xxgk batch: ${exportProblem}\n`);
        setExit(EXIT.usage);
        return;
      }
      if (io === PROCESS_IO) {
        // Workers that fill every core run faster without V8's helper threads: a flag only a new process can take.
        if (wantsSingleThreaded(flags.jobs)) {
          setExit(await rerunSingleThreaded());
          return;
        }
        tuneForLongRuns();
      }
      // SQLite and the pool load only when a batch runs, exceljs only for --xlsx (about 0.4 s of
      // module loading): every other command, and a batch without a workbook, starts faster.
      const [{ default: Database }, { exportCsv }, { Progress }, { ArchiveNotEmptyError, ArchiveUnusableError, runBatch }, { formatBatchSummary }] = await Promise.all([
        import('better-sqlite3'),
        import('../../batch/csv.js'),
        import('../../batch/progress.js'),
        import('../../batch/run.js'),
        import('../../batch/summary.js'),
      ]);
      const mode: ProgressMode = flags.quiet ? 'none' : io === PROCESS_IO && process.stderr.isTTY ? 'bar' : 'lines';
      const progress = new Progress(mode, io.stderr);
      let total: number | null = null;
      if (mode !== 'none') {
        total = 0; // a first walk counts the files (names only) so that the bar knows its end
        for await (const _ of walkInputs(inputs, flags.shard)) total++;
      }
      const controller = new AbortController();
      const onSignal = () => {
        if (controller.signal.aborted) process.exit(EXIT_INTERRUPTED); // a second Ctrl-C: every transaction is whole anyway
        io.stderr('\nxxgk batch: stopping: finishing the database (Ctrl-C again to quit at once)\n');
        controller.abort();
      };
      process.on('SIGINT', onSignal);
      process.on('SIGTERM', onSignal);
      const stopWatchingParent = onParentGone(onSignal);
      progress.start(total);
      try {
        const summary = await runBatch(inputs, {
          db: flags.db,
          jobs: flags.jobs,
          timeoutMs: flags.timeout * 1000,
          maxMemoryMb: flags.maxMemory,
          resume: flags.resume,
          shard: flags.shard,
          signal: controller.signal,
          onFile: (_file, tally) =>
            progress.update({ done: tally.recorded + tally.skipped, total, errors: tally.status.error, seconds: tally.elapsedSeconds() }),
        });
        const done = summary.files.parsed + summary.files.error + summary.files.duplicate + summary.files.skipped;
        progress.stop({ done, total, errors: summary.files.error, seconds: summary.seconds });
        if (!summary.interrupted && (flags.csv || flags.xlsx)) {
          const db = new Database(flags.db, { readonly: true });
          try {
            if (flags.csv) {
              mkdirSync(flags.csv, { recursive: true });
              exportCsv(db, flags.csv);
            }
            if (flags.xlsx) await (await import('../../batch/xlsx.js')).exportXlsx(db, flags.xlsx);
          } finally {
            db.close();
          }
        }
        if (!flags.quiet) {
          io.stderr(formatBatchSummary(summary));
          if (runsSingleThreaded()) io.stderr(`engine    V8 single-threaded: the workers fill every core (${V8_THREADS_ENV}=default keeps V8's helper threads)\n`);
        }
        setExit(summary.interrupted ? EXIT_INTERRUPTED : EXIT.ok);
      } catch (e) {
        progress.stop({ done: 0, total, errors: 0, seconds: 0 });
        if (e instanceof ArchiveUnusableError) {
          io.stderr(`xxgk batch: ${e.message}\n`);
          setExit(EXIT.inputError);
          return;
        }
        if (!(e instanceof ArchiveNotEmptyError)) throw e;
        io.stderr(`xxgk batch: ${e.message}\n`);
        setExit(EXIT.usage);
      } finally {
        process.off('SIGINT', onSignal);
        process.off('SIGTERM', onSignal);
        stopWatchingParent();
      }
    });
}
