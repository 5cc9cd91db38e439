import { parseText } from '../../src/parseText.js';
import { XxgkError } from '../../src/codes.js';
import { applicant, zhangdianText } from '../support/fixtures.js';
import { ZHANGDIAN_ACTIVE, ZHANGDIAN_APPLICATIONS, ZHANGDIAN_REVIEW } from '../support/zhangdian-expected.js';

/** Damaged copies of the real fixture: the right warnings, and the rest still parsed. */

const lines = (): string[] => zhangdianText().split('\n');
const indexOf = (ls: string[], text: string): number => {
  const i = ls.findIndex((l) => l === text || l === `\t${text}`);
  if (i === -1) throw new Error(`no line ${text}`);
  return i;
};
/** Removes the table row that holds a cell line (from the blank line before it to the blank line after). */
function removeRowOf(ls: string[], cell: string): string[] {
  const i = indexOf(ls, cell);
  let start = i;
  while (ls[start - 1] !== '') start--;
  let end = i;
  while (ls[end] !== '') end++;
  return [...ls.slice(0, start), ...ls.slice(end + 1)];
}
const codes = (text: string) => parseText(text).warnings.map((w) => [w.code, w.location.section ?? null, w.location.row ?? null]);
const nulls = applicant([null, null, null, null, null, null, null]);

