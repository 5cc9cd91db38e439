// Generates fixtures/generated/pdf-borderless/: random reports whose statistics tables have
// no ruling lines (`tableBorders: 'none'`) or are 三线表 (`'threeLine'`: thick rule above the
// header, thin rule under it, thick rule under the last row). NAME.pdf + NAME.json =
// { spec, layout } as in fixtures/generated/pdf/.
// Run through scripts/make-borderless-fixtures.sh, which compiles test/support/*.ts first:
//   node scripts/make-borderless-fixtures.mjs BUILD_DIR WORK_DIR
import { setUp, writeSet } from './pdf-fixture-set.mjs';

const { workDir, renderHtml, randomLayout, randomSpec, PAGE_SIZES } = await setUp('make-borderless-fixtures.mjs');

// Fixed seeds; versions alternate; the overrides fix the ruling and spread page sizes,
// table 二 modes, number alignment and the vertical label over the set.
const OVERRIDES = [
  { tableBorders: 'none', pageSize: 'A4', marginsMm: [37, 26, 35, 28], table2Mode: 'single', numberAlign: 'center' },
  { tableBorders: 'threeLine', pageSize: 'A4', table2Mode: 'single', numberAlign: 'right' },
  { tableBorders: 'none', pageSize: 'Letter', table2Mode: 'perBlock', numberAlign: 'right', verticalLabel: 'br' },
  { tableBorders: 'threeLine', pageSize: 'B5', marginsMm: [20, 20, 20, 20], bodyFontPt: 12, tableFontPt: 9, table2Mode: 'perBlock' },
  { tableBorders: 'none', pageSize: 'B5', marginsMm: [20, 20, 20, 20], bodyFontPt: 12, tableFontPt: 7.5, numberAlign: 'left', verticalLabel: 'wrap' },
  { tableBorders: 'threeLine', pageSize: 'Letter', marginsMm: [25.4, 25.4, 25.4, 25.4], table2Mode: 'single', verticalLabel: 'narrow' },
  { tableBorders: 'threeLine', pageSize: 'A4', marginsMm: [12, 12, 12, 12], tableFontPt: 10.5, numberAlign: 'center', blankCell: 'ideographicSpace' },
  { tableBorders: 'none', pageSize: 'A4', marginsMm: [25.4, 31.8, 25.4, 31.8], table2Mode: 'single', table3NoteCell: false },
];
const reports = OVERRIDES.map((o, i) => {
  const seed = 5001 + i;
  const version = i % 2 === 0 ? '2019' : '2021';
  const spec = randomSpec(seed, version);
  const layout = { ...randomLayout(seed), ...o };
  const name = `borderless-${version}-${String(i + 1).padStart(2, '0')}-${o.tableBorders.toLowerCase()}-${layout.pageSize.toLowerCase()}`;
  return { name, spec, layout, html: renderHtml(spec, layout) };
});

writeSet('pdf-borderless', reports, workDir, PAGE_SIZES);
