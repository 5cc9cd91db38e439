import type { Cell, Table } from '../model/report.js';
import type { ActiveDisclosure, FormatVersion } from '../model/statistics.js';
import { TABLE2, VERSION_MARKERS } from '../templates/table2.js';
import type { LabelKey, Table2Block } from '../templates/types.js';
import { makeMatcher, type Matcher } from '../util/match.js';
import { normalizeLabel } from '../util/normalize.js';
import { isDataLike, isMoneyUnit, readNumber } from '../util/numbers.js';
import type { MappedTable } from './applications.js';
import { alignValues, gridWidth, inferredDropEnds, numberInLabel, partedWrongly, valuesUnderHeader } from './align.js';
import { RowClaims, settleClaim } from './claims.js';
import { EARLIER_PERIOD } from './periods.js';
import { rowsOfKind } from './tables.js';
import { emptyActiveDisclosure, rowWhere, ValueWriter } from './typed.js';

/**
 * Table 二 → typed `activeDisclosure`. The table is a run of blocks, each a
 * title row (`第二十条第（X）项`), a header row (`信息内容` + column labels) and
 * data rows. Rows and columns are matched by label; a data row's values are its
 * last cells, one per header column.
 */

const BLOCK_TITLE = /第二十条第（([一二三四五六七八九十]+)）项/;

/** The format version table 二 shows, or null when its labels say nothing. */
export function versionOfTable2(tables: Table[]): FormatVersion | null {
  const all = rowsOfKind(tables, 'activeDisclosure')
    .map((r) => r.cells.map((c) => normalizeLabel(c.text)).join('\u0001'))
    .join('\u0001');
  const hits = (v: FormatVersion) => VERSION_MARKERS[v].filter((m) => all.includes(normalizeLabel(m))).length;
  const h2019 = hits('2019');
  const h2021 = hits('2021');
  if (h2019 === h2021) return null;
  return h2019 > h2021 ? '2019' : '2021';
}

interface VersionMatchers {
  blocks: Table2Block[];
  rows: Matcher<{ block: Table2Block; row: LabelKey }>;
  columns: Matcher<LabelKey>;
}

const MATCHERS = Object.fromEntries(
  (['2019', '2021'] as FormatVersion[]).map((v) => {
    const blocks = TABLE2[v];
    const rows = blocks.flatMap((block) => block.rows.map((row) => ({ block, row })));
    const columns = [...new Map(blocks.flatMap((b) => b.columns).map((c) => [c.key, c])).values()];
    const m: VersionMatchers = {
      blocks,
      rows: makeMatcher(rows, (r) => [r.row.label]),
      columns: makeMatcher(columns, (c) => [c.label]),
    };
    return [v, m];
  }),
) as Record<FormatVersion, VersionMatchers>;

