/**
 * pdfjs starts promises it never awaits after an earlier failure (page
 * dictionaries fetched ahead into a cache, then dropped when the document is
 * reopened in recovery mode). When such a promise rejects, Node's default is to
 * end the whole process, whatever the caller catches. The failure itself is
 * already reported through the promise xxgk awaits (PDF_DAMAGED or
 * PDF_PAGE_DAMAGED), so these echoes are dropped here, and only these: the
 * listener recognises pdfjs's own exception classes by name, and other errors
 * by the top frame of their stack being pdfjs's code, and hands anything else
 * on as Node would have (an uncaught exception) when it is the only listener.
 * Left to Node, one such echo ended the worker thread in the middle of the
 * next file's parse (INTERNAL for a good DOCX after a damaged encrypted PDF).
 */

/** Exception classes of pdfjs's core and API (pdfjs-dist 5.x). */
const PDFJS_EXCEPTIONS = new Set([
  'PasswordException', 'UnknownErrorException', 'InvalidPDFException', 'ResponseException', 'FormatError', 'AbortException',
  'MissingDataException', 'ParserEOFException', 'XRefEntryException', 'XRefParseException', 'Jbig2Error', 'JpegError',
  'DNLMarkerError', 'EOIMarkerError', 'JpxError', 'RenderingCancelledException', 'MissingPDFException', 'UnexpectedResponseException',
]);

/** The first frame of a stack trace. */
const TOP_FRAME = /\n\s*at [^\n]*/;

/**
 * One of pdfjs's exceptions, or an error raised in pdfjs's own code (a
 * TypeError its encryption code throws on a damaged dictionary, from a
 * promise it started while opening the document and never awaited).
 */
export function isPdfjsException(reason: unknown): boolean {
  const r = reason as { name?: unknown; stack?: unknown } | null;
  if (PDFJS_EXCEPTIONS.has(r?.name as string)) return true;
  const top = typeof r?.stack === 'string' ? TOP_FRAME.exec(r.stack)?.[0] : undefined;
  return top !== undefined && /[\\/]pdfjs-dist[\\/]/.test(top);
}

let installed = false;
let dropped = 0;

function onUnhandledRejection(reason: unknown): void {
  if (isPdfjsException(reason)) {
    dropped++;
    return;
  }
  // Not ours: behave as if this listener did not exist.
  if (process.listenerCount('unhandledRejection') === 1) throw reason;
}

/** Installs the listener once per thread (pdfjs runs in this thread from now on). */
export function guardStrayRejections(): void {
  if (installed) return;
  installed = true;
  process.on('unhandledRejection', onUnhandledRejection);
}

/** How many pdfjs rejections were dropped in this thread (for tests and the fuzz report). */
export function droppedRejections(): number {
  return dropped;
}
