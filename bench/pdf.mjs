// The PDF benchmark (part of `npm run bench`): for the real PDF fixture and a
// sample of the generated ones, in one interleaved run, pdfjs's bare text
// extraction (every page's getTextContent with the options of
// bench/bare-pdfjs.mjs, nothing else) against parseReport of the same bytes,
// in process and isolated (the default: a worker thread). Wall time and CPU
// time (process.cpuUsage: every thread of the process, pdfjs's and V8's
// included) are both reported: on a loaded machine the CPU ratio is the
// steadier of the two.
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { median } from './stats.mjs';


/** The files: every PDF directly under fixtures/ (real reports), then every `step`-th generated one per set. */
function sample(root, step) {
  const real = readdirSync(`${root}fixtures`).filter((f) => f.endsWith('.pdf')).sort().map((f) => ({ name: f, path: `${root}fixtures/${f}`, real: true }));
  const generated = [];
  for (const set of ['pdf', 'chromium', 'pdf-borderless', 'pdf-images']) {
    const dir = `${root}fixtures/generated/${set}/`;
    const files = readdirSync(dir).filter((f) => f.endsWith('.pdf')).sort();
    for (let i = 0; i < files.length; i += step) generated.push({ name: `${set}/${files[i]}`, path: dir + files[i], real: false });
  }
  return [...real, ...generated];
}

export async function benchPdf(root, parseReport, { rounds = 7, step = 8 } = {}) {
  const require = createRequire(`${root}package.json`);
  const base = dirname(require.resolve('pdfjs-dist/package.json'));
  const pdfjs = await import(`${base}/legacy/build/pdf.mjs`);
  /** What bench/bare-pdfjs.mjs does, in this process. */
  const bare = async (bytes) => {
    const doc = await pdfjs.getDocument({
      data: new Uint8Array(bytes),
      cMapUrl: join(base, 'cmaps') + '/',
      cMapPacked: true,
      standardFontDataUrl: join(base, 'standard_fonts') + '/',
      isEvalSupported: false,
      verbosity: pdfjs.VerbosityLevel.ERRORS,
    }).promise;
    let chars = 0;
    for (let i = 1; i <= doc.numPages; i++) {
      const page = await doc.getPage(i);
      const content = await page.getTextContent();
      for (const item of content.items) chars += item.str?.length ?? 0;
      page.cleanup();
    }
    await doc.destroy();
    return chars;
  };
  const runs = {
    bare,
    inProcess: (bytes) => parseReport(bytes, { isolate: false }),
    isolated: (bytes) => parseReport(bytes),
  };
  const rows = [];
  for (const file of sample(root, step)) {
    const bytes = readFileSync(file.path);
    const pages = (await runs.inProcess(bytes)).report.source.pages;
    await runs.isolated(bytes);
    await bare(bytes);
    const wall = { bare: [], inProcess: [], isolated: [] };
    const cpu = { bare: [], inProcess: [], isolated: [] };
    for (let r = 0; r < rounds; r++) {
      for (const [k, run] of Object.entries(runs)) {
        const c0 = process.cpuUsage();
        const t0 = performance.now();
        await run(bytes);
        wall[k].push(performance.now() - t0);
        const c = process.cpuUsage(c0);
        cpu[k].push((c.user + c.system) / 1000);
      }
    }
    const m = (o) => Object.fromEntries(Object.entries(o).map(([k, v]) => [k, median(v)]));
    const row = { file: file.name, real: file.real, pages, wallMs: m(wall), cpuMs: m(cpu) };
    row.ratio = row.wallMs.inProcess / row.wallMs.bare;
    row.cpuRatio = row.cpuMs.inProcess / row.cpuMs.bare;
    row.isolatedRatio = row.wallMs.isolated / row.wallMs.bare;
    row.msPerPage = row.wallMs.inProcess / pages;
    rows.push(row);
    console.log(
      `pdf   ${file.name.padEnd(44)} ${String(pages).padStart(2)} p  bare ${row.wallMs.bare.toFixed(0).padStart(4)} ms  parseReport ${row.wallMs.inProcess.toFixed(0).padStart(4)} ms` +
        `  ratio ${row.ratio.toFixed(2)}x (CPU ${row.cpuRatio.toFixed(2)}x)  ${row.msPerPage.toFixed(1)} ms/page  isolated ${row.isolatedRatio.toFixed(2)}x`,
    );
  }
  const summary = {
    files: rows.length,
    medianRatio: median(rows.map((r) => r.ratio)),
    maxRatio: Math.max(...rows.map((r) => r.ratio)),
    medianCpuRatio: median(rows.map((r) => r.cpuRatio)),
    medianIsolatedRatio: median(rows.map((r) => r.isolatedRatio)),
    realMedianMsPerPage: median(rows.filter((r) => r.real).map((r) => r.msPerPage)),
    rows,
  };
  console.log(
    `pdf   ${rows.length} PDFs, parseReport / bare pdfjs text in process: median ${summary.medianRatio.toFixed(2)}x, worst ${summary.maxRatio.toFixed(2)}x (target <= 1.1x on every file), ` +
      `CPU median ${summary.medianCpuRatio.toFixed(2)}x; isolated median ${summary.medianIsolatedRatio.toFixed(2)}x; real PDFs ${summary.realMedianMsPerPage.toFixed(1)} ms/page (target < 25)`,
  );
  return summary;
}
