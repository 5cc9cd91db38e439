import { readdirSync, readFileSync } from 'node:fs';
import { parseReport } from '../src/parse.js';
import type { ParseResult } from '../src/model/report.js';
import { at, fixturePath } from './support/fixtures.js';
import { table2Paths, table3Paths, table4Paths, type ReportSpec } from './support/random-report.js';
import { renderHtml, type HtmlLayout } from './support/render-html.js';

/**
 * Web pages saved as one file (MHTML): by Chromium ("Save as: Webpage, Single File",
 * scripts/make-mhtml-fixtures.mjs) and in Word's manner (scripts/make-mhtml-fixtures.py).
 * A saved page reads exactly as the page itself.
 */

const valuesOf = (report: ParseResult['report'], version: ReportSpec['version']) =>
  Object.fromEntries([...table2Paths(version), ...table3Paths(), ...table4Paths()].map((p) => [p, at(report, p)]));
/** The model without what differs between a page and its saved file: source and line numbers. */
const bare = (r: ParseResult): unknown =>
  JSON.parse(JSON.stringify({ ...r, report: { ...r.report, source: undefined } }, (k, v: unknown) => (k === 'line' || k === 'endLine' ? undefined : v)));

describe('the real report pages saved by Chromium, and in Word\'s manner, read as the pages', () => {
  test.each([
    ['zhangdian-2020.mhtml', 'zhangdian-2020.html', 'utf-8'],
    ['hongze-2023-gbk.mhtml', 'hongze-2023-gbk.html', 'gb18030'],
    ['hongze-2023-word.mht', 'hongze-2023-gbk.html', 'gb18030'],
  ])('%s', async (saved, page, encoding) => {
    const fromSaved = await parseReport(fixturePath(`word/${saved}`));
    const fromPage = await parseReport(fixturePath(`word/${page}`));
    expect(fromSaved.report.source).toEqual({ format: 'html', encoding, byteLength: readFileSync(fixturePath(`word/${saved}`)).byteLength });
    expect(bare(fromSaved)).toEqual(bare(fromPage));
    expect(fromSaved.report.title).toBe(page.startsWith('zhangdian') ? '淄博市公安局交通警察支队张店大队2020年政府信息公开工作年度报告' : '洪泽区人民政府2023年政府信息公开工作年度报告');
    expect(fromSaved.warnings.map((w) => w.code)).toEqual(page.startsWith('zhangdian') ? ['HEADING_MISNUMBERED'] : []);
  });

  test('the Hongze page saved in Word\'s manner, renamed .doc as sites publish it: every value', async () => {
    const spec = (JSON.parse(readFileSync(fixturePath('word/hongze-2023-gbk.json'), 'utf8')) as { spec: ReportSpec }).spec;
    const { report } = await parseReport(readFileSync(fixturePath('word/hongze-2023-word.mht')));
    expect(valuesOf(report, '2021')).toEqual(spec.values);
  });
});

describe('generated reports saved by Chromium (fixtures/generated/mhtml)', () => {
  const dir = fixturePath('generated/mhtml/');
  const names = readdirSync(dir).filter((f) => f.endsWith('.mhtml')).sort();
  test('the set is there', () => expect(names).toHaveLength(12));
  test.each(names)('%s: every value, and the same result as the page itself', async (name) => {
    const { spec, layout } = JSON.parse(readFileSync(dir + name.replace(/\.mhtml$/, '.json'), 'utf8')) as { spec: ReportSpec; layout: HtmlLayout };
    const fromSaved = await parseReport(dir + name);
    expect(valuesOf(fromSaved.report, spec.version)).toEqual(spec.values);
    expect(bare(fromSaved)).toEqual(bare(await parseReport(Buffer.from(renderHtml(spec, layout)))));
  });
});
