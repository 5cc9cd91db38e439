/**
 * Where a statistics table starts and ends in text that lost the table's
 * structure (cell sequences, unruled aligned columns): it starts at one of
 * the tables' fixed labels and ends at a section heading (however numbered:
 * `3、收到和处理…` too) or at prose. Shared by the grid builders that need it.
 */
import { SECTIONS } from '../../templates/sections.js';
import { TABLE3_GROUPS, TABLE3_ROWS } from '../../templates/table3.js';
import { normalizeLabel } from '../../util/normalize.js';
import { HEADING_START } from './shapes.js';

/** The fixed labels that open each statistics table (by its section's numeral): a block title or header of 二, 三's note or group, 四's groups. */
const TABLE_CUES: [2 | 3 | 4, RegExp][] = [
  [2, /^第二十条第|^信息内容/],
  [3, /勾稽关系|^申请人情况$/],
  [4, /^行政复议/],
];

/** Which table a line (cells run together) opens by one of its fixed labels, not prose that names them: tableOpenedNorm. */
export function tableOpened(text: string): 2 | 3 | 4 | null {
  return tableOpenedNorm(normalizeLabel(text));
}

/**
 * Which table a line already normalised opens (2, 3 or 4), or null. A region
 * ends where another table opens: two tables with no heading between them (a
 * heading lost) are two grids, not one whose columns neither has.
 */
export function tableOpenedNorm(norm: string): 2 | 3 | 4 | null {
  if (norm.length > 40 || endsTableNorm(norm)) return null;
  return TABLE_CUES.find(([, cue]) => cue.test(norm))?.[0] ?? null;
}

const NUMBERED = /^(?:[一二三四五六七八九十]{1,3}|\d{1,2}|（[一二三四五六七八九十\d]{1,3}）)[、.．]?/;
/** Labels of table 三 that look like headings (`一、本年新收…`), and their wrapped starts. */
const TABLE3_NORMS = [...TABLE3_ROWS.map((r) => r.label), ...TABLE3_GROUPS].map(normalizeLabel);
const SECTION_TITLES = SECTIONS.flatMap((s) => [normalizeLabel(s.heading.slice(2)), ...s.signatures.map(normalizeLabel)]);

/** Whether a line of text (cells run together) ends a table region. */
export function endsTableText(text: string): boolean {
  return endsTableNorm(normalizeLabel(text));
}

/** `endsTableText` of a line already normalised (normalizeLabel). */
export function endsTableNorm(norm: string): boolean {
  if (norm === '') return false;
  const title = norm.replace(NUMBERED, '');
  if (title !== norm && title.length <= 24 && SECTION_TITLES.some((t) => title.includes(t))) return true;
  if (HEADING_START.test(norm) && !TABLE3_NORMS.some((l) => l.startsWith(norm))) return true;
  return norm.length > 60 || (norm.length >= 20 && /[。；]$/.test(norm));
}
