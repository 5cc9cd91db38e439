import type { TableBlock } from '../../src/model/blocks.js';
import type { Table } from '../../src/model/report.js';
import { toTable } from '../../src/middle/tables.js';

/** A table from rows of cell texts; `[text, rowSpan, colSpan]` for a spanning cell. */
export function grid(rows: (string | [string, number, number])[][], index = 0): Table {
  const block: TableBlock = {
    kind: 'table',
    location: { page: 1 },
    rows: rows.map((r, ri) =>
      r.map((c) => {
        const [text, rowSpan, colSpan] = typeof c === 'string' ? [c, 1, 1] : c;
        return { text, rowSpan, colSpan, location: { page: 1, box: { x: 0, y: ri * 10, width: 10, height: 10 } } };
      }),
    ),
  };
  return toTable(block, index, null);
}
