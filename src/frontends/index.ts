/**
 * The front ends' registry: detected format → the reader for it, imported on
 * first use (a text parse never loads pdfjs, cheerio or word-extractor). Adding a
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
  /** Most table cells of the whole document, checked on every front end's blocks (parse.ts always sets it; absent: no bound). */
  maxTableCells?: number;
  /** Aborted at the parse's deadline (reason: a TIMEOUT XxgkError); long readers check it between steps. */
  signal?: AbortSignal;
}

export type Reader = (bytes: Uint8Array, limits: ReadLimits) => FrontEndResult | Promise<FrontEndResult>;

const READERS: Record<DetectedFormat, () => Promise<Reader>> = {
  text: async () => (await import('./text/index.js')).readTextBytes,
  pdf: async () => {
    const { readPdf } = await import('./pdf/index.js');
    return (bytes, limits) => {
      if (bytes.byteLength > limits.maxFileBytes) throw new XxgkError('TOO_LARGE', `The PDF has ${bytes.byteLength} bytes; the limit is ${limits.maxFileBytes}.`);
      return readPdf(bytes, { maxPages: limits.maxPages, signal: limits.signal });
    };
  },
  docx: async () => (await import('./docx/index.js')).readDocx,
  // A zip is read as a DOCX whose main part may be named otherwise; if it has none: ZIP_NOT_DOCX.
  zip: async () => (await import('./docx/index.js')).readDocx,
  'encrypted-docx': async () => () => {
    throw new XxgkError('DOCX_ENCRYPTED', 'The DOCX is encrypted with a password (an OLE container holding EncryptedPackage).');
  },
  doc: async () => (await import('./doc/index.js')).readDoc,
  html: async () => (await import('./html/index.js')).readHtml,
  mhtml: async () => (await import('./html/mhtml.js')).readMhtml,
  rtf: async () => (await import('./rtf/index.js')).readRtf,
  'office-xml': async () => () => {
    throw new XxgkError('UNSUPPORTED_FORMAT', 'The bytes are a word processor document saved as one XML file (Word 2003 XML, flat OPC or flat ODT), which xxgk does not read: save it as DOCX.');
  },
};

/** What a reader loads on its first input besides its own modules: loaded ahead by `prepareReader`. */
const PRELOADS: Partial<Record<DetectedFormat, () => Promise<unknown>>> = {
  pdf: async () => (await import('./pdf/load.js')).loadPdfjs(),
};

/** Loads the reader of a format and what it needs (pdfjs for PDF), so that its first input does not wait for them. */
export async function prepareReader(format: DetectedFormat): Promise<void> {
  await READERS[format]();
  await PRELOADS[format]?.();
}

/** Bytes → the block stream of the front end their format needs. */
export async function readBytes(bytes: Uint8Array, limits: ReadLimits): Promise<FrontEndResult> {
  if (bytes.byteLength === 0) throw new XxgkError('EMPTY_INPUT');
  const read = await READERS[detectFormat(bytes)]();
  return boundTables(await read(bytes, limits), limits.maxTableCells);
}

/**
 * The front end's blocks, if their tables hold at most `max` cells, else
 * TOO_LARGE: a grid of a million cells (a few MB of tab-separated text) would
 * make a result of hundreds of MB, and the middle and JSON output pay for
 * every cell. Checked once here, for every format.
 */
export function boundTables(fe: FrontEndResult, max = Infinity): FrontEndResult {
  let cells = 0;
  for (const b of fe.blocks) {
    if (b.kind !== 'table') continue;
    for (const row of b.rows) cells += row.length;
    if (cells > max) throw new XxgkError('TOO_LARGE', `The document's tables hold more than ${max} cells (a report's hold a few hundred).`);
  }
  return fe;
}
