// Generates fixtures/generated/pdf/: random reports (NAME.pdf + NAME.json = { spec, layout })
// and zhangdian-2020.pdf (the real text fixture laid out in the 2019 format).
// Run through scripts/make-pdf-fixtures.sh, which compiles test/support/*.ts first:
//   node scripts/make-pdf-fixtures.mjs BUILD_DIR WORK_DIR
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { htmlToPdf } from './html-to-pdf.mjs';

const [buildDir, workDir] = process.argv.slice(2).map((p) => resolve(p));
if (!buildDir || !workDir) throw new Error('usage: make-pdf-fixtures.mjs BUILD_DIR WORK_DIR');
const imp = (p) => import(pathToFileURL(join(buildDir, p)).href);
const { renderHtml, randomLayout, DEFAULT_LAYOUT, PAGE_SIZES, chineseDate } = await imp('test/support/render-html.js');
const { randomSpec, table2Paths, table3Paths, table4Paths } = await imp('test/support/random-report.js');
const { SECTIONS } = await imp('src/templates/sections.js');

const root = fileURLToPath(new URL('..', import.meta.url));
// Imported by make-word-fixtures.mjs for zhangdian(): then nothing is written here.
const isMain = process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
const outDir = join(root, 'fixtures/generated/pdf');
mkdirSync(outDir, { recursive: true });

// ---- The random reports -------------------------------------------------------------
// Fixed seeds; versions alternate; overrides guarantee coverage of the layout space
// (non-A4 pages, odd margins, both table 二 modes, no note cell, tiny/huge fonts).
const OVERRIDES = [
  { ...DEFAULT_LAYOUT }, // the plain official look: A4, GB/T 9704 margins, 16pt
  { pageSize: 'Letter' },
  { pageSize: 'B5', bodyFontPt: 12, tableFontPt: 9 },
  { pageSize: 'A4', marginsMm: [12, 12, 12, 12], table2Mode: 'perBlock' },
  { pageSize: 'B5', marginsMm: [30, 15, 25, 35], table3NoteCell: false, verticalLabel: 'br' },
  { pageSize: 'Letter', marginsMm: [25.4, 25.4, 25.4, 25.4], bodyFontPt: 10.5, tableFontPt: 7.5, table4HeaderBreaks: false },
  { table3LabelPct: [4, 9, 20], verticalLabel: 'narrow', tableWidthPct: 90, negativeStyle: 'minus' },
  { table3LabelPct: [8, 16, 36], verticalLabel: 'wrap', table2LabelPct: 45, tableFontPt: 12 },
  { table3NoteCell: false, table2Mode: 'single', blankCell: 'ideographicSpace' },
  { table2Mode: 'perBlock', amountWithUnit: true, moneyTwoDecimals: true, positiveStyle: 'zeng' },
];
const N = 24;
const reports = [];
if (isMain) for (let i = 0; i < N; i++) {
  const seed = 1001 + i;
  const version = i % 2 === 0 ? '2019' : '2021';
  const spec = randomSpec(seed, version);
  const layout = { ...randomLayout(seed), ...(OVERRIDES[i] ?? {}) };
  const name = `report-${version}-${String(i + 1).padStart(2, '0')}-${layout.pageSize.toLowerCase()}`;
  reports.push({ name, spec, layout, html: renderHtml(spec, layout) });
}

