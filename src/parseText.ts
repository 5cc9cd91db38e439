/**
 * Text already decoded → report. Its own module, so that parse.ts loads the
 * text front end and the middle only when it reads in this thread (a PDF read
 * in a worker thread needs neither here).
 */
import { XxgkError } from './codes.js';
import { boundTables } from './frontends/index.js';
import { readText } from './frontends/text/index.js';
import { buildReport } from './middle/build.js';
import type { ParseResult } from './model/report.js';
import { guardSync, type ParseOptions, withDefaults } from './parseOptions.js';

/** Parses the text of a report (already decoded). */
export function parseText(text: string, options: ParseOptions = {}): ParseResult {
  const opts = withDefaults(options ?? {});
  return guardSync(() => {
    if (typeof text !== 'string') throw new XxgkError('UNSUPPORTED_FORMAT', 'parseText takes a string.');
    return buildReport(boundTables(readText(text, opts), opts.maxTableCells));
  });
}

