/**
 * Loading pdfjs and opening documents. pdfjs is imported lazily (about 100 ms)
 * so that importing xxgk costs nothing until a PDF is read. Every pdfjs failure
 * becomes an XxgkError with a stable code.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import { XxgkError } from '../../codes.js';
import { keepCanvasPackageUnloaded } from './noCanvas.js';
import { keepWorkerGlobal, loadPatchedWorker, PDFJS_WORKER_MODULE, type WorkerMessageHandlerLike } from './patchedWorker.js';
import { InThreadPort } from './port.js';
import { guardStrayRejections, isPdfjsException } from './strayRejections.js';

export type Pdfjs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
export type PdfDocument = import('pdfjs-dist/legacy/build/pdf.mjs').PDFDocumentProxy;
export type PdfPage = import('pdfjs-dist/legacy/build/pdf.mjs').PDFPageProxy;

/** pdfjs's API, and the worker that serves xxgk's documents (one per thread). */
interface LoadedPdfjs {
  pdfjs: Pdfjs;
  worker: InstanceType<Pdfjs['PDFWorker']>;
}

let pdfjsPromise: Promise<LoadedPdfjs> | undefined;

function loaded(): Promise<LoadedPdfjs> {
  guardStrayRejections();
  pdfjsPromise ??= importKeepingNatives();
  return pdfjsPromise;
}

/** The pdfjs legacy build (the default build needs DOMMatrix, absent in Node). */
export async function loadPdfjs(): Promise<Pdfjs> {
  return (await loaded()).pdfjs;
}

/**
 * Built-ins that the legacy build's bundled core-js replaces on Node 20 with
 * JavaScript versions, for spec corners no caller here depends on: `push`
 * (V8's fails on arrays whose length is not writable) slows every push in the
 * process, pdfjs's own parsing included, by about a fifth of a PDF's parse;
 * `JSON.stringify` and `JSON.parse` (Node 20 lacks `JSON.rawJSON` and the
 * reviver's source text) are wrapped once per pdfjs module, which makes
 * stringifying a parse result about 14 times slower (a batch worker stores
 * every result as JSON). pdfjs itself uses neither corner.
 */
const KEPT_NATIVES: ReadonlyArray<readonly [object, string]> = [
  [Array.prototype, 'push'],
  [JSON, 'stringify'],
  [JSON, 'parse'],
];

/**
 * Loads pdfjs's API and xxgk's private worker (patchedWorker.ts; the stock
 * module if the patches do not apply), then puts back each engine built-in of
 * KEPT_NATIVES that core-js replaced. xxgk's documents talk to the private
 * worker through a port of their own (port.ts), never through pdfjs's shared
 * in-thread worker, so the stock worker module is not loaded at all (a
 * caller's own pdfjs in the same thread loads it when it needs it: its
 * core-js then replaces those built-ins again, which slows that thread's
 * parses, xxgk's included, by about a fifth, but changes no result).
 */
async function importKeepingNatives(): Promise<LoadedPdfjs> {
  // Only what is the engine's own now is put back (another library may have replaced it first).
  const natives = KEPT_NATIVES.flatMap(([owner, key]) => {
    const descriptor = Object.getOwnPropertyDescriptor(owner, key);
    const value: unknown = descriptor?.value;
    return typeof value === 'function' && /\[native code\]/.test(Function.prototype.toString.call(value)) ? [{ owner, key, descriptor: descriptor! }] : [];
  });
  // In xxgk's own threads pdfjs draws nothing: its drawing package stays unloaded (noCanvas.ts).
  if (ownThread) keepCanvasPackageUnloaded(PDFJS_MODULE);
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  let handler = stockWorker ? null : patchedWorkerLoaded();
  if (!handler) {
    const restore = keepWorkerGlobal();
    try {
      handler = ((await import(WORKER_MODULE)) as { WorkerMessageHandler: WorkerMessageHandlerLike }).WorkerMessageHandler;
    } finally {
      restore();
    }
  }
  for (const { owner, key, descriptor } of natives) {
    if ((owner as Record<string, unknown>)[key] !== descriptor.value) Object.defineProperty(owner, key, descriptor);
  }
  const port = new InThreadPort();
  const worker = new pdfjs.PDFWorker({ port: port as unknown as null, verbosity: pdfjs.VerbosityLevel.ERRORS }); // pdfjs's types allow only null; its code takes any port
  handler.initializeFromPort(port);
  return { pdfjs, worker };
}

/** The patched worker's message handler; any failure leaves the stock module to be used instead. */
function patchedWorkerLoaded(): WorkerMessageHandlerLike | null {
  try {
    return loadPatchedWorker(ownThread);
  } catch {
    return null;
  }
}

/** A variable, so TypeScript does not look for the worker's (absent) types. */
const WORKER_MODULE: string = PDFJS_WORKER_MODULE;
const PDFJS_MODULE = 'pdfjs-dist/legacy/build/pdf.mjs';

/** Whether this thread is xxgk's own (a worker thread of host.ts or of a batch). */
let ownThread = false;
/** Test-only: serve xxgk's documents with the stock worker module, to compare with it. */
let stockWorker = false;

/**
 * Declares this thread xxgk's own, before its first PDF: pdfjs's drawing
 * package stays unloaded, and the stock worker module is not imported at all.
 * A caller's thread (isolate: false) must not call this.
 */
export function declareOwnThread(): void {
  if (pdfjsPromise) throw new XxgkError('INTERNAL', 'declareOwnThread() must come before pdfjs is loaded.');
  ownThread = true;
}

