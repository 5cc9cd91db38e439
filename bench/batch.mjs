// The batch benchmark (part of `npm run bench`, or alone: `npm run build && node bench/batch.mjs`).
// Builds a generated archive (see test/support/archive.ts): XXGK_BENCH_FILES (default 1000)
// distinct reports, half text (generated reports in two layouts, UTF-8 / GB18030 / UTF-16)
// and half PDF (the 36 committed generated PDFs that read completely, each in
// copies made distinct by a trailing PDF comment). Then runs `xxgk batch` (the
// built CLI, one process per run) with --jobs 1 and --jobs 2, in XXGK_BENCH_ROUNDS
// (default 3) interleaved pairs (the machine's speed drifts between runs: one
// pair alone has read anywhere from 1.1x to 1.8x), and on a 200-file archive
// for memory; compares per-file time with in-process parseReport.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { register } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { parseReport } from '../dist/index.js';
import { childrenCpuMs } from './cpu.mjs';
import { median } from './stats.mjs';

register('../test/support/ts-loader-hooks.mjs', import.meta.url); // the archive generator is test support, in TypeScript
const { buildArchive } = await import('../test/support/archive.ts');

const root = fileURLToPath(new URL('..', import.meta.url));
const total = Number(process.env.XXGK_BENCH_FILES ?? 1000);
const rounds = Math.max(1, Number(process.env.XXGK_BENCH_ROUNDS ?? 3));
const work = mkdtempSync(join(tmpdir(), 'xxgk-bench-batch-'));

/** An archive of n distinct reports: n/2 text, n/2 PDF (36 distinct PDFs × copies). */
function archiveOf(n, name) {
  const pdfs = 36;
  const copies = Math.max(1, Math.round(n / 2 / pdfs));
  return buildArchive(join(work, name), { texts: n - pdfs * copies, pdfs, pdfCopies: copies });
}

/** One `xxgk batch` command: wall and CPU time (its processes), peak RSS (workers included), the database. */
function batch(archive, jobs, name, env = process.env) {
  const db = join(work, `${name}.sqlite`);
  const cpu0 = childrenCpuMs();
  const t0 = performance.now();
  const r = spawnSync(process.execPath, ['--import', `${root}bench/report-rss.mjs`, `${root}dist/cli/bin.js`, 'batch', archive.root, '--db', db, '--jobs', String(jobs), '--quiet'], { encoding: 'utf8', env });
  const seconds = (performance.now() - t0) / 1000;
  const cpu = (childrenCpuMs() - cpu0) / 1000;
  if (r.status !== 0) throw new Error(`batch failed: ${r.stderr}`);
  // With workers on every core the command runs the batch in a second process (V8 --single-threaded,
  // src/cli/engine.ts), which exits first: its peak, plus what the waiting first process
  // holds of its own (anonymous memory; the node binary's pages are the same pages in both).
  const [batchRun, ...waiting] = [...r.stderr.matchAll(/maxRSS (\d+) anon (\d+)/g)].map((m) => ({ peak: Number(m[1]), anon: Number(m[2]) }));
  const rss = (batchRun.peak + waiting.reduce((sum, p) => sum + p.anon, 0)) / 1024;
  return { seconds, cpu, rss, db, filesPerSecond: archive.files.size / seconds };
}

/** Files whose every cell equals the generator's value. */
function exact(archive, dbFile) {
  const db = new Database(dbFile, { readonly: true });
  const cells = db.prepare('SELECT "table" || \'.\' || row_key || \'.\' || column_key AS k, value FROM cells WHERE sha256 = (SELECT sha256 FROM files WHERE path = ?)');
  let ok = 0;
  for (const [path, e] of archive.files) {
    const got = Object.fromEntries(cells.all(path).map((c) => [c.k, c.value]));
    if (Object.keys(e.values).length === Object.keys(got).length && Object.entries(e.values).every(([k, v]) => got[k] === v)) ok++;
  }
  const ms = db.prepare("SELECT format, ms FROM files WHERE status = 'parsed'").all();
  db.close();
  return { ok, ms: { text: median(ms.filter((m) => m.format === 'text').map((m) => m.ms)), pdf: median(ms.filter((m) => m.format === 'pdf').map((m) => m.ms)) } };
}

