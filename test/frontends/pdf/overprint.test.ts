import { overprinted } from '../../../src/frontends/pdf/overprint.js';
import { undecodable } from '../../../src/frontends/pdf/undecodable.js';
import type { PageContent, Run } from '../../../src/frontends/pdf/types.js';
import { run } from './helpers.js';

/** Digits set at half an em each, as table fonts set them. */
const num = (text: string, x: number, base: number, size = 10): Run => run(text, x, base, size, text.length * size * 0.5);

test('a seal\'s serial number laid over a cell\'s number is text printed over text', () => {
  // `3201080012345` at 8 pt from x 100, the cell's `23` at 10 pt at x 130, inside it, on its line.
  expect(overprinted([num('3201080012345', 100, 50, 8), num('23', 130, 51)])).toBe(true);
  // Overlapping by a third of an em is enough; a touch (kerning, a glyph box's side bearing) is not.
  expect(overprinted([num('18', 100, 50), num('7', 107, 50)])).toBe(true);
  expect(overprinted([num('18', 100, 50), num('7', 109.5, 50)])).toBe(false);
});

test('runs side by side, on other lines, turned, blank, or one text printed twice (a bold made so) are not', () => {
  expect(overprinted([num('21', 100, 50), num('件', 110, 50)])).toBe(false);
  expect(overprinted([num('3201080012345', 100, 50, 8), num('23', 130, 70)])).toBe(false);
  expect(overprinted([num('2021', 100, 50), { ...num('公', 104, 50), vertical: true }])).toBe(false);
  expect(overprinted([num('  ', 100, 50), num('23', 100, 50)])).toBe(false);
  expect(overprinted([num('23', 100, 50), num('23', 100.4, 50.2)])).toBe(false);
  // Trailing spaces are no ink: `审结 ` then `21` right after the word.
  expect(overprinted([run('审结 ', 100, 50, 10, 25), num('21', 120.5, 50)])).toBe(false);
});

const page = (texts: string[]): PageContent => ({ page: 1, width: 595, height: 842, runs: texts.map((t, i) => run(t, 50, 60 + 12 * i)), segments: [] });

test('a text layer of glyph numbers (ASCII signs, or characters of scattered scripts) is undecodable; a report, even mostly figures, is not', () => {
  const signs = '!"#$%&\'()*+,-./0121 3456789:; <=<= > ? > @AB <=<= ><';
  expect(undecodable([page(Array(5).fill(signs))])).toBe(true);
  expect(undecodable([page(Array(8).fill('⍚⌭४Ӫ≁᭯ᓌ ᒤ᭯ᓌؑ᚟ޜᔰᐕ֌ᒤᓖᣕ੺ ⋖䉃㋎䈲⋨㩼⠆⠷䧫┱㎃⺠⤤⏦'))])).toBe(true);
  expect(undecodable([page(['一、总体情况', '本机关全年主动公开政府信息1234条。', '规章 0 0 12', '规范性文件 3 1 25 ① ★ ×', ...Array(8).fill('12 345 6789 0 0 21 7730.28 （一）')])])).toBe(false);
  // An English text is no report, but no undecodable layer either (NOT_A_REPORT decides it).
  expect(undecodable([page(Array(6).fill('The annual report of the information office, with its tables and figures.'))])).toBe(false);
  // Too little text to judge.
  expect(undecodable([page(['!"#$%&'])])).toBe(false);
});
