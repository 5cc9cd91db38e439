import { readdirSync, readFileSync } from 'node:fs';
import { FIXTURES } from './support/fixtures.js';
import { htmlToPipeMarkdown, type PipeStyle } from './support/pipe-tables.js';
import { renderHtml } from './support/render-html.js';
import { score } from './support/text-layouts.js';

/**
 * The 48 generated reports of the text-layout fixtures, their web pages
 * written as pipe-table markdown the way Docling and markitdown write merged
 * cells (test/support/pipe-tables.ts). Wrong 0; markdownify's rows under a
 * vertical merge that also have blank cells at both ends are left null and
 * warned (which side lost the cells the row does not say).
 */
const EXPECTED: Record<PipeStyle, { exact: number; right: number }> = {
  'spans-repeated': { exact: 48, right: 10224 },
  markdownify: { exact: 40, right: 10177 },
};

test.each(Object.keys(EXPECTED) as PipeStyle[])('%s', (style) => {
  const specs = `${FIXTURES}generated/text-specs/`;
  const fixtures = readdirSync(specs)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => {
      const { spec, layout } = JSON.parse(readFileSync(specs + f, 'utf8'));
      return { name: f.slice(0, -5), spec, text: htmlToPipeMarkdown(renderHtml(spec, layout), style) };
    });
  const s = score('pandoc-gfm', fixtures);
  expect(s.reports).toBe(48);
  expect(s.wrongList).toEqual([]);
  expect(s.silentNulls).toEqual([]);
  expect({ exact: s.exact, right: s.right }).toEqual(EXPECTED[style]);
  expect(s.right + s.nulled).toBe(10224);
});
