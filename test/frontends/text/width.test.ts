import { charWidth, columnsOf, tokens } from '../../../src/frontends/text/width.js';

test('CJK and full-width characters are two columns wide, others one', () => {
  expect(['规', '（', '１', 'a', '1', ' ', '“'].map((c) => charWidth(c.codePointAt(0)!))).toEqual([2, 2, 2, 1, 1, 1, 1]);
  expect(columnsOf('规章 1', 'display')).toEqual({ chars: ['规', '章', ' ', '1'], starts: [0, 2, 4, 5], width: 6 });
  expect(columnsOf('规章 1', 'chars').starts).toEqual([0, 1, 2, 3]);
});

test('tokens: runs apart by two or more spaces, with their columns', () => {
  expect(tokens('规章    12  减 3', 'display')).toEqual([
    { text: '规章', start: 0, end: 4 },
    { text: '12', start: 8, end: 10 },
    { text: '减 3', start: 12, end: 16 },
  ]);
  expect(tokens('规章    12', 'chars')).toEqual([
    { text: '规章', start: 0, end: 2 },
    { text: '12', start: 6, end: 8 },
  ]);
});

test('bytes: a column per UTF-8 byte (Debian html2text pads so), a CJK character three', () => {
  expect(columnsOf('规章 1é', 'bytes')).toEqual({ chars: ['规', '章', ' ', '1', 'é'], starts: [0, 3, 6, 7, 8], width: 10 });
  expect(tokens('规章  12', 'bytes')).toEqual([
    { text: '规章', start: 0, end: 6 },
    { text: '12', start: 8, end: 10 },
  ]);
});
