// Generates fixtures/generated/docx/: the official Word template of the 2021 format
// (fixtures/official-template-2021.docx) filled with the values of randomSpec(seed, '2021'),
// plus title, preamble, body text (randomContent) and signature; written as NAME.docx,
// converted by LibreOffice's Word import to NAME.pdf; NAME.json = { spec, notes }.
// Run through scripts/make-docx-fixtures.sh, which compiles test/support/*.ts first:
//   node scripts/make-docx-fixtures.mjs BUILD_DIR WORK_DIR
//
// The data cells are found by their labels: table 二 by block title / `信息内容` header /
// row label, table 三 by the header texts above each grid column and the row label (with
// its group for the numbered sub-rows), table 四 by the header texts above each column.
// Every cell of the grid is located by summing `w:gridSpan`; vertically merged cells
// (`w:vMerge`) keep their grid position. Nothing is found by a fixed row/column index.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const [buildDir, workDir] = process.argv.slice(2).map((p) => resolve(p));
if (!buildDir || !workDir) throw new Error('usage: make-docx-fixtures.mjs BUILD_DIR WORK_DIR');
const imp = (p) => import(pathToFileURL(join(buildDir, p)).href);
const { randomContent, formatValue, chineseDate, DEFAULT_LAYOUT } = await imp('test/support/render-html.js');
const { randomSpec, table2Paths, table3Paths, table4Paths } = await imp('test/support/random-report.js');
const { TABLE2 } = await imp('src/templates/table2.js');
const { TABLE3_COLUMNS, TABLE3_ROWS } = await imp('src/templates/table3.js');
const { TABLE4_COLUMNS, TABLE4_GROUPS } = await imp('src/templates/table4.js');

const root = fileURLToPath(new URL('..', import.meta.url));
// Imported by make-word-fixtures.mjs for buildDocx() and zipDocx(): then nothing is written here.
const isMain = process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
const templatePath = join(root, 'fixtures/official-template-2021.docx');
const outDir = join(root, 'fixtures/generated/docx');
mkdirSync(outDir, { recursive: true });

// ---- Variants ---------------------------------------------------------------------------
// page: [width, height] and margins [top, right, bottom, left], all in twips (1 mm = 56.7).
const mm = (x) => Math.round(x * 56.6929);
const PAGES = {
  A4: [11906, 16838],
  Letter: [12240, 15840],
  B5: [mm(176), mm(250)],
};
const TEMPLATE_MARGINS = [1440, 1800, 1440, 1800]; // as in the template's w:sectPr
/**
 * Options of one fixture:
 * - page, margins: w:pgSz / w:pgMar (template: A4, 1440/1800 twips)
 * - fitTables: scale every table's widths to the text width (as Word's "AutoFit to window");
 *   else the tables keep the template's fixed 9740/9748 twips (wider than the text area of
 *   A4 with the template margins; centred, they reach into the margins)
 * - single: table 三 （六） as one row `（六）其他处理` (the three sub-rows removed)
 * - fonts: 'template' (宋体, which LibreOffice replaces by its fallback), 'uming' (all 宋体
 *   replaced by AR PL UMing CN, a TrueType font), 'notoSerif' (Noto Serif CJK SC, OpenType)
 * - latinDigits: the filled numbers in Times New Roman (→ Liberation Serif)
 * - dataPt: font size of the filled numbers; null = the size of the empty cell's paragraph
 *   mark, as typing into the template gives (12pt in tables 三/四, 12 or 10pt in 二). A number
 *   too wide for its cell is set smaller (as a user shrinks it) so that nothing wraps.
 * - center: numbers centred; else the cell's own alignment (left in table 二, the paragraph
 *   style's in 三/四)
 * - footer: page numbers in a footer: 'none' | 'dash' (`- N -`) | 'plain'
 * - titleLines: 1 or 2 (agency / `YYYY年政府信息公开工作年度报告`)
 * - moneyTwoDecimals: `本年收费金额` with two decimals when fractional
 * - text: textSeed/paragraphsPerPart/contactInPreamble for randomContent
 */
