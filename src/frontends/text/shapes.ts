/**
 * Line shapes that mark a table in plain text, shared by the layout detector
 * and the grid builders: a number as tables print it, a dash rule between
 * columns, a pipe-table row and its delimiter row; and the start of a top-level heading, which no table
 * cell continues into.
 */

/** One number as tables print it (`12`, `减3`, `-3`, `12.50`, `1,200`, full-width digits): a pattern's source. */
export const NUMBER = String.raw`[减增+\-−－]?[\d０-９][\d０-９,，]*(?:[.．][\d０-９]+)?`;

/** A line that starts a top-level item (`三、…`, `第三部分`). */
export const HEADING_START = /^(?:[一二三四五六七八九十]{1,3}\s*[、.．]|第[一二三四五六七八九十]+部分)/;

/** A rule of dashes between columns (`pandoc -t plain`, pandoc markdown's simple and multiline tables). */
export const DASH_RULE = /^ *-{3,}(?: +-{3,})+ *$/;

/** A pipe table's delimiter row: `|---|:---:|` (colons for alignment). */
const DELIMITER_ROW = /^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$/;
const PIPE_ROW = /^\s*\|.*\|\s*$/;

export function isPipeRow(line: string): boolean {
  return PIPE_ROW.test(line);
}

export function isDelimiterRow(line: string): boolean {
  return DELIMITER_ROW.test(line) && line.includes('|');
}

/** Fewest pipe rows in a run that make a table without a delimiter row. */
export const BARE_PIPE_ROWS = 3;

/**
 * Whether `BARE_PIPE_ROWS` or more pipe rows start at `at`, none of them a
 * delimiter row: a table written a row a line with its cells between bars
 * and no delimiter (antiword's tables, pandoc's org-mode tables).
 */
export function startsBarePipeRows(lines: readonly string[], at: number): boolean {
  for (let i = at; i < at + BARE_PIPE_ROWS; i++) if (!isPipeRow(lines[i] ?? '') || isDelimiterRow(lines[i]!)) return false;
  return true;
}
