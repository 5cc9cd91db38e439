/**
 * Text with tables drawn in characters (grid.ts's borders, barred.ts's bars
 * and underscores) → blocks: each table read from the line that starts it,
 * the text around the tables handed to `paragraphs`.
 */
import type { Block, TableBlock } from '../../model/blocks.js';

export function drawnTablesToBlocks(
  lines: readonly string[],
  starts: (lines: readonly string[], i: number) => boolean,
  read: (lines: readonly string[], start: number) => { table: TableBlock; end: number },
  paragraphs: (lines: string[], offset: number) => Block[],
): Block[] {
  const blocks: Block[] = [];
  let textStart = 0;
  for (let i = 0; i < lines.length; ) {
    if (!starts(lines, i)) {
      i++;
      continue;
    }
    blocks.push(...paragraphs(lines.slice(textStart, i), textStart));
    const { table, end } = read(lines, i);
    if (table.rows.length > 0) blocks.push(table);
    i = textStart = end;
  }
  blocks.push(...paragraphs(lines.slice(textStart), textStart));
  return blocks;
}
