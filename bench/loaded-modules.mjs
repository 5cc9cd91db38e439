// Loaded with `node --import ./bench/loaded-modules.mjs …` (LOADED_MODULES_FILE=path) by the
// benchmark: appends every module the process loads, ESM (through a loader hook) and CommonJS
// (require), one a line, so that it can show which front ends a parse pulls in.
import { appendFileSync } from 'node:fs';
import Module, { register } from 'node:module';

const file = process.env.LOADED_MODULES_FILE;
if (file) {
  register('./loaded-modules-hooks.mjs', { parentURL: import.meta.url, data: { file } });
  const load = Module._load;
  Module._load = function (request, ...rest) {
    appendFileSync(file, `require ${request}\n`);
    return load.call(this, request, ...rest);
  };
}
