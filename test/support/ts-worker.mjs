// Test-only: a batch worker that runs the TypeScript sources (jest does not
// transform worker threads). The pool is pointed here by XXGK_BATCH_WORKER.
import { register } from 'node:module';

register('./ts-loader.mjs', import.meta.url);
await import('../../src/batch/worker.ts');
