// Loader hook of bench/loaded-modules.mjs: records each ESM module as it loads.
import { appendFileSync } from 'node:fs';

let file;
export function initialize(data) {
  file = data.file;
}
export async function load(url, context, next) {
  appendFileSync(file, `import ${url}\n`);
  return next(url, context);
}
