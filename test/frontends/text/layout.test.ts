import { detectLayout, tabsArePadding } from '../../../src/frontends/text/layout.js';

const lines = (s: string) => s.split('\n');

test('markdown: a pipe table or a raw HTML table', () => {
  expect(detectLayout(lines('标题\n| a | b |\n|---|---|\n| 1 | 2 |'))).toBe('markdown');
  expect(detectLayout(lines('标题\n<table>\n<tr><td>1</td></tr>\n</table>'))).toBe('markdown');
  // A wiki markup's table: MediaWiki and AsciiDoc.
  expect(detectLayout(lines('标题\n{|\n| 规章\n| 3\n|}'))).toBe('markdown');
  expect(detectLayout(lines('标题\n|===\n|规章 |3\n|==='))).toBe('markdown');
});

test('markdown: three or more pipe rows without a delimiter row (antiword, org-mode), when no bordered or barred table explains the bars', () => {
  expect(detectLayout(lines('标题\n| 信息内容 | 本年制发件数 |\n| 规章 | 3 |\n| 行政规范性文件 | 4 |'))).toBe('markdown');
  expect(detectLayout(lines('标题\n| 信息内容 | 本年制发件数 |\n| 规章 | 3 |'))).toBe('tabs');
});

test('tabs: the converter layout and tab-separated rows', () => {
  expect(detectLayout(lines('\t信息内容\n\t规章\n\t3\n\n\t规范性文件\n\t4'))).toBe('tabs');
  expect(detectLayout(lines('规章\t1\t2\n规范性文件\t3\t4\n行政许可\t5\t6'))).toBe('tabs');
});

test("a Word table of contents in a text export (`一、总体情况<tab>2`) is no evidence of tab-separated rows; single-value table rows are", () => {
  const contents = ['目录', '一、总体情况\t2', '（一）主动公开\t2', '二、主动公开政府信息情况\t3', '三、收到和处理政府信息公开申请情况\t4', '第四部分 政府信息公开行政复议、行政诉讼情况\t5'];
  const cells = ['信息内容', ...Array.from({ length: 12 }, (_, i) => String(i))];
  expect(detectLayout([...contents, ...cells])).toBe('cells');
  expect(detectLayout(['行政许可\t5', '行政处罚\t6', '行政强制\t7', ...cells])).toBe('tabs');
  expect(detectLayout(['第一部分 总体情况\t2', '第二部分 主动公开政府信息情况\t3', '第三部分 收到和处理政府信息公开申请情况\t4', ...cells])).toBe('cells');
});

test('aligned: a dash rule, or lines of numbers apart by runs of spaces', () => {
  expect(detectLayout(lines('  ------ ------\n  规章   3\n  ------ ------'))).toBe('aligned');
  const rows = Array.from({ length: 5 }, (_, i) => `行政许可      ${i}      ${i + 1}     ${i + 2}`);
  expect(detectLayout(rows)).toBe('aligned');
});

test('cells: many lines that are one number, no tabs', () => {
  const seq = ['信息内容', ...Array.from({ length: 12 }, (_, i) => String(i))];
  expect(detectLayout(seq)).toBe('cells');
});

test('cells: rows a line, cells a single space apart (pdftotext -raw), a label before the numbers or none', () => {
  const rows = Array.from({ length: 5 }, (_, i) => [`（${i}）予以公开 ${i} 0 12 5 0 0 ${i + 17}`, '申请数量', `0 ${i} 3`]).flat();
  expect(detectLayout(rows)).toBe('cells');
  // A number inside a sentence, or one number after a word, is prose, not a row.
  const prose = Array.from({ length: 12 }, (_, i) => [`组织开展业务培训 ${i} 次，提升能力。`, `办理提案 ${i}`]).flat();
  expect(detectLayout(prose)).toBe('tabs');
});

test('prose alone stays with the default reader', () => {
  expect(detectLayout(lines('一、总体情况\n本年度公开信息120条。\n二、主动公开政府信息情况'))).toBe('tabs');
});

test("barred: a line of underscores, then a line of bars (Debian's html2text of a bordered table)", () => {
  expect(detectLayout(lines(' ______________\n|规章____|3___|\n|规范性文件|4_|'))).toBe('barred');
  // Underscores as a rule in prose, or a markdown thematic break before a pipe table, are not.
  expect(detectLayout(lines('正文\n______\n正文'))).toBe('tabs');
  expect(detectLayout(lines('___\n| a | b |\n|---|---|\n| 1 | 2 |'))).toBe('markdown');
});

test("paragraphCells: many lines of one bar and a delimiter line (Python's html2text where cells hold paragraphs)", () => {
  const cells = Array.from({ length: 12 }, (_, i) => [String(i), '', '|', '']).flat();
  expect(detectLayout(['标题', '', '---|---  ', ...cells])).toBe('paragraphCells');
  expect(detectLayout(['标题', '', ...cells])).toBe('cells');
});

test('tabs that are padding (unexpand of aligned text): spaces after tabs on most tab lines, none before one', () => {
  const aligned = ['规章\t\t  40\t     0\t 13', '规范性文件\t  26\t     5\t 19', '\t\t\t  总计', '行政许可\t   7\t     1\t  3'];
  expect(tabsArePadding(aligned)).toBe(true);
  // Tab-separated rows with cells padded by spaces: spaces before tabs too.
  expect(tabsArePadding(['规章\t 40 \t0\t 13', '规范性文件\t 26\t 5 \t19', '行政许可\t 7\t1 \t 3'])).toBe(false);
  // The converter layout (a tab-prefixed cell a line) and plain tab-separated rows.
  expect(tabsArePadding(lines('\t信息内容\n\t规章\n\t 3\n\n\t规范性文件\n\t4'))).toBe(false);
  expect(tabsArePadding(lines('规章\t1\t2\n规范性文件\t3\t4\n行政许可\t5\t6'))).toBe(false);
  // Fewer than three tab lines say nothing.
  expect(tabsArePadding(aligned.slice(0, 2))).toBe(false);
});

test('rows of numbers a space apart after a label and two spaces (`一、本年新收  56 0 0 57`) are pdftotext -raw\'s rows (review, fifteenth session)', () => {
  // The pattern replaced by tokens took three numbers or more whatever stood before them.
  expect(detectLayout(Array.from({ length: 12 }, (_, i) => `第${i}行标签  ${i} 0 0 ${i + 1}`))).toBe('cells');
});
