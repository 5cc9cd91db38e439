// Generates fixtures/generated/pdf-wrapped/: random reports with borderless and three-line
// tables whose numbers do not fit their cells in one piece: grouped by spaces (GB/T 15835's
// `176 804`, every number of four digits or more), which LibreOffice wraps at the space in a
// narrow cell; grouped by no-break spaces (`176&nbsp;804`), which stay on one line or break
// inside the number; and plain numbers too wide for their column, which break inside
// (`7635` over `2`); one with cells aligned to the bottom. NAME.pdf + NAME.json = { spec, layout } as in fixtures/generated/pdf/;
// the values are the numbers without their spaces.
// Run through scripts/make-wrapped-pdfs.sh, which compiles test/support/*.ts first:
//   node scripts/make-wrapped-pdfs.mjs BUILD_DIR WORK_DIR
import { setUp, writeSet } from './pdf-fixture-set.mjs';

const { workDir, renderHtml, randomLayout, randomSpec, PAGE_SIZES } = await setUp('make-wrapped-pdfs.mjs');

/** Every number of four digits or more in a table cell grouped by threes with `space`. */
const grouped = (html, space) => html.replace(/>(\d{4,})</g, (m, d) => `>${d.replace(/\B(?=(\d{3})+(?!\d))/g, space)}<`);

// The seeds and layouts of the probe (2026-12-07, eighteenth session) whose files showed each case.
const REPORTS = [
  { seed: 31001, version: '2019', group: ' ', o: { tableBorders: 'threeLine', numberAlign: 'right' } },
  { seed: 31005, version: '2019', group: ' ', o: { tableBorders: 'none', numberAlign: 'center' } },
  { seed: 31006, version: '2021', group: ' ', o: { tableBorders: 'none', numberAlign: 'left' } },
  { seed: 33005, version: '2019', group: '&nbsp;', o: { tableBorders: 'none', numberAlign: 'center' } },
  { seed: 33018, version: '2021', group: '&nbsp;', o: { tableBorders: 'none', numberAlign: 'left' } },
  { seed: 34016, version: '2021', group: null, o: { tableBorders: 'none' } },
  // The review's: narrow columns, cells aligned to the bottom (a number's head on the line above its row).
  { seed: 49006, version: '2021', group: ' ', o: { tableBorders: 'none', tableWidthPct: 75, tableFontPt: 12, cellPaddingPt: 3 }, valign: 'bottom' },
];
const reports = REPORTS.map(({ seed, version, group, o, valign }) => {
  const spec = randomSpec(seed, version);
  const layout = { ...randomLayout(seed), ...o };
  const kind = (group === null ? 'plain' : group === ' ' ? 'grouped' : 'grouped-nbsp') + (valign ? `-${valign}` : '');
  const rendered = renderHtml(spec, layout);
  const html = valign ? rendered.replace(/valign="middle"/g, `valign="${valign}"`) : rendered;
  return { name: `wrapped-${version}-${seed}-${kind}`, spec, layout, html: group === null ? html : grouped(html, group) };
});

writeSet('pdf-wrapped', reports, workDir, PAGE_SIZES);
