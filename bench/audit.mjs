// The audit's share of `npm run bench`: its time per report in process (beside
// the parse), and `xxgk audit` over a folder of 100 generated text reports.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { auditReport, parseReport } from '../dist/index.js';
import { median } from './stats.mjs';


/** 100 consistent generated reports (both versions, both text layouts), made from the test generators. */
async function makeFolder(root) {
  const folder = join(root, '.tmp/bench-audit-100');
  if (existsSync(join(folder, 'report-100.txt'))) return folder;
  const build = join(root, '.tmp/bench-support');
  rmSync(build, { recursive: true, force: true });
  execFileSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', join(root, 'bench/tsconfig.support.json'), '--outDir', build]);
  writeFileSync(join(build, 'package.json'), '{"type":"module"}');
  const { consistentSpec } = await import(join(build, 'test/support/consistent-report.js'));
  const { renderText } = await import(join(build, 'test/support/render-text.js'));
  mkdirSync(folder, { recursive: true });
  for (let seed = 1; seed <= 100; seed++) {
    writeFileSync(join(folder, `report-${String(seed).padStart(3, '0')}.txt`), renderText(consistentSpec(seed), seed, seed % 3 === 0 ? 'tsv' : 'cells').text);
  }
  return folder;
}

export async function benchAudit(root) {
  const results = {};
  for (const [name, file, copies] of [
    ['text', 'fixtures/zhangdian-traffic-police-2020.txt', 400],
    ['pdf', 'fixtures/hongze-district-2023.pdf', 30],
  ]) {
    // A fresh parse result per audit: the audit reads a report's sentences once and keeps them with the report.
    const bytes = readFileSync(join(root, file));
    const parsed = [];
    for (let i = 0; i < copies; i++) parsed.push(await parseReport(bytes));
    for (const p of parsed.slice(0, copies / 10)) auditReport(p); // warm-up
    const times = [];
    for (const p of parsed.slice(copies / 10)) {
      const t0 = performance.now();
      auditReport(p);
      times.push(performance.now() - t0);
    }
    results[`${name}AuditMs`] = median(times);
    console.log(`audit ${name} (${file.split('/').pop()}): median ${median(times).toFixed(3)} ms per report in process, first audit of each parse (target < 1 ms)`);
  }
  const folder = await makeFolder(root);
  const runs = [];
  for (let i = 0; i < 3; i++) {
    const t0 = performance.now();
    const r = spawnSync(process.execPath, [join(root, 'dist/cli/bin.js'), 'audit', folder, '--json'], { encoding: 'utf8', maxBuffer: 1 << 28 });
    runs.push(performance.now() - t0);
    if (r.status !== 0) throw new Error(`xxgk audit failed (exit ${r.status}): ${r.stderr}`);
    if (i === 0) results.folderTotals = JSON.parse(r.stdout).totals;
  }
  results.folderMs = median(runs);
  const t = results.folderTotals;
  console.log(
    `audit folder of 100 generated text reports, whole process: median ${median(runs).toFixed(0)} ms (${(median(runs) / 100).toFixed(1)} ms per report; ` +
      `${t.reports} reports, ${t.bySeverity.error} errors, ${t.bySeverity.warning} warnings, ${t.unchecked} unchecked)`,
  );
  return results;
}
