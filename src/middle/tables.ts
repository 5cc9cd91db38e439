import type { TableBlock } from '../model/blocks.js';
import type { Cell, Table, TableKind } from '../model/report.js';
import { normalizeLabel } from '../util/normalize.js';
import { readNumber } from '../util/numbers.js';

/** Table grids: from blocks to the model's tables, and which statistics table each one is. */

export function toTable(block: TableBlock, index: number, section: number | null): Table {
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
  return { index, kind: classifyTable(rows), section, rows, location: block.location };
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

/** Which statistics table a grid is, by the labels it holds, or null. */
export function classifyTable(rows: Cell[][]): TableKind | null {
  const texts = rows.flatMap((r) => r.map((c) => normalizeLabel(c.text))).filter((t) => t !== '');
  let best: TableKind | null = null;
  let bestHits = 0;
  for (const kind of Object.keys(TABLE_SIGNATURES) as TableKind[]) {
    const hits = TABLE_SIGNATURES[kind].filter((sig) => texts.some((t) => t.includes(sig))).length;
    if (hits > bestHits) {
      best = kind;
      bestHits = hits;
    }
  }
  return bestHits >= 2 ? best : null;
}

/** A row of a statistics table with where it came from. */
export interface SourcedRow {
  table: number;
  row: number;
  cells: Cell[];
}

/** All rows of the tables of one kind, in document order (a table split in parts reads as one). */
export function rowsOfKind(tables: Table[], kind: TableKind): SourcedRow[] {
  return tables
    .filter((t) => t.kind === kind)
    .flatMap((t) => t.rows.map((cells, row) => ({ table: t.index, row, cells })));
}
