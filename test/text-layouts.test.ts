import { layoutFixtures, score, TEXT_LAYOUTS, type TextLayoutName } from './support/text-layouts.js';

/**
 * 48 generated reports (both formats, many blanks, 减N, fractional 万元, wrapped
 * labels) rendered by LibreOffice and flattened by each converter
 * (scripts/make-text-layout-fixtures.sh; w3m, lynx, both html2texts, pandoc's
 * markdown and mutool by scripts/make-text-tool-fixtures.sh), parsed back. Every value is
 * checked: right, left null with a warning naming its row or table, or wrong.
 * Wrong must be 0 everywhere and no null may go unwarned.
 */
const EXPECTED: Record<TextLayoutName, { exact: number; right: number }> = {
  'pandoc-gfm': { exact: 48, right: 10224 },
  'pandoc-plain': { exact: 48, right: 10224 },
  libreoffice: { exact: 48, right: 10224 },
  'pdftotext-layout': { exact: 21, right: 9880 },
  'pdftotext-raw': { exact: 0, right: 1830 },
  // pandoc's own markdown: multiline tables, raw HTML where cells merge.
  'pandoc-markdown': { exact: 48, right: 10224 },
  // The report's web page dumped by w3m: tables drawn in box-drawing characters, merges kept.
  w3m: { exact: 48, right: 10224 },
  // lynx dumps a cell a paragraph: blank cells vanish, as in pdftotext without -layout.
  lynx: { exact: 20, right: 7838 },
  // Debian's html2text draws bordered tables with bars and underscores, pads by UTF-8 bytes,
  // overwrites cells with text too wide for its cell and cuts numbers holding a CJK character
  // (减N): damaged cells are not read (never wrong), the rest is.
  html2text: { exact: 0, right: 9434 },
  // mutool draw -F txt of the PDF: a cell a line, blank cells dropped, blank lines between
  // text blocks (not cells), row labels wrapped over lines, often around their values.
  mutool: { exact: 17, right: 7501 },
  // Python's html2text of the page: a cell a paragraph between `|` lines, blank cells kept.
  'py-html2text': { exact: 48, right: 10224 },
};

describe('generated reports flattened by real converters parse back', () => {
  test('pdftotext -layout -nopgbrk (the same text without form feeds): pages unknown, no grid mixed across them', () => {
    // poppler 22.12 prints exactly the -layout text less its form feeds (checked on these reports).
    const s = score('pdftotext-layout', layoutFixtures('pdftotext-layout').map((f) => ({ ...f, text: f.text.replace(/\f/g, '') })));
    expect(s.wrongList).toEqual([]);
    expect(s.silentNulls).toEqual([]);
    expect({ exact: s.exact, right: s.right }).toEqual({ exact: 21, right: 9230 });
  });

  test.each(Object.keys(TEXT_LAYOUTS) as TextLayoutName[])('%s', (layout) => {
    const s = score(layout);
    expect(s.reports).toBe(48);
    expect(s.wrongList).toEqual([]);
    expect(s.silentNulls).toEqual([]);
    expect({ exact: s.exact, right: s.right }).toEqual(EXPECTED[layout]);
    expect(s.right + s.nulled).toBe(10224);
  });
});
