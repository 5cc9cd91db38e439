import { writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import { parseReport } from '../../parse.js';
import { formatComparison } from '../findings.js';
import { type CliIo, EXIT, reportInputError } from '../io.js';

/** `xxgk compare <previous> <current>`: one agency's two years side by side. */
export function registerCompare(program: Command, io: CliIo, setExit: (code: number) => void): void {
  program
    .command('compare')
    .description("compare two years of one agency's report: every cell's change, text repeated from last year, carry-over (X-1)")
    .argument('<previous>', "last year's report")
    .argument('<current>', "this year's report")
    .option('--json', 'print the comparison as JSON')
    .option('--html <file>', 'also write a self-contained HTML page')
    .action(async (previous: string, current: string, opts: { json?: boolean; html?: string }) => {
      let a, b;
      try {
        a = await parseReport(previous);
        b = await parseReport(current);
      } catch (e) {
        setExit(reportInputError(io, e, !!opts.json));
        return;
      }
      // Loaded here, not with the command line: `xxgk parse` or `--help` never needs them.
      const [{ compareReports }, { comparePage }] = await Promise.all([import('../../audit/compare.js'), import('../../audit/html/page.js')]);
      const cmp = compareReports(a, b);
      io.stdout(opts.json ? `${JSON.stringify(cmp, null, 2)}\n` : `${formatComparison(cmp)}\n`);
      if (opts.html) writeFileSync(opts.html, comparePage(a.report, b.report, cmp));
      setExit(EXIT.ok);
    });
}
