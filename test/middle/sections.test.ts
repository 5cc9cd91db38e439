import { findSections } from '../../src/middle/sections.js';
import type { Block } from '../../src/model/blocks.js';

const p = (text: string, line: number): Block => ({ kind: 'paragraph', text, location: { line } });
const t = (line: number): Block => ({ kind: 'table', rows: [], location: { line, endLine: line + 1 } });

test('sections, nested numbered items, run-on items, tables and the preamble', () => {
  const blocks = [
    p('某局2021年政府信息公开工作年度报告', 1),
    p('根据条例，编制本报告。', 2),
    p('一、总体情况', 3),
    p('本年度工作概述。', 4),
    p('（一）主动公开', 5),
    p('1、公开数量', 6),
    p('共公开信息100条。', 7),
    p('2、公开渠道', 8),
    p('（二）依申请公开。本年收到申请2件。', 9),
    p('二、主动公开政府信息情况', 10),
    t(11),
    p('三、收到和处理政府信息公开申请情况', 13),
  ];
  const tree = findSections(blocks);
  expect(tree.preamble).toEqual(['某局2021年政府信息公开工作年度报告', '根据条例，编制本报告。']);
  expect(tree.sectionOfBlock).toEqual([null, null, 1, 1, 1, 1, 1, 1, 1, 2, 2, 3]);
  const one = tree.sections[0]!;
  expect(one.paragraphs).toEqual(['本年度工作概述。']);
  expect(one.location).toEqual({ line: 3, endLine: 9 });
  expect(one.subsections).toEqual([
    {
      number: '（一）',
      title: '主动公开',
      paragraphs: [],
      location: { line: 5 },
      children: [
        { number: '1、', title: '公开数量', paragraphs: ['共公开信息100条。'], children: [], location: { line: 6 } },
        { number: '2、', title: '公开渠道', paragraphs: [], children: [], location: { line: 8 } },
      ],
    },
    { number: '（二）', title: '依申请公开', paragraphs: ['本年收到申请2件。'], children: [], location: { line: 9 } },
  ]);
  expect(tree.sections[1]!.location).toEqual({ line: 10, endLine: 12 });
  expect(tree.warnings.map((w) => [w.code, w.location.section])).toEqual([
    ['SECTION_EMPTY', 3],
    ['SECTION_MISSING', 4],
    ['SECTION_MISSING', 5],
    ['SECTION_MISSING', 6],
  ]);
});

test('a repeated heading is a paragraph of the section it is in', () => {
  const tree = findSections([p('一、总体情况', 1), p('正文。', 2), p('二、主动公开政府信息情况', 3), p('正文。', 4), p('一、总体情况', 5)]);
  expect(tree.sections.map((s) => [s.ordinal, s.location.line])).toEqual([
    [1, 1],
    [2, 3],
  ]);
  expect(tree.sections[1]!.paragraphs).toEqual(['正文。', '一、总体情况']);
  // Printed with its own numeral and heading text of its own: the section printed again, warned.
  const again = findSections([p('一、总体情况', 1), p('正文。', 2), p('二、主动公开政府信息情况', 3), p('正文。', 4), p('一、总体情况', 5), p('正文。', 6)]);
  expect(again.warnings.filter((w) => w.code !== 'SECTION_MISSING').map((w) => [w.code, w.location])).toEqual([['SECTION_DUPLICATE', { line: 5, section: 1 }]]);
  expect(again.warnings[0]!.message).toBe('Section 一 (一、总体情况) is printed again ("一、总体情况"); what follows is read into section 二.');
  // A heading that heads nothing of its own (the next line is a heading too) is a stray line, not a section printed again.
  const stray = findSections([p('一、总体情况', 1), p('正文。', 2), p('二、主动公开政府信息情况', 3), p('正文。', 4), p('一、总体情况', 5), p('三、收到和处理政府信息公开申请情况', 6), p('正文。', 7)]);
  expect(stray.warnings.map((w) => w.code).filter((c) => c !== 'SECTION_MISSING')).toEqual([]);
});

