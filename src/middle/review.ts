import type { Table } from '../model/report.js';
import type { ReviewLitigation } from '../model/statistics.js';
import { TABLE4_COLUMNS, TABLE4_GROUPS, TABLE4_HEADER_LABELS } from '../templates/table4.js';
import { normalizeLabel } from '../util/normalize.js';
import { readNumber } from '../util/numbers.js';
import type { MappedTable } from './applications.js';
import { rowsOfKind } from './tables.js';
import { emptyReviewLitigation, rowWhere, ValueWriter } from './typed.js';

/**
 * Table 四 → typed `reviewLitigation`: one row of 15 values under a
 * three-level header (行政复议 | 行政诉讼: 未经复议直接起诉, 复议后起诉), each
 * group's five columns in the official order.
 */

const WIDTH = TABLE4_GROUPS.length * TABLE4_COLUMNS.length;
const HEADER_NORMS = new Set(TABLE4_HEADER_LABELS.map(normalizeLabel));

export function mapReviewLitigation(tables: Table[]): MappedTable<ReviewLitigation> {
  const value = emptyReviewLitigation();
  const writer = new ValueWriter(value, 'reviewLitigation');
  const rows = rowsOfKind(tables, 'reviewLitigation');
  if (rows.length === 0) return { value, writer, found: false };
  const tableIndex = rows[0]!.table;

  // The data row: its last 15 cells hold no header label and at least one number
  // (or are all blank: an unfilled table), a later candidate replacing an earlier one.
  const headerTexts = new Set<string>();
  let dataRow: (typeof rows)[number] | null = null;
  let shortRow: (typeof rows)[number] | null = null;
  for (const r of rows) {
    const norms = r.cells.map((c) => normalizeLabel(c.text));
    const headerCells = norms.filter((n) => HEADER_NORMS.has(n) || n.includes('行政复议') || n.includes('行政诉讼'));
    headerCells.forEach((n) => headerTexts.add(n));
    if (headerCells.length > 0) continue;
    const numbers = r.cells.filter((c) => readNumber(c.text).kind === 'number').length;
    if (r.cells.length >= WIDTH && (numbers > 0 || r.cells.every((c) => c.text === ''))) {
      if (!dataRow || numbers > 0) dataRow = r;
    } else if (numbers > 0) {
      shortRow = r;
    }
  }

  for (const g of TABLE4_GROUPS) {
    const label = normalizeLabel(g.label);
    if (![...headerTexts].some((t) => t.includes(label))) {
      writer.warn('COLUMN_MISSING', `Table 四's header has no ${g.label} (${g.key}); values are read in the official column order.`, {
        table: tableIndex,
        column: g.key,
      });
    }
  }

  if (!dataRow) {
    const where = shortRow ? rowWhere(shortRow.table, shortRow.cells) : { table: tableIndex };
    const detail = shortRow ? `its value row has ${shortRow.cells.length} cells` : 'it has no value row';
    writer.warn('ROW_MISSING', `Table 四 needs ${WIDTH} values but ${detail}; its values are null.`, where);
    return { value, writer, found: true };
  }
  const { table, row, cells } = dataRow;
  const start = cells.length - WIDTH;
  TABLE4_GROUPS.forEach((g, gi) =>
    TABLE4_COLUMNS.forEach((c, ci) => {
      const column = start + gi * TABLE4_COLUMNS.length + ci;
      writer.write(g.key, c.key, cells[column]!, table, row, column);
    }),
  );
  return { value, writer, found: true };
}
