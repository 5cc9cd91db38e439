/**
 * pdfjs's worker module as xxgk runs it: a private copy, with display-only
 * work taken out and the graphics of each page recorded during its text pass.
 *
 * pdfjs converts every embedded or standard font into an OpenType file that a
 * browser could load; nothing here draws (font faces are bound to a no-op,
 * load.ts `skipFontLoading`), so the converted file is never used. Most of
 * that conversion is compiling a CFF font program (Type 1 fonts, CFF fonts and
 * OpenType fonts with CFF outlines, as LibreOffice embeds CJK fonts): about a
 * seventh of a PDF parse, profiled. Text, widths, glyph mapping and metrics
 * come from parsing the font, which stays. The other patches: flat saved
 * states, pdfjs's own inflate in xxgk's own threads (cheaper in Node than the
 * platform's DecompressionStream for a PDF's many small streams), and the
 * graphics recorder (graphicsRecorder.ts).
 *
 * The patches are data (`PDFJS_PATCHES`), each found exactly once in the
 * pinned pdfjs-dist (5.6.205) or not applied at all: a changed pdfjs loads as
 * shipped (and test/frontends/pdf/patchedWorker.test.ts fails). The patched
 * source runs as a function, where its module-only syntax has been replaced:
 * `import.meta.url` by the module's real URL, the export by a return. Its
 * WorkerMessageHandler serves only xxgk's own documents, through a port of
 * their own (load.ts): the global `pdfjsWorker` that the stock module sets
 * for pdfjs's shared in-thread worker is left as it was, so a caller's own
 * pdfjs in the same thread never meets the patched one.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import vm from 'node:vm';
import { GraphicsRecorder, type PdfjsInternals } from './graphicsRecorder.js';

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
  {
    why: 'The same bytes come out of either decoder (test/frontends/pdf/patchedWorker.test.ts compares with the stock worker, which uses the platform\'s). Only in xxgk\'s own threads: pdfjs\'s inflate never gives the event loop a turn, which a caller\'s thread may need. Only Flate: Brotli has no decoder of pdfjs\'s own.',
    find: '    try {\n      const {\n        readable,\n        writable\n      } = new DecompressionStream(name);\n',
    replace: '    try {\n      if (name === "deflate" && xxgk.ownInflate) throw new Error("xxgk: pdfjs\'s own inflate"); // src/frontends/pdf/patchedWorker.ts\n      const {\n        readable,\n        writable\n      } = new DecompressionStream(name);\n',
  },
  // The text pass records the graphics of the page (graphicsRecorder.ts); `xxgk` is the patched function's parameter.
  {
    why: 'The recorder only reads what the text pass already has and never throws into it; its recording travels as one extra last item, which xxgk takes out (page.ts). Only a page\'s own text pass records (an annotation\'s has no sink).',
    find: '    return partialEvaluator.getTextContent({\n      stream: contentStream,\n      task,\n      resources,\n      includeMarkedContent,\n      disableNormalization,\n      sink,\n      viewBox: this.view,\n      lang,\n      intersector\n    });\n',
    replace:
      '    const xxgkGraphics = sink ? xxgk.recorder({ OPS, ColorSpace, ColorSpaceUtils, LocalColorSpaceCache, isNumberArray, lookupMatrix, evaluator: partialEvaluator }) : null; // xxgk: src/frontends/pdf/patchedWorker.ts\n' +
      '    await partialEvaluator.getTextContent({\n      stream: contentStream,\n      task,\n      resources,\n      includeMarkedContent,\n      disableNormalization,\n      sink,\n      viewBox: this.view,\n      lang,\n      intersector,\n      xxgkGraphics\n    });\n' +
      '    if (xxgkGraphics) sink.enqueue({ items: [xxgkGraphics.item()], styles: Object.create(null), lang: null }, 1);\n',
  },
  {
    why: 'A parameter that only the page\'s own text pass and its forms pass (null everywhere else: annotations, form fields).',
    find: '    prevRefs = null,\n    intersector = null\n  }) {\n',
    replace: '    prevRefs = null,\n    intersector = null,\n    xxgkGraphics = null // xxgk: src/frontends/pdf/patchedWorker.ts\n  }) {\n',
  },
  {
    why: 'Every operator the text pass reads goes to the recorder first; only colour-space operators, which the text pass does not handle, may make it wait.',
    find: '        currentTextState ||= textState.clone();\n        const fn = operation.fn;\n        args = operation.args;\n',
    replace:
      '        currentTextState ||= textState.clone();\n        const fn = operation.fn;\n        args = operation.args;\n' +
      '        const xxgkWait = xxgkGraphics?.op(fn, args, resources, textState); // xxgk: src/frontends/pdf/patchedWorker.ts\n        if (xxgkWait) {\n          next(xxgkWait);\n          return;\n        }\n',
  },
  {
    why: 'The font of a Tf is recorded once the text pass has loaded it.',
    find: '            next(handleSetFont(fontNameArg, null));\n            return;\n          case OPS.setTextRise:\n',
    replace: '            next(handleSetFont(fontNameArg, null).then(() => xxgkGraphics?.font(textState, fontSizeArg))); // xxgk: src/frontends/pdf/patchedWorker.ts\n            return;\n          case OPS.setTextRise:\n',
  },
  {
    why: 'A form\'s graphics are recorded between its begin and end, as in an operator list.',
    find: '              const localResources = dict.get("Resources");\n              enqueueChunk();\n',
    replace: '              const localResources = dict.get("Resources");\n              const xxgkMark = xxgkGraphics?.beginForm(dict); // xxgk: src/frontends/pdf/patchedWorker.ts\n              enqueueChunk();\n',
  },
  {
    why: 'The form\'s end is recorded whether its text pass succeeds or not; the text pass caches a form as empty as before (the text must stay the stock text), and the recorder is told, so that skipping a form that drew makes the recording incomplete (the page then takes its operator list).',
    find: '                prevRefs: seenRefs\n              }).then(function () {\n                if (!sinkWrapper.enqueueInvoked) {\n                  emptyXObjectCache.set(name, dict.objId, true);\n                }\n                resolveXObject();\n              }, rejectXObject);\n',
    replace:
      '                prevRefs: seenRefs,\n                xxgkGraphics\n              }).then(function () {\n                xxgkGraphics?.endForm(); // xxgk: src/frontends/pdf/patchedWorker.ts\n' +
      '                if (!sinkWrapper.enqueueInvoked) {\n                  xxgkGraphics?.cachedEmpty(xxgkMark, name, dict.objId);\n                  emptyXObjectCache.set(name, dict.objId, true);\n                }\n                resolveXObject();\n' +
      '              }, function (reason) {\n                xxgkGraphics?.endForm();\n                rejectXObject(reason);\n              });\n',
  },
  {
    why: 'A form the text pass skips as empty, by name: the recorder hears of it.',
    find: '            if (isValidName && emptyXObjectCache.getByName(name)) {\n              break;\n            }\n',
    replace: '            if (isValidName && emptyXObjectCache.getByName(name)) {\n              xxgkGraphics?.skipped(name); // xxgk: src/frontends/pdf/patchedWorker.ts\n              break;\n            }\n',
  },
  {
    why: 'A form the text pass skips as empty, by reference: the recorder hears of it.',
    find: '                if (emptyXObjectCache.getByRef(xobj)) {\n                  resolveXObject();\n                  return;\n                }\n',
    replace: '                if (emptyXObjectCache.getByRef(xobj)) {\n                  xxgkGraphics?.skipped(xobj.toString()); // xxgk: src/frontends/pdf/patchedWorker.ts\n                  resolveXObject();\n                  return;\n                }\n',
  },
  {
    why: 'A text pass that ends on an error it ignores leaves the recording incomplete: the page takes its operator list.',
    find: '        warn(`getTextContent - ignoring errors during "${task.name}" ` + `task: "${reason}".`);\n        flushTextContentItem();\n',
    replace: '        warn(`getTextContent - ignoring errors during "${task.name}" ` + `task: "${reason}".`);\n        xxgkGraphics?.fail(); // xxgk: src/frontends/pdf/patchedWorker.ts\n        flushTextContentItem();\n',
  },
];

/** The module's export, turned into the function's return. */
const EXPORT = '\nexport { WorkerMessageHandler };\n';

