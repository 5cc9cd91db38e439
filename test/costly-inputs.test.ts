/**
 * Inputs that cost far more than their size (probe 2026-12-07, fifteenth session): each took
 * from seconds to minutes, quadratic in a run of spaces, a line of numbers or a nesting
 * depth, where the text path's time limit does not apply. Each must now finish well inside
 * Jest's own time limit (5 s), with a result or a typed error; `npm run bench` measures speed.
 */
import { parseReport } from '../src/parse.js';
import { parseText } from '../src/parseText.js';
import { zip } from './support/containers.js';
import { fixtureBytes } from './support/fixtures.js';

const zhangdian = () => fixtureBytes('zhangdian-traffic-police-2020.txt').toString('utf8');
const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const docx = (body: string) => zip([{ name: 'word/document.xml', data: `<w:document ${W}><w:body>${body}</w:body></w:document>` }]);
const para = (text: string) => `<w:p><w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;
const SECTIONS = ['一、总体情况', '二、主动公开政府信息情况', '三、收到和处理政府信息公开申请情况', '四、政府信息公开行政复议、行政诉讼情况', '五、存在的主要问题及改进情况', '六、其他需要报告的事项'];

test('text: a heading-like line with 200,000 spaces before its last word (a quadratic trim in the heading reader, 23 s at 100,000)', () => {
  const { report } = parseText(`${zhangdian()}\n一、总体情况${' '.repeat(200_000)}x\n`);
  expect(report.sections.map((s) => s.ordinal)).toEqual([1, 2, 3, 4, 5, 6]);
  expect(report.applications.newReceived.total).toBe(2);
});

test('text: a line of 40,000 numbers a space apart (a quadratic pattern in the layout detector and the space collapser, 17 s)', () => {
  const numbers = Array.from({ length: 40_000 }, (_, i) => String(i % 97)).join(' ');
  const { report } = parseText(`${zhangdian()}\n${numbers}\n`);
  expect(report.sections).toHaveLength(6);
  expect(report.applications.newReceived.total).toBe(2);
});

test('DOCX: a w:t of 400,000 spaces and a cell spanning 10^15 grid columns (a loop per column): read', async () => {
  const cell = (span: number, text: string) => `<w:tc><w:tcPr><w:gridSpan w:val="${span}"/></w:tcPr>${para(text)}</w:tc>`;
  const body = [
    para('某局2023年政府信息公开工作年度报告'),
    para(`${SECTIONS[0]}${' '.repeat(400_000)}`),
    ...SECTIONS.slice(1).map(para),
    `<w:tbl><w:tr>${cell(1e15, 'a')}${cell(1, 'b')}</w:tr></w:tbl>`,
  ].join('');
  const { report } = await parseReport(docx(body));
  expect(report.sections.map((s) => s.title)).toEqual(['总体情况', '主动公开政府信息情况', '收到和处理政府信息公开申请情况', '政府信息公开行政复议、行政诉讼情况', '存在的主要问题及改进情况', '其他需要报告的事项']);
  expect(report.tables[0]!.rows[0]!.map((c) => [c.text, c.colSpan])).toEqual([['a', 1000], ['b', 1]]);
});

test('DOCX: content controls nested 100,000 deep are TOO_LARGE, not INTERNAL (the reader ran out of stack)', async () => {
  const depth = 100_000;
  const body = `${'<w:sdt><w:sdtContent>'.repeat(depth)}${para('一、总体情况')}${'</w:sdtContent></w:sdt>'.repeat(depth)}`;
  await expect(parseReport(docx(body))).rejects.toMatchObject({ code: 'TOO_LARGE', message: expect.stringContaining('nests its elements too deeply') });
});

test('HTML: 1,000 tables nested in one another, and a cell of 400,000 spaces, read in time (every nested table searched below each: 14 s)', async () => {
  const nested = `${'<table><tr><td>'.repeat(1000)}x${'</td></tr></table>'.repeat(1000)}`;
  const cell = `<table><tr><td>${' '.repeat(400_000)}5${' '.repeat(10)}</td><td>6</td></tr></table>`;
  const html = `<html><head><meta charset="utf-8"></head><body><h1>某局2023年政府信息公开工作年度报告</h1>${SECTIONS.map((s) => `<p>${s}</p>`).join('')}${nested}${cell}</body></html>`;
  const { report } = await parseReport(Buffer.from(html));
  expect(report.sections).toHaveLength(6);
  expect(report.tables.at(-1)!.rows[0]!.map((c) => c.text)).toEqual(['5', '6']);
});

describe('the tables of a document are bounded (maxTableCells, default 100,000): a 2 MB text of a million cells made a result of 210 MB of JSON, 9 s and 1.5 GB', () => {
  const grid = (rows: number, cols: number) => Array.from({ length: rows }, () => Array(cols).fill('1').join('\t')).join('\n');
  const report = (table: string) => `某局2023年政府信息公开工作年度报告\n${SECTIONS[0]}\n文字。\n${SECTIONS[1]}\n${table}\n${SECTIONS.slice(2).join('\n')}\n`;

  test('text of a million tab-separated cells is TOO_LARGE, isolated (2 MB: read in the worker) and in process', async () => {
    const text = report(grid(1000, 1000));
    const expected = { code: 'TOO_LARGE', message: "The document's tables hold more than 100000 cells (a report's hold a few hundred)." };
    await expect(parseReport(Buffer.from(text))).rejects.toMatchObject(expected);
    await expect(parseReport(Buffer.from(text), { isolate: false })).rejects.toMatchObject(expected);
    expect(() => parseText(text)).toThrow(expect.objectContaining(expected));
  });

  test('the bound is the option: 99,000 cells are read under the default, refused under a lower one', async () => {
    const text = report(grid(990, 100));
    const { report: read } = parseText(text);
    expect(read.tables).toHaveLength(1);
    expect(read.tables[0]!.rows).toHaveLength(990);
    expect(read.tables[0]!.rows[989]).toHaveLength(100);
    await expect(parseReport(Buffer.from(text), { maxTableCells: 98_999 })).rejects.toMatchObject({ code: 'TOO_LARGE' });
    expect(() => parseText(fixtureBytes('zhangdian-traffic-police-2020.txt').toString('utf8'), { maxTableCells: 100 })).toThrow(expect.objectContaining({ code: 'TOO_LARGE' }));
  });

  test('DOCX: a table of 400 × 300 cells is TOO_LARGE', async () => {
    const row = `<w:tr>${`<w:tc>${para('1')}</w:tc>`.repeat(300)}</w:tr>`;
    const body = [para('某局2023年政府信息公开工作年度报告'), ...SECTIONS.map(para), `<w:tbl>${row.repeat(400)}</w:tbl>`].join('');
    await expect(parseReport(docx(body))).rejects.toMatchObject({ code: 'TOO_LARGE' });
  });
});

describe('HTML nested tens of thousands deep is TOO_LARGE before the HTML parser builds it (its open-element stack is quadratic: 100,000 divs took 9 s)', () => {
  const page = (inner: string) => `<html><head><meta charset="utf-8"></head><body><h1>某局2023年政府信息公开工作年度报告</h1>${inner}</body></html>`;
  const sections = SECTIONS.map((s) => `<p>${s}</p>`).join('');
  const tooDeep = { code: 'TOO_LARGE', message: 'The page nests its elements more than 2000 deep (a report\'s page nests a few dozen).' };

  test('100,000 nested divs around the report, and 100,000 unclosed spans after it', async () => {
    await expect(parseReport(Buffer.from(page(`${'<div>'.repeat(100_000)}${sections}${'</div>'.repeat(100_000)}`)))).rejects.toMatchObject(tooDeep);
    await expect(parseReport(Buffer.from(page(`${sections}${'<span>'.repeat(100_000)}x`)), { isolate: false })).rejects.toMatchObject(tooDeep);
  });

  test('1,000 nested divs are read', async () => {
    const { report } = await parseReport(Buffer.from(page(`${'<div>'.repeat(1000)}${sections}${'</div>'.repeat(1000)}`)));
    expect(report.sections.map((s) => s.ordinal)).toEqual([1, 2, 3, 4, 5, 6]);
  });

  test('a raw HTML table in markdown text, nested 100,000 deep', () => {
    const text = `${zhangdian()}\n\n<table><tr><td>${'<div>'.repeat(100_000)}x${'</div>'.repeat(100_000)}</td></tr></table>\n`;
    expect(() => parseText(text)).toThrow(expect.objectContaining(tooDeep));
  });
});