// ---- The real 2020 report of 淄博市公安局交通警察支队张店大队 -------------------------------
export function zhangdian() {
  const txt = readFileSync(join(root, 'fixtures/zhangdian-traffic-police-2020.txt'), 'utf8').replace(/\r/g, '');
  const lines = txt.split('\n');
  const clean = (s) => s.replace('[bookmark: _GoBack]', '').replace(/\u00a0/g, ' ').trim();
  // Walk the text: tab-prefixed lines are table cells (a blank line ends a row); a
  // non-tab line right after a cell line is the rest of a wrapped cell (`制作数量`).
  const items = [];
  let tableNo = 1;
  let inTable = false;
  let prevCellLine = false;
  for (const line of lines.slice(2)) {
    if (line.startsWith('\t')) {
      if (!inTable) items.push({ kind: 'table', table: ++tableNo });
      inTable = true;
      prevCellLine = line.trim() !== '';
      continue;
    }
    const t = clean(line);
    if (t === '') { prevCellLine = false; continue; }
    if (inTable && prevCellLine) continue;
    inTable = false;
    items.push({ kind: 'text', text: t });
  }
  // The last two text lines are the signature (agency, date).
  const signature = items.splice(-2).map((b) => b.text);
  const rebuilt = items.map((b) => {
    if (b.kind === 'table') return b;
    const t = b.text;
    if (/^[一二三四五六]、/.test(t) || /^\d、\s*收到和处理/.test(t)) return { kind: 'heading', text: t };
    if (/^（[一二三四五六]）/.test(t) && t.length <= 16) return { kind: 'subheading', text: t };
    if (/^\d、/.test(t) && t.length <= 16) return { kind: 'minorheading', text: t };
    return { kind: 'paragraph', text: t };
  });
  const headings = rebuilt.filter((b) => b.kind === 'heading').map((b) => b.text);
  const expectHeadings = [SECTIONS[0].heading, SECTIONS[1].heading, '3、 收到和处理政府信息公开申请情况', SECTIONS[3].heading, SECTIONS[4].heading, SECTIONS[5].heading];
  if (JSON.stringify(headings) !== JSON.stringify(expectHeadings)) throw new Error(`zhangdian headings: ${JSON.stringify(headings)}`);
  if (rebuilt.filter((b) => b.kind === 'table').length !== 3) throw new Error('zhangdian: expected 3 tables');

  // The values, read off the text fixture: everything 0 except the rows below.
  const values = {};
  for (const p of table2Paths('2019')) values[p] = 0;
  Object.assign(values, {
    'activeDisclosure.licensing.previousYear': 176454,
    'activeDisclosure.licensing.change': -72462,
    'activeDisclosure.licensing.decisions': 103992,
    'activeDisclosure.punishment.previousYear': 558879,
    'activeDisclosure.punishment.change': -66315,
    'activeDisclosure.punishment.decisions': 492564,
    'activeDisclosure.enforcement.previousYear': 9862,
    'activeDisclosure.enforcement.change': -1370,
    'activeDisclosure.enforcement.decisions': 8492,
  });
  for (const p of table3Paths()) {
    const twentyOne = /^applications\.other\.(overdueCorrection|overdueFee|other)\./.test(p);
    values[p] = twentyOne ? null : 0; // the 2021 sub-rows of （六） are not printed in the 2019 format
  }
  // 2 requests from natural persons, both granted; the （七）总计 row is all 0 as printed (T3-1, T3-2 fail).
  for (const row of ['newReceived', 'granted']) {
    values[`applications.${row}.naturalPerson`] = 2;
    values[`applications.${row}.total`] = 2;
  }
  for (const p of table4Paths()) values[p] = 0;
  crossCheckZhangdian(lines, values);

  const spec = {
    version: '2019',
    year: 2020,
    agency: '淄博市公安局交通警察支队张店大队',
    publishedOn: '2021-01-26',
    singleOtherRow: false,
    values,
  };
  if (signature[0] !== spec.agency || signature[1] !== chineseDate(spec.publishedOn)) throw new Error(`zhangdian signature: ${signature}`);
  const layout = {
    ...DEFAULT_LAYOUT,
    titleLines: 2,
    table2Mode: 'single',
    table2LabelPct: 30,
    table3LabelPct: [6, 13, 27],
    verticalLabel: 'narrow',
    tableFontPt: 10.5,
    bodyFontPt: 16,
    lineHeightPct: 150,
    textSeed: 0,
    paragraphsPerPart: 0,
    pageNumbers: 'dash',
  };
  const content = { titleLines: [lines[0].trim(), lines[1].trim()], blocks: rebuilt, signature };
  return { name: 'zhangdian-2020', spec, layout, html: renderHtml(spec, layout, content), notes: 'Text, headings (including the misnumbered `3、 收到和处理政府信息公开申请情况`) and table values of fixtures/zhangdian-traffic-police-2020.txt, laid out in the 2019 format. Its table 三 （七）总计 row is all 0 although 2 requests were granted, as in the source.' };
}

/** Every number printed in the text fixture's tables, in order, must equal the spec's values in table order. */
function crossCheckZhangdian(lines, values) {
  const nums = [];
  for (const line of lines) {
    if (!line.startsWith('\t')) continue;
    const t = line.replace(/[\t\u00a0\u3000 ]/g, '');
    const m = /^(减)?(\d+)$/.exec(t);
    if (m) nums.push(m[1] ? -Number(m[2]) : Number(m[2]));
  }
  const expected = [];
  for (const p of table2Paths('2019')) expected.push(values[p]);
  for (const p of table3Paths()) if (values[p] !== null) expected.push(values[p]);
  for (const p of table4Paths()) expected.push(values[p]);
  if (JSON.stringify(nums) !== JSON.stringify(expected)) {
    throw new Error(`zhangdian cross-check failed:\n text: ${nums.join(',')}\n spec: ${expected.join(',')}`);
  }
}

if (isMain) {
reports.push(zhangdian());

// ---- HTML → PDF with LibreOffice, page numbers stamped (scripts/html-to-pdf.mjs) ----------
const pdfs = htmlToPdf(reports, workDir, PAGE_SIZES);

// ---- Write the fixtures ------------------------------------------------------------------
for (const f of readdirSync(outDir)) if (/\.(pdf|json)$/.test(f)) rmSync(join(outDir, f));
for (const r of reports) {
  const pdf = pdfs[r.name];
  renameSync(pdf, join(outDir, `${r.name}.pdf`));
  const json = r.notes ? { spec: r.spec, layout: r.layout, notes: r.notes } : { spec: r.spec, layout: r.layout };
  writeFileSync(join(outDir, `${r.name}.json`), JSON.stringify(json, null, 2) + '\n');
}
console.log(`wrote ${reports.length} PDF fixtures to ${outDir}`);
}