/** The module's own URL, which a function does not have. */
const IMPORT_META_URL = 'import.meta.url';

/**
 * The worker module's source with `patches` applied, or null when any is not
 * found exactly once in the stock source or two of them overlap. Every edit
 * is located in the stock source first and the result is put together once
 * (patching edit by edit copied the 2.3 MB source for each: 30–60 ms of every
 * process's first PDF, against about 7).
 */
export function patchedWorkerSource(source: string, patches: readonly SourcePatch[], moduleUrl: string): string | null {
  const edits: { at: number; end: number; text: string }[] = [];
  for (const p of [...patches, { why: 'module to function', find: EXPORT, replace: '\nreturn { WorkerMessageHandler };\n' }]) {
    const at = source.indexOf(p.find);
    if (at < 0 || source.indexOf(p.find, at + 1) >= 0) return null;
    edits.push({ at, end: at + p.find.length, text: p.replace });
  }
  const url = JSON.stringify(moduleUrl);
  for (let at = source.indexOf(IMPORT_META_URL); at >= 0; at = source.indexOf(IMPORT_META_URL, at + IMPORT_META_URL.length)) {
    edits.push({ at, end: at + IMPORT_META_URL.length, text: url });
  }
  edits.sort((a, b) => a.at - b.at);
  const parts = ['"use strict";\n'];
  let pos = 0;
  for (const e of edits) {
    if (e.at < pos) return null;
    parts.push(source.slice(pos, e.at), e.text);
    pos = e.end;
  }
  parts.push(source.slice(pos));
  return parts.join('');
}

