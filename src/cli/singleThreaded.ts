/**
 * Running a pool that fills every core under V8's `--single-threaded`.
 *
 * Beside each worker thread V8 runs helper threads: concurrent and parallel
 * garbage collection and optimising compilation. A lone worker gains from them
 * (they use the idle core), but once the workers fill every core the helpers
 * only compete with them: measured on 2 cores, 400 generated reports, three
 * interleaved runs, `--jobs 2` took 19.7 s single-threaded against 24.6 s by
 * default (CPU 36.6 s against 45.7 s), while `--jobs 1` was 15 % slower
 * single-threaded. V8 flags hold for the whole process and flipping this one
 * after start crashes V8 (cppgc's marker), so the batch command starts itself
 * again with the flag. Values are the same either way: flags change how V8
 * runs JavaScript, not what it computes.
 */
import { spawn } from 'node:child_process';
import { availableParallelism } from 'node:os';

export const SINGLE_THREADED_FLAG = '--single-threaded';

/** Set to `default` to keep V8's helper threads whatever the pool size. */
export const V8_THREADS_ENV = 'XXGK_V8_THREADS';

/** Whether this process runs without V8's helper threads. */
export function runsSingleThreaded(): boolean {
  return process.execArgv.includes(SINGLE_THREADED_FLAG);
}

/** Whether a pool of `jobs` workers (the core count when unset) should run single-threaded, and this process does not yet. */
export function wantsSingleThreaded(jobs: number | undefined, cores = availableParallelism()): boolean {
  const workers = jobs ?? cores;
  return cores >= 2 && workers >= cores && !runsSingleThreaded() && process.env[V8_THREADS_ENV] !== 'default';
}

/** Exit code of a process ended by a signal (128 + its number, as shells report it). */
const SIGNAL_EXIT: Record<string, number> = { SIGHUP: 129, SIGINT: 130, SIGTERM: 143, SIGKILL: 137 };

/**
 * Runs this same command line again in a child process under
 * `--single-threaded`, and resolves with its exit code. The child has its own
 * process group, so a Ctrl-C reaches it once, forwarded from here (a second
 * Ctrl-C forwarded as well: quit at once); it keeps an IPC channel to this
 * process and stops cleanly if this process dies (see `onParentGone`).
 */
export function rerunSingleThreaded(): Promise<number> {
  const child = spawn(process.execPath, [...process.execArgv, SINGLE_THREADED_FLAG, ...process.argv.slice(1)], {
    stdio: ['inherit', 'inherit', 'inherit', 'ipc'],
    detached: true,
  });
  const signals = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;
  const forward = (signal: NodeJS.Signals) => child.kill(signal);
  for (const s of signals) process.on(s, forward);
  return new Promise((resolve) => {
    const done = (code: number) => {
      for (const s of signals) process.off(s, forward);
      resolve(code);
    };
    child.on('error', (e) => {
      process.stderr.write(`xxgk: could not start the single-threaded batch (${e.message}); set ${V8_THREADS_ENV}=default to run without it\n`);
      done(2);
    });
    child.on('exit', (code, signal) => done(code ?? (signal ? (SIGNAL_EXIT[signal] ?? 1) : 1)));
  });
}

/**
 * In a child started by `rerunSingleThreaded`: calls `stop` when the parent
 * goes (killed, even by SIGKILL, which it cannot forward), so that a batch
 * never outlives the command that started it. Returns a function that stops
 * watching. The channel does not keep the child alive.
 */
export function onParentGone(stop: () => void): () => void {
  if (!process.channel) return () => {};
  process.channel.unref();
  process.on('disconnect', stop);
  return () => process.off('disconnect', stop);
}