describe('damaged variants of the Zhangdian report', () => {
  test('table 三 removed: TABLE_MISSING, its values null, the others intact', () => {
    const ls = lines();
    const start = indexOf(ls, '   （本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）');
    const end = ls.findIndex((l, i) => i > start && l.startsWith('四、'));
    const { report, warnings } = parseText([...ls.slice(0, start), ...ls.slice(end)].join('\n'));
    expect(warnings.map((w) => [w.code, w.location])).toEqual([
      ['HEADING_MISNUMBERED', { line: 99, section: 3 }],
      // Section 三 held nothing but its table.
      ['SECTION_EMPTY', { line: 99, section: 3 }],
      ['TABLE_MISSING', { section: 3 }],
    ]);
    expect(report.tables.map((t) => t.kind)).toEqual(['activeDisclosure', 'reviewLitigation']);
    expect(report.applications.granted).toEqual(nulls);
    expect(report.applications.denied.adminQuery).toEqual(nulls);
    expect(report.activeDisclosure).toEqual(ZHANGDIAN_ACTIVE);
    expect(report.reviewLitigation).toEqual(ZHANGDIAN_REVIEW);
  });

  test('a section heading deleted: SECTION_MISSING, its table still found (now under section 二)', () => {
    const ls = lines();
    ls.splice(indexOf(ls, '3、 收到和处理政府信息公开申请情况'), 1);
    const { report } = parseText(ls.join('\n'));
    expect(codes(ls.join('\n'))).toEqual([['SECTION_MISSING', 3, null]]);
    expect(report.sections.map((s) => s.ordinal)).toEqual([1, 2, 4, 5, 6]);
    expect(report.tables.map((t) => [t.kind, t.section])).toEqual([
      ['activeDisclosure', 2],
      ['applications', 2],
      ['reviewLitigation', 4],
    ]);
    expect(report.applications).toEqual(ZHANGDIAN_APPLICATIONS);
  });

  test('a table 三 row deleted: ROW_MISSING, its cells null, nothing shifted', () => {
    const text = removeRowOf(lines(), '2.其他法律行政法规禁止公开').join('\n');
    const { report } = parseText(text);
    expect(codes(text)).toEqual([
      ['HEADING_MISNUMBERED', 3, null],
      ['ROW_MISSING', null, 'denied.lawProhibited'],
    ]);
    expect(report.applications).toEqual({ ...ZHANGDIAN_APPLICATIONS, denied: { ...ZHANGDIAN_APPLICATIONS.denied, lawProhibited: nulls } });
  });

  test('the row 一、本年新收 deleted: its values null, the next rows keep theirs', () => {
    const text = removeRowOf(lines(), '一、本年新收政府信息公开申请数量').join('\n');
    const { report } = parseText(text);
    expect(codes(text)).toEqual([
      ['HEADING_MISNUMBERED', 3, null],
      ['ROW_MISSING', null, 'newReceived'],
    ]);
    expect(report.applications.newReceived).toEqual(nulls);
    expect(report.applications.granted).toEqual(applicant([2, 0, 0, 0, 0, 0, 2]));
  });

  test('a number replaced by text: that cell null with CELL_NOT_NUMERIC, the rest of the row unshifted', () => {
    const ls = lines();
    const granted = indexOf(ls, '（一）予以公开');
    expect(ls[granted + 1]).toBe('\t\u00a02');
    ls[granted + 1] = '\t见附件';
    const { report, warnings } = parseText(ls.join('\n'));
    expect(warnings.map((w) => [w.code, w.location])).toEqual([
      ['HEADING_MISNUMBERED', { line: 99, section: 3 }],
      ['CELL_NOT_NUMERIC', { line: granted + 2, table: 1, row: 'granted', column: 'naturalPerson' }],
    ]);
    expect(report.applications.granted).toEqual(applicant([null, 0, 0, 0, 0, 0, 2]));
    expect(report.tables[1]!.rows[5]![2]).toEqual({ text: '见附件', value: null, rowSpan: 1, colSpan: 1, location: { line: granted + 2 } });
    // The same in table 二 and 四.
    const ls2 = lines();
    ls2[indexOf(ls2, '减72462')] = '\t约七万';
    const r2 = parseText(ls2.join('\n'));
    expect(r2.report.activeDisclosure).toEqual({ ...ZHANGDIAN_ACTIVE, licensing: { previousYear: 176454, change: null, decisions: 103992 } });
    expect(r2.warnings.map((w) => [w.code, w.location.row, w.location.column])).toEqual([
      ['HEADING_MISNUMBERED', undefined, undefined],
      ['CELL_NOT_NUMERIC', 'licensing', 'change'],
    ]);
  });

  test('headings renumbered: recognised by title, each warned', () => {
    const text = zhangdianText().replace('\n四、政府信息公开行政复议', '\n五、政府信息公开行政复议').replace('\n五、存在的主要问题', '\n四、存在的主要问题').replace('\n一、总体情况', '\n1、总体情况');
    const { report } = parseText(text);
    expect(codes(text)).toEqual([
      ['HEADING_MISNUMBERED', 1, null],
      ['HEADING_MISNUMBERED', 3, null],
      ['HEADING_MISNUMBERED', 4, null],
      ['HEADING_MISNUMBERED', 5, null],
    ]);
    expect(report.sections.map((s) => [s.ordinal, s.number])).toEqual([
      [1, '1、'],
      [2, '二、'],
      [3, '3、'],
      [4, '五、'],
      [5, '四、'],
      [6, '六、'],
    ]);
    expect(report.reviewLitigation).toEqual(ZHANGDIAN_REVIEW);
  });

  test('sections out of order: SECTION_OUT_OF_ORDER, the content still attached to its section', () => {
    const ls = lines();
    const five = indexOf(ls, '五、存在的主要问题及改进情况');
    const six = indexOf(ls, '六、其他需要报告的事项');
    const four = indexOf(ls, '四、政府信息公开行政复议、行政诉讼情况');
    const moved = [...ls.slice(0, four), ...ls.slice(five, six), ...ls.slice(four, five), ...ls.slice(six)];
    const { report, warnings } = parseText(moved.join('\n'));
    expect(warnings.map((w) => [w.code, w.location.section])).toEqual([
      ['HEADING_MISNUMBERED', 3],
      ['SECTION_OUT_OF_ORDER', 4],
    ]);
    expect(report.sections.map((s) => s.ordinal)).toEqual([1, 2, 3, 5, 4, 6]);
    expect(report.sections[3]!.subsections.map((s) => s.number)).toEqual(['（一）', '（二）', '（三）', '（四）']);
    expect(report.tables[2]!.section).toBe(4);
  });

  test('a 2021 report year with 2019 tables: FORMAT_OUTDATED, still the 2019 keys', () => {
    const text = zhangdianText().replace('2020年政府信息公开工作年度报告', '2021年政府信息公开工作年度报告');
    const { report, warnings } = parseText(text);
    expect(report.year).toBe(2021);
    expect(report.formatVersion).toBe('2019');
    expect(warnings.map((w) => w.code)).toEqual(['HEADING_MISNUMBERED', 'FORMAT_OUTDATED']);
    expect(report.activeDisclosure).toEqual(ZHANGDIAN_ACTIVE);
  });

  test('only paragraphs left (all tables gone): three TABLE_MISSING, version from the year', () => {
    const text = lines().filter((l) => !l.startsWith('\t')).join('\n');
    const { report, warnings } = parseText(text);
    expect(report.formatVersion).toBe('2019');
    // Sections 三 and 四 held nothing but their tables (二 has a paragraph of its own).
    expect(warnings.map((w) => [w.code, w.location.section])).toEqual([
      ['HEADING_MISNUMBERED', 3],
      ['SECTION_EMPTY', 3],
      ['SECTION_EMPTY', 4],
      ['FORMAT_UNDETERMINED', 2],
      ['TABLE_MISSING', 2],
      ['TABLE_MISSING', 3],
      ['TABLE_MISSING', 4],
    ]);
    expect(report.reviewLitigation.review.total).toBeNull();
  });

  test('a damaged report with a single section title and no table is not a report', () => {
    expect(() => parseText('一、总体情况\n本年度工作情况良好。\n')).toThrow(XxgkError);
  });
});

