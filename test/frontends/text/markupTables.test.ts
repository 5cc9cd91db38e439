import { markupTable, markupTableEnd, startsMarkupTable } from '../../../src/frontends/text/markupTables.js';

const cell = (text: string, line: number, rowSpan = 1, colSpan = 1) => ({ text, rowSpan, colSpan, location: { line } });

test("MediaWiki: a cell a line or several apart by ||, attributes before a lone |, spans, <br />, bold, a cell's text continued on the next line", () => {
  const wiki = [
    '{|',
    '|width="20%"| 信息内容',
    "! '''本年制发件数''' !! 现行有效件数",
    '|-',
    '| colspan="2" | 第二十条第（一）项',
    '| rowspan=2 | 3',
    '|-',
    '| 商业<br />',
    '企业',
    '| 减2 || 5',
    '|}',
    '后文',
  ];
  expect(startsMarkupTable(wiki, 0)).toBe(true);
  expect(markupTableEnd(wiki, 0)).toBe(11);
  expect(markupTable(wiki, 0, 11)).toEqual({
    kind: 'table',
    location: { line: 1, endLine: 11 },
    rows: [
      [cell('信息内容', 2), cell('本年制发件数', 3), cell('现行有效件数', 3)],
      [cell('第二十条第（一）项', 5, 1, 2), cell('3', 6, 2, 1)],
      [cell('商业\n企业', 8), cell('减2', 10), cell('5', 10)],
    ],
  });
});

test('MediaWiki: rows that all fill one width declare it (pandoc writes covered cells empty)', () => {
  const wiki = ['{|', '| 规章', '|', '| 3', '|-', '| 行政规范性文件', '| 4', '|', '|}'];
  expect(markupTable(wiki, 0, 9)).toMatchObject({ columns: 3, rows: [[{ text: '规章' }, { text: '' }, { text: '3' }], [{ text: '行政规范性文件' }, { text: '4' }, { text: '' }]] });
});

test('AsciiDoc: the cols attribute sets the row width, a cell may run over lines (hard breaks " +"), spans before |, emphasis off', () => {
  const adoc = [
    '[width="100%",cols="2*,1",]',
    '|===',
    '| |*本年制发件数* |现行有效件数',
    '|商业 +',
    '企业 |减2 |5',
    '2+|第二十条第（一）项 .2+|7',
    '|规章 |3',
    '|===',
  ];
  expect(startsMarkupTable(adoc, 1)).toBe(true);
  expect(markupTableEnd(adoc, 1)).toBe(8);
  expect(markupTable(adoc, 1, 8)).toEqual({
    kind: 'table',
    columns: 3,
    location: { line: 2, endLine: 8 },
    rows: [
      [cell('', 3), cell('本年制发件数', 3), cell('现行有效件数', 3)],
      [cell('商业\n企业', 4), cell('减2', 5), cell('5', 5)],
      [cell('第二十条第（一）项', 6, 1, 2), cell('7', 6, 2, 1)],
      [cell('规章', 7), cell('3', 7)],
    ],
  });
});

test('an unclosed table, or a fence with nothing inside, is no table', () => {
  expect(startsMarkupTable(['{|', '| 1', '|-', '| 2'], 0)).toBe(false);
  expect(startsMarkupTable(['|===', '|1 |2'], 0)).toBe(false);
  expect(startsMarkupTable(['|===', '|==='], 0)).toBe(false);
});
