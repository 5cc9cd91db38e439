import { pageNumberLines } from '../../../src/frontends/text/pages.js';

test('a bare number that is its page number, last on the page, is furniture; decorated ones anywhere; -5611 is a value', () => {
  const lines = ['规章', '12', '1', '\f行政许可', '- 2 -', '-5611', '7', '\f3'];
  expect([...pageNumberLines(lines)].sort()).toEqual([2, 4]);
});

describe('text without form feeds (pdftotext -layout -nopgbrk): bare page numbers that count the pages', () => {
  const page = (n: number, filler: string) => [...Array.from({ length: 24 }, (_, k) => `${filler}${k}`), `          ${n}`];
  // A value 3 alone on its line two lines after page 2's number does not continue the count.
  const text = [...page(1, '正文'), ...page(2, '正文'), '  行政许可      2', '          3', ...page(3, '正文').slice(1)];

  test('1, 2, 3 a page apart, the last within a page of the end, are page numbers', () => {
    expect([...pageNumberLines(text, 1, { countingPages: true })]).toEqual([24, 49, 75]);
    // Not unless asked (a cell a line: small values alone on their lines count up too easily).
    expect([...pageNumberLines(text)]).toEqual([]);
  });

  test('numbers too close together, or a count that stops long before the end, are values', () => {
    expect([...pageNumberLines(['1', 'a', '2', 'b', '3'], 1, { countingPages: true })]).toEqual([]);
    expect([...pageNumberLines([...page(1, 'a'), ...page(2, 'b'), ...page(3, 'c'), ...Array.from({ length: 60 }, () => '正文')], 1, { countingPages: true })]).toEqual([]);
  });
});

test('full-width digits are the same page numbers (text typed in full-width mode)', () => {
  // `６` last on page 1 and `－２－` are page numbers; `－５６１１` is a value.
  const lines = ['规章', '１２', '６', '\f行政许可', '－２－', '－５６１１', '\f３'];
  expect([...pageNumberLines(lines, 6)].sort()).toEqual([2, 4]);
});
