/**
 * The CI fuzz set: 2,000 seeded mutations of the corpus (scripts/fuzz/corpus.mjs,
 * weighted by `ciWeight`), each parsed in a child process with the built
 * library and bounded in time. Every case must end in a result or an input
 * error: no INTERNAL, no crash, no hang. `npm run fuzz` runs more.
 */
import { fileURLToPath } from 'node:url';
// @ts-expect-error: plain JavaScript shared with `npm run fuzz`
import { CORPUS } from '../../scripts/fuzz/corpus.mjs';
// @ts-expect-error: plain JavaScript shared with `npm run fuzz`
import { caseSeeds } from '../../scripts/fuzz/mutate.mjs';
// @ts-expect-error: plain JavaScript shared with `npm run fuzz`
import { casesOf, runCases } from '../../scripts/fuzz/run.mjs';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const CASES = 2000;
const SEED = 2026;

test(`${CASES} seeded cases end in a result or an input error`, async () => {
  const started = Date.now();
  const { counts, failures, slowest } = await runCases(casesOf(caseSeeds(SEED, CASES), CORPUS, 'ciWeight'), { root: ROOT, concurrency: 2 });
  console.log(
    `fuzz: ${CASES} cases in ${Math.round((Date.now() - started) / 1000)} s; outcomes ${JSON.stringify(counts)}; ` +
      `slowest case ${slowest.seed} (${slowest.entryPath} ${slowest.mutation}) ${Math.round(slowest.ms)} ms → ${slowest.outcome}`,
  );
  // A failing case prints its seed: `npm run fuzz -- --ci --case SEED` replays it.
  expect(failures.map((f: { seed: number; outcome: string; entryPath: string; mutation: string; detail: string }) => `${f.outcome} case ${f.seed} ${f.entryPath} ${f.mutation}: ${f.detail}`)).toEqual([]);
  expect(Object.values(counts as Record<string, number>).reduce((a, b) => a + b, 0)).toBe(CASES);
}, 600_000);
