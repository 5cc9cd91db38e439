import type { Cell, Table } from '../model/report.js';
import type { ReviewLitigation } from '../model/statistics.js';
import { TABLE4_COLUMNS, TABLE4_GROUPS, TABLE4_HEADER_LABELS, TABLE4_LITIGATION_GROUP } from '../templates/table4.js';
import type { LabelKey } from '../templates/types.js';
import { normalizeLabel } from '../util/normalize.js';
import { isMarkedUnread, readNumber } from '../util/numbers.js';
import type { MappedTable } from './applications.js';
import { alignValues, inferredDropEnds, valuesByPosition } from './align.js';
import { headerCutAtRight } from './clipped.js';
import { EARLIER_PERIOD } from './periods.js';
import { canonicalHeader, neighboursContradicted, orderContradicted, spanOver, type HeaderLevel } from './headerOrder.js';
import { rowsOfKind, type SourcedRow } from './tables.js';
import { emptyReviewLitigation, rowWhere, ValueWriter } from './typed.js';

/**
 * Table 四 → typed `reviewLitigation`: one row of 15 values under a
 * three-level header (行政复议 | 行政诉讼: 未经复议直接起诉, 复议后起诉), each
 * group's five columns in the official order.
 */

const WIDTH = TABLE4_GROUPS.length * TABLE4_COLUMNS.length;
/** Columns a value row's labels can take before its fifteen values (none, or a word or two such as `数量`). */
const LABEL_COLUMNS = 2;
const HEADER_NORMS = new Set(TABLE4_HEADER_LABELS.map(normalizeLabel));
const COLUMN_NORMS = new Set(TABLE4_COLUMNS.map((c) => normalizeLabel(c.label)));
/** The labels a header cell may print, variants read as their template label. */
const HEADER_ITEMS = [...TABLE4_GROUPS, TABLE4_LITIGATION_GROUP, ...TABLE4_COLUMNS];
const headerOf = (cells: Cell[]) => cells.map((c) => canonicalHeader(c.text, HEADER_ITEMS));
const [REVIEW, DIRECT, AFTER_REVIEW] = TABLE4_GROUPS.map((g) => normalizeLabel(g.label)) as [string, string, string];
const LITIGATION = normalizeLabel(TABLE4_LITIGATION_GROUP.label);
/** The header's levels of groups: 行政复议, 行政诉讼; the two under 行政诉讼; all three on a one-row header. */
const GROUP_LEVELS: HeaderLevel[] = [{ labels: [REVIEW, LITIGATION] }, { labels: [DIRECT, AFTER_REVIEW] }, { labels: [REVIEW, DIRECT, AFTER_REVIEW], unless: LITIGATION }];

