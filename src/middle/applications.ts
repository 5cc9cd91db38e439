import type { Cell, Table } from '../model/report.js';
import type { Applications, FormatVersion } from '../model/statistics.js';
import { TABLE3_COLUMNS, TABLE3_GROUPS, TABLE3_HEADER_LABELS, TABLE3_ORG_GROUP, TABLE3_ROWS } from '../templates/table3.js';
import type { LabelKey, TemplateRow } from '../templates/types.js';
import { makeMatcher } from '../util/match.js';
import { normalizeLabel } from '../util/normalize.js';
import { isDataLike, isMarkedUnread, readNumber } from '../util/numbers.js';
import { alignValues, holdsValue, inferredDropEnds, numberInLabel, partedWrongly, rowWidth, valuesByPosition } from './align.js';
import { RowClaims, settleClaim } from './claims.js';
import { canonicalHeader, orderContradicted, spanOver, type HeaderLevel, type HeaderSpan } from './headerOrder.js';
import { rowsOfKind } from './tables.js';
import { emptyApplications, rowWhere, ValueWriter } from './typed.js';

/**
 * Table 三 → typed `applications`. Rows are matched by their labels (never by
 * position); each row's values are its last seven cells, so merged or lost
 * label cells on the left do not shift them.
 */

const ROW_MATCHER = makeMatcher(TABLE3_ROWS, (r) => [r.label, ...(r.aliases ?? [])]);
const GROUP_MATCHER = makeMatcher(TABLE3_GROUPS, (g) => [g]);
const WIDTH = TABLE3_COLUMNS.length;
/** Columns a row's labels can take before its values: `三、本年度办理结果` | `（三）不予公开` | `1.属于国家秘密`. */
const LABEL_COLUMNS = 3;
const HEADER_NORMS = TABLE3_HEADER_LABELS.map(normalizeLabel);
const GROUP_NORMS = TABLE3_GROUPS.map((group) => ({ group, norm: normalizeLabel(group) }));
/** The labels a header cell may print, variants read as their template label. */
const HEADER_ITEMS = [...TABLE3_COLUMNS, TABLE3_ORG_GROUP];
const ORG = normalizeLabel(TABLE3_ORG_GROUP.label);
/** The header's levels: 自然人, the organisations, 总计; the five under them; all seven on a one-row header. */
const HEADER_LEVELS: HeaderLevel[] = (() => {
  const labels = TABLE3_COLUMNS.map((c) => normalizeLabel(c.label));
  return [{ labels: [labels[0]!, ORG, labels[labels.length - 1]!] }, { labels: labels.slice(1, -1) }, { labels, unless: ORG }];
})();

export interface MappedTable<T> {
  value: T;
  writer: ValueWriter;
  found: boolean;
}

