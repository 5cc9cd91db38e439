import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readDocx } from '../../../src/frontends/docx/index.js';
import { readRtf } from '../../../src/frontends/rtf/index.js';
import type { Block } from '../../../src/model/blocks.js';
import type { ParseResult } from '../../../src/model/report.js';
import { parseReport } from '../../../src/parse.js';
import { applicant, at, fixtureBytes, fixturePath, treeOf } from '../../support/fixtures.js';
import { table2Paths, table3Paths, table4Paths, type ReportSpec } from '../../support/random-report.js';

/**
 * The RTF fixtures are LibreOffice's saves of the DOCX fixtures (scripts/make-rtf-fixtures.sh):
 * each must read as the DOCX it was saved from, block for block, value for value.
 */

const LIMITS = { maxTextBytes: 20 * 1024 * 1024, maxFileBytes: 200 * 1024 * 1024, maxPages: 1000 };

/** [RTF, the DOCX it was made from, the .json of the spec]. */
const WORD = ['hongze-2023-template', 'zhangdian-2020', 'features-numbering', 'features-pictures'].map((n) => [`word/${n}.rtf`, `word/${n}.docx`, `word/${n}.json`]);
const CHARPROPS = ['word/hongze-2023-charprops.rtf', 'word/hongze-2023-charprops.docx', 'word/hongze-2023-template.json'];
const GENERATED = [
  '01-a4-template', '02-a4-uming-footer', '03-letter-noto', '04-b5-fit', '05-a4-gongwen-single',
  '06-a4-narrow-single', '07-letter-narrow', '08-b5-overflow', '09-a4-template-2', '10-letter-fit-single',
].map((n) => [`generated/rtf/docx-2021-${n}.rtf`, `generated/docx/docx-2021-${n}.docx`, `generated/docx/docx-2021-${n}.json`]);
const ALL = [...WORD, CHARPROPS, ...GENERATED];

const specOf = (json: string): ReportSpec => (JSON.parse(readFileSync(fixturePath(json), 'utf8')) as { spec: ReportSpec }).spec;
const valuesOf = (report: ParseResult['report'], version: ReportSpec['version']) => {
  const paths = [...table2Paths(version), ...table3Paths(), ...table4Paths()];
  return Object.fromEntries(paths.map((p) => [p, at(report, p)]));
};
const codes = (warnings: ParseResult['warnings']) => warnings.map((w) => [w.code, w.location]);
/** Picture sizes are rounded differently (twips vs EMU): compared to the tenth of a millimetre. */
const comparable = (blocks: Block[]) => blocks.map((b) => (b.kind === 'image' ? { ...b, widthCm: b.widthCm.toFixed(2), heightCm: b.heightCm.toFixed(2) } : b));

describe('each RTF gives the blocks of the DOCX it was saved from', () => {
  test.each(ALL)('%s', async (rtf, docx) => {
    const fromRtf = readRtf(fixtureBytes(rtf), LIMITS);
    const fromDocx = await readDocx(fixtureBytes(docx), LIMITS);
    expect(fromRtf.source).toEqual({ format: 'rtf', byteLength: fixtureBytes(rtf).byteLength });
    expect(fromRtf.warnings).toEqual([]);
    expect(fromRtf.blocks.length).toBeGreaterThan(20);
    expect(comparable(fromRtf.blocks)).toEqual(comparable(fromDocx.blocks));
  });
});

describe('each RTF parses to the values of its spec and the report of its DOCX', () => {
  test.each(ALL)('%s', async (rtf, docx, json) => {
    const spec = specOf(json);
    const r = await parseReport(fixturePath(rtf));
    const d = await parseReport(fixturePath(docx));
    expect(r.report.source.format).toBe('rtf');
    // features-pictures has table 四 as a picture: its values are not in the document (TABLE_IS_IMAGE), null as in the DOCX.
    const expected = rtf.includes('features-pictures') ? { ...spec.values, ...Object.fromEntries(table4Paths().map((p) => [p, null])) } : spec.values;
    expect(valuesOf(r.report, spec.version)).toEqual(expected);
    expect(valuesOf(r.report, spec.version)).toEqual(valuesOf(d.report, spec.version));
    expect([r.report.year, r.report.agency, r.report.publishedOn, r.report.formatVersion]).toEqual([spec.year, spec.agency, spec.publishedOn, spec.version]);
    expect([r.report.title, r.report.agency, r.report.year, r.report.publishedOn]).toEqual([d.report.title, d.report.agency, d.report.year, d.report.publishedOn]);
    expect(treeOf(r.report.sections)).toEqual(treeOf(d.report.sections));
    expect(r.report.tables.map((t) => [t.kind, t.section])).toEqual(d.report.tables.map((t) => [t.kind, t.section]));
    expect(codes(r.warnings)).toEqual(codes(d.warnings));
  });
});

