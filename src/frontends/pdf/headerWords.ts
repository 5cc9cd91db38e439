/**
 * Header texts of the report's statistics tables, from the templates: a line
 * holding one of them is a table line even with no number in it, which is
 * how a table without rulings is told from the paragraphs around it.
 */
import { TABLE2 } from '../../templates/table2.js';
import { TABLE3_HEADER_LABELS } from '../../templates/table3.js';
import { TABLE4_HEADER_LABELS } from '../../templates/table4.js';

const squash = (s: string) => s.replace(/[\s\u00a0\u3000]+/g, '');

const WORDS = new Set(
  [
    '信息内容',
    ...Object.values(TABLE2).flatMap((blocks) => blocks.flatMap((b) => b.columns.map((c) => c.label))),
    ...TABLE3_HEADER_LABELS,
    ...TABLE4_HEADER_LABELS,
  ].map(squash),
);

/** A block title of table 二 (`第二十条第（一）项`, also printed `第二十条 第（一）项`). */
const BLOCK_TITLE = /^第二十条第[（(][一二三四五六七八九十]+[)）]项$/;

/**
 * A segment that is a whole header cell: a column or group label, a block
 * title, or the bookkeeping note of table 三 (its first line names 勾稽关系).
 */
export function isHeaderWord(text: string): boolean {
  const s = squash(text);
  return WORDS.has(s) || BLOCK_TITLE.test(s) || (s.includes('勾稽关系') && s.length <= 40);
}