export function mapApplications(tables: Table[], version: FormatVersion): MappedTable<Applications> {
  const value = emptyApplications();
  const writer = new ValueWriter(value, 'applications');
  const rows = rowsOfKind(tables, 'applications');
  /** Template rows read so far, with how well their label matched. */
  const found = new RowClaims();
  /** Rows printed but whose cells could not be aligned (warned already, not missing). */
  const unreadable = new Set<string>();
  const headerRows: string[][] = [];
  /** Header rows whose cells stand in their columns' order: evidence against reading in the official order. */
  const orderedHeaderRows: string[][] = [];
  let columns: LabelKey[] = TABLE3_COLUMNS;
  let group: string | null = null;
  /** Where the group labels printed at the left of the latest rows end (grid columns): a vertical merge may cover them below. */
  let coveredEnds: number[] = [];

  const valueStart = (cells: Cell[]) => {
    const labels = labelCells(cells);
    return labels.length ? labels[labels.length - 1]!.index + 1 : Math.max(0, cells.length - WIDTH);
  };
  const dropEnd = inferredDropEnds(rows, (cells) => cells.slice(valueStart(cells)));

  /**
   * The row read just before, in a grid whose columns were inferred from where its text
   * stands, where each line is a row: a row under it whose label is the rest of its label
   * (`量` under `二、上年结转政府信息公开申请数`: the joined label matches its template row
   * better) holds the rest of its cells too, a number wrapped at a space among them (`118`
   * over `393`): which cells are whose is not known, and the row is taken back.
   */
  type ReadRow = { key: string; table: number; label: string; score: number; filled: boolean };
  let lastRead: ReadRow | null = null;
  /** Whether `rest` is the rest of `before`'s label (null: the line has none), then taken back; `score`: how well `rest` matches a template row by itself (0: none). */
  const wrappedOnto = (before: ReadRow | null, table: number, cells: Cell[], rest: string | null, score = 0): boolean => {
    // A row of blank cells above is only its label's first line: the values stand on this line.
    if (before?.table !== table || !before.filled) return false;
    // No row's label at all beside values: whose they are is not known either.
    if (rest !== null) {
      const joined = ROW_MATCHER.match(before.label + rest);
      if (joined?.item.key !== before.key || joined.score <= Math.max(before.score, score)) return false;
    }
    writer.withdraw(before.key);
    unreadable.add(before.key);
    const beside = rest === null ? 'no label of a row' : `the rest of its label ("${rest}")`;
    writer.warn('ROW_MISALIGNED', `Table 三 row ${before.key}: the line under it holds ${beside} and numbers, in a table whose columns were found from where its text stands: its cells may run on over both lines, and its values are not read.`, rowWhere(table, cells, before.key));
    lastRead = before;
    return true;
  };

  /**
   * A line of values beside no row's label just above, in an inferred grid: a number's head set
   * above its row (cells aligned to the bottom) as well as a rest below the row before, so the
   * next row is not read either.
   */
  let valuesAbove: number | null = null;

  for (const { table, row, cells, columns: declared, readingOrder, inferred } of rows) {
    const before: ReadRow | null = lastRead;
    lastRead = null;
    const orphanAbove = valuesAbove === table;
    valuesAbove = null;
    const labels = labelCells(cells);
    const dataStart = valueStart(cells);
    const data = cells.slice(dataStart);
    const hasNumber = data.some((c) => readNumber(c.text).kind === 'number');
    if (!hasNumber && labels.some((l) => isHeaderText(l.text))) {
      headerRows.push(cells.map((c) => canonicalHeader(c.text, HEADER_ITEMS)));
      if (!readingOrder) orderedHeaderRows.push(headerRows[headerRows.length - 1]!);
      columns = columnOrder(headerRows);
      continue;
    }

    // A row short of the declared grid by exactly the columns group labels above it took: those
    // cells are under their vertical merge, left out (markdownify writes no covered cell), and
    // the row stands that many columns right.
    const short = declared === undefined ? 0 : declared - rowWidth(cells);
    const shift = short > 0 && coveredEnds.includes(short) ? short : 0;
    coveredEnds = [...coveredEnds.filter((e) => e <= shift), ...groupCellEnds(cells, labels, shift)];
    const read = readLabels(labels, group);
    group = read.group;
    const rowLabel = read.label;
    const filled = holdsValue(data);
    if (rowLabel === null) {
      if (labels.length === 0 && hasNumber) writer.warn('LABEL_UNRECOGNIZED', 'A row of table 三 has numbers but no label; it is kept in the grid only.', rowWhere(table, cells));
      if (filled) {
        lastRead = before;
        if (inferred) {
          wrappedOnto(before, table, cells, null);
          valuesAbove = table;
        }
      }
      continue;
    }
    const match = ROW_MATCHER.match(rowLabel, (r: TemplateRow) => r.group !== undefined && r.group === group);
    if (!match) {
      if (hasNumber) writer.warn('LABEL_UNRECOGNIZED', `Table 三 row "${rowLabel}" matches no template row; it is kept in the grid only.`, rowWhere(table, cells, rowLabel));
      // Values the front end could not read (a wrapped number's part) count here as numbers do.
      if (inferred && filled) {
        lastRead = before;
        wrappedOnto(before, table, cells, rowLabel);
      }
      continue;
    }
    // A label's rest that resembles a row by itself (`性信息` under `6.属于四类过程`).
    if (inferred && wrappedOnto(before, table, cells, rowLabel, match.score)) continue;
    const key = match.item.key;
    // A group label alone on its row (`（六）其他处理` above its sub-rows) is a header, not a row of values.
    const groupHeader = GROUP_MATCHER.exact(rowLabel);
    if (data.length === 0 && groupHeader !== undefined) {
      group = groupHeader;
      continue;
    }
    // A sub-item numbered otherwise than the row it resembles (`9.其他` is not
    // （六）'s `3.其他`) is an extra row, unless the rest of its label is nearly the same.
    const printedNo = /^(\d+)\./.exec(normalizeLabel(rowLabel))?.[1];
    const templateNo = /^(\d+)\./.exec(normalizeLabel(match.item.label))?.[1];
    if (printedNo && templateNo && printedNo !== templateNo && match.score < 0.85) {
      if (hasNumber) {
        writer.warn('LABEL_UNRECOGNIZED', `Table 三 row "${rowLabel}" is numbered unlike ${match.item.label}; it is kept in the grid only.`, rowWhere(table, cells, rowLabel));
      }
      continue;
    }
    if (match.item.group) group = match.item.group;
    const byPosition = valuesByPosition(cells, declared === undefined ? undefined : declared - shift, WIDTH, LABEL_COLUMNS);
    const values = byPosition && cells.indexOf(byPosition[0]!) >= dataStart ? byPosition : alignValues(data, WIDTH, dropEnd(table, data));
    // In a grid whose columns were inferred, a second row for a key (a row broken over a page, a
    // wrapped label's rest) where one of the two cannot be read leaves neither safe to read.
    if (inferred && (unreadable.has(key) || (values === null && found.has(key)))) {
      writer.withdraw(key);
      unreadable.add(key);
      writer.warn('ROW_DUPLICATE', `Table 三 has a second row for ${key}, in a table whose columns were found from where its text stands, and one of the two cannot be read: neither is read.`, rowWhere(table, cells, key));
      continue;
    }
    if (orphanAbove && values !== null && values.some((c) => readNumber(c.text).kind !== 'blank')) {
      unreadable.add(key);
      writer.warn('ROW_MISALIGNED', `Table 三 row ${key}: the line above it holds numbers beside no label of a row, in a table whose columns were found from where its text stands: its cells may run on over both lines, and its values are not read.`, rowWhere(table, cells, key));
      continue;
    }
    if (!values) {
      unreadable.add(key);
      writer.warn('COLUMN_MISSING', `Table 三 row ${key} has ${data.length} value cells for ${WIDTH} columns; they cannot be aligned and are not read.`, rowWhere(table, cells, key));
      continue;
    }
    // Of two rows for one key, the one whose label matches better is kept (an
    // extra row that only resembles a template label does not push out the real one).
    const exact = ROW_MATCHER.exact(rowLabel) !== undefined;
    const texts = values.map((c) => c.text);
    if (!settleClaim(found, writer, { table: '三', key, label: rowLabel, exact, score: match.score, values: texts, where: rowWhere(table, cells, key) })) continue;
    const merged = numberInLabel(rowLabel, match.item.label);
    const parted = inferred ? partedWrongly(merged, values) : null;
    if (parted !== null) {
      unreadable.add(key);
      writer.warn('ROW_MISALIGNED', `Table 三 row ${key}: ${parted}, in a table whose columns were found from where its text stands; its values are not read.`, rowWhere(table, cells, key));
      continue;
    }
    if (merged !== null) {
      writer.warn('CELL_MERGED', `Table 三 row ${key}: the label "${rowLabel}" also holds the number ${merged}, which is not read.`, rowWhere(table, cells, key));
    }
    values.forEach((cell, i) => writer.write(key, columns[i]!.key, cell, table, row, cells.indexOf(cell)));
    lastRead = { key, table, label: rowLabel, score: match.score, filled: values.some((c) => readNumber(c.text).kind !== 'blank') };
  }

  if (rows.length === 0) return { value, writer, found: false };
  if (orderContradicted(orderedHeaderRows, headerSpans(columns), HEADER_LEVELS)) {
    for (const key of found.keys()) writer.withdraw(key);
    writer.warn('COLUMN_ORDER_UNCLEAR', `Table 三's header prints its columns in an order other than ${columns.map((c) => c.label).join('、')}, and not whole enough to follow; its values are not read.`, {
      table: firstTable(tables),
    });
  }
  checkHeader(headerRows.flat(), writer, tables);
  // A row printed but unreadable is printed all the same: it decides which form of （六） the table has.
  const printed = new Set([...found.keys(), ...unreadable]);
  for (const r of TABLE3_ROWS) {
    if (found.has(r.key) || found.isAmbiguous(r.key) || unreadable.has(r.key) || !expected(r, printed, version)) continue;
    writer.warn('ROW_MISSING', `Table 三 has no row ${r.label} (${r.key}); its values are null.`, { table: firstTable(tables), row: r.key });
  }
  return { value, writer, found: true };
}

