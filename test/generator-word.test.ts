import { parseReport } from '../src/parse.js';
import { at } from './support/fixtures.js';
import { randomSpec, table2Paths, table3Paths, table4Paths, type ReportSpec } from './support/random-report.js';
import { renderDocx, type DocxOptions } from './support/render-docx.js';
import { randomLayout, renderHtml } from './support/render-html.js';

/** Generated reports of both versions written as DOCX (docx package) and as HTML pages, parsed back, every value checked. */

const SEEDS = Array.from({ length: 60 }, (_, i) => 9001 + i);

/** Word features varied by seed, so that every one meets random tables. */
function docxOptions(seed: number): DocxOptions {
  return {
    autoNumber: seed % 3 === 0,
    headingStyle: seed % 4 === 1,
    splitTable3At: seed % 5 === 2 ? 8 + (seed % 7) : undefined,
    trackedChanges: seed % 6 === 3,
    footnote: seed % 7 === 4,
    headerFooter: seed % 2 === 0,
    seal: seed % 3 === 1,
  };
}

function expectValues(spec: ReportSpec, report: Awaited<ReturnType<typeof parseReport>>['report']): void {
  expect(report.formatVersion).toBe(spec.version);
  expect([report.year, report.agency, report.publishedOn]).toEqual([spec.year, spec.agency, spec.publishedOn]);
  expect(report.sections.map((s) => s.ordinal)).toEqual([1, 2, 3, 4, 5, 6]);
  const paths = [...table2Paths(spec.version), ...table3Paths(), ...table4Paths()];
  expect(Object.fromEntries(paths.map((p) => [p, at(report, p)]))).toEqual(spec.values);
}

describe('generated reports as DOCX parse back exactly', () => {
  test.each(SEEDS)('seed %i', async (seed) => {
    const spec = randomSpec(seed);
    const bytes = await renderDocx(spec, randomLayout(seed), docxOptions(seed));
    const { report, warnings } = await parseReport(bytes);
    expectValues(spec, report);
    expect(report.source.format).toBe('docx');
    expect(warnings).toEqual([]);
  });
});

describe('generated reports as HTML pages parse back exactly', () => {
  test.each(SEEDS)('seed %i', async (seed) => {
    const spec = randomSpec(seed);
    const { report, warnings } = await parseReport(Buffer.from(renderHtml(spec, randomLayout(seed))));
    expectValues(spec, report);
    expect(report.source).toMatchObject({ format: 'html', encoding: 'utf-8' });
    expect(warnings).toEqual([]);
  });
});

test('the generator covers what it claims to', () => {
  const specs = SEEDS.map((s) => randomSpec(s));
  expect(specs.filter((s) => s.version === '2019').length).toBe(30);
  const values = specs.flatMap((s) => Object.values(s.values));
  expect(values.filter((x) => x === null).length).toBeGreaterThan(200);
  expect(values.filter((x) => x !== null && x < 0).length).toBeGreaterThan(10);
  expect(values.filter((x) => x !== null && !Number.isInteger(x)).length).toBeGreaterThan(10);
  expect(SEEDS.filter((s) => docxOptions(s).autoNumber).length).toBeGreaterThanOrEqual(20);
  expect(SEEDS.filter((s) => docxOptions(s).splitTable3At).length).toBeGreaterThanOrEqual(12);
});
