import { readPaddedTabs } from '../../../src/frontends/text/paddingTabs.js';
import { expandTabs, tokens } from '../../../src/frontends/text/width.js';
import type { Block, TableBlock } from '../../../src/model/blocks.js';

test('a tab runs to the next tab stop, counted in the metric', () => {
  expect(expandTabs('ab\tx', 'chars')).toBe('ab      x');
  // 规范性文件: 15 bytes, 10 columns wide, 5 characters.
  expect(expandTabs('规范性文件\t5', 'bytes')).toBe('规范性文件 5');
  expect(expandTabs('规范性文件\t5', 'display')).toBe('规范性文件      5');
  expect(expandTabs('规范性文件\t5', 'chars')).toBe('规范性文件   5');
});

/** A reader that puts each piece in a column eight display columns wide (as an aligned reader does): `C 40` is 40 in the third. */
const positional = (lines: string[]): { blocks: Block[]; warnings: [] } => ({
  blocks: [
    {
      kind: 'table',
      rows: lines.map((l, i) =>
        tokens(l, 'display', 1).map((t) => ({ text: `${String.fromCharCode(65 + Math.floor(t.start / 8))} ${t.text}`, rowSpan: 1, colSpan: 1, location: { line: i + 1 } })),
      ),
      location: { line: 1 },
    },
  ],
  warnings: [],
});
const cells = (r: { blocks: Block[] }) => (r.blocks[0] as TableBlock).rows.map((row) => row.map((c) => c.text));

test('tabs after ASCII only: one reading', () => {
  const r = readPaddedTabs(['\t\t  40\t     0', 'ab\t  26\t     5'], positional);
  expect(cells(r)).toEqual([
    ['C 40', 'D 0'],
    ['A ab', 'B 26', 'C 5'],
  ]);
  expect(r.warnings).toEqual([]);
});

test('a tab after CJK: the rows that read differently by bytes, display width or characters are not read; a header that does makes the whole table unread', () => {
  // 规章 ends at byte 6, column 4, character 2: its first tab stops at 8 in each way. 规范性文件 ends at
  // byte 15 (its tab stops at 16), column 10 (16), character 5 (8): 26 lands in column B, C or B.
  // The cells shown are the display-width reading's.
  const rows = ['规章\t\t  40\t     0', '规范性文件\t  26\t     5'];
  const r = readPaddedTabs(rows, positional);
  expect(cells(r)).toEqual([
    ['A 规章', 'C 40', 'D 0'],
    ['A 规范性文件', 'C 26…', 'D 5…'],
  ]);
  expect(r.warnings.map((w) => [w.code, w.location])).toEqual([['TABS_AMBIGUOUS', { line: 1 }]]);
  const headed = readPaddedTabs(['信息内容\t  本年\t  上年', ...rows], positional);
  expect(cells(headed)).toEqual([
    ['A 信息内容', 'C 本年', 'D 上年'],
    ['A 规章', 'C 40…', 'D 0…'],
    ['A 规范性文件', 'C 26…', 'D 5…'],
  ]);
});