/** `year`: the year the report is on, when known (a row labelled with another year is not its). */
export function mapReviewLitigation(tables: Table[], year: number | null = null): MappedTable<ReviewLitigation> {
  const value = emptyReviewLitigation();
  const writer = new ValueWriter(value, 'reviewLitigation');
  const rows = rowsOfKind(tables, 'reviewLitigation');
  if (rows.length === 0) return { value, writer, found: false };
  const tableIndex = rows[0]!.table;

  // The data row: after any leading label cells, 15 value cells (blank ones
  // beyond 15 dropped), no header label, and a number (or all blank: an
  // unfilled table). The first such row with a number is the table's (else the
  // first blank one); another with numbers is a duplicate.
  const headerTexts = new Set<string>();
  const starts = gridColumns(rows);
  const dropEnd = inferredDropEnds(rows, (cells) => cells.slice(valueStart(cells)));
  /** Where the header's first column label stands (grid column), once seen. */
  let firstLabelAt: number | undefined;
  let dataRow: { table: number; row: number; cells: Cell[]; values: Cell[]; at: number; numbers: number } | null = null;
  let shortRow: (typeof rows)[number] | null = null;
  for (const [at, r] of rows.entries()) {
    const norms = headerOf(r.cells);
    const headerCells = norms.filter((n) => HEADER_NORMS.has(n) || n.includes('行政复议') || n.includes('行政诉讼'));
    headerCells.forEach((n) => headerTexts.add(n));
    r.cells.forEach((c, k) => {
      if (COLUMN_NORMS.has(norms[k]!)) firstLabelAt = Math.min(firstLabelAt ?? Infinity, starts.get(c)!);
    });
    if (headerCells.length > 0) continue;
    const start = valueStart(r.cells);
    // A row labelled for an earlier period (`上年`, or a year not the report's) is a comparison beside the report's own row.
    const label = r.cells.slice(0, start).map((c) => normalizeLabel(c.text)).join('');
    const labelYear = /^(\d{4})年度?$/.exec(label)?.[1];
    if (EARLIER_PERIOD.test(label) || (labelYear !== undefined && year !== null && Number(labelYear) !== year)) {
      if (r.cells.some((c) => readNumber(c.text).kind === 'number')) writer.warn('LABEL_UNRECOGNIZED', `Table 四 row "${label}" is for an earlier period; it is not read.`, rowWhere(r.table, r.cells));
      continue;
    }
    const byPosition = valuesByPosition(r.cells, r.columns, WIDTH, LABEL_COLUMNS);
    const values =
      (byPosition && r.cells.indexOf(byPosition[0]!) >= start ? byPosition : alignValues(r.cells.slice(start), WIDTH, dropEnd(r.table, r.cells.slice(start)))) ??
      (start > 0 && underColumnLabels(r.cells, starts, firstLabelAt) ? r.cells : null);
    const numbers = r.cells.filter((c) => readNumber(c.text).kind === 'number').length;
    if (values && (numbers > 0 || values.every((c) => c.text === ''))) {
      // An all-blank row (a spare row an editor left) gives way to a row with numbers.
      if (!dataRow || (dataRow.numbers === 0 && numbers > 0)) dataRow = { ...r, values, at, numbers };
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
  const header = rows.slice(0, at).map((r) => headerOf(r.cells));
  const ordered = rows
    .slice(0, at)
    .filter((r) => !r.readingOrder)
    .map((r) => r.cells.map((c) => canonicalHeader(c.text, HEADER_ITEMS, true)));
  const orders = columnOrders(rows.slice(0, at), starts, starts.get(values[0]!)!);
  const groups = groupOrder(header);
  if (orderUnclear(ordered, groups, orders)) {
    writer.warn('COLUMN_ORDER_UNCLEAR', "Table 四's header prints its groups or columns in an order other than the one its labels could be followed in; its values are not read.", rowWhere(table, cells));
    return { value, writer, found: true };
  }
  // A header cut at its right edge: the last column's number may be cut short as its label is
  // (a number: text the PDF front end already marked cut stays CELL_NOT_NUMERIC).
  const cut = headerCutAtRight(
    rows.slice(0, at).map((r) => r.cells.map((c) => c.text)),
    TABLE4_GROUPS.flatMap(() => TABLE4_COLUMNS.map((c) => c.label)),
  );
  const last = values[values.length - 1]!;
  groups.forEach((g, gi) => {
    const columns = orders[gi];
    if (!columns) {
      writer.warn('COLUMN_MISSING', `Table 四's header prints its groups' columns in different orders, and which order is ${g.label}'s (${g.key}) cannot be told; its values are not read.`, rowWhere(table, cells, g.key));
      return;
    }
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
    });
  });
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
  /** Whether a row prints one of `first` before one of `then` (null when no row holds both). */
  const before = (first: string[], then: string[]): boolean | null => {
    const at = (cells: string[], labels: string[]) => Math.min(...labels.map((x) => cells.indexOf(x)).filter((i) => i >= 0));
    const row = rows.find((cells) => first.some((x) => cells.includes(x)) && then.some((x) => cells.includes(x)));
    return row ? at(row, first) < at(row, then) : null;
  };
  // Litigation is 行政诉讼 above its two groups, or the two groups alone on a one-row header.
  const reviewFirst = before([REVIEW], [LITIGATION]) ?? before([REVIEW], [DIRECT, AFTER_REVIEW]) ?? true;
  const directFirst = before([DIRECT], [AFTER_REVIEW]) ?? true;
  const litigation = directFirst ? [direct, afterReview] : [afterReview, direct];
  return reviewFirst ? [review, ...litigation] : [...litigation, review];
}

/**
 * Whether the header contradicts the order the values are about to be read in:
 * a group or a column printed where that order does not put it (labels in
 * variants or a level left out, so that the order could not be followed whole).
 */
function orderUnclear(header: string[][], groups: LabelKey[], orders: (LabelKey[] | null)[]): boolean {
  const width = TABLE4_COLUMNS.length;
  const spans = groups.map((g, gi) => ({ label: normalizeLabel(g.label), from: gi * width, to: gi * width + width - 1 }));
  spans.push(spanOver(LITIGATION, spans.filter((s) => s.label !== REVIEW)));
  const known = orders.filter((o): o is LabelKey[] => o !== null).map((o) => o.map((c) => normalizeLabel(c.label)));
  // Where a group's order is unknown (its values are not read), the others' say nothing of its labels.
  return orderContradicted(header, spans, GROUP_LEVELS) || (known.length === orders.length && neighboursContradicted(header, known));
}

