/**
 * pdfjs's worker module with display-only work taken out, for xxgk's own
 * threads. pdfjs converts every embedded or standard font into an OpenType
 * file that a browser could load; nothing here draws (font faces are bound to
 * a no-op, load.ts `skipFontLoading`), so the converted file is never used.
 * Most of that conversion is compiling a CFF font program (Type 1 fonts, CFF
 * fonts and OpenType fonts with CFF outlines, as LibreOffice embeds CJK
 * fonts): about a seventh of a PDF parse, profiled. Text, widths, glyph
 * mapping and metrics come from parsing the font, which stays.
 *
 * The patches are data (`PDFJS_PATCHES`), each found exactly once in the
 * pinned pdfjs-dist (5.6.205) or not applied at all: a changed pdfjs loads as
 * shipped (and test/frontends/pdf/patchedWorker.test.ts fails). The patched
 * source runs as a function in this thread's context, where its module-only
 * syntax has been replaced: `import.meta.url` by the module's real URL, the
 * export by a return. Like the stock module, it sets `globalThis.pdfjsWorker`,
 * which pdfjs's in-thread worker then uses. Only a thread xxgk owns does this
 * (a caller's own pdfjs would render with it): see load.ts `usePatchedPdfjsWorker`.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import vm from 'node:vm';

export interface SourcePatch {
  /** Why the change is safe, in one line. */
  why: string;
  /** Text found exactly once in the worker module. */
  find: string;
  /** What replaces it. */
  replace: string;
}

export const PDFJS_WORKER_MODULE = 'pdfjs-dist/legacy/build/pdf.worker.mjs';

export const PDFJS_PATCHES: readonly SourcePatch[] = [
  {
    why: 'A compiled CFF program is only ever the body of the font file a browser would load: every caller keeps parsing the font (charsets, widths, matrix) and, as on a compile failure, goes on with what it has.',
    find: 'class CFFCompiler {\n  constructor(cff) {\n    this.cff = cff;\n  }\n  compile() {\n',
    replace: 'class CFFCompiler {\n  constructor(cff) {\n    this.cff = cff;\n  }\n  compile() {\n    return []; // xxgk: display only (src/frontends/pdf/patchedWorker.ts)\n',
  },
  {
    why: 'A saved text state copies every own field of the state it saves, so its prototype only lends the methods: TextState.prototype lends the same ones without a prototype chain as deep as the page nests q … Q.',
    find: '  clone() {\n    const clone = Object.assign(Object.create(this), this);\n',
    replace: '  clone() {\n    const clone = Object.assign(Object.create(TextState.prototype), this); // xxgk: flat (src/frontends/pdf/patchedWorker.ts)\n',
  },
  {
    why: 'Every graphics state is made by the constructor (all fields its own) or by this clone: a copy of the own fields reads and writes as the chained object did, and arrays stay shared as they were.',
    find: '  clone({\n    newPath = false\n  } = {}) {\n    const clone = Object.create(this);\n',
    replace: '  clone({\n    newPath = false\n  } = {}) {\n    const clone = Object.assign(Object.create(EvalState.prototype), this); // xxgk: flat (src/frontends/pdf/patchedWorker.ts)\n',
  },
];

/** The module's export, turned into the function's return. */
const EXPORT = '\nexport { WorkerMessageHandler };\n';

/** The worker module's source with `patches` applied, or null when any is not found exactly once. */
export function patchedWorkerSource(source: string, patches: readonly SourcePatch[], moduleUrl: string): string | null {
  let out = source;
  for (const p of [...patches, { why: 'module to function', find: EXPORT, replace: '\nreturn { WorkerMessageHandler };\n' }]) {
    const at = out.indexOf(p.find);
    if (at < 0 || out.indexOf(p.find, at + 1) >= 0) return null;
    out = out.slice(0, at) + p.replace + out.slice(at + p.find.length);
  }
  return `"use strict";\n${out.replaceAll('import.meta.url', JSON.stringify(moduleUrl))}`;
}

/**
 * Evaluates the patched worker module in this thread (it sets
 * `globalThis.pdfjsWorker`). False when the installed pdfjs does not match the
 * patches: the caller then imports the stock module.
 */
export function evaluatePatchedWorker(): boolean {
  const file = createRequire(import.meta.url).resolve(PDFJS_WORKER_MODULE);
  const source = patchedWorkerSource(readFileSync(file, 'utf8'), PDFJS_PATCHES, pathToFileURL(file).href);
  if (source === null) return false;
  vm.compileFunction(source, [], { filename: `${file} (patched by xxgk)` })();
  return true;
}
