import type { Command } from 'commander';
import { parseReport } from '../../parse.js';
import { type CliIo, EXIT, reportInputError } from '../io.js';
import { formatSummary } from '../summary.js';

/** `xxgk parse <file> [--json]`: one report, as a summary or the whole result. */
export function registerParse(program: Command, io: CliIo, setExit: (code: number) => void): void {
  program
    .command('parse')
    .description('read one report (text, PDF, …) and print a summary, or with --json { "report": …, "warnings": […] }')
    .argument('<file>', 'the report file; its format is detected from the bytes')
    .option('--json', 'print the whole result as JSON')
    .action(async (file: string, opts: { json?: boolean }) => {
      try {
        const result = await parseReport(file);
        io.stdout(opts.json ? `${JSON.stringify(result, null, 2)}\n` : `${formatSummary(result.report, result.warnings)}\n`);
        setExit(EXIT.ok);
      } catch (e) {
        setExit(reportInputError(io, e, !!opts.json));
      }
    });
}
