/**
 * Lets worker threads and child processes started by the tests run the
 * TypeScript sources: src/worker/host.ts starts its worker with `--import` of
 * this file, the batch tests import it first (ts-worker.mjs, batch-child.mjs).
 * `./x.js` imports resolve to `./x.ts`, which typescript transpiles on load.
 * The build never uses it.
 */
import { register } from 'node:module';

register('./ts-loader-hooks.mjs', import.meta.url);
