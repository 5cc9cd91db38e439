import { hasSeparatorLines, rebuildSeparatorLines } from '../../../src/frontends/text/separatorLines.js';

/** A browser's text of cells holding paragraphs: `\t` alone between them, a blank line on each side; a blank cell gives no line. */
const cells = (...texts: string[]) => texts.flatMap((t, i) => [...(i > 0 ? ['\t'] : []), ...(t === '' ? [] : [t])]).join('\n\n');
/** Rows apart by three blank lines. */
const rows = (...r: string[]) => r.join('\n\n\n\n');

describe('hasSeparatorLines', () => {
  test('lines of a lone tab, ten or more and over twice the tabbed text lines', () => {
    const page = rows(cells('规章', '1', '2', '3'), cells('行政规范性文件', '4', '5', '6'), cells('a', 'b', 'c', 'd', 'e')).split('\n');
    expect(hasSeparatorLines(page)).toBe(true);
    expect(hasSeparatorLines(page.slice(0, 20))).toBe(false);
    // A converter's tab-prefixed cells: lone tabs are its blank cells among many `\tcell` lines.
    expect(hasSeparatorLines([...page, ...Array.from({ length: 10 }, (_, i) => `\t${i}`)])).toBe(false);
  });
});

describe('rebuildSeparatorLines', () => {
  test('rows a line, cells apart by tabs, blank cells kept at both ends, line numbers of the text', () => {
    const text = ['二、主动公开政府信息情况', '', rows(cells('信息内容', '本年制发件数', '本年废止件数', '现行有效件数'), cells('规章', '', '7', ''), cells('', '8', '9', '10')), '', '三、收到和处理政府信息公开申请情况'].join('\n');
    const { lines, origin } = rebuildSeparatorLines(text.split('\n'));
    expect(lines).toEqual(['二、主动公开政府信息情况', '', '信息内容\t本年制发件数\t本年废止件数\t现行有效件数', '规章\t\t7\t', '\t8\t9\t10', '', '三、收到和处理政府信息公开申请情况']);
    expect(origin.map((no) => text.split('\n')[no - 1])).toEqual(['二、主动公开政府信息情况', '', '信息内容', '规章', '\t', '', '三、收到和处理政府信息公开申请情况']);
  });

  test("a line break inside a cell (fewer blank lines than a cell boundary) joins its lines, never a number's", () => {
    const { lines } = rebuildSeparatorLines(rows(cells('商业\n企业', '科研\n机构'), cells('行政强制', '57\n第二十条第（八）项')).split('\n'));
    expect(lines).toEqual(['商业企业\t科研机构', '行政强制\t57', '第二十条第（八）项']);
  });

  test('a blank cell written as a no-break or ideographic space is a cell, not a gap', () => {
    const { lines } = rebuildSeparatorLines(rows(cells('5.属于三类内部事务信息', '25', '\u3000'), cells('6.属于四类过程性信息', '\u00a0', '3')).split('\n'));
    expect(lines).toEqual(['5.属于三类内部事务信息\t25\t', '6.属于四类过程性信息\t\t3']);
  });

  test('a numbered heading or a sentence after a tab ends the table (its last cell blank); a heading is no first cell either', () => {
    const table2 = rows(cells('规章', '1', '2', '3'), cells('行政事业性收费', ''));
    const text = `${table2}\n\n三、收到和处理政府信息公开申请情况\n\n${rows(cells('', '申请人情况'), cells('自然人', '法人或其他组织', '总计'))}`;
    expect(rebuildSeparatorLines(text.split('\n')).lines).toEqual(['规章\t1\t2\t3', '行政事业性收费\t', '', '三、收到和处理政府信息公开申请情况', '', '\t申请人情况', '自然人\t法人或其他组织\t总计']);
  });

  test("a lone tab with fewer blank lines around it than the tables' cells have (a page's layout table) parts nothing", () => {
    const text = ['政府信息公开年度报告', '\t', '洪泽区人民政府2023年政府信息公开工作年度报告', '', rows(cells('规章', '1', '2', '3'), cells('行政规范性文件', '4', '5', '6'))].join('\n');
    expect(rebuildSeparatorLines(text.split('\n')).lines).toEqual(['政府信息公开年度报告', '', '洪泽区人民政府2023年政府信息公开工作年度报告', '', '规章\t1\t2\t3', '行政规范性文件\t4\t5\t6']);
  });
});