test('a heading with nothing under it before the next (or the end) is SECTION_EMPTY; a table or a line is something', () => {
  const tree = findSections([p('一、总体情况', 1), p('二、主动公开政府信息情况', 2), t(3), p('五、存在的主要问题及改进情况', 5), p('无。', 6), p('六、其他需要报告的事项', 7)]);
  expect(tree.warnings.filter((w) => w.code === 'SECTION_EMPTY').map((w) => [w.location, w.message])).toEqual([
    [{ line: 1, section: 1 }, 'Nothing is printed under section 一 (一、总体情况).'],
    [{ line: 7, section: 6 }, 'Nothing is printed under section 六 (六、其他需要报告的事项).'],
  ]);
});

test('a list of the headings (a table of contents without page numbers) is not where the sections start', () => {
  const titles = ['一、总体情况', '二、主动公开政府信息情况', '三、收到和处理政府信息公开申请情况', '四、政府信息公开行政复议、行政诉讼情况', '五、存在的主要问题及改进情况', '六、其他需要报告的事项'];
  const blocks = [p('目录', 1), ...titles.map((t, i) => p(t, i + 2)), ...titles.flatMap((t, i) => [p(t, 10 + 2 * i), p('正文。', 11 + 2 * i)])];
  const tree = findSections(blocks);
  expect(tree.sections.map((s) => s.location.line)).toEqual([10, 12, 14, 16, 18, 20]);
  expect(tree.preamble).toEqual(['目录', ...titles]);
});

test('pages in locations: a section spans pages', () => {
  const tree = findSections([
    { kind: 'paragraph', text: '一、总体情况', location: { page: 1 } },
    { kind: 'paragraph', text: '正文。', location: { page: 2 } },
  ]);
  expect(tree.sections[0]!.location).toEqual({ page: 1, endPage: 2 });
});

test('which paragraph heads a section: a table of contents, section 一 items named like sections, dropped numbers', () => {
  const table = (line: number): Block => ({ kind: 'table', rows: [[{ text: '信息内容', rowSpan: 1, colSpan: 1, location: {} }]], location: { line } });
  const blocks = [
    p('目录', 1),
    p('一、总体情况……1', 2),
    p('二、主动公开政府信息情况……2', 3),
    p('一、总体情况', 4),
    p('2、主动公开政府信息情况', 5), // an item of section 一
    p('主动公开政府信息情况', 6), // its number dropped by the converter
    table(7),
    p('**三、收到和处理政府信息公开申请情况**', 8),
    p('第四部分 政府信息公开行政复议、行政诉讼情况', 9),
  ];
  const tree = findSections(blocks, (i) => (i === 6 ? 2 : null));
  expect(tree.sections.map((s) => [s.ordinal, s.number, s.title, s.location.line])).toEqual([
    [1, '一、', '总体情况', 4],
    [2, '', '主动公开政府信息情况', 6],
    [3, '三、', '收到和处理政府信息公开申请情况', 8],
    [4, '第四部分', '政府信息公开行政复议、行政诉讼情况', 9],
  ]);
  expect(tree.preamble).toEqual(['目录', '一、总体情况……1', '二、主动公开政府信息情况……2']);
  expect(tree.sections[0]!.subsections.map((x) => x.number + x.title)).toEqual(['2、主动公开政府信息情况']);
  expect(tree.warnings.map((w) => [w.code, w.location.section])).toEqual([
    ['HEADING_MISNUMBERED', 2],
    ['SECTION_EMPTY', 3],
    ['SECTION_EMPTY', 4],
    ['SECTION_MISSING', 5],
    ['SECTION_MISSING', 6],
  ]);
});

test('a sentence that starts like a heading is not one', () => {
  const tree = findSections([p('一、总体情况', 1), p('二、主动公开政府信息情况，全年公开信息120条。', 2)]);
  expect(tree.sections.map((s) => s.ordinal)).toEqual([1]);
});