test('Hongze: title, agency, dates, the template\'s spans and its sections, no warnings', async () => {
  const { report, warnings } = await parseReport(fixturePath('word/hongze-2023-template.rtf'));
  expect([report.title, report.agency, report.year, report.publishedOn, report.formatVersion]).toEqual(['洪泽区人民政府2023年政府信息公开工作年度报告', '洪泽区人民政府', 2023, '2024-01-26', '2021']);
  expect(at(report, 'activeDisclosure.fees.amount')).toBe(7730.28);
  const t3 = report.tables[1]!;
  const cell = (text: string) => t3.rows.flat().find((c) => c.text === text)!;
  expect([cell('三、本年度办理结果').rowSpan, cell('（三）不予公开').rowSpan, cell('申请人情况').colSpan]).toEqual([20, 8, 7]);
  expect(report.sections.map((s) => s.number)).toEqual(['一、', '二、', '三、', '四、', '五、', '六、']);
  expect(report.sections[0]!.subsections.map((s) => s.number)).toEqual(['（一）', '（二）', '（三）', '（四）', '（五）']);
  expect(warnings).toEqual([]);
});

test('Zhangdian (2019 format): the misnumbered heading is warned as in the DOCX, the vertical label spans 20 rows', async () => {
  const { report, warnings } = await parseReport(fixturePath('word/zhangdian-2020.rtf'));
  expect([report.title, report.year, report.publishedOn, report.formatVersion]).toEqual(['淄博市公安局交通警察支队张店大队2020年政府信息公开工作年度报告', 2020, '2021-01-26', '2019']);
  expect(codes(warnings)).toEqual([['HEADING_MISNUMBERED', { section: 3 }]]);
  const cells = report.tables.flatMap((t) => t.rows.flat());
  expect(cells.find((c) => c.text === '三、本年度办理结果')!.rowSpan).toBe(20);
  expect(cells.find((c) => c.text === '本年新\n制作数量')).toBeDefined();
  expect(cells.find((c) => c.text === '减72462')!.value).toBe(-72462);
});

test('features: list numbers from {\\listtext}, tracked deletions, header, footer and footnote text left out; a table as a picture warned', async () => {
  const { report } = await parseReport(fixturePath('word/features-numbering.rtf'));
  const all = JSON.stringify(report);
  for (const gone of ['删除的文字', '统计期限自1月1日起至12月31日止。"', '- 1 -']) expect(all).not.toContain(gone);
  expect(report.tables.map((t) => [t.kind, t.section])).toEqual([['activeDisclosure', 2], ['applications', 3], ['applications', 3], ['reviewLitigation', 4]]);
  const labels = report.tables.flatMap((t) => t.rows.flatMap((r) => r.map((c) => c.text)));
  expect(labels).toEqual(expect.arrayContaining(['（三）不予公开', '1.属于国家秘密', '8.属于行政查询事项', '（七）总计']));
  const pictures = await parseReport(fixturePath('word/features-pictures.rtf'));
  expect(codes(pictures.warnings)).toEqual([['TABLE_IS_IMAGE', { section: 4 }], ['TABLE_MISSING', { section: 4 }]]);
  expect(pictures.warnings[0]!.message).toBe('Section 四 has a picture (15.0 × 6.0 cm) where its statistics table should be: the numbers are not in the document.');
});

test('hidden, struck and superscript figures in a cell are left out (the charprops fixture as RTF)', async () => {
  const { report, warnings } = await parseReport(fixturePath('word/hongze-2023-charprops.rtf'));
  expect(report.applications.newReceived).toEqual(applicant([21, 0, 0, 0, 0, 0, 21]));
  expect(warnings).toEqual([]);
});

test('figures raised or lowered by hand (\\up6, \\dn6 from w:position) after a cell\'s number are left out (the position fixture as RTF)', async () => {
  const { report, warnings } = await parseReport(fixturePath('word/hongze-2023-position.rtf'));
  const plain = await parseReport(fixturePath('word/hongze-2023-template.rtf'));
  expect(report.applications.newReceived).toEqual(applicant([21, 0, 0, 0, 0, 0, 21]));
  expect(report.applications).toEqual(plain.report.applications);
  expect(warnings).toEqual([]);
});

test('an RTF published with a .doc name is read as RTF (by its bytes)', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'xxgk-rtf-'));
  try {
    const path = join(dir, 'report.doc');
    copyFileSync(fixturePath('word/hongze-2023-template.rtf'), path);
    const { report } = await parseReport(path);
    expect(report.source.format).toBe('rtf');
    expect(report.applications.newReceived.total).toBe(21);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
