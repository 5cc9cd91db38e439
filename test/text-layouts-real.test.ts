import { readFileSync } from 'node:fs';
import { parseReport } from '../src/parse.js';
import { parseText } from '../src/parseText.js';
import { at, fixturePath, ZHANGDIAN } from './support/fixtures.js';
import { table2Paths, table3Paths, table4Paths } from './support/random-report.js';
import { expectSameReport, REAL_PAGES } from './support/same-report.js';

/**
 * The real fixtures flattened by each converter (scripts/make-text-layout-real.mjs)
 * give the typed tables of their own text or PDF parse: every value equal, or
 * null with a warning (counted), never different.
 */
const real = (name: string) => readFileSync(fixturePath(`generated/text-real/${name}`), 'utf8');

async function compare(reference: string, name: string) {
  const { report: want } = await parseReport(fixturePath(reference));
  const { report: got, warnings } = parseText(real(name));
  const paths = [...table2Paths(want.formatVersion!), ...table3Paths(), ...table4Paths()];
  const differ = paths.filter((p) => at(got, p) !== at(want, p) && at(got, p) !== null);
  const nulled = paths.filter((p) => at(got, p) === null && at(want, p) !== null);
  return { version: got.formatVersion, differ, nulled: nulled.length, vanished: warnings.filter((w) => w.code === 'CELLS_VANISHED').length };
}

describe('real reports through the converters', () => {
  test.each([
    ['zhangdian-2020.libreoffice.txt', 0],
    ['zhangdian-2020.pandoc-plain.txt', 0],
    ['zhangdian-2020.pandoc-gfm.md', 0],
    ['zhangdian-2020.pdftotext-layout.txt', 0],
    ['zhangdian-2020.pdftotext-raw.txt', 198],
  ])('Zhangdian %s reads as its text', async (name, nulled) => {
    const r = await compare(ZHANGDIAN, name);
    expect(r).toEqual({ version: '2019', differ: [], nulled, vanished: r.vanished });
  });

  test.each([
    ['hongze-2023.pdftotext-layout.txt', 0],
    ['hongze-2023.pdftotext-raw.txt', 178],
  ])('Hongze %s reads as its PDF', async (name, nulled) => {
    const r = await compare('hongze-district-2023.pdf', name);
    expect(r).toEqual({ version: '2021', differ: [], nulled, vanished: r.vanished });
  });
});

describe('real report web pages as browsers give their text (the sites\' navigation beside the report in w3m\'s and elinks\' dumps)', () => {
  const cases = Object.entries(REAL_PAGES).flatMap(([name, page]) => ['chromium.txt', 'w3m.txt', 'elinks.txt', 'pandoc-gfm.md'].map((tool) => [`${name}.${tool}`, page]));
  test.each(cases)('%s reads as %s', async (name, page) => {
    const { report: want } = await parseReport(fixturePath(page));
    expectSameReport(parseText(real(name)).report, want);
  });
});

describe("real report web pages through pandoc -t plain: the page's layout table drawn as a grid table, the report in one cell", () => {
  test.each(Object.entries(REAL_PAGES))('%s.pandoc-plain.txt: read as text inside its cell; tables 三 and 四 printed as [TABLE], warned missing', async (name, page) => {
    const { report: want } = await parseReport(fixturePath(page));
    const { report: got, warnings } = parseText(real(`${name}.pandoc-plain.txt`));
    expect([got.title, got.agency, got.year, got.formatVersion]).toEqual([want.title, want.agency, want.year, want.formatVersion]);
    expect(got.sections.map((s) => [s.ordinal, s.title])).toEqual(want.sections.map((s) => [s.ordinal, s.title]));
    const table2 = table2Paths(want.formatVersion!);
    expect(Object.fromEntries(table2.map((p) => [p, at(got, p)]))).toEqual(Object.fromEntries(table2.map((p) => [p, at(want, p)])));
    expect([...table3Paths(), ...table4Paths()].filter((p) => at(got, p) !== null)).toEqual([]);
    expect(warnings.filter((w) => w.code === 'TABLE_MISSING').length).toBe(2);
  });
});
