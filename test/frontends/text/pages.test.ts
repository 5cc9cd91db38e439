import { pageNumberLines } from '../../../src/frontends/text/pages.js';

test('a bare number that is its page number, last on the page, is furniture; decorated ones anywhere; -5611 is a value', () => {
  const lines = ['规章', '12', '1', '\f行政许可', '- 2 -', '-5611', '7', '\f3'];
  expect([...pageNumberLines(lines)].sort()).toEqual([2, 4]);
});
