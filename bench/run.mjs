// npm run bench: speed and memory of the built library (dist/), reported as medians.
// In-process timings repeat a parse many times after a warm-up; whole-process
// timings spawn the CLI. This machine is noisy: compare medians and ratios.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { parseReport } from '../dist/index.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const fixture = (name) => `${root}fixtures/${name}`;

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}
const fmt = (ms) => `${ms.toFixed(ms < 10 ? 3 : 1)} ms`;

async function timeInProcess(bytes, runs) {
  for (let i = 0; i < Math.min(20, runs); i++) await parseReport(bytes);
  const times = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await parseReport(bytes);
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

const results = {};

// --- plain text: the real fixture ---
{
  const bytes = readFileSync(fixture('zhangdian-traffic-police-2020.txt'));
  const times = await timeInProcess(bytes, 500);
  results.text = { medianMs: median(times), p90Ms: [...times].sort((a, b) => a - b)[Math.floor(times.length * 0.9)], runs: times.length };
  console.log(`text  zhangdian (13 KB): median ${fmt(results.text.medianMs)} per report (p90 ${fmt(results.text.p90Ms)}, ${times.length} runs; target < 2 ms)`);
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
    const times = await timeInProcess(bytes, 40);
    const m = median(times);
    results.pdf = { medianMsPerReport: m, medianMsPerPage: m / pages, pages };
    console.log(`pdf   hongze (${pages} pages): median ${fmt(m)} per report, ${fmt(m / pages)} per page (target < 35 ms per page)`);

    const cli = timeProcess(process.execPath, [`${root}dist/cli/bin.js`, 'parse', pdfPath, '--json'], 15);
    const bare = timeProcess(process.execPath, [`${root}bench/bare-pdfjs.mjs`, pdfPath], 15);
    results.process = { cliMedianMs: median(cli), barePdfjsMedianMs: median(bare), ratio: median(cli) / median(bare) };
    console.log(
      `pdf   whole process: xxgk parse --json ${fmt(median(cli))}, bare pdfjs text ${fmt(median(bare))}, ratio ${results.process.ratio.toFixed(2)}x (target <= 1.25x)`,
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

// --- memory ---
if (global.gc) global.gc();
const mem = process.memoryUsage();
results.memory = { peakRssMiB: process.resourceUsage().maxRSS / 1024, heapUsedMiB: mem.heapUsed / 1048576 };
console.log(`memory: peak RSS ${results.memory.peakRssMiB.toFixed(1)} MiB for this whole run, heap in use after it ${results.memory.heapUsedMiB.toFixed(1)} MiB`);
console.log(JSON.stringify(results));
