/**
 * Fuzz cases that once failed (fixtures/fuzz/regressions.json), each run in a
 * child process with the built library, so that a crash is seen as one; and
 * the reproduction through the CLI.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
// @ts-expect-error: plain JavaScript shared with `npm run fuzz`
import { runCases } from '../../scripts/fuzz/run.mjs';
// @ts-expect-error: plain JavaScript shared with `npm run fuzz`
import { mutatedBytes } from '../../scripts/fuzz/mutate.mjs';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
interface Regression { path: string; mutation: string; mutationSeed: number; expect: string }
const { cases } = JSON.parse(readFileSync(path.join(ROOT, 'fixtures/fuzz/regressions.json'), 'utf8')) as { cases: Regression[] };

test('every regression case ends as it should, in a child process', async () => {
  const outcomes: string[] = [];
  await runCases(
    cases.map((c, i) => ({ seed: i, entryPath: c.path, mutation: c.mutation, mutationSeed: c.mutationSeed })),
    { root: ROOT, concurrency: 2, parseTimeoutMs: 8_000, onCase: (c: { seed: number }, outcome: string) => (outcomes[c.seed] = outcome) },
  );
  expect(outcomes).toEqual(cases.map((c) => c.expect));
}, 120_000);

test('the issue: `xxgk parse damaged.pdf --json` gives {"error": {"code": "PDF_DAMAGED"}} and exit 2', () => {
  const c = cases[0]!;
  const dir = mkdtempSync(path.join(tmpdir(), 'xxgk-'));
  try {
    const file = path.join(dir, 'damaged.pdf');
    writeFileSync(file, mutatedBytes(readFileSync(path.join(ROOT, c.path)), c.mutation, c.mutationSeed));
    const r = spawnSync(process.execPath, [path.join(ROOT, 'dist/cli/bin.js'), 'parse', file, '--json'], { encoding: 'utf8', timeout: 60_000 });
    expect(r.status).toBe(2);
    expect(JSON.parse(r.stdout).error.code).toBe('PDF_DAMAGED');
    expect(r.stderr).not.toMatch(/Unhandled|XRefEntryException: /);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}, 120_000);