/** The six headings with a line each under them, and a table under 二, 三 and 四; `edit` changes the lines first. */
function report(edit: (lines: string[]) => string[] = (l) => l): Block[] {
  const lines = edit([
    '一、总体情况', '本年度工作概述。',
    '二、主动公开政府信息情况', 'TABLE',
    '三、收到和处理政府信息公开申请情况', '本年度共收到申请5件。', 'TABLE',
    '四、政府信息公开行政复议、行政诉讼情况', 'TABLE',
    '五、存在的主要问题及改进情况', '一是公开及时性不足。',
    '六、其他需要报告的事项', '本年度未收取信息处理费。',
  ]);
  return lines.map((text, i) => (text === 'TABLE' ? t(i + 1) : p(text, i + 1)));
}
/** Tables 二, 三 and 四 in the order printed. */
const byOrder = (blocks: Block[]) => {
  const tables = blocks.flatMap((b, i) => (b.kind === 'table' ? [i] : []));
  return (i: number) => (tables.indexOf(i) === -1 ? null : tables.indexOf(i) + 2);
};
const shape = (blocks: Block[]) => {
  const tree = findSections(blocks, byOrder(blocks));
  return { heads: tree.sections.map((s) => `${s.ordinal} ${s.number}${s.title} @${s.location.line}`), codes: tree.warnings.map((w) => w.code) };
};
/** SIX_HEADS with the lines from `line` on moved down by one (a line inserted before them). */
const movedFrom = (line: number) => SIX_HEADS.map((h) => h.replace(/@(\d+)/, (_, n: string) => `@${Number(n) >= line ? Number(n) + 1 : n}`));
const SECTIONS_HEADINGS = ['一、总体情况', '二、主动公开政府信息情况', '三、收到和处理政府信息公开申请情况', '四、政府信息公开行政复议、行政诉讼情况', '五、存在的主要问题及改进情况', '六、其他需要报告的事项'];
const SIX_HEADS = ['1 一、总体情况 @1', '2 二、主动公开政府信息情况 @3', '3 三、收到和处理政府信息公开申请情况 @5', '4 四、政府信息公开行政复议、行政诉讼情况 @8', '5 五、存在的主要问题及改进情况 @10', '6 六、其他需要报告的事项 @12'];

test("a caption or first item named like its section, right under the heading, does not take the heading's place", () => {
  expect(shape(report())).toEqual({ heads: SIX_HEADS, codes: [] });
  // A caption over table 三 repeating the section's title (after a line of prose).
  const caption = shape(report((l) => [...l.slice(0, 6), '收到和处理政府信息公开申请情况', ...l.slice(6)]));
  expect(caption).toEqual({ heads: movedFrom(7), codes: [] });
  // Section 五's first item, numbered as a section, names the section's theme.
  const item = report((l) => [...l.slice(0, 10), '一、存在的主要问题', ...l.slice(10)]);
  expect(shape(item).heads[4]).toBe('5 五、存在的主要问题及改进情况 @10');
  expect(findSections(item, byOrder(item)).sections[4]!.paragraphs).toEqual(['一、存在的主要问题', '一是公开及时性不足。']);
  // Section 一's first item, `1.基本情况`.
  const one = report((l) => [l[0]!, '1.基本情况', ...l.slice(1)]);
  expect(shape(one)).toEqual({ heads: movedFrom(2), codes: [] });
});

test('a table of contents before the preamble: its last entry heads nothing', () => {
  const toc = ['目录', '一、总体情况', '二、主动公开政府信息情况', '三、收到和处理政府信息公开申请情况', '四、政府信息公开行政复议、行政诉讼情况', '五、存在的主要问题及改进情况', '六、其他需要报告的事项', '根据条例，编制本报告。'];
  const blocks = report((l) => [...toc, ...l]);
  const tree = findSections(blocks, byOrder(blocks));
  expect(tree.sections.map((s) => [s.ordinal, s.location.line])).toEqual([[1, 9], [2, 11], [3, 13], [4, 16], [5, 18], [6, 20]]);
  expect(tree.preamble).toEqual(toc);
  expect(tree.warnings).toEqual([]);
  // Sections printed out of order still are: 六 before 五.
  const swapped = report((l) => [...l.slice(0, 9), ...l.slice(11), ...l.slice(9, 11)]);
  expect(shape(swapped).heads.map((h) => h.slice(0, 1))).toEqual(['1', '2', '3', '4', '6', '5']);
  expect(shape(swapped).codes).toEqual(['SECTION_OUT_OF_ORDER']);
});

