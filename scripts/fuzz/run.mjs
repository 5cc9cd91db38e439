/**
 * The fuzz runner: cases (seeds) spread over a few child processes; each case
 * bounded in time by the parent, so a hang or a crash is seen as such (the
 * child is then replaced and the run goes on). Used by `npm run fuzz` and by
 * the CI test (test/fuzz/fuzz.test.ts).
 */
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describeCase } from './mutate.mjs';

const CHILD = fileURLToPath(new URL('./child.mjs', import.meta.url));

/**
 * Outcomes that fail a case: everything but a result or an input error.
 * TIMEOUT is an input error (a stalling input stopped at its limit, as
 * designed: pdfjs has CPU-bound loops on some damaged fonts); it is counted and
 * the slowest case printed, not failed.
 */
export const FAILING = new Set(['crash', 'hang', 'INTERNAL', 'THROWN']);

/**
 * Runs `cases` (a list of { seed, entryPath, mutation, mutationSeed }) with
 * the built library in `dist` (paths relative to `root`).
 * Returns counts by outcome, the failures and the slowest case.
 */
export async function runCases(cases, { root, dist = `${root}/dist`, concurrency = 2, caseTimeoutMs = 30_000, parseTimeoutMs = 20_000, onCase } = {}) {
  const counts = {};
  const failures = [];
  let slowest = null;
  let next = 0;
  const record = (c, outcome, detail, ms) => {
    counts[outcome] = (counts[outcome] ?? 0) + 1;
    if (FAILING.has(outcome)) failures.push({ ...c, outcome, detail });
    if (ms !== undefined && (!slowest || ms > slowest.ms)) slowest = { ...c, outcome, ms };
    onCase?.(c, outcome, detail, ms);
  };

  async function lane() {
    let child = null;
    const start = () =>
      new Promise((resolve) => {
        const ch = fork(CHILD, [root, String(parseTimeoutMs), dist], { stdio: ['ignore', 'ignore', 'pipe', 'ipc'], execArgv: [] });
        ch.stderrTail = '';
        ch.stderr.on('data', (d) => (ch.stderrTail = (ch.stderrTail + d).slice(-2000)));
        ch.once('message', () => resolve(ch));
      });
    while (next < cases.length) {
      const c = cases[next++];
      child ??= await start();
      const ch = child;
      const result = await new Promise((resolve) => {
        const timer = setTimeout(() => resolve({ outcome: 'hang', detail: `no answer within ${caseTimeoutMs} ms` }), caseTimeoutMs);
        const onMessage = (m) => m.seed === c.seed && done({ outcome: m.outcome, detail: m.detail, ms: m.ms });
        const onExit = (code, signal) => setTimeout(() => done({ outcome: 'crash', detail: `exit ${code ?? signal}: ${ch.stderrTail.trim().split('\n').slice(-6).join(' | ')}` }), 50);
        const done = (r) => {
          clearTimeout(timer);
          ch.off('message', onMessage);
          ch.off('exit', onExit);
          resolve(r);
        };
        ch.on('message', onMessage);
        ch.once('exit', onExit);
        ch.send({ seed: c.seed, entryPath: c.entryPath, mutation: c.mutation, mutationSeed: c.mutationSeed });
      });
      if (result.outcome === 'hang' || result.outcome === 'crash') {
        ch.kill('SIGKILL');
        child = null;
      }
      record(c, result.outcome, result.detail, result.ms);
    }
    child?.kill('SIGKILL');
  }
  await Promise.all(Array.from({ length: concurrency }, lane));
  return { counts, failures, slowest };
}

/** The cases of seeds over a corpus, its entries chosen by `weight` or `ciWeight`. */
export function casesOf(seeds, corpus, weight = 'weight') {
  return seeds.map((seed) => {
    const { entry, mutation, mutationSeed } = describeCase(seed, corpus, weight);
    return { seed, entryPath: entry.path, mutation, mutationSeed };
  });
}
