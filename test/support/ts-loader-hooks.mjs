// Test-only ESM loader hooks, registered by ts-loader.mjs: let worker threads
// and child processes (which jest does not transform) run the TypeScript sources. `./x.js` imports resolve to `./x.ts`
// when only the .ts exists; .ts files are transpiled without type checks, and
// the output is cached by content hash so that fresh workers start quickly.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const CACHE = fileURLToPath(new URL('../../node_modules/.cache/xxgk-ts/', import.meta.url));
let ts;

export async function resolve(specifier, context, next) {
  if (specifier.endsWith('.js') && context.parentURL?.endsWith('.ts') && specifier.startsWith('.')) {
    const url = new URL(specifier.replace(/\.js$/, '.ts'), context.parentURL);
    if (existsSync(fileURLToPath(url))) return { url: url.href, format: 'module', shortCircuit: true };
  }
  return next(specifier, context);
}

export async function load(url, context, next) {
  if (!url.endsWith('.ts')) return next(url, context);
  const file = fileURLToPath(url);
  const source = readFileSync(file, 'utf8');
  const cached = `${CACHE}${createHash('sha256').update(file).update(source).digest('hex')}.mjs`;
  if (existsSync(cached)) return { format: 'module', source: readFileSync(cached, 'utf8'), shortCircuit: true };
  ts ??= (await import('typescript')).default;
  const out = ts.transpileModule(source, {
    fileName: file,
    compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022, isolatedModules: true },
  }).outputText;
  mkdirSync(CACHE, { recursive: true });
  writeFileSync(cached, out);
  return { format: 'module', source: out, shortCircuit: true };
}