/**
 * A row's label and the group it stands in. Group labels (`（三）不予公开`, the
 * vertical `三、本年度办理结果`) set the group for the rows that follow;
 * `（六）其他处理` is also a row when nothing follows it. Label cells after the
 * last group label are one label split over cells (a wrap kept apart).
 */
function readLabels(labels: { text: string }[], group: string | null): { label: string | null; group: string | null } {
  let label: string | null = null;
  labels.forEach((l, i) => {
    const isRow = ROW_MATCHER.exact(l.text) !== undefined;
    const isLast = i === labels.length - 1;
    const g = isLast && isRow ? undefined : (GROUP_MATCHER.exact(l.text) ?? (isRow ? undefined : (closeGroup(l.text) ?? (isLast ? undefined : cutGroup(l.text)))));
    if (g !== undefined) {
      group = g;
      label = null;
    } else {
      label = (label ?? '') + l.text;
    }
  });
  return { label, group };
}

/** Which template rows the document should print, given the （六） rows it did print. */
function expected(row: TemplateRow, found: Set<string>, version: FormatVersion): boolean {
  if (!row.key.startsWith('other.')) return true;
  const printedTotal = found.has('other.total');
  const printedSub = [...found].some((k) => k.startsWith('other.') && k !== 'other.total');
  // The 2021 format prints （六） whole or as its three sub-rows (agencies print either): when neither
  // is there, every one of them is missing, so that no null of the table goes unwarned.
  if (row.key === 'other.total') return !printedSub && (version === '2019' || !printedTotal);
  return !printedTotal && (printedSub || version === '2021');
}