export function mapActiveDisclosure(tables: Table[], version: FormatVersion): MappedTable<ActiveDisclosure> {
  const value = emptyActiveDisclosure(version);
  const writer = new ValueWriter(value, 'activeDisclosure');
  const rows = rowsOfKind(tables, 'activeDisclosure');
  if (rows.length === 0) return { value, writer, found: false };
  const m = MATCHERS[version];
  /** Template rows read so far, with how well their label matched. */
  const found = new RowClaims();
  const unreadable = new Set<string>();
  let block: Table2Block | null = null;
  let header: (LabelKey | null)[] | null = null;
  /** The unit each header column prints (`本年收费金额（单位：元）`), if any. */
  let headerUnits: (string | undefined)[] = [];
  let headerUsed = true;
  /** The header row as printed, its label cells and its table: where a row's cells cannot be counted into place, columns place them. */
  let headerRow: { table: number; cells: Cell[]; labels: Cell[] } | null = null;
  const widths = new Map(tables.map((t) => [t.index, gridWidth(t)]));

  // A row's value cells: those after its label (the first cell with text).
  const dropEnd = inferredDropEnds(rows, (cells) => cells.slice(cells.findIndex((c) => normalizeLabel(c.text) !== '') + 1));

  for (const { table, row, cells, inferred } of rows) {
    const texts = cells.map((c) => normalizeLabel(c.text));
    const title = texts.map((t) => BLOCK_TITLE.exec(t)).find((x) => x);
    if (title) {
      block = m.blocks.find((b) => normalizeLabel(b.title) === title[0]) ?? null;
      // A new block starts with its own header, unless the header was printed
      // just before the title (no row has used it yet).
      if (headerUsed) {
        header = null;
        headerUnits = [];
        headerRow = null;
      }
      continue;
    }
    const first = texts.findIndex((t) => t !== '');
    if (first === -1) continue;
    if (texts[first]!.startsWith('信息内容')) {
      const headerCells = cells.slice(first + 1).filter((c) => normalizeLabel(c.text) !== '');
      headerUsed = false;
      headerUnits = headerCells.map((c) => unitInLabel(c.text));
      headerRow = { table, cells, labels: headerCells };
      header = headerColumns(headerCells, m.columns, (message) => writer.warn('LABEL_UNRECOGNIZED', message, rowWhere(table, cells)));
      continue;
    }
    const labelCell = cells[first]!;
    if (isDataLike(labelCell.text)) {
      if (cells.some((c) => readNumber(c.text).kind === 'number')) {
        writer.warn('LABEL_UNRECOGNIZED', 'A row of table 二 has numbers but no label; it is kept in the grid only.', rowWhere(table, cells));
      }
      continue;
    }
    const hit = m.rows.match(labelCell.text, (r) => r.block === block);
    if (!hit) {
      writer.warn('LABEL_UNRECOGNIZED', `Table 二 row "${labelCell.text}" matches no ${version} template row.`, rowWhere(table, cells, labelCell.text));
      continue;
    }
    const { row: rowTemplate, block: rowBlock } = hit.item;
    block = rowBlock;
    // Columns from the block's header when it had one, else the template's order (warned once per block).
    if (!header) {
      writer.warn('COLUMN_MISSING', `Table 二 block ${rowBlock.title} has no header row; columns are read in the official order.`, rowWhere(table, cells, rowTemplate.key));
      header = rowBlock.columns;
      headerUnits = [];
      headerRow = null;
    }
    headerUsed = true;
    const doubt = headerDoubt(header, rowBlock, cells.length - first - 1);
    if (doubt) {
      unreadable.add(rowTemplate.key);
      writer.warn('COLUMN_MISSING', `Table 二 row ${rowTemplate.key}${doubt}; the row is not read.`, rowWhere(table, cells, rowTemplate.key));
      continue;
    }
    // Never by position: one grid holds blocks of one to four value columns,
    // so a block's values need not be the grid's last columns.
    const values =
      alignValues(cells.slice(first + 1), header.length, dropEnd(table, cells.slice(first + 1))) ??
      (headerRow?.table === table ? valuesUnderHeader(cells, labelCell, headerRow.cells, headerRow.labels, widths.get(table)!) : null);
    if (!values) {
      unreadable.add(rowTemplate.key);
      writer.warn(
        'COLUMN_MISSING',
        `Table 二 row ${rowTemplate.key} has ${cells.length - first - 1} value cells for ${header.length} columns; they cannot be aligned and are not read.`,
        rowWhere(table, cells, rowTemplate.key),
      );
      continue;
    }
    // Of two rows for one key, the better-matching label wins (`非行政许可审批`
    // resembles `行政许可` but does not push out the real row).
    const key = rowTemplate.key;
    const exact = m.rows.exact(labelCell.text) !== undefined;
    const valueTexts = values.map((c) => c.text);
    if (!settleClaim(found, writer, { table: '二', key, label: labelCell.text, exact, score: hit.score, values: valueTexts, where: rowWhere(table, cells, key) })) continue;
    const merged = numberInLabel(labelCell.text, rowTemplate.label);
    const parted = inferred ? partedWrongly(merged, values) : null;
    if (parted !== null) {
      unreadable.add(rowTemplate.key);
      writer.warn('ROW_MISALIGNED', `Table 二 row ${rowTemplate.key}: ${parted}, in a table whose columns were found from where its text stands; its values are not read.`, rowWhere(table, cells, rowTemplate.key));
      continue;
    }
    if (merged !== null) {
      writer.warn('CELL_MERGED', `Table 二 row ${rowTemplate.key}: the label "${labelCell.text}" also holds the number ${merged}, which is not read.`, rowWhere(table, cells, rowTemplate.key));
    }
    header.forEach((col, i) => {
      if (!col) return;
      if (!rowBlock.columns.some((c) => c.key === col.key)) {
        writer.warn('LABEL_UNRECOGNIZED', `Column ${col.label} does not belong to block ${rowBlock.title}.`, rowWhere(table, cells, rowTemplate.key));
        return;
      }
      const cell = values[i]!;
      writer.write(rowTemplate.key, col.key, cell, table, row, cells.indexOf(cell), headerUnits[i]);
    });
  }

  const firstTable = rows[0]!.table;
  for (const b of m.blocks) {
    for (const r of b.rows) {
      if (!found.has(r.key) && !found.isAmbiguous(r.key) && !unreadable.has(r.key)) writer.warn('ROW_MISSING', `Table 二 has no row ${r.label} (${b.title}); its values are null.`, { table: firstTable, row: r.key });
    }
  }
  return { value, writer, found: true };
}

