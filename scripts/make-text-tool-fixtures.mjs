// More converters over the 48 generated reports of fixtures/generated/text-specs/
// (their specs and page layouts), into fixtures/generated/text-*/:
//   text-w3m/NAME.txt             w3m -dump of the report's web page (columns padded to display width)
//   text-lynx/NAME.txt            lynx -dump of the same page (columns padded to characters)
//   text-html2text/NAME.txt       Debian's html2text of the same page (columns padded to UTF-8
//                                 bytes; it overwrites CJK text where cells are tight: damaged text)
//   text-pandoc-markdown/NAME.md  pandoc -f docx -t markdown of LibreOffice's DOCX of the page
//                                 (simple and multiline tables, raw HTML where cells merge)
//   text-mutool/NAME.txt          mutool draw -F txt of LibreOffice's PDF of that DOCX (a cell a
//                                 line, blank cells dropped, blank lines between text blocks)
//   text-py-html2text/NAME.md     Python's html2text (html2markdown) of the page (a cell a
//                                 paragraph between `|` lines, a line of spaces ending a row)
//   text-elinks/NAME.txt          elinks -dump of the page (box-drawing tables, display width)
//   text-links/NAME.txt           links -dump of the page (ASCII `+-|` tables padded to characters,
//                                 `|---+` where a rule meets a bar)
//   text-pdftotext-stream/NAME.txt  pdftotext -raw of LibreOffice's PDF of that DOCX (content-stream
//                                 order: a row a line, cells a space apart, blank cells dropped)
//   text-docx2txt/NAME.txt        Debian's docx2txt of that DOCX (a cell a line, paragraph
//                                 alignment kept as leading spaces)
//   text-pandoc-org/NAME.org      pandoc -f docx -t org of that DOCX (pipe rows, no delimiter row,
//                                 covered cells written empty)
//   text-pandoc-rst/NAME.rst      pandoc -f docx -t rst (grid tables, bold cells as **…**)
//   text-pandoc-asciidoc/NAME.adoc  pandoc -f docx -t asciidoc (|=== tables, a row as many cells as cols)
//   text-pandoc-mediawiki/NAME.wiki  pandoc -f docx -t mediawiki ({| |- |} tables, a cell a line)
//   text-mammoth-raw/NAME.txt     mammoth's extractRawText of that DOCX (every paragraph, each cell's
//                                 included, then an empty line: an empty cell is an empty line
//                                 between two; covered cells left out)
//   text-officeparser/NAME.txt    the npm officeparser's text of that DOCX (ast.to('text'): pipe
//                                 rows, no delimiter row, covered cells left out)
//   text-python-docx/NAME.txt     the common python-docx recipe (Debian's python3-docx): the
//                                 paragraphs, then every table's rows as tab-separated cells (a
//                                 merged cell's text in each position it covers), all at the end
// mammoth and officeparser are no dependencies of xxgk: those two layouts take them from the
// folder XXGK_NODE_TOOLS names (npm install --prefix DIR mammoth@1 officeparser@7); without it
// a run of every layout leaves those two as they are.
// The page is renderHtml's, as for every other layout.
// Run through scripts/make-text-tool-fixtures.sh:  node scripts/make-text-tool-fixtures.mjs BUILD_DIR WORK_DIR [LAYOUT,…]
// (the optional list writes only those layouts; the page-only ones need no LibreOffice).
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const [buildDir, workDir] = process.argv.slice(2, 4).map((p) => resolve(p));
if (!buildDir || !workDir) throw new Error('usage: make-text-tool-fixtures.mjs BUILD_DIR WORK_DIR');
const { renderHtml } = await import(pathToFileURL(join(buildDir, 'test/support/render-html.js')).href);

