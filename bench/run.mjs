// npm run bench: speed and memory of the built library (dist/), reported as medians.
// In-process timings repeat a parse many times after a warm-up; whole-process
// timings spawn the CLI. This machine is noisy: compare medians and ratios.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { parseReport } from '../dist/index.js';
import { childrenCpuMs } from './cpu.mjs';
import { median } from './stats.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const fixture = (name) => `${root}fixtures/${name}`;

const fmt = (ms) => `${ms.toFixed(ms < 10 ? 3 : 1)} ms`;

async function timeInProcess(bytes, runs, options = {}) {
  for (let i = 0; i < Math.min(20, runs); i++) await parseReport(bytes, options);
  const times = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await parseReport(bytes, options);
    times.push(performance.now() - t0);
  }
  return times;
}

function timeProcess(cmd, args, runs) {
  const times = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const r = spawnSync(cmd, args, { stdio: ['ignore', 'ignore', 'pipe'] });
    times.push(performance.now() - t0);
    if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed: ${r.stderr}`);
  }
  return times;
}

/** Peak resident memory (MiB) of one node process running `args`. */
function peakRss(args) {
  const r = spawnSync(process.execPath, ['--import', `${root}bench/report-rss.mjs`, ...args], { encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'] });
  const m = /maxRSS (\d+)/.exec(r.stderr);
  return m ? Number(m[1]) / 1024 : NaN;
}

const results = {};

// --- plain text: the real fixture ---
{
  const bytes = readFileSync(fixture('zhangdian-traffic-police-2020.txt'));
  const times = await timeInProcess(bytes, 500);
  results.text = { medianMs: median(times), p90Ms: [...times].sort((a, b) => a - b)[Math.floor(times.length * 0.9)], runs: times.length };
  console.log(`text  zhangdian (13 KB): median ${fmt(results.text.medianMs)} per report (p90 ${fmt(results.text.p90Ms)}, ${times.length} runs; target < 2 ms)`);
}

// --- plain text from each converter (fixtures/generated/text-*): median per report over the 48 reports ---
{
  const { readdirSync } = await import('node:fs');
  results.textLayouts = {};
  const layouts = [
    ['pdftotext-layout', 'txt'],
    ['pdftotext-raw', 'txt'],
    ['libreoffice', 'txt'],
    ['pandoc-plain', 'txt'],
    ['pandoc-gfm', 'md'],
    ['pandoc-markdown', 'md'],
    ['w3m', 'txt'],
    ['lynx', 'txt'],
    ['html2text', 'txt'],
    ['mutool', 'txt'],
    ['py-html2text', 'md'],
    ['elinks', 'txt'],
    ['links', 'txt'],
    ['chromium', 'txt'],
    ['pdftotext-stream', 'txt'],
    ['docx2txt', 'txt'],
    ['pandoc-org', 'org'],
    ['pandoc-rst', 'rst'],
    ['pandoc-asciidoc', 'adoc'],
    ['pandoc-mediawiki', 'wiki'],
    ['mammoth-raw', 'txt'],
    ['officeparser', 'txt'],
    ['python-docx', 'txt'],
  ];
  for (const [layout, ext] of layouts) {
    const dir = fixture(`generated/text-${layout}/`);
    if (!existsSync(dir)) continue;
    const files = readdirSync(dir).filter((f) => f.endsWith(`.${ext}`)).sort().map((f) => readFileSync(dir + f));
    const times = [];
    for (const bytes of files) await parseReport(bytes); // warm-up
    for (let round = 0; round < 5; round++) {
      for (const bytes of files) {
        const t0 = performance.now();
        await parseReport(bytes);
        times.push(performance.now() - t0);
      }
    }
    results.textLayouts[layout] = { medianMs: median(times), reports: files.length };
    console.log(`text  ${layout.padEnd(17)} median ${fmt(median(times))} per report (${files.length} reports × 5; target < 3 ms)`);
  }
}

// --- PDF: per page and per report, in process; then whole-process CLI vs bare pdfjs ---
const pdfPath = fixture('hongze-district-2023.pdf');
if (existsSync(`${root}dist/frontends/pdf/index.js`)) {
  const bytes = readFileSync(pdfPath);
  let pages = 0;
  try {
    const r = await parseReport(bytes);
    pages = r.report.source.pages ?? 0;
  } catch (e) {
    console.log(`pdf   hongze: parse failed (${e.code ?? e.message}); skipped`);
  }
  if (pages > 0) {
    results.pdf = await (await import('./pdf.mjs')).benchPdf(root, parseReport);

    // Interleaved, so that a change in the machine's load falls on both alike.
    const cli = { wall: [], cpu: [] };
    const bare = { wall: [], cpu: [] };
    for (let i = 0; i < 15; i++) {
      let c0 = childrenCpuMs();
      cli.wall.push(...timeProcess(process.execPath, [`${root}dist/cli/bin.js`, 'parse', pdfPath, '--json'], 1));
      cli.cpu.push(childrenCpuMs() - c0);
      c0 = childrenCpuMs();
      bare.wall.push(...timeProcess(process.execPath, [`${root}bench/bare-pdfjs.mjs`, pdfPath], 1));
      bare.cpu.push(childrenCpuMs() - c0);
    }
    results.process = {
      cliMedianMs: median(cli.wall),
      barePdfjsMedianMs: median(bare.wall),
      ratio: median(cli.wall) / median(bare.wall),
      cpuRatio: median(cli.cpu) / median(bare.cpu),
    };
    console.log(
      `pdf   whole process: xxgk parse --json ${fmt(median(cli.wall))}, bare pdfjs text ${fmt(median(bare.wall))}, ratio ${results.process.ratio.toFixed(2)}x (CPU ${results.process.cpuRatio.toFixed(2)}x; target <= 1.1x)`,
    );
    try {
      execFileSync('pdftotext', ['-v'], { stdio: 'ignore' });
      const ref = timeProcess('pdftotext', ['-layout', pdfPath, '/dev/null'], 15);
      results.process.pdftotextMedianMs = median(ref);
      console.log(`pdf   reference: pdftotext -layout ${fmt(median(ref))} (poppler, whole process)`);
    } catch {
      console.log('pdf   reference: pdftotext not installed (apt-get install poppler-utils)');
    }
  }
}

// --- Word and web pages: in process, per report ---
{
  const cases = [
    ['docx', 'word/hongze-2023-template.docx', 'Hongze 2023 in the official template', 30],
    ['docx', 'word/zhangdian-2020.docx', 'Zhangdian 2020 (LibreOffice DOCX)', 30],
    ['doc', 'word/hongze-2023-template.doc', 'Hongze 2023 template saved as .doc', 10],
    ['html', 'word/zhangdian-2020.html', 'Zhangdian 2020 as a site page (UTF-8)', 10],
    ['html', 'word/hongze-2023-gbk.html', 'Hongze 2023 as a site page (GBK, undeclared)', 10],
    ['rtf', 'word/hongze-2023-template.rtf', 'Hongze 2023 template saved as RTF (LibreOffice)', 30],
    ['mhtml', 'word/zhangdian-2020.mhtml', 'Zhangdian 2020 page saved as one file by Chromium', 10],
    ['mhtml', 'word/hongze-2023-word.mht', "Hongze 2023 page as Word's single-file web page (gb2312, quoted-printable)", 10],
  ];
  results.word = {};
  for (const [format, name, what, target] of cases) {
    const bytes = readFileSync(fixture(name));
    const times = await timeInProcess(bytes, 100);
    results.word[name] = { medianMs: median(times), bytes: bytes.length };
    console.log(`${format.padEnd(5)} ${what} (${Math.round(bytes.length / 1024)} KB): median ${fmt(median(times))} per report (target < ${target} ms)`);
  }
}

// --- lazy loading: which modules a text parse pulls in (none of the Word/HTML readers) ---
{
  const { mkdtempSync, readFileSync: read, rmSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const loadedBy = (file) => {
    const dir = mkdtempSync(`${tmpdir()}/xxgk-loaded-`);
    const out = `${dir}/loaded.txt`;
    // In process (isolate: false): an isolated parse loads its reader in a worker thread, which the hooks do not see.
    const script = `import(${JSON.stringify(`${root}dist/index.js`)}).then((m) => m.parseReport(${JSON.stringify(fixture(file))}, { isolate: false }))`;
    spawnSync(process.execPath, ['--import', `${root}bench/loaded-modules.mjs`, '--input-type=module', '-e', script], { stdio: 'ignore', env: { ...process.env, LOADED_MODULES_FILE: out } });
    const lines = existsSync(out) ? read(out, 'utf8').split('\n') : [];
    rmSync(dir, { recursive: true, force: true });
    // The shared HTML table reader (frontends/html/tables.js, which markdown text uses too) imports no package.
    const heavy = /\/node_modules\/(cheerio|word-extractor|pdfjs-dist|htmlparser2|parse5)\/|^require word-extractor|\/frontends\/(docx|doc|pdf)\/|\/frontends\/html\/(?!tables\.js)/;
    return [...new Set(lines.filter((l) => heavy.test(l)).map((l) => l.replace(/.*\/node_modules\/([^/]+)\/.*/, '$1').replace(/.*\/dist\/(frontends\/[^/]+)\/.*/, '$1').replace(/^require /, '')))].sort();
  };
  results.lazy = { text: loadedBy('zhangdian-traffic-police-2020.txt'), pdf: loadedBy('hongze-district-2023.pdf'), docx: loadedBy('word/zhangdian-2020.docx'), html: loadedBy('word/zhangdian-2020.html'), doc: loadedBy('word/zhangdian-2020.doc') };
  for (const [k, v] of Object.entries(results.lazy)) console.log(`loads  a ${k} parse loads: ${v.length ? v.join(', ') : 'none of the PDF/Word/HTML readers or their packages'}`);
}

// --- memory: one parse per process, as the CLI runs it ---
{
  const cli = `${root}dist/cli/bin.js`;
  results.processMemory = {
    textCliPeakRssMiB: peakRss([cli, 'parse', fixture('zhangdian-traffic-police-2020.txt'), '--json']),
    pdfCliPeakRssMiB: peakRss([cli, 'parse', pdfPath, '--json']),
    docxCliPeakRssMiB: peakRss([cli, 'parse', fixture('word/hongze-2023-template.docx'), '--json']),
    docCliPeakRssMiB: peakRss([cli, 'parse', fixture('word/hongze-2023-template.doc'), '--json']),
    htmlCliPeakRssMiB: peakRss([cli, 'parse', fixture('word/zhangdian-2020.html'), '--json']),
    barePdfjsPeakRssMiB: peakRss([`${root}bench/bare-pdfjs.mjs`, pdfPath]),
  };
  const m = results.processMemory;
  console.log(`memory per process (peak RSS): xxgk parse text ${m.textCliPeakRssMiB.toFixed(0)} MiB, PDF ${m.pdfCliPeakRssMiB.toFixed(0)} MiB; bare pdfjs ${m.barePdfjsPeakRssMiB.toFixed(0)} MiB`);
  console.log(`memory per process (peak RSS): xxgk parse DOCX ${m.docxCliPeakRssMiB.toFixed(0)} MiB, DOC ${m.docCliPeakRssMiB.toFixed(0)} MiB, HTML ${m.htmlCliPeakRssMiB.toFixed(0)} MiB`);
}

// --- the audit (bench/audit.mjs) ---
results.audit = await (await import('./audit.mjs')).benchAudit(root);

// --- memory of this benchmark process (hundreds of parses) ---
if (global.gc) global.gc();
const mem = process.memoryUsage();
results.memory = { peakRssMiB: process.resourceUsage().maxRSS / 1024, heapUsedMiB: mem.heapUsed / 1048576 };
console.log(`memory of the benchmark process: peak RSS ${results.memory.peakRssMiB.toFixed(1)} MiB over all its parses, heap in use after them ${results.memory.heapUsedMiB.toFixed(1)} MiB`);
console.log(JSON.stringify(results));

// --- batch: a generated archive on the worker pool (bench/batch.mjs; XXGK_BENCH_FILES, default 1000) ---
await import('./batch.mjs');

// --- what a second core is worth on this machine for the same work (bench/cores.mjs) ---
await (await import('./cores.mjs')).benchCores();
