// Loaded with `node --import ./bench/report-rss.mjs …` by the benchmark: prints the
// process's peak resident memory (KiB) to stderr as it exits, and its anonymous
// resident memory then (KiB, Linux): what a process holds beyond the program's
// file pages, which processes of the same node binary share.
import { readFileSync } from 'node:fs';

function anonKiB() {
  try {
    return Number(/^RssAnon:\s+(\d+)/m.exec(readFileSync('/proc/self/status', 'utf8'))?.[1] ?? NaN);
  } catch {
    return NaN;
  }
}

process.on('exit', () => process.stderr.write(`\nmaxRSS ${process.resourceUsage().maxRSS} anon ${anonKiB()}\n`));