const BASE = { page: 'A4', margins: TEMPLATE_MARGINS, fitTables: false, single: false, fonts: 'template', latinDigits: false, dataPt: null, center: false, footer: 'none', titleLines: 1, moneyTwoDecimals: false, paragraphsPerPart: 1, contactInPreamble: true };
const VARIANTS = [
  { name: 'a4-template', seed: 3001, opts: {}, what: 'The template as is: A4, template margins and fonts, numbers typed into the empty cells (paragraph-mark size, cell alignment).' },
  { name: 'a4-uming-footer', seed: 3011, opts: { fonts: 'uming', latinDigits: true, center: true, footer: 'dash', titleLines: 2, paragraphsPerPart: 2 }, what: 'AR PL UMing (TrueType), numbers in Times New Roman centred, two-line title, footer `- N -`.' },
  { name: 'letter-noto', seed: 3021, opts: { page: 'Letter', margins: [1440, 1440, 1440, 1440], fonts: 'notoSerif', center: true, dataPt: 10.5, contactInPreamble: false }, what: 'US Letter, 1-inch margins, Noto Serif CJK SC, 10.5pt numbers centred, no contact line in the preamble.' },
  { name: 'b5-fit', seed: 3031, opts: { page: 'B5', margins: [mm(20), mm(18), mm(20), mm(18)], fitTables: true, dataPt: 9, footer: 'plain', moneyTwoDecimals: true }, what: 'B5 (176×250 mm), 20/18 mm margins, tables scaled to the text width, 9pt numbers, footer `N`.' },
  { name: 'a4-gongwen-single', seed: 3041, opts: { margins: [mm(37), mm(26), mm(35), mm(28)], fitTables: true, single: true, fonts: 'uming', center: true, footer: 'dash' }, what: 'GB/T 9704 公文 margins (37/26/35/28 mm), tables scaled to the text width, table 三 （六） as one row, AR PL UMing.' },
  { name: 'a4-narrow-single', seed: 3051, opts: { margins: [720, 720, 720, 720], single: true, latinDigits: true, center: true, titleLines: 2, paragraphsPerPart: 3 }, what: 'Narrow margins (12.7 mm), table 三 （六） as one row, numbers in Times New Roman, template fonts.' },
  { name: 'letter-narrow', seed: 3061, opts: { page: 'Letter', margins: [mm(12), mm(12), mm(12), mm(12)], fonts: 'uming', dataPt: 10.5, footer: 'plain', moneyTwoDecimals: true }, what: 'US Letter with 12 mm margins, AR PL UMing, 10.5pt numbers in the cells\' own alignment.' },
  { name: 'b5-overflow', seed: 3071, opts: { page: 'B5', margins: TEMPLATE_MARGINS, fonts: 'notoSerif', latinDigits: true, center: true, dataPt: 9 }, what: 'B5 with the template margins and the template\'s fixed table widths: the tables are wider than the text area and nearly as wide as the page.' },
  { name: 'a4-template-2', seed: 3081, opts: { center: true, paragraphsPerPart: 2, contactInPreamble: false }, what: 'Template page and fonts, numbers centred at the paragraph-mark size, no contact line.' },
  { name: 'letter-fit-single', seed: 3091, opts: { page: 'Letter', margins: [mm(25.4), mm(31.8), mm(25.4), mm(31.8)], fitTables: true, single: true, fonts: 'notoSerif', latinDigits: true, dataPt: 10.5, footer: 'dash' }, what: 'US Letter, Word-default margins, tables scaled, table 三 （六） as one row, Noto Serif CJK SC, Times New Roman numbers.' },
];

/** The first seed ≥ `from` whose 2021 spec prints （六） as wanted (randomSpec decides `singleOtherRow`). */
function seedFor(from, single) {
  for (let s = from; ; s++) if (randomSpec(s, '2021').singleOtherRow === single) return s;
}

// ---- XML helpers (WordprocessingML; no nested tables in the template) -------------------
const escXml = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const unescXml = (s) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
const textOf = (xml) => unescXml([...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''));
const norm = (s) => s.replace(/[\s\u3000]/g, '');
const ROW_RE = /<w:tr[\s>][\s\S]*?<\/w:tr>/g;
const CELL_RE = /<w:tc>[\s\S]*?<\/w:tc>/g;
const TABLE_RE = /<w:tbl>[\s\S]*?<\/w:tbl>/g;

