/**
 * The options of a parse and their defaults, and the one way every parse
 * failure leaves (an XxgkError), shared by parse.ts and parseText.ts.
 */
import { XxgkError } from './codes.js';

export interface ParseOptions {
  /** Largest text input in bytes (default 20 MB): larger is TOO_LARGE. */
  maxTextBytes?: number;
  /** Largest binary input (PDF, DOCX) in bytes (default 200 MB). */
  maxFileBytes?: number;
  /** Most PDF pages read (default 200). */
  maxPages?: number;
  /**
   * Most table cells a document may hold, all tables together (default
   * 100 000; a report's tables hold a few hundred): more is TOO_LARGE, since the
   * result of such a file would be hundreds of MB of cells.
   */
  maxTableCells?: number;
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
  maxTableCells: 100_000,
  timeoutMs: 60_000,
  isolate: true,
  maxMemoryMb: 1024,
};

/** The options with defaults for any that are missing or not a positive number. */
export function withDefaults(options: ParseOptions): typeof DEFAULTS {
  const pick = (v: number | undefined, d: number) => (typeof v === 'number' && v > 0 ? v : d);
  return {
    maxTextBytes: pick(options.maxTextBytes, DEFAULTS.maxTextBytes),
    maxFileBytes: pick(options.maxFileBytes, DEFAULTS.maxFileBytes),
    maxPages: pick(options.maxPages, DEFAULTS.maxPages),
    maxTableCells: pick(options.maxTableCells, DEFAULTS.maxTableCells),
    timeoutMs: pick(options.timeoutMs, DEFAULTS.timeoutMs),
    isolate: options.isolate !== false,
    maxMemoryMb: pick(options.maxMemoryMb, DEFAULTS.maxMemoryMb),
  };
}

/** Every failure leaves as an XxgkError: a file that cannot be opened is reported as such, anything unexpected as INTERNAL. */
export async function guard<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (e) {
    throw asXxgkError(e);
  }
}

export function guardSync<T>(run: () => T): T {
  try {
    return run();
  } catch (e) {
    throw asXxgkError(e);
  }
}

/** Any failure as xxgk's error: its own as they are, file system errors INPUT_UNREADABLE, the rest INTERNAL. */
export function asXxgkError(e: unknown): XxgkError {
  if (e instanceof XxgkError) return e;
  // Elements nested tens of thousands deep (DOCX, HTML) overflow the readers' recursion:
  // the input is beyond what can be read, not a bug.
  if (e instanceof RangeError && /call stack/i.test(e.message)) {
    return new XxgkError('TOO_LARGE', 'The document nests its elements too deeply to be read (the reader ran out of stack).', { cause: e });
  }
  const err = e as NodeJS.ErrnoException;
  if (err && typeof err.code === 'string' && /^E[A-Z]+$/.test(err.code)) {
    return new XxgkError('INPUT_UNREADABLE', `Cannot read the input: ${err.message}`, { cause: e });
  }
  return new XxgkError('INTERNAL', `Unexpected failure: ${err?.message ?? String(e)}`, { cause: e });
}
