// Generates fixtures/generated/text-*/ from random reports (both format versions):
//   renderHtml → LibreOffice → NAME.pdf (page numbers stamped) and NAME.docx, then
//   text-pdftotext-layout/NAME.txt   pdftotext -layout NAME.pdf       (space-aligned columns)
//   text-pdftotext-raw/NAME.txt      pdftotext NAME.pdf               (reading order, blank cells vanish)
//   text-libreoffice/NAME.txt        soffice --convert-to txt NAME.docx (a cell a line, empty cells kept)
//   text-pandoc-plain/NAME.txt       pandoc -f docx -t plain          (dash-and-space tables)
//   text-pandoc-gfm/NAME.md          pandoc -f docx -t gfm            (pipe tables, raw HTML tables)
// and text-specs/NAME.json = { spec, layout }. The PDF/DOCX intermediates are not kept.
// Run through scripts/make-text-layout-fixtures.sh:  node scripts/make-text-layout-fixtures.mjs BUILD_DIR WORK_DIR
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { htmlToPdf } from './html-to-pdf.mjs';

const [buildDir, workDir] = process.argv.slice(2).map((p) => resolve(p));
if (!buildDir || !workDir) throw new Error('usage: make-text-layout-fixtures.mjs BUILD_DIR WORK_DIR');
const imp = (p) => import(pathToFileURL(join(buildDir, p)).href);
const { renderHtml, randomLayout, PAGE_SIZES } = await imp('test/support/render-html.js');
const { randomSpec } = await imp('test/support/random-report.js');

const root = fileURLToPath(new URL('..', import.meta.url));
// XXGK_GEN_DIR, XXGK_SEED, XXGK_N: another output folder and seeds (held-out sets; scripts/make-heldout-texts.sh).
const gen = process.env.XXGK_GEN_DIR ? resolve(process.env.XXGK_GEN_DIR) : join(root, 'fixtures/generated');
const LAYOUTS = ['pdftotext-layout', 'pdftotext-raw', 'libreoffice', 'pandoc-plain', 'pandoc-gfm'];

// Fixed seeds, versions alternate. Every fourth report has many blank cells, so that
// the layouts that lose blanks are exercised; the layouts are random otherwise.
const N = Number(process.env.XXGK_N ?? 48);
const reports = [];
for (let i = 0; i < N; i++) {
  const seed = Number(process.env.XXGK_SEED ?? 9001) + i;
  const version = i % 2 === 0 ? '2019' : '2021';
  const spec = randomSpec(seed, version);
  // Noto CJK only (the TrueType alternatives are not needed: the text is what matters here).
  const layout = { ...randomLayout(seed), fonts: 'noto' };
  const name = `text-${version}-${String(i + 1).padStart(2, '0')}`;
  reports.push({ name, spec, layout, html: renderHtml(spec, layout) });
}

const pdfs = htmlToPdf(reports, workDir, PAGE_SIZES);

// HTML → DOCX with LibreOffice's Writer HTML import (the same import as the PDFs).
const docxDir = join(workDir, 'docx');
mkdirSync(docxDir, { recursive: true });
const profile = pathToFileURL(join(workDir, 'lo-profile')).href;
const soffice = (args) => execFileSync('soffice', [`-env:UserInstallation=${profile}`, '--headless', '--norestore', ...args], { stdio: ['ignore', 'ignore', 'inherit'] });
const htmlFiles = reports.map((r) => join(workDir, 'html', `${r.name}.html`));
for (let i = 0; i < htmlFiles.length; i += 40) {
  soffice(['--infilter=HTML (StarWriter)', '--convert-to', 'docx:MS Word 2007 XML', '--outdir', docxDir, ...htmlFiles.slice(i, i + 40)]);
}
const txtDir = join(workDir, 'txt');
mkdirSync(txtDir, { recursive: true });
const docxFiles = reports.map((r) => join(docxDir, `${r.name}.docx`));
for (let i = 0; i < docxFiles.length; i += 40) {
  soffice(['--convert-to', 'txt:Text (encoded):UTF8', '--outdir', txtDir, ...docxFiles.slice(i, i + 40)]);
}

for (const l of [...LAYOUTS, 'specs']) {
  const dir = join(gen, `text-${l}`);
  mkdirSync(dir, { recursive: true });
  for (const f of readdirSync(dir)) rmSync(join(dir, f));
}
const run = (cmd, args) => execFileSync(cmd, args, { encoding: 'utf8', maxBuffer: 64 << 20 });
for (const r of reports) {
  const pdf = pdfs[r.name];
  const docx = join(docxDir, `${r.name}.docx`);
  const out = (layout, ext, text) => writeFileSync(join(gen, `text-${layout}`, `${r.name}.${ext}`), text);
  out('pdftotext-layout', 'txt', run('pdftotext', ['-layout', '-enc', 'UTF-8', pdf, '-']));
  out('pdftotext-raw', 'txt', run('pdftotext', ['-enc', 'UTF-8', pdf, '-']));
  out('libreoffice', 'txt', readFileSync(join(txtDir, `${r.name}.txt`), 'utf8'));
  out('pandoc-plain', 'txt', run('pandoc', ['-f', 'docx', '-t', 'plain', '--wrap=none', docx]));
  out('pandoc-gfm', 'md', run('pandoc', ['-f', 'docx', '-t', 'gfm', '--wrap=none', docx]));
  writeFileSync(join(gen, 'text-specs', `${r.name}.json`), JSON.stringify({ spec: r.spec, layout: r.layout }, null, 2) + '\n');
}
console.log(`wrote ${reports.length} reports × ${LAYOUTS.length} layouts to ${gen}/text-*`);