/** A table's rows and cells with grid positions. */
function parseTable(xml) {
  const cellMar = /<w:tblCellMar>[\s\S]*?<w:left w:w="(\d+)"[\s\S]*?<w:right w:w="(\d+)"/.exec(xml);
  // Word lays out a fixed table by its w:tblGrid (the template's w:tcW are often a little off).
  const grid = [...(/<w:tblGrid>[\s\S]*?<\/w:tblGrid>/.exec(xml)?.[0] ?? '').matchAll(/<w:gridCol w:w="(\d+)"/g)].map((m) => Number(m[1]));
  const rows = [...xml.matchAll(ROW_RE)].map((m) => {
    let col = 0;
    const cells = [...m[0].matchAll(CELL_RE)].map((c) => {
      const x = c[0];
      const span = Number(/<w:gridSpan w:val="(\d+)"/.exec(x)?.[1] ?? 1);
      const vm = /<w:vMerge(?: w:val="(\w+)")?\/>/.exec(x);
      const tcMar = /<w:tcMar>[\s\S]*?<w:left w:w="(\d+)"[\s\S]*?<w:right w:w="(\d+)"/.exec(x);
      const mar = tcMar ? Number(tcMar[1]) + Number(tcMar[2]) : cellMar ? Number(cellMar[1]) + Number(cellMar[2]) : 216;
      const cell = { xml: x, col, span, vmerge: vm ? vm[1] ?? 'continue' : null, text: norm(textOf(x)), width: grid.length ? grid.slice(col, col + span).reduce((a, b) => a + b, 0) : Number(/<w:tcW w:w="(\d+)"/.exec(x)[1]), mar };
      col += span;
      return cell;
    });
    return { xml: m[0], cells };
  });
  return { xml, rows };
}

/** Header texts (top to bottom) of the cells covering grid column `col` in `rows`. */
function headerTexts(rows, col) {
  const out = [];
  for (const r of rows) for (const c of r.cells) if (c.col <= col && col < c.col + c.span && c.text) out.push(c.text);
  return out;
}

