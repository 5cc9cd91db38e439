import type { Report } from '../../src/model/report.js';
import { at } from './fixtures.js';
import { table2Paths, table3Paths, table4Paths } from './random-report.js';

/** The two real report web pages (`fixtures/word/`), by the name their renderings carry. */
export const REAL_PAGES = { 'zhangdian-2020-page': 'word/zhangdian-2020.html', 'hongze-2023-page': 'word/hongze-2023-gbk.html' } as const;

/**
 * Asserts that a report read from another rendering of the same document (its
 * web page as a browser's text or printed to PDF) gives what the document's own
 * parse gives: every statistics value (over 150 of them printed), the title,
 * agency, year, date, format and the six sections.
 */
export function expectSameReport(got: Report, want: Report): void {
  const paths = [...table2Paths(want.formatVersion!), ...table3Paths(), ...table4Paths()];
  expect(Object.fromEntries(paths.map((p) => [p, at(got, p)]))).toEqual(Object.fromEntries(paths.map((p) => [p, at(want, p)])));
  expect(paths.filter((p) => at(want, p) !== null).length).toBeGreaterThan(150);
  expect([got.title, got.agency, got.year, got.publishedOn, got.formatVersion]).toEqual([want.title, want.agency, want.year, want.publishedOn, want.formatVersion]);
  expect(got.sections.map((s) => [s.ordinal, s.title])).toEqual(want.sections.map((s) => [s.ordinal, s.title]));
}
