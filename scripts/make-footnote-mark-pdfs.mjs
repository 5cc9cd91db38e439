// Generates fixtures/generated/pdf-marks/: random reports whose table 三 sets a footnote mark,
// a superscript `1`, after every third number (`18<sup>1</sup>`), as authors mark figures
// explained in a note. Ruled, borderless and three-line tables. NAME.pdf + NAME.json =
// { spec, layout } as in fixtures/generated/pdf/; the values are the numbers, marks apart.
// Run through scripts/make-footnote-mark-pdfs.sh, which compiles test/support/*.ts first:
//   node scripts/make-footnote-mark-pdfs.mjs BUILD_DIR WORK_DIR
import { setUp, writeSet } from './pdf-fixture-set.mjs';

const { workDir, renderHtml, randomLayout, randomSpec, PAGE_SIZES } = await setUp('make-footnote-mark-pdfs.mjs');

/** Table 三 is the second-to-last table of the page: a superscript 1 after every third number in it. */
function markTable3(html) {
  const starts = [...html.matchAll(/<table/g)].map((m) => m.index);
  const at = starts[starts.length - 2];
  const end = html.indexOf('</table>', at) + '</table>'.length;
  let k = 0;
  const marked = html.slice(at, end).replace(/>(\d+)</g, (m, d) => (++k % 3 === 0 ? `>${d}<sup>1</sup><` : m));
  return html.slice(0, at) + marked + html.slice(end);
}

const OVERRIDES = [
  { tableBorders: 'grid', pageSize: 'A4' },
  { tableBorders: 'none', pageSize: 'A4' },
  { tableBorders: 'threeLine', pageSize: 'B5', marginsMm: [20, 20, 20, 20], bodyFontPt: 12, tableFontPt: 9 },
];
const reports = OVERRIDES.map((o, i) => {
  const seed = 31301 + i;
  const version = i % 2 === 0 ? '2019' : '2021';
  const spec = randomSpec(seed, version);
  const layout = { ...randomLayout(seed), pageNumbers: 'none', ...o };
  const name = `marks-${version}-${seed}-${o.tableBorders.toLowerCase()}-${layout.pageSize.toLowerCase()}`;
  return { name, spec, layout, html: markTable3(renderHtml(spec, layout)) };
});

writeSet('pdf-marks', reports, workDir, PAGE_SIZES);