test('a run-in heading (`六、其他需要报告的事项：…`) is the heading, its sentence the first paragraph', () => {
  const blocks = report((l) => [...l.slice(0, 11), '六、其他需要报告的事项：本年度未收取信息处理费。']);
  const tree = findSections(blocks, byOrder(blocks));
  expect(tree.sections[5]).toMatchObject({ ordinal: 6, number: '六、', title: '其他需要报告的事项', paragraphs: ['本年度未收取信息处理费。'] });
  expect(tree.warnings).toEqual([]);
});

test("a heading's numeral settles between sections whose titles share words; a letter-spaced title is read without its spaces", () => {
  const old = shape(report((l) => l.map((x) => x.replace('二、主动公开政府信息情况', '二、政府信息主动公开情况').replace('三、收到和处理政府信息公开申请情况', '三、依申请公开政府信息情况'))));
  expect(old.heads.slice(1, 3)).toEqual(['2 二、政府信息主动公开情况 @3', '3 三、依申请公开政府信息情况 @5']);
  expect(old.codes).toEqual([]);
  const spaced = shape(report((l) => l.map((x) => x.replace('四、政府信息公开行政复议、行政诉讼情况', '四、政 府 信 息 公 开 行 政 复 议 、行 政 诉 讼 情 况'))));
  expect(spaced).toEqual({ heads: SIX_HEADS, codes: [] });
});

test('a part numbered past the six sections after 六 is read into 六 and warned; an item of 六 numbered 七 in a sentence is not such a part', () => {
  const blocks = report((l) => [...l, '七、下一步工作打算', '继续加强政务公开。']);
  const tree = findSections(blocks, byOrder(blocks));
  expect(tree.sections[5]!.paragraphs).toEqual(['本年度未收取信息处理费。', '七、下一步工作打算', '继续加强政务公开。']);
  expect(tree.warnings).toEqual([
    {
      code: 'SECTION_EXTRA',
      severity: 'info',
      message: 'A part numbered past the six sections ("七、下一步工作打算") follows section 六; it is read into section 六.',
      location: { line: 14, section: 6 },
    },
  ]);
  const sentence = report((l) => [...l, '七、全年共办理人大代表建议3件，均已按时办结。']);
  expect(findSections(sentence, byOrder(sentence)).warnings).toEqual([]);
});

test('a heading broken over two lines is one heading: its numeral alone on a line, or its title broken, late or early', () => {
  const broken = (from: string, into: string[]) => report((l) => l.flatMap((x) => (x === from ? into : [x])));
  const numeral = broken('二、主动公开政府信息情况', ['二、', '主动公开政府信息情况']);
  const late = broken('三、收到和处理政府信息公开申请情况', ['三、收到和处理政府信息', '公开申请情况']);
  const early = broken('四、政府信息公开行政复议、行政诉讼情况', ['四、政府信息', '公开行政复议、行政诉讼情况']);
  for (const [blocks, line] of [[numeral, 3], [late, 5], [early, 8]] as const) {
    const tree = findSections(blocks, byOrder(blocks));
    expect(tree.sections.map((s) => `${s.number}${s.title}`)).toEqual(SECTIONS_HEADINGS);
    expect(tree.warnings).toEqual([]);
    // The second line is part of the heading, no paragraph of any section.
    expect(tree.sections.flatMap((s) => s.paragraphs)).toEqual(['本年度工作概述。', '本年度共收到申请5件。', '一是公开及时性不足。', '本年度未收取信息处理费。']);
    expect(tree.sectionOfBlock[line]).toBe(tree.sectionOfBlock[line - 1]);
  }
  // A numbered heading followed by a short line that does not complete its title keeps both as they are.
  const other = findSections(broken('五、存在的主要问题及改进情况', ['五、存在的主要问题', '简述']));
  expect(other.sections[4]).toMatchObject({ title: '存在的主要问题', paragraphs: ['简述', '一是公开及时性不足。'] });
});
