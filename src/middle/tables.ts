import type { TableBlock } from '../model/blocks.js';
import type { Cell, Table, TableKind } from '../model/report.js';
import { TABLE2 } from '../templates/table2.js';
import { TABLE3_ROWS } from '../templates/table3.js';
import { TABLE4_COLUMNS, TABLE4_GROUPS } from '../templates/table4.js';

/** Table 四's one row of values: three groups of five. */
const TABLE4_WIDTH = TABLE4_GROUPS.length * TABLE4_COLUMNS.length;
import { makeMatcher, type Matcher } from '../util/match.js';
import { normalizeLabel } from '../util/normalize.js';
import { readNumber } from '../util/numbers.js';
import { alignValues } from './align.js';

/** Table grids: from blocks to the model's tables, and which statistics table each one is. */

export function toTable(block: TableBlock, index: number, section: number | null, kind: TableKind | null = classifyTable(block.rows)): Table {
  const rows: Cell[][] = block.rows.map((row) =>
    row.map((c) => {
      const reading = readNumber(c.text);
      return {
        text: c.text,
        value: reading.kind === 'number' ? reading.value : null,
        rowSpan: c.rowSpan,
        colSpan: c.colSpan,
        location: c.location,
      };
    }),
  );
  return {
    index,
    kind,
    section,
    rows,
    ...(block.columns === undefined ? {} : { columns: block.columns }),
    ...(block.cellOrder === undefined ? {} : { cellOrder: block.cellOrder }),
    ...(block.inferred ? { inferred: true as const } : {}),
    location: block.location,
  };
}

/** Normalised label texts that identify each statistics table (any one suffices; most hits wins). */
const TABLE_SIGNATURES: Record<TableKind, string[]> = {
  activeDisclosure: [
    '第二十条', '信息内容', '规范性文件', '行政许可', '行政处罚', '行政强制', '行政事业性收费', '政府集中采购',
    '本年新制作数量', '上一年项目数量', '采购项目数量', '本年制发件数', '本年处理决定数量', '本年收费金额',
  ],
  applications: ['申请人情况', '勾稽关系', '本年新收政府信息公开申请', '予以公开', '不予公开', '结转下年度继续办理', '法人或其他组织'],
  reviewLitigation: ['行政复议', '行政诉讼', '未经复议直接起诉', '复议后起诉', '结果维持', '结果纠正', '尚未审结'],
};

/** Row labels of tables 二 and 三, for grids that hold rows but none of the signature words (a table's second half). */
const TABLE3_LABELS = makeMatcher(TABLE3_ROWS, (r) => [r.label, ...(r.aliases ?? [])]);
const ROW_LABELS: [TableKind, Matcher<unknown>][] = [
  ['applications', TABLE3_LABELS],
  ['activeDisclosure', makeMatcher([...TABLE2['2019'], ...TABLE2['2021']].flatMap((b) => b.rows), (r) => [r.label])],
];

/** Which statistics table a grid is, by the labels it holds, or null. */
export function classifyTable(rows: { text: string }[][]): TableKind | null {
  // All cell texts in one string, cells kept apart by a separator no label holds.
  const all = rows.map((r) => r.map((c) => normalizeLabel(c.text)).join('\u0001')).join('\u0001');
  let best: TableKind | null = null;
  let bestHits = 0;
  for (const kind of Object.keys(TABLE_SIGNATURES) as TableKind[]) {
    const hits = TABLE_SIGNATURES[kind].filter((sig) => all.includes(sig)).length;
    if (hits > bestHits) {
      best = kind;
      bestHits = hits;
    }
  }
  if (bestHits >= 2) return best;
  for (const [kind, matcher] of ROW_LABELS) {
    const labelled = rows.filter((r) => r.some((c) => c.text !== '' && (matcher.match(c.text)?.score ?? 0) >= 0.8)).length;
    if (labelled >= 2) return kind;
  }
  return null;
}

/** Header texts that open each statistics table (normalised). */
const OPENERS: [TableKind, (norm: string) => boolean][] = [
  ['activeDisclosure', (t) => t.startsWith('第二十条')],
  ['applications', (t) => t.includes('申请人情况') || t.includes('勾稽关系')],
  ['reviewLitigation', (t) => t === '行政复议' || t === '行政诉讼'],
];

function openerOf(row: { text: string }[]): TableKind | null {
  for (const c of row) {
    const norm = normalizeLabel(c.text);
    for (const [kind, opens] of OPENERS) if (opens(norm)) return kind;
  }
  return null;
}

/**
 * A grid that runs statistics tables together, parted where a row opens
 * another statistics table than the rows above it (after rows holding
 * values, at a row no span from above crosses): tab-separated text whose
 * tables stand one after another with no line between (a script printing a
 * document's tables at its end), a Word table holding two. Each part is
 * classified on its own; a grid of one table comes back as it is.
 */