/**
 * The label cells of a row: non-empty text that is not a number. A text cell
 * among the last seven counts as a label only when it reads as one, so a
 * number replaced by words stays a (non-numeric) data cell.
 */
function labelCells(cells: Cell[]): { index: number; text: string }[] {
  const out: { index: number; text: string }[] = [];
  cells.forEach((c, index) => {
    if (c.text === '' || isDataLike(c.text) || isMarkedUnread(c.text)) return;
    const inDataZone = index >= cells.length - WIDTH;
    if (inDataZone && !looksLikeLabel(c.text)) return;
    out.push({ index, text: c.text });
  });
  return out;
}

/**
 * Where each group label cell at the start of a row ends, in grid columns from
 * `shift`: `三、本年度办理结果`, then `（三）不予公开`, before the row's own label.
 */
function groupCellEnds(cells: Cell[], labels: { index: number; text: string }[], shift: number): number[] {
  const ends: number[] = [];
  let column = shift;
  for (const [i, cell] of cells.entries()) {
    const label = labels.findIndex((l) => l.index === i);
    // The row's own label (its last) is no group label, even when it names one (（六）其他处理).
    if (label < 0 || label === labels.length - 1 || (GROUP_MATCHER.exact(cell.text) ?? closeGroup(cell.text)) === undefined) break;
    column += cell.colSpan;
    ends.push(column);
  }
  return ends;
}

/** A group label with a typo or spacing (closer than an ordinary match needs). */
function closeGroup(text: string): string | undefined {
  const m = GROUP_MATCHER.match(text);
  return m && m.score > 0.85 ? m.item : undefined;
}