const root = fileURLToPath(new URL('..', import.meta.url));
// XXGK_GEN_DIR: another folder of text-specs/ and text-*/ (held-out sets; scripts/make-heldout-texts.sh).
const gen = process.env.XXGK_GEN_DIR ? resolve(process.env.XXGK_GEN_DIR) : join(root, 'fixtures/generated');
const specs = join(gen, 'text-specs');
const ALL = { w3m: 'txt', lynx: 'txt', html2text: 'txt', 'pandoc-markdown': 'md', mutool: 'txt', 'py-html2text': 'md', elinks: 'txt', links: 'txt', chromium: 'txt', 'pdftotext-stream': 'txt', docx2txt: 'txt', 'pandoc-org': 'org', 'pandoc-rst': 'rst', 'pandoc-asciidoc': 'adoc', 'pandoc-mediawiki': 'wiki', 'mammoth-raw': 'txt', officeparser: 'txt', 'python-docx': 'txt' };
const only = process.argv[4]?.split(',');
/** Layouts made by npm packages that are no dependencies of xxgk: only where XXGK_NODE_TOOLS says where they are. */
const NODE_TOOL_LAYOUTS = ['mammoth-raw', 'officeparser'];
const withoutNodeTools = !process.env.XXGK_NODE_TOOLS && !only;
if (withoutNodeTools) console.log(`XXGK_NODE_TOOLS unset: ${NODE_TOOL_LAYOUTS.join(' and ')} left as they are`);
const LAYOUTS = Object.fromEntries(Object.entries(ALL).filter(([l]) => (!only || only.includes(l)) && !(withoutNodeTools && NODE_TOOL_LAYOUTS.includes(l))));
const needsOffice = ['pandoc-markdown', 'mutool', 'pdftotext-stream', 'docx2txt', 'pandoc-org', 'pandoc-rst', 'pandoc-asciidoc', 'pandoc-mediawiki', 'mammoth-raw', 'officeparser', 'python-docx'].some((l) => l in LAYOUTS);
const nodeTool = (name) => {
  if (!process.env.XXGK_NODE_TOOLS) throw new Error(`the ${name} layout needs XXGK_NODE_TOOLS: a folder where npm installed ${name}`);
  return createRequire(join(resolve(process.env.XXGK_NODE_TOOLS), 'package.json'))(name);
};
const mammoth = 'mammoth-raw' in LAYOUTS ? nodeTool('mammoth') : undefined;
const officeparser = 'officeparser' in LAYOUTS ? nodeTool('officeparser') : undefined;

const htmlDir = join(workDir, 'html');
mkdirSync(htmlDir, { recursive: true });
const names = readdirSync(specs).filter((f) => f.endsWith('.json')).sort().map((f) => f.slice(0, -5));
for (const name of names) {
  const { spec, layout } = JSON.parse(readFileSync(join(specs, `${name}.json`), 'utf8'));
  writeFileSync(join(htmlDir, `${name}.html`), renderHtml(spec, layout));
}

