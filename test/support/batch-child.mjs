// Test-only: runs a batch from the TypeScript sources in a process of its own,
// so that a test can kill it part-way (SIGKILL). Args: db jobs timeoutMs maxMemoryMb inputs…
import './ts-loader.mjs';
const { runBatch } = await import('../../src/batch/run.ts');
const [db, jobs, timeoutMs, maxMemoryMb, ...inputs] = process.argv.slice(2);
await runBatch(inputs, { db, jobs: Number(jobs), timeoutMs: Number(timeoutMs), maxMemoryMb: Number(maxMemoryMb), resume: true });
