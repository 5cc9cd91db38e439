import { writeFileSync } from 'node:fs';
import { Option, type Command } from 'commander';
import type { AuditedForPage } from '../../audit/html/page.js';
import type { Severity } from '../../codes.js';
import type { ParseResult } from '../../model/report.js';
import { parseReport } from '../../parse.js';
import { expandPaths } from '../files.js';
import { type AuditOutput, failsAt, formatAudit, totalsOf } from '../findings.js';
import { asCliError, type CliIo, EXIT } from '../io.js';

/**
 * `xxgk audit <files or folders…>`: parses and audits each file (one bad file
 * is an error record, the others are still audited), then the findings across
 * them. Several files are parsed on the batch's worker pool (one way to run
 * many files); a single file in process, which starts faster.
 */
export async function runAudit(paths: string[], options: { jobs?: number } = {}): Promise<{ output: AuditOutput; page: AuditedForPage[] }> {
  // Loaded here, not with the command line: `xxgk parse` or `--help` never needs them.
  const [{ auditReport }, { auditAcross }, { parseMany }] = await Promise.all([import('../../audit/index.js'), import('../../audit/across.js'), import('../../batch/parseMany.js')]);
  const files = expandPaths(paths);
  const page: AuditedForPage[] = new Array(files.length);
  const audited = (path: string, result: ParseResult): AuditedForPage => ({ path, result, findings: auditReport(result) });
  if (files.length > 1) {
    // The pool yields in completion order; the report keeps the order of the walk.
    const at = new Map(files.map((f, i) => [f, i]));
    for await (const r of parseMany(files, { jobs: options.jobs })) {
      page[at.get(r.path)!] = r.ok ? audited(r.path, r.result) : { path: r.path, error: r.error };
    }
  } else {
    for (const [i, path] of files.entries()) {
      try {
        page[i] = audited(path, await parseReport(path));
      } catch (e) {
        const err = asCliError(e);
        page[i] = { path, error: { code: err.code, message: err.message } };
      }
    }
  }
  // Across findings point at positions in the list of files, error records included.
  const read = page.flatMap((f, i) => ('result' in f ? [{ i, report: f.result.report }] : []));
  const across = auditAcross(read.map((a) => a.report)).map((f) => ({
    ...f,
    // The message counts reports as auditAcross saw them (`第1份`): renumbered as the files are, errors included.
    message: f.message.replace(/第(\d+)份/g, (_, n: string) => `第${read[Number(n) - 1]!.i + 1}份`),
    location: { ...f.location, ...(f.location.reports ? { reports: f.location.reports.map((k) => read[k]!.i) } : {}) },
  }));
  const reports = page.map((f) =>
    'error' in f
      ? f
      : {
          path: f.path,
          title: f.result.report.title,
          agency: f.result.report.agency,
          year: f.result.report.year,
          formatVersion: f.result.report.formatVersion,
          findings: f.findings,
        },
  );
  return { output: { reports, across, totals: totalsOf(reports, across) }, page };
}

export function registerAudit(program: Command, io: CliIo, setExit: (code: number) => void): void {
  program
    .command('audit')
    .description('audit reports (files, or folders walked recursively): structure, arithmetic, text against tables, across years')
    .argument('<paths...>', 'report files or folders (in folders: .txt .pdf .docx .doc .html .htm)')
    .option('--json', 'print { reports: [{ path, title, agency, year, formatVersion, findings }], across, totals }')
    .option('--html <file>', 'also write a self-contained HTML page')
    .addOption(new Option('--fail-on <severity>', 'exit 1 when a failing finding of this severity or worse exists').choices(['error', 'warning']))
    .option('--jobs <n>', 'worker threads parsing the files (default: the number of cores)', (v) => Number.parseInt(v, 10))
    .action(async (paths: string[], opts: { json?: boolean; html?: string; failOn?: Severity; jobs?: number }) => {
      const { output, page } = await runAudit(paths, { jobs: opts.jobs });
      io.stdout(opts.json ? `${JSON.stringify(output, null, 2)}\n` : `${formatAudit(output)}\n`);
      for (const r of output.reports) if ('error' in r) io.stderr(`xxgk: ${r.error.code}: ${r.path}: ${r.error.message}\n`);
      if (opts.html) writeFileSync(opts.html, (await import('../../audit/html/page.js')).auditPage(page, output.across));
      const findings = [...output.reports.flatMap((r) => ('findings' in r ? r.findings : [])), ...output.across];
      if (output.totals.inputErrors > 0) setExit(EXIT.inputError);
      else if (opts.failOn && failsAt(findings, opts.failOn)) setExit(EXIT.findings);
      else setExit(EXIT.ok);
    });
}
