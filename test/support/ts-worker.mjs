// Test-only: a batch worker that runs the TypeScript sources (jest does not
// transform worker threads). The pool is pointed here by XXGK_BATCH_WORKER.
import './ts-loader.mjs';
await import('../../src/batch/worker.ts');