/** Replace a cell's content by one paragraph holding `text` (the cell's own paragraph and run properties). */
function fillCell(cell, text, o) {
  let tcPr = /<w:tcPr>[\s\S]*?<\/w:tcPr>/.exec(cell.xml)[0];
  const p = /<w:p\s[^>]*\/>|<w:p[\s>][\s\S]*?<\/w:p>/.exec(cell.xml)[0];
  let pPr = /<w:pPr>[\s\S]*?<\/w:pPr>/.exec(p)?.[0] ?? '<w:pPr></w:pPr>';
  const markRPr = /<w:rPr>[\s\S]*?<\/w:rPr>/.exec(pPr)?.[0];
  const runRPr = /<w:r>\s*(<w:rPr>[\s\S]*?<\/w:rPr>)/.exec(p)?.[1];
  let rPr = runRPr ?? markRPr ?? '<w:rPr></w:rPr>';
  // Typing into an empty cell gives the paragraph mark's size; a cell that holds text keeps its run's.
  const curPt = Number(/<w:sz w:val="(\d+)"/.exec(rPr)?.[1] ?? 21) / 2;
  const wantPt = o.dataPt ?? curPt;
  // Advance of a digit: Times/Liberation Serif 0.5 em; the CJK fonts' digits (and DejaVu Sans,
  // LibreOffice's fallback for the Latin part of 宋体) up to 0.65 em.
  const em = o.latinDigits ? 0.5 : 0.65;
  const fits = (s, mar) => text.length * em * s <= (cell.width - mar) / 20 - 1.5;
  let pt = [wantPt, 10.5, 10, 9, 8, 7.5, 7, 6.5, 6, 5.5, 5].find((s) => s <= wantPt && fits(s, cell.mar));
  if (pt === undefined) {
    // Too narrow even at 5pt: the cell's left/right margins set to 0 (as a user would), then the largest size that fits.
    const mar0 = '<w:tcMar><w:left w:w="0" w:type="dxa"/><w:right w:w="0" w:type="dxa"/></w:tcMar>';
    tcPr = /<w:tcMar>/.test(tcPr) ? tcPr.replace(/<w:tcMar>[\s\S]*?<\/w:tcMar>/, mar0) : tcPr.replace(/(<w:vAlign |<\/w:tcPr>)/, `${mar0}$1`);
    pt = [wantPt, 10.5, 10, 9, 8, 7.5, 7, 6.5, 6, 5.5, 5].find((s) => s <= wantPt && fits(s, 0));
    if (pt === undefined) throw new Error(`${text} does not fit a cell ${cell.width} twips wide`);
  }
  const half = String(Math.round(pt * 2));
  rPr = /<w:sz /.test(rPr) ? rPr.replace(/<w:sz w:val="\d+"\/>/, `<w:sz w:val="${half}"/>`) : rPr.replace('</w:rPr>', `<w:sz w:val="${half}"/></w:rPr>`);
  rPr = /<w:szCs /.test(rPr) ? rPr.replace(/<w:szCs w:val="\d+"\/>/, `<w:szCs w:val="${half}"/>`) : rPr.replace('</w:rPr>', `<w:szCs w:val="${half}"/></w:rPr>`);
  if (o.latinDigits) {
    const fonts = '<w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="宋体" w:cs="Times New Roman"/>';
    rPr = /<w:rFonts [^>]*\/>/.test(rPr) ? rPr.replace(/<w:rFonts [^>]*\/>/, fonts) : rPr.replace('<w:rPr>', `<w:rPr>${fonts}`);
  }
  if (o.center) {
    pPr = /<w:jc /.test(pPr) ? pPr.replace(/<w:jc w:val="\w+"\/>/, '<w:jc w:val="center"/>') : /<w:rPr>/.test(pPr) ? pPr.replace('<w:rPr>', '<w:jc w:val="center"/><w:rPr>') : pPr.replace('</w:pPr>', '<w:jc w:val="center"/></w:pPr>');
  }
  return `<w:tc>${tcPr}<w:p>${pPr}<w:r>${rPr}<w:t xml:space="preserve">${escXml(text)}</w:t></w:r></w:p></w:tc>`;
}

/** Rebuild a table from its parsed rows with some cells replaced (`repl`: Map cell → xml). */
function rebuild(table, repl) {
  let xml = table.xml;
  for (const r of table.rows) {
    let rx = r.xml;
    for (const c of r.cells) if (repl.has(c)) rx = rx.replace(c.xml, repl.get(c));
    xml = xml.replace(r.xml, rx);
  }
  return xml;
}

// ---- Filling the three tables -----------------------------------------------------------
function fillTable2(tableXml, spec, o, layout, printed) {
  const t = parseTable(tableXml);
  const repl = new Map();
  let block;
  let header; // grid col → column key
  for (const r of t.rows) {
    const first = r.cells[0].text;
    if (/^第二十条/.test(first)) {
      block = TABLE2['2021'].find((b) => norm(b.title) === first);
      if (!block) throw new Error(`table 二: unknown block ${first}`);
      header = undefined;
    } else if (first === '信息内容') {
      header = new Map(r.cells.slice(1).map((c) => {
        const col = block.columns.find((k) => norm(k.label) === c.text);
        if (!col) throw new Error(`table 二: unknown column ${c.text}`);
        return [c.col, col.key];
      }));
    } else {
      const row = block?.rows.find((x) => norm(x.label) === first);
      if (!row || !header) throw new Error(`table 二: unknown row ${first}`);
      for (const c of r.cells.slice(1)) {
        const key = header.get(c.col);
        if (!key) throw new Error(`table 二: no header above column ${c.col} of ${first}`);
        const path = `activeDisclosure.${row.key}.${key}`;
        printed.add(path);
        const v = spec.values[path];
        if (v != null) repl.set(c, fillCell(c, formatValue(v, key, layout), o));
      }
    }
  }
  return rebuild(t, repl);
}

