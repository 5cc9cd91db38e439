// Test-only: runs a batch from the TypeScript sources in a process of its own,
// so that a test can kill it part-way (SIGKILL). Args: db jobs timeoutMs maxMemoryMb inputs…
import { register } from 'node:module';

register('./ts-loader.mjs', import.meta.url);
const { runBatch } = await import('../../src/batch/run.ts');
const [db, jobs, timeoutMs, maxMemoryMb, ...inputs] = process.argv.slice(2);
await runBatch(inputs, { db, jobs: Number(jobs), timeoutMs: Number(timeoutMs), maxMemoryMb: Number(maxMemoryMb), resume: true });
