/**
 * A section heading set inside a table: the table's only cell (a one-cell
 * frame around the heading) or its first row, one cell alone (across the
 * width: a heading row over a statistics table, as sites and Word templates
 * print it). Either is the heading paragraph it is, before the rest of the
 * table, so the section tree and the table's template see what they would
 * where the heading stands above the table. True of every format: here, once.
 */
import type { Block, TableBlock } from '../model/blocks.js';
import { readTopHeading } from './headings.js';

export function headingOutOfTable(table: TableBlock): Block[] {
  const rows = table.rows.filter((r) => r.length > 0);
  const first = rows[0];
  if (!first || first.length !== 1) return [table];
  // One cell alone in the first row (its span may fall short of the width: pages are sloppy with colspan).
  const cell = first[0]!;
  if (cell.rowSpan > 1) return [table];
  // A heading broken over lines in its cell is one line of text.
  const text = cell.text.split('\n').map((l) => l.trim()).join('');
  if (readTopHeading(text) === null) return [table];
  const heading: Block = { kind: 'paragraph', text, location: cell.location };
  return rows.length > 1 ? [heading, { ...table, rows: rows.slice(1) }] : [heading];
}