/**
 * Whether a row is 15 single cells from the grid column where the header's
 * column labels start: the table has no label column, so text in its first
 * cell (`不详`) is a value that cannot be read (CELL_NOT_NUMERIC), not a label.
 */
function underColumnLabels(cells: Cell[], starts: Map<Cell, number>, firstLabelAt: number | undefined): boolean {
  return firstLabelAt !== undefined && cells.length === WIDTH && cells.every((c) => c.colSpan === 1) && starts.get(cells[0]!) === firstLabelAt;
}

/** Each cell's first grid column, the row and column spans of the rows above it counted (each table apart). */
function gridColumns(rows: SourcedRow[]): Map<Cell, number> {
  const out = new Map<Cell, number>();
  const busy = new Map<number, number[]>(); // per table: the row each column is covered until (exclusive)
  for (const r of rows) {
    const until = busy.get(r.table) ?? [];
    busy.set(r.table, until);
    let column = 0;
    for (const cell of r.cells) {
      while ((until[column] ?? 0) > r.row) column++;
      out.set(cell, column);
      for (let k = 0; k < cell.colSpan; k++) until[column + k] = r.row + cell.rowSpan;
      column += cell.colSpan;
    }
  }
  return out;
}

/**
 * Each printed group's five columns in the order its header prints them
 * (officially 结果维持 … 总计). A run of the five labels side by side is a
 * group's when it starts where that group's values do (`firstValue` + 5 × its
 * place); pieces of a garbled header say no order. Where the header does not
 * place every group's run, one order printed for all is taken for all; runs in
 * different orders that cannot be placed leave the unplaced groups' order
 * unknown (null).
 */
function columnOrders(headerRows: SourcedRow[], starts: Map<Cell, number>, firstValue: number): (LabelKey[] | null)[] {
  const labels = TABLE4_COLUMNS.map((c) => normalizeLabel(c.label));
  const width = labels.length;
  const placed: (LabelKey[] | undefined)[] = TABLE4_GROUPS.map(() => undefined);
  const seen = new Set<string>();
  let any: LabelKey[] | undefined;
  for (const r of headerRows) {
    const norms = headerOf(r.cells);
    // A row whose labels do not come in whole groups lost some (misspelt, cut, scattered): a run
    // of five there may be two groups' halves (`其他结果 尚未审结 总计` of one, `结果维持 结果纠正` of the next).
    if (norms.filter((n) => labels.includes(n)).length % width !== 0) continue;
    const runs: { order: LabelKey[]; place: number | null }[] = [];
    for (let i = 0; i + width <= norms.length; ) {
      const run = norms.slice(i, i + width);
      // Five labels side by side, and a whole group's: as many labels before them as whole groups
      // have (a group's label set among its column labels must not make a run of two groups' halves).
      if (!labels.every((l) => run.includes(l)) || norms.slice(0, i).filter((n) => labels.includes(n)).length % width !== 0) {
        i++;
        continue;
      }
      const order = TABLE4_COLUMNS.map((c, k) => ({ c, at: run.indexOf(labels[k]!) })).sort((a, b) => a.at - b.at).map((x) => x.c);
      any ??= order;
      seen.add(order.map((c) => c.key).join());
      const cells = r.cells.slice(i, i + width);
      const side = cells.every((c, k) => c.colSpan === 1 && starts.get(c) === starts.get(cells[0]!)! + k);
      const place = (starts.get(cells[0]!)! - firstValue) / width;
      runs.push({ order, place: side && Number.isInteger(place) && place >= 0 && place < placed.length ? place : null });
      i += width;
    }
    // A row whose runs stand where no group or another row's group is (the cells a merge covers
    // left out, spans lost) places none: its positions are not the grid's.
    if (runs.every((x) => x.place !== null && placed[x.place] === undefined)) for (const x of runs) placed[x.place!] = x.order;
  }
  if (placed.every((o) => o !== undefined)) return placed as LabelKey[][];
  if (seen.size <= 1) return placed.map(() => any ?? TABLE4_COLUMNS);
  return placed.map((o) => o ?? null);
}

/**
 * Where a row's value cells start: after its leading label cells. A cell of
 * nothing but replacement characters is a damaged value (a number a converter
 * overwrote), not a label; nor is a value a front end marked unread (`228`
 * over a wrapped `9`).
 */
function valueStart(cells: Cell[]): number {
  let start = 0;
  while (start < cells.length && readNumber(cells[start]!.text).kind === 'text' && !/^[\uFFFD\s]+$/.test(cells[start]!.text) && !isMarkedUnread(cells[start]!.text)) start++;
  return start;
}
