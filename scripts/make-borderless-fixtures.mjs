// Generates fixtures/generated/pdf-borderless/: random reports whose statistics tables have
// no ruling lines (`tableBorders: 'none'`) or are 三线表 (`'threeLine'`: thick rule above the
// header, thin rule under it, thick rule under the last row). NAME.pdf + NAME.json =
// { spec, layout } as in fixtures/generated/pdf/.
// Run through scripts/make-borderless-fixtures.sh, which compiles test/support/*.ts first:
//   node scripts/make-borderless-fixtures.mjs BUILD_DIR WORK_DIR
import { mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { htmlToPdf } from './html-to-pdf.mjs';

const [buildDir, workDir] = process.argv.slice(2).map((p) => resolve(p));
if (!buildDir || !workDir) throw new Error('usage: make-borderless-fixtures.mjs BUILD_DIR WORK_DIR');
const imp = (p) => import(pathToFileURL(join(buildDir, p)).href);
const { renderHtml, randomLayout, PAGE_SIZES } = await imp('test/support/render-html.js');
const { randomSpec } = await imp('test/support/random-report.js');

const root = fileURLToPath(new URL('..', import.meta.url));
const outDir = join(root, 'fixtures/generated/pdf-borderless');
mkdirSync(outDir, { recursive: true });

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

const pdfs = htmlToPdf(reports, workDir, PAGE_SIZES);
for (const f of readdirSync(outDir)) if (/\.(pdf|json)$/.test(f)) rmSync(join(outDir, f));
for (const r of reports) {
  renameSync(pdfs[r.name], join(outDir, `${r.name}.pdf`));
  writeFileSync(join(outDir, `${r.name}.json`), JSON.stringify({ spec: r.spec, layout: r.layout }, null, 2) + '\n');
}
console.log(`wrote ${reports.length} PDF fixtures to ${outDir}`);
