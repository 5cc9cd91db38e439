import { inUnit, isDataLike, isMoneyUnit, readNumber } from '../../src/util/numbers.js';

test.each([
  ['0', 0],
  ['\u3000\u3000    176454\u3000', 176454],
  ['\u00a02', 2],
  ['减72462', -72462],
  ['增100', 100],
  ['+100', 100],
  ['-5', -5],
  ['７７３０．２８', 7730.28],
  ['7730.28', 7730.28],
  ['251000元', 251000],
  ['1,234,567', 1234567],
  ['3件', 3],
  ['-0', 0],
  ['0.5', 0.5],
  ['减少5', -5],
  ['增加5', 5],
  ['（减5）', -5],
  ['(-5)', -5],
  ['—5', -5],
  ['－5', -5],
  ['减 5', -5],
  ['增\u30005', 5],
])('%j reads as %p', (text, value) => {
  expect(readNumber(text)).toMatchObject({ kind: 'number', value });
});

test.each(['', '   ', '\u3000\u00a0', '-', '—', '/', '无'])('%j is blank', (text) => {
  expect(readNumber(text)).toEqual({ kind: 'blank' });
});

test.each(['见附件', '约七万', '12%', '1.2.3', '二', 'N/A', '12 34x', '507\n3', '12\n\u00a034', '301 302', '1\u3000000', '12345678901234567890', '024', '00', '减05', '- 48', '-\n169384', '- 3', '（- 5）', '+ 5', '－\u30007'])('%j is text', (text) => {
  expect(readNumber(text)).toEqual({ kind: 'text' });
  expect(isDataLike(text)).toBe(false);
});

test('units: kept with the value, and money converted to a column\'s unit', () => {
  expect(readNumber('202500元')).toEqual({ kind: 'number', value: 202500, unit: '元' });
  expect(readNumber('25.1万元')).toEqual({ kind: 'number', value: 25.1, unit: '万元' });
  expect(inUnit(202500, '元', '万元')).toBe(20.25);
  expect(inUnit(1.5, '亿元', '万元')).toBe(15000);
  expect(inUnit(7730.28, undefined, '万元')).toBe(7730.28);
  expect(inUnit(3, '件', '万元')).toBeNull();
  // The multiples of 元 a header or cell may print.
  expect(readNumber('12千元')).toEqual({ kind: 'number', value: 12, unit: '千元' });
  expect(readNumber('1.2百万元')).toEqual({ kind: 'number', value: 1.2, unit: '百万元' });
  expect(inUnit(12, '千元', '万元')).toBe(1.2);
  expect(inUnit(1.2, '百万元', '万元')).toBe(120);
  expect(inUnit(5, '千万元', '万元')).toBe(5000);
  expect(inUnit(1200, '美元', '万元')).toBeNull();
  expect([isMoneyUnit('千元'), isMoneyUnit('元'), isMoneyUnit('件'), isMoneyUnit(undefined), isMoneyUnit('toString')]).toEqual([true, true, false, false, false]);
});
