import { open, stat } from 'node:fs/promises';
import { XxgkError } from './codes.js';
import type { ParseResult } from './model/report.js';
import { detectFormat } from './frontends/detect.js';
import { type ReadLimits, readBytes } from './frontends/index.js';
import { readText } from './frontends/text/index.js';
import { buildReport } from './middle/build.js';
import { parseIsolated } from './worker/host.js';

/** What `parseReport` reads: a file path, the file's bytes, or text already decoded. */
export type ReportInput = string | Uint8Array | { text: string };

export interface ParseOptions {
  /** Largest text input in bytes (default 20 MB): larger is TOO_LARGE. */
  maxTextBytes?: number;
  /** Largest binary input (PDF, DOCX) in bytes (default 200 MB). */
  maxFileBytes?: number;
  /** Most PDF pages read (default 200). */
  maxPages?: number;
  /**
   * Time limit of the whole call in ms (default 60 000): at the deadline the
   * call rejects with TIMEOUT and the work is stopped (see `isolate`).
   */
  timeoutMs?: number;
  /**
   * Run the reading in a worker thread (default true) that is ended at the
   * deadline or when it needs more heap than `maxMemoryMb`, so no input can
   * stall or exhaust the caller's process. Small text inputs are always read in
   * process (a few ms). `false` reads in process: the deadline is then checked
   * between steps (pages), so a CPU-bound stall inside one step is not stopped;
   * for callers that bound a whole worker or process themselves.
   */
  isolate?: boolean;
  /**
   * Memory limit of an isolated read in MB (default 1024): the worker's heap,
   * and the process's growth while it runs (decoded streams live outside the
   * heap); more is TOO_LARGE. A fresh worker with pdfjs loaded adds about
   * 130 MB by itself: keep the limit well above that.
   */
  maxMemoryMb?: number;
}

const DEFAULTS = {
  maxTextBytes: 20 * 1024 * 1024,
  maxFileBytes: 200 * 1024 * 1024,
  maxPages: 200,
  timeoutMs: 60_000,
  isolate: true,
  maxMemoryMb: 1024,
};

/** Text up to this size is read in process even when isolating: a worker's start would cost more than the parse. */
const IN_PROCESS_TEXT_BYTES = 1024 * 1024;

/** The options with defaults for any that are missing or not a positive number. */
function withDefaults(options: ParseOptions): typeof DEFAULTS {
  const pick = (v: number | undefined, d: number) => (typeof v === 'number' && v > 0 ? v : d);
  return {
    maxTextBytes: pick(options.maxTextBytes, DEFAULTS.maxTextBytes),
    maxFileBytes: pick(options.maxFileBytes, DEFAULTS.maxFileBytes),
    maxPages: pick(options.maxPages, DEFAULTS.maxPages),
    timeoutMs: pick(options.timeoutMs, DEFAULTS.timeoutMs),
    isolate: options.isolate !== false,
    maxMemoryMb: pick(options.maxMemoryMb, DEFAULTS.maxMemoryMb),
  };
}

/**
 * Parses a report from a path, bytes or text. The format is detected from the
 * bytes. Inputs that cannot be read as a report throw `XxgkError` with a code;
 * everything odd that still allows a report comes back as `warnings`.
 */
export async function parseReport(input: ReportInput | ArrayBuffer, options: ParseOptions = {}): Promise<ParseResult> {
  const opts = withDefaults(options ?? {});
  const deadline = Date.now() + opts.timeoutMs;
  return guard(() =>
    withDeadline(deadline, opts.timeoutMs, async (signal) => {
      if (input instanceof ArrayBuffer) input = new Uint8Array(input);
      const limits: ReadLimits = { maxTextBytes: opts.maxTextBytes, maxFileBytes: opts.maxFileBytes, maxPages: opts.maxPages, signal };
      let bytes: Uint8Array;
      if (typeof input === 'string') bytes = await readPath(input, opts.maxFileBytes);
      else if (input instanceof Uint8Array) bytes = input;
      else if (input !== null && typeof input === 'object' && typeof (input as { text?: unknown }).text === 'string') return parseText(input.text, opts);
      else throw new XxgkError('UNSUPPORTED_FORMAT', 'The input must be a file path, bytes (Uint8Array, Buffer, ArrayBuffer) or { text }.');
      signal.throwIfAborted();
      if (opts.isolate && bytes.byteLength > 0 && !(detectFormat(bytes) === 'text' && bytes.byteLength <= IN_PROCESS_TEXT_BYTES)) {
        return parseIsolated(bytes, limits, deadline, opts.maxMemoryMb);
      }
      return buildReport(await readBytes(bytes, limits));
    }),
  );
}

/**
 * Runs `work` until `deadline`: then the signal it was given is aborted (so
 * in-process readers stop at their next check) and the call rejects with
 * TIMEOUT at once, whatever the work still does.
 */
async function withDeadline<T>(deadline: number, timeoutMs: number, work: (signal: AbortSignal) => Promise<T>): Promise<T> {
  const controller = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      // Made only when it happens: an error's stack costs more than a small text parse's step.
      const timeout = new XxgkError('TIMEOUT', `The parse did not finish within its time limit (${timeoutMs} ms) and was stopped.`);
      controller.abort(timeout);
      reject(timeout);
    }, Math.max(0, deadline - Date.now()));
  });
  expired.catch(() => undefined);
  const running = work(controller.signal);
  // The work may still fail after the deadline; that failure has no one left to tell.
  running.catch(() => undefined);
  try {
    return await Promise.race([running, expired]);
  } finally {
    clearTimeout(timer);
  }
}

/** Parses the text of a report (already decoded). */
export function parseText(text: string, options: ParseOptions = {}): ParseResult {
  const opts = withDefaults(options ?? {});
  return guardSync(() => {
    if (typeof text !== 'string') throw new XxgkError('UNSUPPORTED_FORMAT', 'parseText takes a string.');
    return buildReport(readText(text, opts));
  });
}

/**
 * Reads a file, refusing what is not a regular file (a pipe or a device would
 * block or never end) and never reading more than the limit allows.
 */
async function readPath(path: string, maxFileBytes: number): Promise<Uint8Array> {
  const info = await stat(path);
  if (!info.isFile()) throw new XxgkError('INPUT_UNREADABLE', `${path} is not a regular file.`);
  if (info.size > maxFileBytes) throw new XxgkError('TOO_LARGE', `The file has ${info.size} bytes; the limit is ${maxFileBytes}.`);
  const handle = await open(path, 'r');
  try {
    const buffer = Buffer.alloc(Math.min(info.size, maxFileBytes) + 1);
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    if (bytesRead > maxFileBytes) throw new XxgkError('TOO_LARGE', `The file grew past the limit of ${maxFileBytes} bytes while read.`);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

/** Every failure leaves as an XxgkError: a file that cannot be opened is reported as such, anything unexpected as INTERNAL. */
async function guard<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (e) {
    throw asXxgkError(e);
  }
}

function guardSync<T>(run: () => T): T {
  try {
    return run();
  } catch (e) {
    throw asXxgkError(e);
  }
}

function asXxgkError(e: unknown): XxgkError {
  if (e instanceof XxgkError) return e;
  const err = e as NodeJS.ErrnoException;
  if (err && typeof err.code === 'string' && /^E[A-Z]+$/.test(err.code)) {
    return new XxgkError('INPUT_UNREADABLE', `Cannot read the input: ${err.message}`, { cause: e });
  }
  return new XxgkError('INTERNAL', `Unexpected failure: ${err?.message ?? String(e)}`, { cause: e });
}
