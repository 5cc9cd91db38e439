// What two cores give this machine's work (part of `npm run bench`, after the batch; alone:
// `npm run build && node bench/cores.mjs`). The same fixed work runs in one process alone,
// then in two processes at once, interleaved, each under V8 --single-threaded as the batch's
// workers are: a second core is worth 2 × alone / together. Two kinds of work:
// - parse: parseReport in process over the committed generated PDFs and text reports (the
//   batch's own work without its pool, hashing or SQLite). Not the batch's own ceiling: its
//   --jobs 1 keeps V8's helper threads, which already use some of the second core;
// - spin: an integer loop touching no memory, the control (cores that share nothing).
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { median } from './stats.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const self = fileURLToPath(import.meta.url);

async function child(kind) {
  if (kind === 'spin') {
    const t0 = performance.now();
    let x = 0;
    for (let i = 0; i < 6e8; i++) x = (x * 1664525 + 1013904223) | 0;
    console.log(JSON.stringify({ ms: performance.now() - t0, x: x & 1 }));
    return;
  }
  const { parseReport } = await import(`${root}dist/index.js`);
  const dir = (d, ext) => readdirSync(`${root}fixtures/generated/${d}`).filter((f) => f.endsWith(ext)).sort().map((f) => readFileSync(`${root}fixtures/generated/${d}/${f}`));
  const files = [...dir('pdf', '.pdf'), ...dir('text-libreoffice', '.txt'), ...dir('text-pdftotext-layout', '.txt')];
  for (const bytes of files) await parseReport(bytes, { isolate: false }); // warm
  const t0 = performance.now();
  for (let pass = 0; pass < 3; pass++) for (const bytes of files) await parseReport(bytes, { isolate: false });
  console.log(JSON.stringify({ ms: performance.now() - t0 }));
}

/** Runs `n` children at once; the wall time of the slowest's timed part. */
function together(kind, n) {
  return new Promise((resolve, reject) => {
    let left = n;
    const times = [];
    for (let i = 0; i < n; i++) {
      const p = spawn(process.execPath, ['--single-threaded', self, 'child', kind], { stdio: ['ignore', 'pipe', 'inherit'] });
      let out = '';
      p.stdout.on('data', (d) => (out += d));
      p.on('close', (code) => {
        if (code !== 0) return reject(new Error(`cores child ${kind} failed (${code})`));
        times.push(JSON.parse(out).ms);
        if (--left === 0) resolve(Math.max(...times));
      });
    }
  });
}

export async function benchCores(rounds = 3) {
  const out = {};
  for (const kind of ['spin', 'parse']) {
    const alone = [];
    const pair = [];
    for (let r = 0; r < rounds; r++) {
      alone.push(await together(kind, 1));
      pair.push(await together(kind, 2));
    }
    out[kind] = { aloneMs: median(alone), pairMs: median(pair), speedup: (2 * median(alone)) / median(pair) };
  }
  console.log(
    `cores two single-threaded processes against one (${rounds} interleaved rounds): integer loop ${out.spin.speedup.toFixed(2)}× (${(out.spin.aloneMs / 1000).toFixed(1)} s alone, ${(out.spin.pairMs / 1000).toFixed(1)} s each of two); ` +
      `parseReport over the generated PDFs and text ${out.parse.speedup.toFixed(2)}× (${(out.parse.aloneMs / 1000).toFixed(1)} s alone, ${(out.parse.pairMs / 1000).toFixed(1)} s each of two): what a second core gives this work single-threaded`,
  );
  return out;
}

if (process.argv[2] === 'child') await child(process.argv[3]);
else if (process.argv[1] === self) await benchCores();
