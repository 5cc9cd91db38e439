#!/usr/bin/env node
/**
 * npm run fuzz -- [--cases N] [--seed S] [--jobs J] [--case SEED] [--ci] [--dist DIR]
 * Runs N seeded cases (default 20000, seed 1) over the corpus with the built
 * library (run `npm run build` first); prints counts by outcome, the slowest
 * case and every failing case's seed, replayable with --case SEED. Exit 1 if
 * any case failed. --ci weighs the corpus as the CI set does (test/fuzz/fuzz.test.ts:
 * --ci --seed 2026 --cases 2000 is that set). --dist runs another build (a copy, so that rebuilding
 * during a long run changes nothing).
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CORPUS } from './fuzz/corpus.mjs';
import { caseSeeds } from './fuzz/mutate.mjs';
import { casesOf, FAILING, runCases } from './fuzz/run.mjs';

const args = process.argv.slice(2);
const opt = (name, d) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : d;
};
const root = fileURLToPath(new URL('..', import.meta.url));
const distAt = args.indexOf('--dist');
const dist = distAt >= 0 ? path.resolve(args[distAt + 1]) : path.join(root, 'dist');
const single = opt('case', undefined);
const seeds = single !== undefined ? [single] : caseSeeds(opt('seed', 1), opt('cases', 20000));
const cases = casesOf(seeds, CORPUS, args.includes('--ci') ? 'ciWeight' : 'weight');
const started = Date.now();
let done = 0;
const { counts, failures, slowest } = await runCases(cases, {
  root,
  dist,
  concurrency: opt('jobs', 2),
  onCase: (c, outcome, detail) => {
    done++;
    if (single !== undefined || FAILING.has(outcome) || outcome === 'TIMEOUT') {
      console.log(`${outcome}\tcase ${c.seed}\t${c.entryPath} ${c.mutation} ${c.mutationSeed}\t${detail ?? ''}`);
    }
    if (done % 1000 === 0) console.error(`${done}/${cases.length} cases, ${Math.round((Date.now() - started) / 1000)} s`);
  },
});
console.log(`cases ${cases.length}, ${Math.round((Date.now() - started) / 1000)} s`);
console.log('outcomes', JSON.stringify(counts));
if (slowest) console.log(`slowest: case ${slowest.seed} (${slowest.entryPath} ${slowest.mutation}) ${Math.round(slowest.ms)} ms → ${slowest.outcome}`);
console.log(failures.length === 0 ? 'no failures' : `${failures.length} failing case(s): ${failures.map((f) => f.seed).join(' ')}`);
process.exitCode = failures.length === 0 ? 0 : 1;
