import { splitTextSideColumn } from '../../../src/frontends/text/sideColumn.js';

const pad = (left: string, width: number) => left + ' '.repeat(width - [...left].reduce((w, c) => w + (c.charCodeAt(0) > 0x2e7f ? 2 : 1), 0));
const BODY = '2020年，本机关认真实施《中华人民共和国政府信息公开条例》。';

test("a text browser's dump with the site's navigation beside the report: the column first, the body after it, lines numbered as in the text", () => {
  const text = [
    '当前位置：首页 > 政务公开 > 政府信息公开年度报告',
    `${pad('政府信息公开', 32)}某局2020年政府信息公开工作年度报告`,
    '',
    `${pad('  • 政府信息公开指南', 32)}发布日期：2021-01-28  来源：某局`,
    '  • 政府信息公开制度',
    `${pad('  • 政府信息公开年度报告', 32)}根据《中华人民共和国政府信息公开条例》`,
    '',
    `${' '.repeat(32)}一、总体情况`,
    ...Array.from({ length: 6 }, () => `${' '.repeat(32)}${BODY}`),
  ];
  const rebuilt = splitTextSideColumn(text)!;
  expect(rebuilt.lines.map((l) => l.trim())).toEqual([
    '当前位置：首页 > 政务公开 > 政府信息公开年度报告',
    '政府信息公开',
    '• 政府信息公开指南',
    '• 政府信息公开制度',
    '• 政府信息公开年度报告',
    '',
    '某局2020年政府信息公开工作年度报告',
    '',
    '发布日期：2021-01-28  来源：某局',
    '根据《中华人民共和国政府信息公开条例》',
    '',
    '一、总体情况',
    ...Array.from({ length: 6 }, () => BODY),
  ]);
  expect(rebuilt.origin).toEqual([1, 2, 4, 5, 6, 2, 2, 3, 4, 6, 7, 8, 9, 10, 11, 12, 13, 14]);
  // The body's text keeps its columns.
  expect(rebuilt.lines[6]).toBe(`${' '.repeat(32)}某局2020年政府信息公开工作年度报告`);
});

test('no deep indentation common to the text (a table row a line from its left edge): null', () => {
  const text = ['二、主动公开政府信息情况', ...Array.from({ length: 8 }, (_, i) => `规章${' '.repeat(30)}${i}      ${i + 1}      ${i + 2}`)];
  expect(splitTextSideColumn(text)).toBeNull();
});

test('a deeply indented body with nothing beside it: null', () => {
  expect(splitTextSideColumn(Array.from({ length: 8 }, () => `${' '.repeat(24)}${BODY}`))).toBeNull();
});