/**
 * A group label cut short by a tool that prints cells at a fixed width
 * (`（六）其` before `2.申请人逾期…`): its number and at least one more
 * character, the start of exactly one group label. Only before the row's own
 * label: a lone cut label may be a row (2019's `（六）其他处理`).
 */
function cutGroup(text: string): string | undefined {
  const norm = normalizeLabel(text);
  if (!/^（[一二三四五六七八九十]）./.test(norm)) return undefined;
  const hits = GROUP_NORMS.filter((g) => g.norm.startsWith(norm));
  return hits.length === 1 ? hits[0]!.group : undefined;
}

function looksLikeLabel(text: string): boolean {
  return isHeaderText(text) || ROW_MATCHER.match(text) !== null || GROUP_MATCHER.match(text) !== null;
}

/** A header cell: exactly a column label, or one of the long header texts. */
function isHeaderText(text: string): boolean {
  const norm = normalizeLabel(text);
  return HEADER_NORMS.some((h) => (h.length > 3 ? norm.includes(h) : norm === h));
}

function checkHeader(headerTexts: string[], writer: ValueWriter, tables: Table[]): void {
  for (const col of TABLE3_COLUMNS) {
    const label = normalizeLabel(col.label);
    if (!headerTexts.some((t) => t.includes(label))) {
      writer.warn('COLUMN_MISSING', `Table 三's header has no column ${col.label} (${col.key}); values are read in the official column order.`, {
        table: firstTable(tables),
        column: col.key,
      });
    }
  }
}

function firstTable(tables: Table[]): number | undefined {
  return tables.find((t) => t.kind === 'applications')?.index;
}

/**
 * The column order the header prints: officially 自然人, the five 法人或其他组织
 * columns, 总计; read from the header rows when they show another order.
 */
export function columnOrder(headerRows: string[][]): LabelKey[] {
  const [natural, ...rest] = TABLE3_COLUMNS as [LabelKey, ...LabelKey[]];
  const total = rest.pop()!;
  const orgs = rest;
  const norm = (c: LabelKey) => normalizeLabel(c.label);
  // Only a header row that holds every label of a level, side by side, may
  // reorder it: a row with labels lost, mangled or scattered says nothing
  // reliable about the order.
  const byRow = (labels: string[]) => headerRows.find((r) => labels.every((l) => r.includes(l)) && sideBySide(r, labels));
  const inOrder = <T>(items: T[], row: string[] | undefined, label: (x: T) => string): T[] =>
    row ? [...items].sort((a, b) => row.indexOf(label(a)) - row.indexOf(label(b))) : items;
  // A header on one row, the seven column labels side by side without their group above.
  const flat = byRow(TABLE3_COLUMNS.map(norm));
  if (flat) return inOrder(TABLE3_COLUMNS, flat, norm);
  const top = inOrder(['natural', 'org', 'total'] as const, byRow([norm(natural), ORG, norm(total)]), (x) =>
    x === 'natural' ? norm(natural) : x === 'org' ? ORG : norm(total),
  );
  const orgOrder = inOrder(orgs, byRow(orgs.map(norm)), norm);
  return top.flatMap((x) => (x === 'natural' ? [natural] : x === 'org' ? orgOrder : [total]));
}

/** Where each column label, and the organisations' group, stands in the order `columns` reads. */
function headerSpans(columns: LabelKey[]): HeaderSpan[] {
  const spans = columns.map((c, i) => ({ label: normalizeLabel(c.label), from: i, to: i }));
  const orgs = new Set(TABLE3_COLUMNS.slice(1, -1).map((c) => normalizeLabel(c.label)));
  return [...spans, spanOver(ORG, spans.filter((s) => orgs.has(s.label)))];
}

/** The labels stand next to each other in the row (blank cells between them allowed). */
function sideBySide(row: string[], labels: string[]): boolean {
  const at = labels.map((l) => row.indexOf(l));
  const inBetween = row.slice(Math.min(...at), Math.max(...at) + 1);
  return inBetween.every((c) => c === '' || labels.includes(c));
}