/** Table 三 with （六） as one row: its three sub-rows replaced by a copy of the `（七）总计` row relabelled. */
function singleOtherRow(tableXml) {
  const t = parseTable(tableXml);
  const sub = TABLE3_ROWS.filter((x) => x.only === '2021').map((x) => norm(x.label));
  const subRows = t.rows.filter((r) => r.cells.some((c) => sub.includes(c.text)));
  const labels = subRows.map((r) => r.cells.find((c) => sub.includes(c.text)).text);
  if (JSON.stringify(labels) !== JSON.stringify(sub)) throw new Error(`table 三: （六） sub-rows not found: ${labels}`);
  const total = t.rows.find((r) => r.cells.some((c) => c.text === '（七）总计'));
  const one = total.xml.replace(/ w14:paraId="[0-9A-F]+"/g, '').replace('（七）总计', '（六）其他处理');
  let xml = tableXml.replace(subRows[0].xml, one);
  for (const r of subRows.slice(1)) xml = xml.replace(r.xml, '');
  return xml;
}

function fillTable3(tableXml, spec, o, layout, printed) {
  const t = parseTable(tableXml);
  const firstData = t.rows.findIndex((r) => r.cells.some((c) => c.text === norm(TABLE3_ROWS[0].label)));
  const head = t.rows.slice(0, firstData);
  // Grid column → column key, from the header texts above it.
  const colKey = new Map();
  const ncols = Math.max(...t.rows.map((r) => r.cells.reduce((a, c) => a + c.span, 0)));
  for (let col = 0; col < ncols; col++) {
    const keys = headerTexts(head, col).map((h) => TABLE3_COLUMNS.find((c) => norm(c.label) === h)).filter(Boolean);
    if (keys.length) colKey.set(col, keys[keys.length - 1].key);
  }
  if (colKey.size !== 7) throw new Error(`table 三: ${colKey.size} data columns`);
  const repl = new Map();
  let group;
  for (const r of t.rows.slice(firstData)) {
    const labelCells = r.cells.filter((c) => !colKey.has(c.col));
    // A group cell (`（三）不予公开`) starts at grid column 1 with span 1; a span-2 cell there is a row label.
    const g = labelCells.find((c) => c.col === 1 && c.span === 1);
    if (g && g.text) group = g.text;
    if (labelCells.some((c) => c.col <= 1 && c.col + c.span > 2)) group = undefined;
    const label = labelCells.filter((c) => c.text).at(-1)?.text;
    const cands = TABLE3_ROWS.filter((x) => norm(x.label) === label && (x.group === undefined || norm(x.group) === group));
    if (cands.length !== 1) throw new Error(`table 三: row ${label} (group ${group}): ${cands.length} candidates`);
    const row = cands[0];
    for (const c of r.cells) {
      const key = colKey.get(c.col);
      if (!key) continue;
      const path = `applications.${row.key}.${key}`;
      printed.add(path);
      const v = spec.values[path];
      if (v != null) repl.set(c, fillCell(c, formatValue(v, key, layout), o));
    }
  }
  return rebuild(t, repl);
}

function fillTable4(tableXml, spec, o, layout, printed) {
  const t = parseTable(tableXml);
  const head = t.rows.slice(0, -1);
  const data = t.rows.at(-1);
  if (data.cells.some((c) => c.text)) throw new Error('table 四: last row is not empty');
  const repl = new Map();
  for (const c of data.cells) {
    const hs = headerTexts(head, c.col);
    const groups = hs.map((h) => TABLE4_GROUPS.find((g) => norm(g.label) === h)).filter(Boolean);
    const cols = hs.map((h) => TABLE4_COLUMNS.find((k) => norm(k.label) === h)).filter(Boolean);
    if (!groups.length || cols.length !== 1) throw new Error(`table 四: column ${c.col} headers ${hs}`);
    const path = `reviewLitigation.${groups.at(-1).key}.${cols[0].key}`;
    printed.add(path);
    const v = spec.values[path];
    if (v != null) repl.set(c, fillCell(c, formatValue(v, cols[0].key, layout), o));
  }
  return rebuild(t, repl);
}