/** What the worker module exports (the part of it xxgk uses). */
export interface WorkerMessageHandlerLike {
  initializeFromPort(port: object): void;
}

/**
 * Evaluates the patched worker module and returns its WorkerMessageHandler,
 * leaving `globalThis.pdfjsWorker` as it was; null when the installed pdfjs
 * does not match the patches (the caller then uses the stock module).
 */
export function loadPatchedWorker(ownThread: boolean): WorkerMessageHandlerLike | null {
  const file = createRequire(import.meta.url).resolve(PDFJS_WORKER_MODULE);
  const source = patchedWorkerSource(readFileSync(file, 'utf8'), PDFJS_PATCHES, pathToFileURL(file).href);
  if (source === null) return null;
  // pdfjs's own inflate only where no caller's event loop waits (see its patch).
  const xxgk = { recorder: (internals: PdfjsInternals) => new GraphicsRecorder(internals), ownInflate: ownThread };
  const restore = keepWorkerGlobal();
  try {
    const exports = vm.compileFunction(source, ['xxgk'], { filename: `${file} (patched by xxgk)` })(xxgk) as { WorkerMessageHandler: WorkerMessageHandlerLike };
    return exports.WorkerMessageHandler;
  } finally {
    restore();
  }
}

/**
 * The thread's `pdfjsWorker` global as it is now, to be put back by the
 * returned function: a worker module sets it when it is evaluated, and it
 * belongs to pdfjs's shared in-thread worker (a caller's, maybe of another
 * pdfjs), never to xxgk's private one. pdfjs's own in-thread worker finds its
 * module without it: it imports the same, evaluated module.
 */
export function keepWorkerGlobal(): () => void {
  const global = globalThis as { pdfjsWorker?: unknown };
  const had = Object.prototype.hasOwnProperty.call(global, 'pdfjsWorker');
  const before = global.pdfjsWorker;
  return () => {
    if (had) global.pdfjsWorker = before;
    else delete global.pdfjsWorker;
  };
}
