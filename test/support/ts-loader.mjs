/**
 * Lets a worker thread started by the tests run the TypeScript sources
 * (src/worker/host.ts starts src/worker/entry.ts with `--import` of this file):
 * `./x.js` imports resolve to `./x.ts`, which typescript transpiles on load.
 * The build never uses it.
 */
import { register } from 'node:module';

register('./ts-loader-hooks.mjs', import.meta.url);
