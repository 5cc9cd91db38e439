/**
 * Aligned text whose padding was turned into tabs (`unexpand`, an editor):
 * each tab stands for the spaces up to the next tab stop. Where only ASCII
 * precedes a tab on its line, every way of counting columns puts that stop
 * at the same place; after a CJK character it depends on how the program
 * that wrote the tabs counted: GNU `unexpand` counts UTF-8 bytes (a CJK
 * character three), editors display width (two), Python's `expandtabs`
 * characters (one). The text cannot say which. So it is read once under
 * each, and a table row whose cells differ between the readings is not read
 * (its numbers marked `…`, warned `TABS_AMBIGUOUS`), nor any row of a table
 * whose header or labels differ (they say which column a value is in): a
 * value is kept only where every way of counting gives it in the same place.
 */
import { warning, type Warning } from '../../codes.js';
import type { Block, TableBlock } from '../../model/blocks.js';
import { DIGIT, markUnread } from '../../util/numbers.js';
import { expandTabs, type Metric } from './width.js';

const METRICS: readonly Metric[] = ['display', 'bytes', 'chars'];

/** A tab after a character beyond ASCII on its line: its stop depends on the metric. */
const AMBIGUOUS_TAB = /[^\x00-\x7f][^\t]*\t/;

export function readPaddedTabs(lines: string[], read: (lines: string[]) => { blocks: Block[]; warnings: Warning[] }): { blocks: Block[]; warnings: Warning[] } {
  if (!lines.some((l) => AMBIGUOUS_TAB.test(l))) return read(lines.map((l) => expandTabs(l, 'chars')));
  const [base, ...others] = METRICS.map((m) => read(lines.map((l) => expandTabs(l, m))));
  const tablesOf = (r: { blocks: Block[] }): TableBlock[] => r.blocks.filter((b): b is TableBlock => b.kind === 'table');
  const otherTables = others.map(tablesOf);
  const warnings = [...base!.warnings];
  tablesOf(base!).forEach((table, t) => {
    const differs = table.rows.map(
      (row, r) =>
        !otherTables.every((tables) => {
          const other = tables[t]?.rows[r];
          return other !== undefined && other.length === row.length && other.every((c, k) => c.text === row[k]!.text);
        }),
    );
    // A header or label row read differently may move every value under it: then no row is kept.
    const labelDiffers = table.rows.some((row, r) => differs[r] && !row.some((c) => DIGIT.test(c.text)));
    let unread = 0;
    table.rows.forEach((row, r) => {
      if (!differs[r] && !labelDiffers) return;
      for (const cell of row) {
        const marked = markUnread(cell.text);
        if (marked === cell.text) continue;
        cell.text = marked;
        unread++;
      }
    });
    if (unread > 0) {
      warnings.push(
        warning(
          'TABS_AMBIGUOUS',
          `${unread} cell(s) of the table at line ${table.location.line} read differently depending on how the text's tabs are counted (bytes, characters or display width); they are not read.`,
          { line: table.location.line },
        ),
      );
    }
  });
  return { blocks: base!.blocks, warnings };
}