export function splitRunTogether(block: TableBlock): TableBlock[] {
  const parts: TableBlock[] = [];
  let start = 0;
  let current: TableKind | null = null;
  /** The last row a span from the rows above covers. */
  let reach = -1;
  block.rows.forEach((row, i) => {
    const opens = openerOf(row);
    if (opens !== null && current !== null && opens !== current && reach < i && block.rows.slice(start, i).some((r) => r.some((c) => readNumber(c.text).kind === 'number'))) {
      parts.push(partOf(block, start, i));
      start = i;
    }
    if (opens !== null) current = opens;
    for (const c of row) reach = Math.max(reach, i + c.rowSpan - 1);
  });
  if (parts.length === 0) return [block];
  parts.push(partOf(block, start, block.rows.length));
  return parts;
}

/** Rows `from` to `to` of a grid: its declared width holds for every part (one grid); a later part starts where its first cell is. */
function partOf(block: TableBlock, from: number, to: number): TableBlock {
  const rows = block.rows.slice(from, to);
  return { ...block, rows, location: from === 0 ? block.location : (rows[0]?.[0]?.location ?? block.location) };
}

/** The section each statistics table belongs in. */
const HOME_SECTION: Record<TableKind, number> = { activeDisclosure: 2, applications: 3, reviewLitigation: 4 };

/** The section a statistics table belongs in (2, 3 or 4), or null for other tables. */
export function homeSection(kind: TableKind | null): number | null {
  return kind ? HOME_SECTION[kind] : null;
}

/**
 * Settles which grids are the statistics tables, given the block order:
 * an unrecognised grid right after a recognised one (a table broken in two,
 * e.g. table 四's value row apart from its header) continues it; and where
 * grids of a kind stand in that table's own section, others of the kind
 * elsewhere (a 双公示 summary in section 一) are not it.
 */
export function settleKinds(tables: Table[], previousIsTable: (t: Table) => boolean): void {
  for (const [i, t] of tables.entries()) {
    const prev = tables[i - 1];
    if (t.kind === null && prev?.kind && previousIsTable(t) && t.rows.some((r) => r.some((c) => c.value !== null))) t.kind = prev.kind;
  }
  // Table 四 has no row labels: a grid of section 四 holding a row of exactly 15 values is it.
  if (!tables.some((t) => t.kind === 'reviewLitigation')) {
    const bare = tables.find((t) => t.kind === null && t.section === HOME_SECTION.reviewLitigation && t.rows.some(isFifteenValues));
    if (bare) bare.kind = 'reviewLitigation';
  }
  for (const kind of Object.keys(HOME_SECTION) as TableKind[]) {
    const home = tables.some((t) => t.kind === kind && t.section === HOME_SECTION[kind]);
    if (home) for (const t of tables) if (t.kind === kind && t.section !== HOME_SECTION[kind]) t.kind = null;
  }
  // Table 三 is one table (maybe in parts): beside it, a grid that only looks
  // like it (a per-department breakdown with 予以公开 … as columns, a summary
  // line) holds fewer than two labelled rows of values, and is not it.
  if (tables.filter((t) => t.kind === 'applications').length > 1) {
    const scores = tables.map((t) => (t.kind === 'applications' ? labelledValueRows(t) : 0));
    if (Math.max(0, ...scores) >= 2) tables.forEach((t, i) => t.kind === 'applications' && scores[i]! < 2 && (t.kind = null));
  }
}

/** Rows of a grid whose label is a row label of table 三 and that hold a number. */
function labelledValueRows(table: Table): number {
  return table.rows.filter((r) => {
    const label = r.find((c) => c.text !== '' && c.value === null);
    return label !== undefined && r.some((c) => c.value !== null) && (TABLE3_LABELS.match(label.text)?.score ?? 0) >= 0.8;
  }).length;
}

/** A row of a statistics table with where it came from. */
export interface SourcedRow {
  table: number;
  row: number;
  cells: Cell[];
  /** The table's declared column count, when it has one (Table.columns). */
  columns?: number;
  /** The row's cells are in reading order, not column order (Table.cellOrder). */
  readingOrder?: true;
  /** The table's columns were inferred from positions (Table.inferred). */
  inferred?: true;
}

/** All rows of the tables of one kind, in document order (a table split in parts reads as one). */
export function rowsOfKind(tables: Table[], kind: TableKind): SourcedRow[] {
  return tables
    .filter((t) => t.kind === kind)
    .flatMap((t) =>
      t.rows.map((cells, row) => ({
        table: t.index,
        row,
        cells,
        ...(t.columns === undefined ? {} : { columns: t.columns }),
        ...(t.cellOrder === 'reading' ? { readingOrder: true as const } : {}),
        ...(t.inferred ? { inferred: true as const } : {}),
      })),
    );
}

function isFifteenValues(row: Cell[]): boolean {
  const values = alignValues(row, TABLE4_WIDTH);
  return values !== null && values.some((c) => c.value !== null) && values.every((c) => readNumber(c.text).kind !== 'text');
}
