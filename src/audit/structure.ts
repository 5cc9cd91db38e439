import type { Warning, WarningLocation } from '../codes.js';
import { columnLabel, rowLabel, TABLE_OF } from './cells.js';
import type { Finding } from './finding.js';
import { CONTENT_WARNING_CODES, STRUCTURAL_CODES } from './rules.js';

const STRUCTURAL = new Set(STRUCTURAL_CODES);

/** Chinese wording of the structural codes, for the finding's message (the parse message stays in English in `warnings`). */
const WORDS: Record<string, string> = {
  SECTION_MISSING: '缺少规定的部分',
  SECTION_OUT_OF_ORDER: '部分顺序有误',
  SECTION_DUPLICATE: '部分标题重复出现',
  SECTION_EMPTY: '部分内容为空',
  SECTION_EXTRA: '第六部分之后另有编号部分',
  HEADING_MISNUMBERED: '标题序号有误',
  TABLE_MISSING: '缺少规定的统计表',
  TABLE_MISPLACED: '统计表不在规定的部分',
  TABLE_IS_IMAGE: '统计表是图片，无法读取数字',
  ROW_MISSING: '表格缺少规定的行',
  ROW_DUPLICATE: '表格有重复的行',
  COLUMN_MISSING: '表格缺少规定的列',
  CELL_NOT_NUMERIC: '单元格不是数字',
  FORMAT_OUTDATED: '2021 年及以后的报告使用了 2019 年格式的表格',
};

/**
 * Which statistics table a place is in: its section's, else the one whose
 * canonical keys its row (and column) are (warnings about a table's cells
 * name the table by its index only).
 */
function tableOf(l: WarningLocation): string | undefined {
  const tables = Object.keys(TABLE_OF);
  if (l.section !== undefined) return tables.find((t) => TABLE_OF[t]!.section === l.section);
  if (l.row === undefined) return undefined;
  const row = l.row;
  return tables.find((t) => rowLabel(t, row) !== row && (l.column === undefined || columnLabel(t, l.column) !== l.column));
}

/** The place in Chinese: `第三部分“（一）予以公开”行“自然人”列，第143行`, or `表三“（一）予以公开”行…`. */
function placeWords(l: WarningLocation): string {
  const table = tableOf(l);
  const parts = [
    l.section !== undefined ? `第${'一二三四五六'[l.section - 1] ?? l.section}部分` : table ? `表${TABLE_OF[table]!.numeral}` : '',
    l.row !== undefined ? `“${table ? rowLabel(table, l.row) : l.row}”行` : '',
    l.column !== undefined ? `“${table ? columnLabel(table, l.column) : l.column}”列` : '',
  ].join('');
  const at = l.line !== undefined ? `第${l.line}行` : l.page !== undefined ? `第${l.page}页` : '';
  return [parts, at].filter(Boolean).join('，');
}

/**
 * Structural findings (and the content ones the parse already detects): the
 * parse warnings with these codes, under the same code and severity, at the
 * same place. The parse's own message is kept after the Chinese summary.
 */
export function fromWarnings(warnings: Warning[], codes: 'structure' | 'content'): Finding[] {
  const wanted = codes === 'structure' ? STRUCTURAL : new Set(CONTENT_WARNING_CODES);
  return warnings
    .filter((w) => wanted.has(w.code))
    .map((w) => ({
      rule: w.code,
      severity: w.severity,
      status: 'fail' as const,
      message: `${WORDS[w.code] ?? w.code}${placeWords(w.location) ? `（${placeWords(w.location)}）` : ''}：${w.message}`,
      location: { ...w.location },
    }));
}
