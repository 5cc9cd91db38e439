import { closeSync, openSync, readSync, statSync } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { XxgkError } from './codes.js';
import type { ParseResult } from './model/report.js';
import { detectFormat } from './frontends/detect.js';
import type { ReadLimits } from './frontends/index.js';
import { guard, type ParseOptions, withDefaults } from './parseOptions.js';
import { fsPath } from './util/paths.js';
import { parseIsolated, warmIsolated } from './worker/host.js';

export type { ParseOptions } from './parseOptions.js';

/** What `parseReport` reads: a file path, the file's bytes, or text already decoded. */
export type ReportInput = string | Uint8Array | { text: string };

/** Text up to this size is read in process even when isolating: a worker's start would cost more than the parse. */
const IN_PROCESS_TEXT_BYTES = 1024 * 1024;

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
      const limits: ReadLimits = { maxTextBytes: opts.maxTextBytes, maxFileBytes: opts.maxFileBytes, maxPages: opts.maxPages, maxTableCells: opts.maxTableCells, signal };
      let bytes: Uint8Array;
      if (typeof input === 'string') bytes = await readPath(input, opts.maxFileBytes);
      else if (input instanceof Uint8Array) bytes = input;
      else if (input !== null && typeof input === 'object' && typeof (input as { text?: unknown }).text === 'string') return (await import('./parseText.js')).parseText(input.text, opts);
      else throw new XxgkError('UNSUPPORTED_FORMAT', 'The input must be a file path, bytes (Uint8Array, Buffer, ArrayBuffer) or { text }.');
      signal.throwIfAborted();
      if (opts.isolate && bytes.byteLength > 0 && !(detectFormat(bytes) === 'text' && bytes.byteLength <= IN_PROCESS_TEXT_BYTES)) {
        return parseIsolated(bytes, limits, deadline, opts.maxMemoryMb);
      }
      // The readers and the middle load on first use: a PDF read in a worker thread needs neither here.
      const [{ readBytes }, { buildReport }] = await Promise.all([import('./frontends/index.js'), import('./middle/build.js')]);
      return buildReport(await readBytes(bytes, limits));
    }),
  );
}

/** Bytes enough to tell the formats apart by their start (detect.ts reads as many). */
const HEAD_BYTES = 1024;

/**
 * Starts the worker that `parseReport(path, options)` will use and has it load
 * the reader the file's first bytes call for (pdfjs for a PDF), so that this
 * loading overlaps whatever the caller does before it parses: the command line
 * calls it before loading itself. Only a hint: it reads at most the first KB,
 * does nothing for text (read in process) or a file it cannot read, and never
 * throws (the parse reports every failure).
 */
export function warmUp(path: string, options: ParseOptions = {}): void {
  try {
    const opts = withDefaults(options);
    // A pipe or a device could block the read: only regular files (as the parse reads).
    if (!opts.isolate || !statSync(path).isFile()) return;
    const head = Buffer.alloc(HEAD_BYTES);
    const fd = openSync(path, 'r');
    let length: number;
    try {
      length = readSync(fd, head, 0, HEAD_BYTES, 0);
    } finally {
      closeSync(fd);
    }
    const format = length > 0 ? detectFormat(head.subarray(0, length)) : 'text';
    if (format !== 'text') warmIsolated(format, opts.maxMemoryMb);
  } catch {
    // Unreadable here means unreadable for the parse too, which says so.
  }
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

/**
 * Reads a file, refusing what is not a regular file (a pipe or a device would
 * block or never end) and never reading more than the limit allows.
 */
export async function readPath(path: string, maxFileBytes: number): Promise<Uint8Array> {
  const info = await stat(fsPath(path));
  if (info.isDirectory()) throw new XxgkError('INPUT_UNREADABLE', `${path} is a folder, not a file.`);
  if (!info.isFile()) throw new XxgkError('INPUT_UNREADABLE', `${path} is not a regular file.`);
  if (info.size > maxFileBytes) throw new XxgkError('TOO_LARGE', `The file has ${info.size} bytes; the limit is ${maxFileBytes}.`);
  const handle = await open(fsPath(path), 'r');
  try {
    const buffer = Buffer.alloc(Math.min(info.size, maxFileBytes) + 1);
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    if (bytesRead > maxFileBytes) throw new XxgkError('TOO_LARGE', `The file grew past the limit of ${maxFileBytes} bytes while read.`);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

