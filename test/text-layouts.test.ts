import { score, TEXT_LAYOUTS, type TextLayoutName } from './support/text-layouts.js';

/**
 * 48 generated reports (both formats, many blanks, 减N, fractional 万元, wrapped
 * labels) rendered by LibreOffice and flattened by each converter
 * (scripts/make-text-layout-fixtures.sh), parsed back. Every value is
 * checked: right, left null with a warning naming its row or table, or wrong.
 * Wrong must be 0 everywhere and no null may go unwarned.
 */
const EXPECTED: Record<TextLayoutName, { exact: number; right: number }> = {
  'pandoc-gfm': { exact: 48, right: 10224 },
  'pandoc-plain': { exact: 48, right: 10224 },
  libreoffice: { exact: 48, right: 10224 },
  'pdftotext-layout': { exact: 21, right: 9880 },
  'pdftotext-raw': { exact: 0, right: 1836 },
};

describe('generated reports flattened by real converters parse back', () => {
  test.each(Object.keys(TEXT_LAYOUTS) as TextLayoutName[])('%s', (layout) => {
    const s = score(layout);
    expect(s.reports).toBe(48);
    expect(s.wrongList).toEqual([]);
    expect(s.silentNulls).toEqual([]);
    expect({ exact: s.exact, right: s.right }).toEqual(EXPECTED[layout]);
    expect(s.right + s.nulled).toBe(10224);
  });
});