/** Scale every width inside a table by `f` (tblW, gridCol, tcW). */
function scaleTable(tableXml, f) {
  return tableXml.replace(/(<w:(?:tblW|gridCol|tcW) w:w=")(\d+)"/g, (_, a, w) => `${a}${Math.round(Number(w) * f)}"`);
}

// ---- Paragraphs ----------------------------------------------------------------------------
/** A body paragraph like the template's `（文字描述）` one, with `text` (bold for subheadings). */
function paragraphLike(tplPara, text, { bold = false, align } = {}) {
  let x = tplPara.replace(/ w14:paraId="[0-9A-F]+"/, '').replace(/<w:t>[^<]*<\/w:t>/, `<w:t xml:space="preserve">${escXml(text)}</w:t>`);
  if (bold) x = x.replace(/(<w:r><w:rPr><w:rFonts [^>]*\/>)/, '$1<w:b/><w:bCs/>');
  if (align) x = x.replace(/<w:ind [^>]*\/>/, '<w:ind w:left="0" w:firstLine="0"/>').replace(/<w:jc w:val="\w+"\/>/, `<w:jc w:val="${align}"/>`);
  return x;
}
const PARA_RE = (inner) => new RegExp(`<w:p [^>]*>(?:(?!<\\/w:p>).)*?<w:t>${inner}<\\/w:t><\\/w:r><\\/w:p>`, 's');

function footerXml(style) {
  const field = '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>1</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>';
  const run = (t) => `<w:r><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman"/><w:sz w:val="21"/></w:rPr><w:t xml:space="preserve">${t}</w:t></w:r>`;
  const body = style === 'dash' ? `${run('- ')}${field}${run(' -')}` : field;
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:ftr xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><w:p><w:pPr><w:jc w:val="center"/><w:rPr><w:sz w:val="21"/></w:rPr></w:pPr>${body}</w:p></w:ftr>`;
}

// ---- One report ------------------------------------------------------------------------------
const FONT_NAMES = { uming: 'AR PL UMing CN', notoSerif: 'Noto Serif CJK SC' };

/** `variant.spec` (a given spec) instead of a seed: the template filled with those values. */
export function buildDocx(variant, stageDir) {
  const o = { ...BASE, ...variant.opts };
  const seed = variant.spec ? variant.seed : seedFor(variant.seed, o.single);
  const spec = variant.spec ? structuredClone(variant.spec) : randomSpec(seed, '2021');
  const layout = { ...DEFAULT_LAYOUT, moneyTwoDecimals: o.moneyTwoDecimals, textSeed: seed * 31 + 7, paragraphsPerPart: o.paragraphsPerPart, contactInPreamble: o.contactInPreamble, titleLines: o.titleLines };
  const content = randomContent(spec, layout);

  rmSync(stageDir, { recursive: true, force: true });
  mkdirSync(stageDir, { recursive: true });
  execFileSync('unzip', ['-q', templatePath, '-d', stageDir]);
  const docPath = join(stageDir, 'word/document.xml');
  let doc = readFileSync(docPath, 'utf8');

  // Tables, recognised by their contents.
  const printed = new Set();
  const tables = [...doc.matchAll(TABLE_RE)].map((m) => m[0]);
  if (tables.length !== 3) throw new Error(`template: ${tables.length} tables`);
  const [t2, t3, t4] = tables;
  if (!textOf(t2).includes('第二十条') || !textOf(t3).includes('申请人情况') || !textOf(t4).includes('行政复议')) throw new Error('template: tables not in the expected order');
  // Shape first (one-row （六）, widths scaled to the text area), then fill, so the fit of each number uses the final widths.
  let [n2, n3, n4] = [t2, o.single ? singleOtherRow(t3) : t3, t4];
  const [pw] = PAGES[o.page];
  const textW = pw - o.margins[1] - o.margins[3];
  if (o.fitTables) [n2, n3, n4] = [n2, n3, n4].map((t) => scaleTable(t, textW / Number(/<w:tblW w:w="(\d+)"/.exec(t)[1])));
  n2 = fillTable2(n2, spec, o, layout, printed);
  n3 = fillTable3(n3, spec, o, layout, printed);
  n4 = fillTable4(n4, spec, o, layout, printed);
  doc = doc.replace(t2, n2).replace(t3, n3).replace(t4, n4);

  // Every spec value must have been printed (a value the template cannot print would be nulled and noted).
  const unprinted = [...table2Paths('2021'), ...table3Paths(), ...table4Paths()].filter((p) => !printed.has(p));
  const nulled = unprinted.filter((p) => spec.values[p] != null);
  for (const p of nulled) spec.values[p] = null;
  const expectUnprinted = o.single ? TABLE3_ROWS.filter((x) => x.only === '2021') : TABLE3_ROWS.filter((x) => x.key === 'other.total');
  if (unprinted.length !== expectUnprinted.length * 7) throw new Error(`${variant.name}: unprinted ${unprinted}`);

  // Title, preamble, body text, signature.
  const blocks = content.blocks;
  const bodyTpl = PARA_RE('（文字描述）').exec(doc)[0];
  const para = (b) => paragraphLike(bodyTpl, b.text, { bold: b.kind !== 'paragraph' });
  const hIdx = (i) => blocks.findIndex((b) => b.kind === 'heading' && b.text.startsWith('一二三四五六'[i - 1]));
  const section = (i) => blocks.slice(hIdx(i) + 1, i === 6 ? blocks.length : hIdx(i + 1)).filter((b) => b.kind !== 'table');
  const titleRe = /(<w:t>)政府信息公开工作年度报告格式模板(<\/w:t>)/;
  const titlePara = PARA_RE('政府信息公开工作年度报告格式模板').exec(doc)[0];
  const titles = content.titleLines.map((t, i) => (i ? titlePara.replace(/ w14:paraId="[0-9A-F]+"/, '') : titlePara).replace(titleRe, `$1${escXml(t)}$2`));
  doc = doc.replace(titlePara, titles.join(''));
  const h1 = PARA_RE('一、总体情况').exec(doc)[0];
  doc = doc.replace(h1, paragraphLike(bodyTpl, blocks[0].text) + h1);
  doc = doc.replace(bodyTpl, section(1).map(para).join('')); // the first （文字描述） is section 一's
  doc = doc.replace(PARA_RE('（文字描述）').exec(doc)[0], section(5).map(para).join(''));
  doc = doc.replace(PARA_RE('（文字描述，收取信息处理费情况在此处报告。）').exec(doc)[0], section(6).map(para).join(''));
  const sig = ['', ...content.signature].map((s) => paragraphLike(bodyTpl, s, { align: 'right' })).join('');
  doc = doc.replace('<w:sectPr>', `${sig}<w:sectPr>`);
  if (/文字描述|格式模板/.test(textOf(doc))) throw new Error('placeholder left');

  // Fonts, page, footer.
  if (o.fonts !== 'template') {
    doc = doc.replace(/="宋体"/g, `="${FONT_NAMES[o.fonts]}"`);
    const styles = join(stageDir, 'word/styles.xml');
    writeFileSync(styles, readFileSync(styles, 'utf8').replace(/="宋体"/g, `="${FONT_NAMES[o.fonts]}"`));
  }
  const [w, h] = PAGES[o.page];
  const [mt, mr, mb, ml] = o.margins;
  doc = doc.replace(/<w:pgSz [^>]*\/>/, `<w:pgSz w:w="${w}" w:h="${h}"/>`);
  doc = doc.replace(/<w:pgMar [^>]*\/>/, `<w:pgMar w:top="${mt}" w:right="${mr}" w:bottom="${mb}" w:left="${ml}" w:header="851" w:footer="${Math.min(992, Math.round(mb / 2))}" w:gutter="0"/>`);
  if (o.footer !== 'none') {
    writeFileSync(join(stageDir, 'word/footer1.xml'), footerXml(o.footer));
    const rels = join(stageDir, 'word/_rels/document.xml.rels');
    writeFileSync(rels, readFileSync(rels, 'utf8').replace('</Relationships>', '<Relationship Id="rIdFtr1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/></Relationships>'));
    const ct = join(stageDir, '[Content_Types].xml');
    writeFileSync(ct, readFileSync(ct, 'utf8').replace('</Types>', '<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/></Types>'));
    doc = doc.replace('<w:sectPr>', '<w:sectPr><w:footerReference w:type="default" r:id="rIdFtr1"/>');
  }
  writeFileSync(docPath, doc);

  const notes = [
    `The official 2021 Word template filled with randomSpec(${seed}, '2021'). ${variant.what}`,
    `Page ${o.page} ${w}×${h} twips, margins ${o.margins.join('/')} twips (top/right/bottom/left); tables ${o.fitTables ? 'scaled to the text width' : 'at the template\'s fixed widths'}; fonts ${o.fonts === 'template' ? '宋体 as in the template (LibreOffice substitutes)' : FONT_NAMES[o.fonts]}; numbers ${o.latinDigits ? 'in Times New Roman' : 'in the cell font'}, ${o.dataPt ? `${o.dataPt}pt` : 'paragraph-mark size'} (smaller where a number would not fit), ${o.center ? 'centred' : 'cell alignment'}; footer ${o.footer}.`,
    `Table 三 （六） printed ${o.single ? 'as one row `（六）其他处理` (spec.singleOtherRow; the three sub-rows are null)' : 'with its three sub-rows (other.total is null)'}.`,
    'Blank (null) cells are left as in the template: most are empty, but the template\'s table 二 cells of 规章/行政规范性文件 (本年制发件数, 本年废止件数) and 行政处罚/行政强制 hold one or two full-width spaces (U+3000) when not filled.',
    nulled.length ? `Not printable by the template (set to null): ${nulled.join(', ')}.` : 'Every value of the spec has a cell in the template.',
  ].join(' ');
  return { name: `docx-2021-${String(VARIANTS.indexOf(variant) + 1).padStart(2, '0')}-${variant.name}`, spec, notes };
}

// ---- Build, zip, convert ---------------------------------------------------------------------
const fixedTime = new Date('2024-01-01T00:00:00Z');
/** Zips a staged DOCX folder with fixed timestamps and order, so the .docx is byte-identical run to run. */
export function zipDocx(stage, outFile) {
  const touch = (d) => { for (const f of readdirSync(d, { withFileTypes: true })) { const p = join(d, f.name); if (f.isDirectory()) touch(p); utimesSync(p, fixedTime, fixedTime); } };
  touch(stage);
  const files = execFileSync('find', ['.', '-type', 'f'], { cwd: stage, encoding: 'utf8' }).trim().split('\n').map((f) => f.slice(2)).sort((a, b) => (a === '[Content_Types].xml' ? -1 : b === '[Content_Types].xml' ? 1 : a < b ? -1 : 1));
  execFileSync('zip', ['-X', '-q', '-9', outFile, ...files], { cwd: stage, env: { ...process.env, TZ: 'UTC' } });
}

if (isMain) {
const reports = [];
const docxDir = join(workDir, 'docx');
const pdfDir = join(workDir, 'pdf');
mkdirSync(docxDir, { recursive: true });
mkdirSync(pdfDir, { recursive: true });
for (const v of VARIANTS) {
  const stage = join(workDir, 'stage', v.name);
  const r = buildDocx(v, stage);
  zipDocx(stage, join(docxDir, `${r.name}.docx`));
  reports.push(r);
}
const profile = pathToFileURL(join(workDir, 'lo-profile')).href;
execFileSync('soffice', [`-env:UserInstallation=${profile}`, '--headless', '--norestore', '--convert-to', 'pdf:writer_pdf_Export', '--outdir', pdfDir, ...reports.map((r) => join(docxDir, `${r.name}.docx`))], { stdio: ['ignore', 'ignore', 'inherit'] });

for (const f of readdirSync(outDir)) if (/\.(pdf|json|docx)$/.test(f)) rmSync(join(outDir, f));
for (const r of reports) {
  const pdf = join(pdfDir, `${r.name}.pdf`);
  if (!existsSync(pdf)) throw new Error(`LibreOffice made no PDF for ${r.name}`);
  renameSync(pdf, join(outDir, `${r.name}.pdf`));
  renameSync(join(docxDir, `${r.name}.docx`), join(outDir, `${r.name}.docx`));
  writeFileSync(join(outDir, `${r.name}.json`), JSON.stringify({ spec: r.spec, notes: r.notes }, null, 2) + '\n');
}
console.log(`wrote ${reports.length} docx fixtures to ${outDir}`);
}