// HTML → DOCX with LibreOffice's Writer HTML import, as make-text-layout-fixtures.mjs does.
const docxDir = join(workDir, 'docx');
mkdirSync(docxDir, { recursive: true });
const profile = pathToFileURL(join(workDir, 'lo-profile')).href;
const htmlFiles = needsOffice ? names.map((n) => join(htmlDir, `${n}.html`)) : [];
for (let i = 0; i < htmlFiles.length; i += 40) {
  execFileSync('soffice', [`-env:UserInstallation=${profile}`, '--headless', '--norestore', '--infilter=HTML (StarWriter)', '--convert-to', 'docx:MS Word 2007 XML', '--outdir', docxDir, ...htmlFiles.slice(i, i + 40)], {
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}

const pdfDir = join(workDir, 'pdf');
mkdirSync(pdfDir, { recursive: true });
const docxFiles = needsOffice ? names.map((n) => join(docxDir, `${n}.docx`)) : [];
for (let i = 0; i < docxFiles.length; i += 40) {
  execFileSync('soffice', [`-env:UserInstallation=${profile}`, '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', pdfDir, ...docxFiles.slice(i, i + 40)], {
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}

for (const l of Object.keys(LAYOUTS)) {
  const dir = join(gen, `text-${l}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
}
const run = (cmd, args, input) => execFileSync(cmd, args, { input, maxBuffer: 64 << 20 });
// Debian's python3 (where python3-docx installs), whatever python3 comes first on the PATH.
const PYTHON_DOCX = [
  'import sys, docx',
  'd = docx.Document(sys.argv[1])',
  'lines = [p.text for p in d.paragraphs]',
  'lines += ["\\t".join(c.text for c in r.cells) for t in d.tables for r in t.rows]',
  'sys.stdout.write("\\n".join(lines))',
].join('\n');
for (const name of names) {
  const html = join(htmlDir, `${name}.html`);
  const out = (layout, bytes) => writeFileSync(join(gen, `text-${layout}`, `${name}.${LAYOUTS[layout]}`), bytes);
  const tools = {
    w3m: () => run('w3m', ['-dump', '-cols', '200', '-T', 'text/html', '-I', 'UTF-8', '-O', 'UTF-8', html]),
    lynx: () => run('lynx', ['-dump', '-nolist', '-width=200', '-assume_charset=utf-8', '-display_charset=utf-8', html]),
    // Raw bytes: html2text's output is not valid UTF-8 where it overwrote a character.
    html2text: () => run('html2text', ['-utf8', '-width', '200', html]),
    'pandoc-markdown': () => run('pandoc', ['-f', 'docx', '-t', 'markdown', '--wrap=none', join(docxDir, `${name}.docx`)]),
    mutool: () => run('mutool', ['draw', '-q', '-F', 'txt', '-o', '-', join(pdfDir, `${name}.pdf`)]),
    'py-html2text': () => run('html2markdown', [html]),
    elinks: () => run('elinks', ['-dump', '-dump-width', '200', '-no-references', '-no-numbering', '-dump-charset', 'utf-8', html]),
    links: () => run('links', ['-dump', '-width', '200', '-codepage', 'utf-8', html]),
    'pdftotext-stream': () => run('pdftotext', ['-raw', '-enc', 'UTF-8', join(pdfDir, `${name}.pdf`), '-']),
    docx2txt: () => run('docx2txt', [join(docxDir, `${name}.docx`), '-']),
    'pandoc-org': () => run('pandoc', ['-f', 'docx', '-t', 'org', '--wrap=none', join(docxDir, `${name}.docx`)]),
    'pandoc-rst': () => run('pandoc', ['-f', 'docx', '-t', 'rst', '--wrap=none', join(docxDir, `${name}.docx`)]),
    'pandoc-asciidoc': () => run('pandoc', ['-f', 'docx', '-t', 'asciidoc', '--wrap=none', join(docxDir, `${name}.docx`)]),
    'pandoc-mediawiki': () => run('pandoc', ['-f', 'docx', '-t', 'mediawiki', '--wrap=none', join(docxDir, `${name}.docx`)]),
    'python-docx': () => run('/usr/bin/python3', ['-c', PYTHON_DOCX, join(docxDir, `${name}.docx`)]),
  };
  for (const layout of Object.keys(LAYOUTS)) if (tools[layout]) out(layout, tools[layout]());
  const docx = join(docxDir, `${name}.docx`);
  if (mammoth) out('mammoth-raw', (await mammoth.extractRawText({ path: docx })).value);
  if (officeparser) out('officeparser', (await (await officeparser.parseOffice(docx)).to('text')).value);
}

// Debian's chromium: the page's text as the browser gives it (document.body.innerText, what
// a copy of the whole page pastes as plain text): cells apart by tabs, each on its own line
// between the cells' paragraphs.
if ('chromium' in LAYOUTS) {
  const { chromium } = await import('playwright-core');
  const context = await chromium.launchPersistentContext(join(workDir, 'chromium-profile'), {
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  const page = await context.newPage();
  for (const name of names) {
    await page.goto(pathToFileURL(join(htmlDir, `${name}.html`)).href);
    writeFileSync(join(gen, 'text-chromium', `${name}.txt`), await page.evaluate(() => document.body.innerText));
  }
  await context.close();
}
console.log(`wrote ${names.length} reports × ${Object.keys(LAYOUTS).length} layouts to ${gen}/text-*`);