/**
 * The template column each header label names, null where none. A column printed
 * for an earlier period beside the report's own (`上年现行有效件数` after `现行有效件数`)
 * resembles it and is no template column, unless the template's label itself names
 * that period (2019's `上一年项目数量`). Of two labels that still name one column, the
 * closer is kept; when neither is closer, neither is read: the last one printed must
 * not overwrite the other's values. The same label repeated is one merged cell
 * (python-docx's text writes it in each column it covers).
 */
function headerColumns(cells: Cell[], columns: Matcher<LabelKey>, warn: (message: string) => void): (LabelKey | null)[] {
  const hits = cells.map((c) => {
    const hit = columns.match(c.text);
    if (!hit) {
      warn(`Table 二 column "${c.text}" matches no template column.`);
      return null;
    }
    if (EARLIER_PERIOD.test(normalizeLabel(c.text)) && !EARLIER_PERIOD.test(normalizeLabel(hit.item.label))) {
      warn(`Table 二 column "${c.text}" is for an earlier period than ${hit.item.label}; it is not read.`);
      return null;
    }
    return hit;
  });
  return hits.map((hit, i) => {
    if (!hit) return null;
    // The same text again is one merged cell's, repeated in each column it covers.
    const rivals = hits.filter((h, k) => h?.item.key === hit.item.key && normalizeLabel(cells[k]!.text) !== normalizeLabel(cells[i]!.text));
    if (rivals.length === 0) return hit.item;
    if (rivals.every((r) => r!.score < hit.score)) return hit.item;
    warn(`Table 二 column "${cells[i]!.text}" names ${hit.item.label} as another column of the header does, and no closer; it is not read.`);
    return null;
  });
}

/**
 * Why a header that lacks some of its block's columns cannot place a row's
 * `valueCells` cells (the warning's words after the row), or null when it can:
 * - its unrecognised labels, taken for the missing columns in the official
 *   order, would put the columns out of that order. A label damaged past
 *   recognition in its own column (`□□□`) fits; a label's broken piece among
 *   the labels while the label itself went elsewhere (pdftotext's reading
 *   order: `本年新公开数量 | 量 | 对外公开总数量` for three columns whose first is
 *   本年新制作数量) does not, and every value would shift by one;
 * - the row has more value cells than the header names: a label printed on
 *   lines of its own, so which cells are whose is not known, and dropping
 *   blank ones would shift values.
 */
function headerDoubt(header: (LabelKey | null)[], block: Table2Block, valueCells: number): string | null {
  const keys = block.columns.map((c) => c.key);
  const missing = keys.filter((k) => !header.some((h) => h?.key === k));
  if (missing.length === 0) return null;
  const named = keys.length - missing.length;
  if (header.includes(null)) {
    const filled = header.map((h) => h?.key ?? missing.shift()).filter((k): k is string => k !== undefined && keys.includes(k));
    if (filled.some((k, i) => i > 0 && keys.indexOf(k) < keys.indexOf(filled[i - 1]!))) {
      return `: the header of block ${block.title} is damaged (labels not recognised where its columns would stand out of the official order)`;
    }
  }
  if (valueCells > header.length) {
    return ` has ${valueCells} value cells, but the header of block ${block.title} names only ${named} of its ${keys.length} columns`;
  }
  return null;
}

/**
 * The unit a header label prints: `（单位：元）`, `（万元）`, `（单位：人民币千元）`
 * (`人民币` left out), `（单位：万）` (万元). Any unit is returned as printed: one that is not money
 * (or not one xxgk knows) makes the money column's values null and warned,
 * never read as if in the column's own unit.
 */
export function unitInLabel(text: string): string | undefined {
  const norm = normalizeLabel(text);
  const named = /单位\s*[:：]?\s*([^）)，,；;]+)/.exec(norm)?.[1] ?? /[（(]([^（()）]*元)[）)]/.exec(norm)?.[1];
  if (named === undefined) return undefined;
  const unit = named.trim().replace(/^人民币/, '');
  // `（单位：万）`: 万元, as the column's money says.
  return !unit.endsWith('元') && isMoneyUnit(`${unit}元`) ? `${unit}元` : unit;
}
