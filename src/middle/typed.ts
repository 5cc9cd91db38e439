import { warning, type Warning, type WarningLocation } from '../codes.js';
import type { Cell, CellSource } from '../model/report.js';
import type { ActiveDisclosure, Applications, FormatVersion, ReviewLitigation } from '../model/statistics.js';
import { MONEY_COLUMNS, TABLE2 } from '../templates/table2.js';
import { TABLE3_COLUMNS, TABLE3_ROWS } from '../templates/table3.js';
import { TABLE4_COLUMNS, TABLE4_GROUPS } from '../templates/table4.js';
import { inUnit, isMoneyUnit, readNumber } from '../util/numbers.js';

/** Columns defined in a unit (report-format.md): 2021 `amount` is in 万元. */
const COLUMN_UNITS: Record<string, string> = { amount: '万元' };
import { lineOrPage } from './sections.js';

/** The typed statistics objects, built from the templates so every key exists, and the writer that fills them. */

type Tree = { [key: string]: Tree | number | null };

function nullRow(columns: { key: string }[]): Tree {
  return Object.fromEntries(columns.map((c) => [c.key, null]));
}

/** `a.b.c` → its keys, split once per path (paths are the templates' keys: a few hundred). */
const SPLIT = new Map<string, string[]>();
function keysOf(path: string): string[] {
  let keys = SPLIT.get(path);
  if (!keys) SPLIT.set(path, (keys = path.split('.')));
  return keys;
}

/** Sets `a.b.c` in a nested object, creating the path. */
function setPath(root: Tree, path: string, value: Tree | number | null): void {
  const keys = keysOf(path);
  let node = root;
  const last = keys.length - 1;
  for (let i = 0; i < last; i++) node = (node[keys[i]!] ??= {}) as Tree;
  node[keys[last]!] = value;
}

/** The object of row `a.b` (created if missing). */
function rowNode(root: Tree, rowKey: string): Tree {
  let node = root;
  for (const k of keysOf(rowKey)) node = (node[k] ??= {}) as Tree;
  return node;
}

export function emptyActiveDisclosure(version: FormatVersion): ActiveDisclosure {
  const root: Tree = {};
  for (const block of TABLE2[version]) for (const row of block.rows) setPath(root, row.key, nullRow(block.columns));
  return root as unknown as ActiveDisclosure;
}

export function emptyApplications(): Applications {
  const root: Tree = {};
  for (const row of TABLE3_ROWS) setPath(root, row.key, nullRow(TABLE3_COLUMNS));
  return root as unknown as Applications;
}

export function emptyReviewLitigation(): ReviewLitigation {
  const root: Tree = {};
  for (const g of TABLE4_GROUPS) setPath(root, g.key, nullRow(TABLE4_COLUMNS));
  return root as unknown as ReviewLitigation;
}

/** Collects values, their provenance and the warnings about them while a table is mapped. */
export class ValueWriter {
  readonly sources: Record<string, CellSource> = {};
  readonly warnings: Warning[] = [];

  constructor(
    private readonly root: object,
    /** Prefix of every path, e.g. `applications`. */
    private readonly prefix: string,
  ) {}

  /** Reads a data cell into `<prefix>.<rowKey>.<columnKey>`; text becomes null with CELL_NOT_NUMERIC. */
  write(rowKey: string, columnKey: string, cell: Cell, table: number, row: number, column: number, headerUnit?: string): void {
    const path = `${rowKey}.${columnKey}`;
    const reading = readNumber(cell.text);
    // Money printed with a unit, in the cell or in its column's header, is
    // converted to the column's unit (`amount` is in 万元).
    const unit = COLUMN_UNITS[columnKey];
    let value = reading.kind === 'number' ? reading.value : null;
    const printed = reading.kind === 'number' ? (reading.unit ?? headerUnit) : undefined;
    if (reading.kind === 'number' && unit && printed) value = inUnit(reading.value, printed, unit);
    // Money in a count's cell (`3万元` where 件 are counted) is no count.
    if (reading.kind === 'number' && !MONEY_COLUMNS.has(columnKey) && isMoneyUnit(reading.unit)) value = null;
    rowNode(this.root as Tree, rowKey)[columnKey] = value;
    this.sources[`${this.prefix}.${path}`] = { table, row, column, location: cell.location };
    if (reading.kind === 'text' || (reading.kind === 'number' && value === null)) {
      const why = reading.kind === 'text' ? 'is not a number' : unit ? `is not in a unit of ${unit}` : 'is money, not a count';
      this.warnings.push(
        warning('CELL_NOT_NUMERIC', `"${cell.text}" in ${this.prefix}.${path} ${why}; read as null.`, {
          ...lineOrPage(cell.location),
          table,
          row: rowKey,
          column: columnKey,
        }),
      );
    }
  }

  /** Takes back what was read into row `rowKey` (its columns null again, their sources gone). */
  withdraw(rowKey: string): void {
    const node = rowNode(this.root as Tree, rowKey);
    for (const columnKey of Object.keys(node)) {
      if (typeof node[columnKey] === 'object' && node[columnKey] !== null) continue;
      node[columnKey] = null;
      delete this.sources[`${this.prefix}.${rowKey}.${columnKey}`];
    }
  }

  warn(...args: Parameters<typeof warning>): void {
    this.warnings.push(warning(...args));
  }
}

/** Location fields of a sourced row for warnings. */
export function rowWhere(table: number, cells: Cell[], row?: string): WarningLocation {
  const first = cells.find((c) => c.location.line !== undefined || c.location.page !== undefined);
  return { ...(first ? lineOrPage(first.location) : {}), table, ...(row !== undefined ? { row } : {}) };
}