describe('the signature', () => {
  test('a bracketed note after the date belongs to it; other lines do not', () => {
    const noted = parseText(`${zhangdianText().trimEnd()}\n（此件公开发布）\n`).report;
    expect(noted.signature).toEqual(['淄博市公安局交通警察支队张店大队', '2021年1月26日', '（此件公开发布）']);
    expect(noted.publishedOn).toBe('2021-01-26');
    const annex = parseText(`${zhangdianText().trimEnd()}\n附件：依申请公开办理情况统计表\n`).report;
    expect(annex.signature).toEqual(['淄博市公安局交通警察支队张店大队', '2021年1月26日']);
    expect(annex.sections[5]!.paragraphs.slice(-1)).toEqual(['附件：依申请公开办理情况统计表']);
  });

  test("a web page's footer after it (a page dumped or copied as text): the signature is a date under an agency among the last eight paragraphs", () => {
    const footer = ['【打印本页】【关闭窗口】', '分享到：微信 微博', '主办：淄博市公安局交通警察支队办公室  承办：淄博市公安局交通警察支队大数据中心', '版权所有：淄博市公安局交通警察支队  网站标识码：3208130001'];
    const { report } = parseText(`${zhangdianText().trimEnd()}\n${footer.join('\n')}\n`);
    expect([report.signature, report.publishedOn]).toEqual([['淄博市公安局交通警察支队张店大队', '2021年1月26日'], '2021-01-26']);
    expect(report.sections[5]!.paragraphs.slice(-4)).toEqual(footer);
    // Past the last three paragraphs a date without an agency line above it is no signature.
    const bare = parseText(`${zhangdianText().trimEnd().replace('淄博市公安局交通警察支队张店大队\n2021年1月26日', '本年度工作完成。\n2021年1月26日')}\n${footer.join('\n')}\n`).report;
    expect([bare.signature, bare.publishedOn]).toEqual([[], null]);
  });

  test('agency and date on one line', () => {
    const text = zhangdianText().replace('淄博市公安局交通警察支队张店大队\n2021年1月26日', '淄博市公安局交通警察支队张店大队  2021年1月26日');
    const { report } = parseText(text);
    expect([report.signature, report.publishedOn]).toEqual([['淄博市公安局交通警察支队张店大队  2021年1月26日'], '2021-01-26']);
  });
});
