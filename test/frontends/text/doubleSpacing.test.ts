import { singleSpaced } from '../../../src/frontends/text/doubleSpacing.js';

/** Paragraphs as mammoth's extractRawText writes them: each followed by an empty line. */
const doubled = (paragraphs: string[]) => paragraphs.flatMap((p) => [p, '']);

const PARAGRAPHS = ['一、总体情况', '本年度……', '（一）予以公开', '0', '', '141012', '', '35356', ...Array.from({ length: 20 }, (_, i) => String(i))];

test('every second line empty: those lines are separators; an empty paragraph (an empty cell) stays an empty line', () => {
  const single = singleSpaced(doubled(PARAGRAPHS));
  expect(single?.lines).toEqual(PARAGRAPHS);
  // Line numbers in the text: the first paragraph on line 1, the next on line 3, …
  expect(single?.origin.slice(0, 5)).toEqual([1, 3, 5, 7, 9]);
});

test('a text that starts with an empty line keeps the other parity; trailing empty lines say nothing', () => {
  const single = singleSpaced(['', ...doubled(PARAGRAPHS), '', '']);
  expect(single?.lines).toEqual(PARAGRAPHS);
  expect(single?.origin[0]).toBe(2);
});

test('two lines of content in a row anywhere (a wrapped paragraph, a row a line), or too little content: left as it is', () => {
  const lines = doubled(PARAGRAPHS);
  expect(singleSpaced([...lines.slice(0, 9), '续行', ...lines.slice(9)])).toBeNull();
  expect(singleSpaced(doubled(PARAGRAPHS.slice(0, 10)))).toBeNull();
  // LibreOffice's export: a paragraph a line, no separators.
  expect(singleSpaced(PARAGRAPHS)).toBeNull();
});