/** Test-only: xxgk's documents in this thread are served by pdfjs's stock worker module (see patchedWorker.test.ts). */
export function useStockPdfjsWorker(): void {
  if (pdfjsPromise) throw new XxgkError('INTERNAL', 'useStockPdfjsWorker() must come before pdfjs is loaded.');
  stockWorker = true;
}

let assetDir: string | undefined;

/**
 * Directory of the installed pdfjs-dist, with a trailing separator. CJK cmaps
 * and standard fonts are read from here, never the network; pdfjs wants plain
 * paths ending in a separator (a file:// URL fails in Node).
 */
function pdfjsDir(): string {
  assetDir ??= path.dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
  return assetDir;
}

/**
 * Largest image (in pixels) pdfjs may decode while building an operator list:
 * none. Nothing here reads an image, and pdfjs leaves out of the operator
 * list, undecoded, every image larger than this. A scanned seal or letterhead
 * under a table page cost up to four times the page's parse in decoding.
 */
const MAX_IMAGE_PIXELS = 0;

/** Time limits: pdfjs on a hostile file must end. */
export const OPEN_TIMEOUT_MS = 20_000;
export const PAGE_TIMEOUT_MS = 15_000;

/**
 * Rejects with PDF_DAMAGED if `promise` has not settled in `ms`, and with the
 * signal's reason (TIMEOUT) as soon as the parse's deadline passes.
 */
export function withTimeout<T>(promise: Promise<T>, ms: number, what: string, signal?: AbortSignal): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  let onAbort: (() => void) | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new XxgkError('PDF_DAMAGED', `pdfjs did not finish ${what} within ${ms} ms.`)), ms);
    if (signal) {
      onAbort = () => reject(signal.reason);
      if (signal.aborted) onAbort();
      else signal.addEventListener('abort', onAbort, { once: true });
    }
  });
  // The loser of the race may still reject later: handled here, reported by the winner.
  promise.catch(() => undefined);
  return Promise.race([promise, timeout]).finally(() => {
    clearTimeout(timer);
    if (onAbort) signal?.removeEventListener('abort', onAbort);
  });
}

/** pdfjs's own exceptions (a damaged file); anything else is a bug of ours. One list: strayRejections.ts. */
export const isPdfjsError = isPdfjsException;

/** Maps a pdfjs exception to an XxgkError (XxgkErrors pass through). */
export function mapPdfjsError(err: unknown): XxgkError {
  if (err instanceof XxgkError) return err;
  const name = (err as { name?: string } | null)?.name;
  const message = (err as { message?: string } | null)?.message ?? String(err);
  if (name === 'PasswordException') return new XxgkError('PDF_ENCRYPTED', undefined, { cause: err });
  return new XxgkError('PDF_DAMAGED', `${ERROR_PREFIX}${message}`, { cause: err });
}
const ERROR_PREFIX = 'The PDF is truncated or damaged beyond recovery: ';

/** What xxgk gives pdfjs's getDocument (exported for the test that compares it with pdfjs's defaults). */
export function documentParams(pdfjs: Pdfjs, bytes: Uint8Array) {
  const dir = pdfjsDir();
  return {
    // pdfjs may transfer (detach) the buffer it is given, and refuses a Node
    // Buffer: hand it a plain Uint8Array copy (Buffer#slice would be a view).
    data: new Uint8Array(bytes),
    cMapUrl: path.join(dir, 'cmaps') + path.sep,
    cMapPacked: true,
    standardFontDataUrl: path.join(dir, 'standard_fonts') + path.sep,
    isEvalSupported: false,
    verbosity: pdfjs.VerbosityLevel.ERRORS,
    // Images are never drawn: skipped, not decoded.
    maxImageSize: MAX_IMAGE_PIXELS,
    // See skipFontLoading: with font faces "enabled", the operator list does
    // not compile and send a path for every glyph it shows.
    disableFontFace: false,
  };
}

/**
 * Opens a document. The caller must `destroy()` it. On failure the loading
 * task is destroyed here, so nothing leaks.
 */
export async function openDocument(bytes: Uint8Array, signal?: AbortSignal): Promise<{ pdfjs: Pdfjs; doc: PdfDocument }> {
  const { pdfjs, worker } = await loaded();
  const task = pdfjs.getDocument({ ...documentParams(pdfjs, bytes), worker });
  // No onPassword handler: pdfjs then rejects with PasswordException for a
  // user password (an owner-only password opens without one).
  try {
    const doc = await withTimeout(task.promise, OPEN_TIMEOUT_MS, 'opening the document', signal);
    skipFontLoading(doc);
    return { pdfjs, doc };
  } catch (err) {
    await task.destroy().catch(() => undefined);
    throw mapPdfjsError(err);
  }
}

/**
 * Nothing is ever drawn, so fonts need not be loaded for display. In Node
 * pdfjs defaults to `disableFontFace: true`, under which every glyph an
 * operator list shows has its outline compiled to a path and posted to this
 * thread: about a third of a table page's cost, for rulings that never look
 * at glyphs. With font faces enabled instead, the only display work left is
 * the font loader's `bind`, which in Node (no document) would fail and ask
 * the worker to fall back to those same paths; it is made a no-op here.
 * Text content and operator lists are the same either way (test/frontends/pdf/load.test.ts
 * checks this and fails if the pinned pdfjs stops having this loader).
 */
export function skipFontLoading(doc: PdfDocument): void {
  const transport = (doc as unknown as { _transport?: { fontLoader?: { bind?: unknown } } })._transport;
  if (typeof transport?.fontLoader?.bind !== 'function') {
    throw new XxgkError('INTERNAL', 'pdfjs-dist changed: its font loader is not where xxgk expects it (src/frontends/pdf/load.ts).');
  }
  transport.fontLoader.bind = async () => undefined;
}
