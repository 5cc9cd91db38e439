/**
 * One fuzz worker process: parses the cases the parent sends with the built
 * library as a caller would (isolate, the default, with a time limit). A crash
 * of the library's worker comes back as INTERNAL; a crash of this process
 * (the main thread's code) ends it, and the parent sees a crash. No
 * unhandledRejection listener of its own: only the library's.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { mutatedBytes } from './mutate.mjs';

const [root, parseTimeoutMs, dist] = [process.argv[2], Number(process.argv[3]), process.argv[4]];
const { parseReport } = await import(path.join(dist, 'index.js'));
const originals = new Map();

process.on('message', async ({ seed, entryPath, mutation, mutationSeed }) => {
  if (!originals.has(entryPath)) originals.set(entryPath, readFileSync(path.join(root, entryPath)));
  const bytes = mutatedBytes(originals.get(entryPath), mutation, mutationSeed);
  const started = performance.now();
  let outcome, detail;
  try {
    const { warnings } = await parseReport(bytes, { timeoutMs: parseTimeoutMs });
    outcome = 'result';
    detail = `${warnings.length} warnings`;
  } catch (e) {
    outcome = typeof e?.code === 'string' && e.name === 'XxgkError' ? e.code : 'THROWN';
    detail = String(e?.message ?? e).slice(0, 300);
  }
  process.send({ seed, outcome, detail, ms: performance.now() - started });
});
process.send({ ready: true });
