import { mkdirSync } from 'node:fs';
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

const positive = (what: string) => (v: string) => {
  const n = Number(v);
  if (!Number.isFinite(n) || n <= 0) throw new InvalidArgumentError(`${what} must be a positive number.`);
  return n;
};

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
    .option('--jobs <n>', 'worker threads (default: the number of cores; workers on every core run under V8 --single-threaded, in a second process)', positive('--jobs'))
    .option('--timeout <s>', 'per-file time limit in seconds: the file gets TIMEOUT', positive('--timeout'), 60)
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
      const [{ default: Database }, { exportCsv }, { Progress }, { ArchiveNotEmptyError, runBatch }, { formatBatchSummary }] = await Promise.all([
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
