/**
 * How the batch command has V8 run its workers: long runs of the same code on
 * every core. Two settings, both measured (2 cores; values are the same either
 * way: V8 flags change how V8 runs JavaScript, not what it computes).
 *
 * 1. `--single-threaded` when the workers fill every core. Beside each worker
 *    thread V8 runs helper threads: concurrent and parallel garbage collection
 *    and optimising compilation. A lone worker gains from them (they use the
 *    idle core), but once the workers fill every core the helpers only compete
 *    with them: on 400 generated reports, three interleaved runs, `--jobs 2`
 *    took 19.7 s single-threaded against 24.6 s by default (CPU 36.6 s against
 *    45.7 s), while `--jobs 1` was 15 % slower single-threaded. V8 flags hold
 *    for the whole process and flipping this one after start crashes V8
 *    (cppgc's marker), so the batch command starts itself again with it.
 * 2. A larger interrupt budget (`tuneForLongRuns`), set at run time: it can be.
 */
import { spawn } from 'node:child_process';
import { availableParallelism, constants } from 'node:os';
import v8 from 'node:v8';

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

/** Exit code of a process ended by a signal: 128 + its number, as shells report it. */
const signalExit = (signal: NodeJS.Signals): number => 128 + (constants.signals[signal] ?? 0);

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
    child.on('exit', (code, signal) => done(code ?? (signal ? signalExit(signal) : 1)));
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

/**
 * V8 optimises a function once it has run through its interrupt budget of
 * bytecode (67,584 bytes by default in Node 20's V8, tuned for pages and short
 * scripts), and optimises again after each deoptimisation. A batch worker runs
 * the same parsers file after file, and a trace showed a single-threaded
 * worker spending a fifth of its time in the optimising compiler, mostly
 * re-optimising pdfjs's and our functions after deoptimisations. Eight times
 * the budget: on 208 generated files, three interleaved runs each, `--jobs 2`
 * single-threaded took 9.9 s against 11.4 s (CPU 18.1 s against 21.0 s) and
 * `--jobs 1` 12.7 s against 13.4 s (CPU 17.2 s against 20.5 s); a single
 * `xxgk parse` of a PDF gained nothing, so only long runs set it.
 */
export const LONG_RUN_INTERRUPT_BUDGET = 8 * 67_584;

/** Sets the long-run interrupt budget for this process and the workers it starts next (a flag V8 reads as it runs). */
export function tuneForLongRuns(): void {
  v8.setFlagsFromString(`--interrupt-budget=${LONG_RUN_INTERRUPT_BUDGET}`);
}
