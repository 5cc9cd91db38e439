/**
 * Switches that only tests set, to make a failure happen on demand (a reader
 * that never ends). They travel to the worker thread with each job. Nothing
 * else reads or writes them.
 */
export interface TestHooks {
  /** The PDF reader spins (CPU-bound, never yielding) before reading page 1. */
  spinPdfReader?: boolean;
  /** The worker thread throws outside any job's reach (an uncaught exception) as the job starts. */
  crashWorker?: boolean;
}

export const testHooks: TestHooks = {};
