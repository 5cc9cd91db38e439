import { open, stat } from 'node:fs/promises';
import { XxgkError } from './codes.js';
import type { ParseResult } from './model/report.js';
import { readBytes } from './frontends/index.js';
import { readText } from './frontends/text/index.js';
import { buildReport } from './middle/build.js';

/** What `parseReport` reads: a file path, the file's bytes, or text already decoded. */
export type ReportInput = string | Uint8Array | { text: string };

export interface ParseOptions {
  /** Largest text input in bytes (default 20 MB): larger is TOO_LARGE. */
  maxTextBytes?: number;
  /** Largest binary input (PDF, DOCX) in bytes (default 200 MB). */
  maxFileBytes?: number;
  /** Most PDF pages read (default 200). */
  maxPages?: number;
}

const DEFAULTS = { maxTextBytes: 20 * 1024 * 1024, maxFileBytes: 200 * 1024 * 1024, maxPages: 200 };

/** The options with defaults for any that are missing or not a positive number. */
function withDefaults(options: ParseOptions): typeof DEFAULTS {
  const pick = (v: number | undefined, d: number) => (typeof v === 'number' && v > 0 ? v : d);
  return {
    maxTextBytes: pick(options.maxTextBytes, DEFAULTS.maxTextBytes),
    maxFileBytes: pick(options.maxFileBytes, DEFAULTS.maxFileBytes),
    maxPages: pick(options.maxPages, DEFAULTS.maxPages),
  };
}

/**
 * Parses a report from a path, bytes or text. The format is detected from the
 * bytes. Inputs that cannot be read as a report throw `XxgkError` with a code;
 * everything odd that still allows a report comes back as `warnings`.
 */
export async function parseReport(input: ReportInput | ArrayBuffer, options: ParseOptions = {}): Promise<ParseResult> {
  const opts = withDefaults(options ?? {});
  return guard(async () => {
    if (input instanceof ArrayBuffer) input = new Uint8Array(input);
    if (typeof input === 'string') return buildReport(await readBytes(await readPath(input, opts.maxFileBytes), opts));
    if (input instanceof Uint8Array) return buildReport(await readBytes(input, opts));
    if (input !== null && typeof input === 'object' && typeof (input as { text?: unknown }).text === 'string') return parseText(input.text, opts);
    throw new XxgkError('UNSUPPORTED_FORMAT', 'The input must be a file path, bytes (Uint8Array, Buffer, ArrayBuffer) or { text }.');
  });
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
