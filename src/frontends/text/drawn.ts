/**
 * Text with tables drawn in characters (grid.ts's borders, barred.ts's bars
 * and underscores) → blocks: each table read from the line that starts it,
 * the text around the tables handed to `paragraphs`.
 */
import type { Warning } from '../../codes.js';
import type { Block, TableBlock } from '../../model/blocks.js';

export function drawnTablesToBlocks(
  lines: readonly string[],
  starts: (lines: readonly string[], i: number) => boolean,
  /** The table that starts at `start`; or, as `blocks`, what stands in its place (a page's layout table read as text). */
  read: (lines: readonly string[], start: number) => { table: TableBlock; end: number; warnings?: Warning[]; blocks?: Block[] },
  paragraphs: (lines: string[], offset: number) => Block[],
): { blocks: Block[]; warnings: Warning[] } {
  const blocks: Block[] = [];
  const warnings: Warning[] = [];
  let textStart = 0;
  for (let i = 0; i < lines.length; ) {
    if (!starts(lines, i)) {
      i++;
      continue;
    }
    blocks.push(...paragraphs(lines.slice(textStart, i), textStart));
    const { table, end, warnings: found, blocks: instead } = read(lines, i);
    if (instead) blocks.push(...instead);
    else if (table.rows.length > 0) blocks.push(table);
    if (found) warnings.push(...found);
    i = textStart = end;
  }
  blocks.push(...paragraphs(lines.slice(textStart), textStart));
  return { blocks, warnings };
}
