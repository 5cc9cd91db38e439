// The two real fixtures through the converters of fixtures/generated/text-*/, into
// fixtures/generated/text-real/:
//   hongze-2023.pdftotext-layout.txt / .pdftotext-raw.txt   pdftotext [-layout] fixtures/hongze-district-2023.pdf
//   zhangdian-2020.{libreoffice.txt, pandoc-plain.txt, pandoc-gfm.md, pdftotext-layout.txt, pdftotext-raw.txt}
//     from a DOCX (and its PDF) that LibreOffice makes of the Zhangdian report: its text
//     (title, headings, paragraphs, signature as xxgk reads them from the text fixture) and its
//     table values (fixtures/generated/pdf/zhangdian-2020.json, checked against the text) laid
//     out by renderHtml.
// Run through scripts/make-text-layout-fixtures.sh (after `npm run build`):
//   node scripts/make-text-layout-real.mjs BUILD_DIR WORK_DIR
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const [buildDir, workDir] = process.argv.slice(2).map((p) => resolve(p));
if (!buildDir || !workDir) throw new Error('usage: make-text-layout-real.mjs BUILD_DIR WORK_DIR');
const root = fileURLToPath(new URL('..', import.meta.url));
const { renderHtml } = await import(pathToFileURL(join(buildDir, 'test/support/render-html.js')).href);
const { parseReport } = await import(pathToFileURL(join(root, 'dist/index.js')).href);

const outDir = join(root, 'fixtures/generated/text-real');
rmSync(outDir, { recursive: true, force: true });
mkdirSync(outDir, { recursive: true });
const run = (cmd, args) => execFileSync(cmd, args, { encoding: 'utf8', maxBuffer: 64 << 20 });
const dir = join(workDir, 'real');
mkdirSync(dir, { recursive: true });

// ---- Hongze: the real PDF through both pdftotext modes ----
const hongze = join(root, 'fixtures/hongze-district-2023.pdf');
writeFileSync(join(outDir, 'hongze-2023.pdftotext-layout.txt'), run('pdftotext', ['-layout', '-enc', 'UTF-8', hongze, '-']));
writeFileSync(join(outDir, 'hongze-2023.pdftotext-raw.txt'), run('pdftotext', ['-enc', 'UTF-8', hongze, '-']));

// ---- Zhangdian: the report's own text and values → HTML → DOCX and PDF (LibreOffice) ----
const { report } = await parseReport(join(root, 'fixtures/zhangdian-traffic-police-2020.txt'));
const { spec, layout } = JSON.parse(readFileSync(join(root, 'fixtures/generated/pdf/zhangdian-2020.json'), 'utf8'));
const titleLines = report.preamble.slice(0, 2);
if (titleLines.join('') !== report.title) throw new Error(`zhangdian title: ${titleLines}`);
const blocks = report.preamble.slice(2).map((text) => ({ kind: 'paragraph', text }));
const subsections = (subs, depth) =>
  subs.flatMap((s) => [
    { kind: depth === 0 ? 'subheading' : 'minorheading', text: `${s.number}${s.title}` },
    ...s.paragraphs.map((text) => ({ kind: 'paragraph', text })),
    ...subsections(s.children, depth + 1),
  ]);
for (const s of report.sections) {
  blocks.push({ kind: 'heading', text: `${s.number}${s.title}` });
  blocks.push(...s.paragraphs.map((text) => ({ kind: 'paragraph', text })));
  blocks.push(...subsections(s.subsections, 0));
  if (s.tables.length > 0) blocks.push({ kind: 'table', table: s.ordinal });
}
const html = join(dir, 'zhangdian-2020.html');
writeFileSync(html, renderHtml(spec, { ...layout, pageNumbers: 'none' }, { titleLines, blocks, signature: report.signature }));
const profile = pathToFileURL(join(workDir, 'lo-profile-real')).href;
const soffice = (args) => execFileSync('soffice', [`-env:UserInstallation=${profile}`, '--headless', '--norestore', ...args], { stdio: ['ignore', 'ignore', 'inherit'] });
soffice(['--infilter=HTML (StarWriter)', '--convert-to', 'docx:MS Word 2007 XML', '--outdir', dir, html]);
const docx = join(dir, 'zhangdian-2020.docx');
soffice(['--convert-to', 'pdf:writer_pdf_Export', '--outdir', dir, docx]);
soffice(['--convert-to', 'txt:Text (encoded):UTF8', '--outdir', dir, docx]);
const pdf = join(dir, 'zhangdian-2020.pdf');
const z = (name, text) => writeFileSync(join(outDir, `zhangdian-2020.${name}`), text);
z('libreoffice.txt', readFileSync(join(dir, 'zhangdian-2020.txt'), 'utf8'));
z('pandoc-plain.txt', run('pandoc', ['-f', 'docx', '-t', 'plain', '--wrap=none', docx]));
z('pandoc-gfm.md', run('pandoc', ['-f', 'docx', '-t', 'gfm', '--wrap=none', docx]));
z('pdftotext-layout.txt', run('pdftotext', ['-layout', '-enc', 'UTF-8', pdf, '-']));
z('pdftotext-raw.txt', run('pdftotext', ['-enc', 'UTF-8', pdf, '-']));
console.log(`wrote the real fixtures through each converter to ${outDir}`);
