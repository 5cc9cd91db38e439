/**
 * The front ends' registry: detected format → the reader for it, imported on
 * first use (a text parse never loads pdfjs, mammoth or cheerio). Adding a
 * format touches this table and its own folder; parse.ts only orchestrates.
 */
import { XxgkError } from '../codes.js';
import type { FrontEndResult } from '../model/blocks.js';
import { type DetectedFormat, detectFormat } from './detect.js';

/** The limits every reader honours (parse.ts fills in the defaults). */
export interface ReadLimits {
  maxTextBytes: number;
  maxFileBytes: number;
  maxPages: number;
  /** Aborted at the parse's deadline (reason: a TIMEOUT XxgkError); long readers check it between steps. */
  signal?: AbortSignal;
}

export type Reader = (bytes: Uint8Array, limits: ReadLimits) => FrontEndResult | Promise<FrontEndResult>;

const notYet = (name: string) => async (): Promise<Reader> => () => {
  throw new XxgkError('UNSUPPORTED_FORMAT', `${name} input is not supported yet; convert it to PDF or text.`);
};

const READERS: Record<DetectedFormat, () => Promise<Reader>> = {
  text: async () => (await import('./text/index.js')).readTextBytes,
  pdf: async () => {
    const { readPdf } = await import('./pdf/index.js');
    return (bytes, limits) => {
      if (bytes.byteLength > limits.maxFileBytes) throw new XxgkError('TOO_LARGE', `The PDF has ${bytes.byteLength} bytes; the limit is ${limits.maxFileBytes}.`);
      return readPdf(bytes, { maxPages: limits.maxPages, signal: limits.signal });
    };
  },
  docx: notYet('DOCX'),
  doc: notYet('DOC'),
  zip: notYet('ZIP'),
  html: notYet('HTML'),
};

/** Bytes → the block stream of the front end their format needs. */
export async function readBytes(bytes: Uint8Array, limits: ReadLimits): Promise<FrontEndResult> {
  if (bytes.byteLength === 0) throw new XxgkError('EMPTY_INPUT');
  const read = await READERS[detectFormat(bytes)]();
  return read(bytes, limits);
}
