import { withoutMarks } from '../../../src/frontends/pdf/marks.js';
import type { Run } from '../../../src/frontends/pdf/types.js';

/** A run at x, `size` points, its baseline `raise` points above the line's (y grows downward). */
const run = (text: string, x: number, size: number, raise = 0): Run => {
  const baseline = 110 - raise;
  return { text, page: 1, box: { x, y: baseline - 0.88 * size, width: 0.55 * size * text.length, height: size }, baseline, fontSize: size, vertical: false };
};

test('a small figure raised or lowered right after a cell\'s text is a footnote mark, left out', () => {
  const number = run('18', 100, 9);
  const sup = run('1', 100 + 0.55 * 9 * 2, 7.5, 3.75); // Chromium's <sup>: 0.83 em, raised 0.42 em
  expect(withoutMarks([number, sup]).map((r) => r.text)).toEqual(['18']);
  const sub = run('①', 100 + 0.55 * 9 * 2 + 1, 6, -2);
  expect(withoutMarks([number, sub]).map((r) => r.text)).toEqual(['18']);
});

test('not marks: a smaller unit on the number\'s baseline, a raised figure apart from the text, words, text of the same size', () => {
  const number = run('12', 100, 9);
  expect(withoutMarks([number, run('件', 110, 7.5)])).toHaveLength(2);
  expect(withoutMarks([number, run('1', 140, 7.5, 3.75)])).toHaveLength(2);
  expect(withoutMarks([number, run('本年', 110, 7.5, 3.75)])).toHaveLength(2);
  expect(withoutMarks([number, run('3', 110, 8.5, 3.75)])).toHaveLength(2);
});
