// Generates fixtures/generated/chromium/: random reports rendered by renderHtml() and printed
// to PDF by headless Chromium (Skia's PDF backend), a third producer besides LibreOffice and WPS.
// NAME.pdf + NAME.json = { spec, layout } as in fixtures/generated/pdf/ (plus `notes` where the
// print options differ from the default: PDF tagging off, Chromium's own header/footer).
// Run through scripts/make-chromium-fixtures.sh, which compiles test/support/*.ts first:
//   node scripts/make-chromium-fixtures.mjs BUILD_DIR WORK_DIR
import { execFile, execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';

const [buildDir, workDir] = process.argv.slice(2).map((p) => resolve(p));
if (!buildDir || !workDir) throw new Error('usage: make-chromium-fixtures.mjs BUILD_DIR WORK_DIR');
const imp = (p) => import(pathToFileURL(join(buildDir, p)).href);
const { renderHtml, randomLayout } = await imp('test/support/render-html.js');
const { randomSpec } = await imp('test/support/random-report.js');

const root = fileURLToPath(new URL('..', import.meta.url));
const outDir = join(root, 'fixtures/generated/chromium');
const htmlDir = join(workDir, 'html');
const pdfDir = join(workDir, 'pdf');
for (const d of [outDir, htmlDir, pdfDir]) mkdirSync(d, { recursive: true });
const CHROMIUM = process.env.CHROMIUM ?? 'chromium';

// Fixed seeds 7001… (no other fixture uses them); versions alternate. `print` holds the
// Chromium options of a report: `tagging: false` → --disable-pdf-tagging; `headerFooter: true`
// → Chromium's default header (date, title) and footer (file URL, `N/M`) instead of
// --no-pdf-header-footer. Fonts: mostly `truetype` + sans (WenQuanYi Zen Hei, embedded as CID
// TrueType, ~250 KB a report); two `truetype` + serif (AR PL UMing: the bold table 二 headers
// are synthetic bold, which Skia writes as Type 3 outlines, ~500 KB) and one `noto` (Skia
// writes CFF-outline fonts as Type 3: every glyph a path, ~600 KB), to keep the set under 4 MB.
const REPORTS = [
  { o: { pageSize: 'A4', marginsMm: [37, 26, 35, 28], fonts: 'truetype', bodyFont: 'sans', table2Mode: 'single', numberFont: 'latin', pageNumbers: 'dash' } },
  { o: { pageSize: 'Letter', marginsMm: [25.4, 25.4, 25.4, 25.4], fonts: 'noto', bodyFont: 'serif', table2Mode: 'perBlock', numberFont: 'latin', headingBold: false, pageNumbers: 'plain' } },
  { o: { pageSize: 'B5', marginsMm: [20, 20, 20, 20], bodyFontPt: 12, tableFontPt: 9, fonts: 'truetype', bodyFont: 'sans', table2Mode: 'perBlock', verticalLabel: 'br', pageNumbers: 'dash' } },
  { o: { pageSize: 'A4', marginsMm: [12, 12, 12, 12], fonts: 'truetype', bodyFont: 'serif', table2Mode: 'single', numberFont: 'body', contactInPreamble: false, pageNumbers: 'plain' }, print: { tagging: false } },
  { o: { pageSize: 'Letter', marginsMm: [25.4, 31.8, 25.4, 31.8], fonts: 'truetype', bodyFont: 'sans', numberFont: 'latin', verticalLabel: 'wrap', table3LabelPct: [8, 16, 36], table2LabelPct: 45, tableFontPt: 10.5, pageNumbers: 'none' } },
  { o: { pageSize: 'A4', marginsMm: [30, 15, 25, 35], fonts: 'truetype', bodyFont: 'sans', tableWidthPct: 90, verticalLabel: 'narrow', table3NoteCell: false, negativeStyle: 'minus', positiveStyle: 'plus', numberAlign: 'right', pageNumbers: 'dash' } },
  { o: { tableBorders: 'threeLine', pageSize: 'A4', marginsMm: [25.4, 31.8, 25.4, 31.8], fonts: 'truetype', bodyFont: 'sans', table2Mode: 'single', numberAlign: 'center', pageNumbers: 'dash' } },
  { o: { tableBorders: 'threeLine', pageSize: 'B5', marginsMm: [20, 20, 20, 20], bodyFontPt: 12, tableFontPt: 9, fonts: 'truetype', bodyFont: 'sans', table2Mode: 'perBlock', pageNumbers: 'plain' } },
  { o: { pageSize: 'A4', marginsMm: [25.4, 31.8, 25.4, 31.8], fonts: 'truetype', bodyFont: 'sans', blankCell: 'ideographicSpace', amountWithUnit: true, positiveStyle: 'zeng', moneyTwoDecimals: true, table2Mode: 'perBlock', pageNumbers: 'dash' } },
  { o: { pageSize: 'B5', marginsMm: [37, 26, 35, 28], bodyFontPt: 10.5, tableFontPt: 7.5, fonts: 'truetype', bodyFont: 'serif', numberFont: 'body', verticalLabel: 'br', table4HeaderBreaks: false, pageNumbers: 'none' }, print: { tagging: false } },
  { o: { pageSize: 'A4', marginsMm: [37, 26, 35, 28], bodyFontPt: 16, tableFontPt: 12, fonts: 'truetype', bodyFont: 'sans', numberAlign: 'left', table3HeaderBreaks: true, cellPaddingPt: 4, pageNumbers: 'none' }, print: { headerFooter: true } },
  { o: { pageSize: 'Letter', marginsMm: [20, 20, 20, 20], fonts: 'truetype', bodyFont: 'sans', numberFont: 'body', table2Mode: 'single', table3LabelPct: [4, 9, 20], verticalLabel: 'narrow', pageNumbers: 'dash' } },
];

const reports = REPORTS.map(({ o, print = {} }, i) => {
  const seed = 7001 + i;
  const version = i % 2 === 0 ? '2019' : '2021';
  const spec = randomSpec(seed, version);
  const layout = { ...randomLayout(seed), ...o };
  const borders = layout.tableBorders === 'threeLine' ? '-threeline' : '';
  const name = `chromium-${version}-${String(i + 1).padStart(2, '0')}${borders}-${layout.pageSize.toLowerCase()}`;
  const notes = [];
  if (print.tagging === false) notes.push('printed with --disable-pdf-tagging (no structure tree, no marked content)');
  if (print.headerFooter) notes.push("printed with Chromium's default header and footer: date and time + document title at the top, the file:// URL of the HTML + `N/M` at the bottom (text outside the report)");
  return { name, spec, layout, print, notes, html: withPageNumbers(renderHtml(spec, layout), layout) };
});

/**
 * Page numbers as CSS page-margin boxes (`@page { @bottom-center }`, Chromium ≥ 131), printed by
 * Chromium itself in the bottom margin. renderHtml leaves page numbers to the PDF script.
 */
function withPageNumbers(html, layout) {
  if (layout.pageNumbers === 'none') return html;
  const content = layout.pageNumbers === 'dash' ? '"- " counter(page) " -"' : 'counter(page)';
  const css = `@page { @bottom-center { content: ${content}; font-family: "Liberation Serif", serif; font-size: 10.5pt; vertical-align: middle; } }`;
  if (!html.includes('</style>')) throw new Error('renderHtml output has no </style>');
  return html.replace('</style>', `${css}\n</style>`);
}

// ---- HTML → PDF with headless Chromium, 4 at a time, each with its own fresh profile ----
const run = promisify(execFile);
async function print(r) {
  const html = join(htmlDir, `${r.name}.html`);
  const pdf = join(pdfDir, `${r.name}.pdf`);
  writeFileSync(html, r.html);
  const profile = join(workDir, `profile-${r.name}`);
  const args = [
    '--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
    '--disable-sync', '--no-first-run', `--user-data-dir=${profile}`,
    `--print-to-pdf=${pdf}`,
    ...(r.print.headerFooter ? [] : ['--no-pdf-header-footer']),
    ...(r.print.tagging === false ? ['--disable-pdf-tagging'] : []),
    pathToFileURL(html).href,
  ];
  await run(CHROMIUM, args, { timeout: 120_000 });
  if (!existsSync(pdf)) throw new Error(`Chromium made no PDF for ${r.name}`);
  rmSync(profile, { recursive: true, force: true });
}
const queue = [...reports];
await Promise.all(Array.from({ length: 4 }, async () => {
  for (let r = queue.shift(); r; r = queue.shift()) await print(r);
}));

// ---- Write the fixtures ------------------------------------------------------------------
for (const f of readdirSync(outDir)) if (/\.(pdf|json)$/.test(f)) rmSync(join(outDir, f));
for (const r of reports) {
  const pdf = join(pdfDir, `${r.name}.pdf`);
  const pages = /Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))?.[1];
  if (!pages || Number(pages) < 2) throw new Error(`${r.name}: unexpected page count ${pages}`);
  renameSync(pdf, join(outDir, `${r.name}.pdf`));
  const json = r.notes.length ? { spec: r.spec, layout: r.layout, notes: r.notes.join('; ') } : { spec: r.spec, layout: r.layout };
  writeFileSync(join(outDir, `${r.name}.json`), JSON.stringify(json, null, 2) + '\n');
  console.log(`${r.name}: ${pages} pages`);
}
console.log(`wrote ${reports.length} PDF fixtures to ${outDir}`);
