/**
 * How many value columns a table 二 block of flattened text has, from what
 * its header shows. Converters lose header labels (pdftotext's reading order
 * prints some elsewhere; a wrapped label lands on lines of its own): where
 * the block's title and the labels the header does name identify template
 * blocks (in either version) that agree on a count, a header naming fewer is
 * broken and the template's count stands, so that a row can never look
 * complete under a header that lost columns.
 */
import { TABLE2 } from '../../templates/table2.js';
import { normalizeLabel } from '../../util/normalize.js';

/** `title` and `named` normalised (normalizeLabel); `named` the template column labels the header shows. */
export function table2BlockWidth(title: string | undefined, named: readonly string[]): number {
  const counts = new Set(
    Object.values(TABLE2)
      .flat()
      .filter((b) => normalizeLabel(b.title) === title && named.every((n) => b.columns.some((c) => normalizeLabel(c.label) === n)))
      .map((b) => b.columns.length),
  );
  return counts.size === 1 ? Math.max(named.length, ...counts) : named.length;
}
