import type { Cell, Table } from '../model/report.js';
import type { ReviewLitigation } from '../model/statistics.js';
import { TABLE4_COLUMNS, TABLE4_GROUPS, TABLE4_HEADER_LABELS } from '../templates/table4.js';
import type { LabelKey } from '../templates/types.js';
import { normalizeLabel } from '../util/normalize.js';
import { readNumber } from '../util/numbers.js';
import type { MappedTable } from './applications.js';
import { alignValues, valuesByPosition } from './align.js';
import { headerCutAtRight } from './clipped.js';
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

  // The data row: after any leading label cells, 15 value cells (blank ones
  // beyond 15 dropped), no header label, and a number (or all blank: an
  // unfilled table). The first such row is the table's; another is a duplicate.
  const headerTexts = new Set<string>();
  let dataRow: { table: number; row: number; cells: Cell[]; values: Cell[]; at: number } | null = null;
  let shortRow: (typeof rows)[number] | null = null;
  for (const [at, r] of rows.entries()) {
    const norms = r.cells.map((c) => normalizeLabel(c.text));
    const headerCells = norms.filter((n) => HEADER_NORMS.has(n) || n.includes('行政复议') || n.includes('行政诉讼'));
    headerCells.forEach((n) => headerTexts.add(n));
    if (headerCells.length > 0) continue;
    let start = 0;
    // A cell of nothing but replacement characters is a damaged value (a number a converter overwrote), not a label.
    while (start < r.cells.length && readNumber(r.cells[start]!.text).kind === 'text' && !/^[\uFFFD\s]+$/.test(r.cells[start]!.text)) start++;
    const byPosition = valuesByPosition(r.cells, r.columns, WIDTH);
    const values = byPosition && r.cells.indexOf(byPosition[0]!) >= start ? byPosition : alignValues(r.cells.slice(start), WIDTH);
    const numbers = r.cells.filter((c) => readNumber(c.text).kind === 'number').length;
    if (values && (numbers > 0 || values.every((c) => c.text === ''))) {
      if (!dataRow) dataRow = { ...r, values, at };
      else if (numbers > 0) writer.warn('ROW_DUPLICATE', 'Table 四 has a second row of 15 values; the first is kept.', rowWhere(r.table, r.cells));
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
  const { table, row, cells, values, at } = dataRow;
  const header = rows.map((r) => r.cells.map((c) => normalizeLabel(c.text)));
  const columns = columnOrder(header);
  // A header cut at its right edge: the last column's number may be cut short as its label is
  // (a number: text the PDF front end already marked cut stays CELL_NOT_NUMERIC).
  const cut = headerCutAtRight(
    rows.slice(0, at).map((r) => r.cells.map((c) => c.text)),
    TABLE4_GROUPS.flatMap(() => TABLE4_COLUMNS.map((c) => c.label)),
  );
  const last = values[values.length - 1]!;
  groupOrder(header).forEach((g, gi) =>
    columns.forEach((c, ci) => {
      const cell = values[gi * TABLE4_COLUMNS.length + ci]!;
      const group = () => values.slice(gi * TABLE4_COLUMNS.length, (gi + 1) * TABLE4_COLUMNS.length);
      if (cut && cell === last && readNumber(cell.text).kind === 'number' && !(cut === 'label-gone' && c.key === 'total' && isGroupSum(cell, group()))) {
        const where = { ...rowWhere(table, cells, g.key), column: c.key };
        const header = cut === 'label-cut' ? 'ends in a cut label' : "lacks its last column's label, and only that";
        writer.warn('TEXT_OFF_PAGE', `Table 四's header ${header} (a table wider than its page): "${cell.text}", the last column's number, may be cut short too and is not read.`, where);
        return;
      }
      writer.write(g.key, c.key, cell, table, row, cells.indexOf(cell));
    }),
  );
  return { value, writer, found: true };
}

/**
 * Whether a group's total equals the sum of its other cells (blanks count 0).
 * A header that lacks its last label whole is a weaker sign of a cut than a
 * label cut short (a header cell may be blank for other reasons): a total that
 * adds up is kept.
 */
function isGroupSum(total: { text: string }, group: { text: string }[]): boolean {
  const t = readNumber(total.text);
  let sum = 0;
  for (const c of group) {
    if (c === total) continue;
    const r = readNumber(c.text);
    if (r.kind === 'text') return false;
    if (r.kind === 'number') sum += r.value;
  }
  return t.kind === 'number' && sum === t.value;
}

/**
 * The order of the three groups as the header prints them: 行政复议 then
 * 行政诉讼 (未经复议直接起诉, 复议后起诉) officially, but read from the header
 * when it has them the other way round.
 */
function groupOrder(rows: string[][]): LabelKey[] {
  const [review, direct, afterReview] = TABLE4_GROUPS as [LabelKey, LabelKey, LabelKey];
  const before = (a: string, b: string): boolean | null => {
    const r = rows.find((cells) => cells.includes(a) && cells.includes(b));
    return r ? r.indexOf(a) < r.indexOf(b) : null;
  };
  const reviewFirst = before('行政复议', '行政诉讼') ?? true;
  const directFirst = before('未经复议直接起诉', '复议后起诉') ?? true;
  const litigation = directFirst ? [direct, afterReview] : [afterReview, direct];
  return reviewFirst ? [review, ...litigation] : [...litigation, review];
}

/** Each group's five columns in the order the header prints them (officially 结果维持 … 总计). */
function columnOrder(rows: string[][]): LabelKey[] {
  const labels = TABLE4_COLUMNS.map((c) => normalizeLabel(c.label));
  // Only five labels side by side say an order; pieces of a garbled header do not.
  for (const r of rows) {
    for (let i = 0; i + labels.length <= r.length; i++) {
      const run = r.slice(i, i + labels.length);
      if (labels.every((l) => run.includes(l))) {
        return [...TABLE4_COLUMNS].sort((a, b) => run.indexOf(normalizeLabel(a.label)) - run.indexOf(normalizeLabel(b.label)));
      }
    }
  }
  return TABLE4_COLUMNS;
}