/** In-process parseReport of a sample, warm: the single-file reference. */
async function single(archive) {
  const byFormat = { text: [], pdf: [] };
  const paths = [...archive.files.keys()];
  const sample = [...paths.filter((p) => p.endsWith('.txt')).slice(0, 60), ...paths.filter((p) => p.endsWith('.pdf')).slice(0, 36)];
  for (const p of sample.slice(0, 3)) await parseReport(p);
  for (const p of sample) {
    const bytes = readFileSync(p);
    const t0 = performance.now();
    await parseReport(bytes);
    byFormat[p.endsWith('.pdf') ? 'pdf' : 'text'].push(performance.now() - t0);
  }
  return { text: median(byFormat.text), pdf: median(byFormat.pdf) };
}

try {
  const big = archiveOf(total, 'big');
  const small = archiveOf(200, 'small');
  const pdfCount = [...big.files.keys()].filter((p) => p.endsWith('.pdf')).length;
  console.log(`batch archive: ${big.files.size} distinct reports (${big.files.size - pdfCount} text, ${pdfCount} PDF)`);
  const pairs = [];
  for (let r = 0; r < rounds; r++) {
    const pair = { one: batch(big, 1, `jobs1-${r}`), two: batch(big, 2, `jobs2-${r}`) };
    pair.speedUp = pair.one.seconds / pair.two.seconds;
    console.log(`batch round ${r + 1}/${rounds}: --jobs 1 ${pair.one.filesPerSecond.toFixed(1)} files/s, --jobs 2 ${pair.two.filesPerSecond.toFixed(1)} files/s: ${pair.speedUp.toFixed(2)}×`);
    pairs.push(pair);
  }
  // The pair whose speed-up is the median stands for the run.
  const { one, two } = [...pairs].sort((a, b) => a.speedUp - b.speedUp)[Math.floor((pairs.length - 1) / 2)];
  const twoHelpers = batch(big, 2, 'jobs2-helpers', { ...process.env, XXGK_V8_THREADS: 'default' });
  const twoHundred = batch(small, 2, 'small');
  const acc = exact(big, two.db);
  const ref = await single(big);
  // CPU / wall: the cores a run kept busy (V8's GC and compiler threads work beside each worker).
  const cores = (r) => `CPU ${r.cpu.toFixed(1)} s, ${(r.cpu / r.seconds).toFixed(2)} cores busy`;
  console.log(`batch --jobs 1: ${one.filesPerSecond.toFixed(1)} files/s (${one.seconds.toFixed(1)} s, ${cores(one)}), peak ${one.rss.toFixed(0)} MiB`);
  console.log(`batch --jobs 2: ${two.filesPerSecond.toFixed(1)} files/s (${two.seconds.toFixed(1)} s, ${cores(two)}): speed-up ${(one.seconds / two.seconds).toFixed(2)}×, the median of ${rounds} interleaved pairs (${pairs.map((p) => p.speedUp.toFixed(2)).join(', ')}; target ≥ 1.8× on 2 cores)`);
  console.log(`batch --jobs 2 keeping V8's helper threads (XXGK_V8_THREADS=default, one process): ${twoHelpers.filesPerSecond.toFixed(1)} files/s (${twoHelpers.seconds.toFixed(1)} s, ${cores(twoHelpers)}): single-threaded is ${(twoHelpers.seconds / two.seconds).toFixed(2)}× its throughput`);
  console.log(`peak memory --jobs 2: ${twoHundred.rss.toFixed(0)} MiB at ${small.files.size} files, ${two.rss.toFixed(0)} MiB at ${big.files.size} files (target flat, < 400 MB)`);
  console.log(`per file (median, in the worker): text ${acc.ms.text} ms, PDF ${acc.ms.pdf} ms; single-file parseReport in process: text ${ref.text.toFixed(1)} ms, PDF ${ref.pdf.toFixed(0)} ms`);
  console.log(`read exactly (every cell equal to the generator's): ${acc.ok}/${big.files.size}`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
