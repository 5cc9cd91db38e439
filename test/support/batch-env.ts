/**
 * Batch tests run the TypeScript sources in worker threads: the pool is
 * pointed at a bootstrap that registers a transpiling loader (test-only), and
 * the test-only worker hooks (stall, memory, crash markers) are switched on.
 */
import { fileURLToPath } from 'node:url';

export const TS_WORKER = fileURLToPath(new URL('./ts-worker.mjs', import.meta.url));
export const BATCH_CHILD = fileURLToPath(new URL('./batch-child.mjs', import.meta.url));

export function useSourceWorkers(): void {
  process.env.XXGK_BATCH_WORKER = TS_WORKER;
  process.env.XXGK_BATCH_TEST_HOOKS = '1';
}
