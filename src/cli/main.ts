import { XxgkError } from '../codes.js';
import { parseReport } from '../parse.js';
import { formatSummary } from './summary.js';

/** The command line: it only orchestrates; all work is in the library. */

const USAGE = `usage: xxgk parse <file> [--json]

  parse   read a report (text, PDF) and print a summary, or with --json
          { "report": …, "warnings": […] }
exit codes: 0 parsed, 2 input error (code on stderr, or as JSON with --json), 1 usage`;

/** Runs the command line; returns the exit code. Output goes to the given streams (process's by default). */
export async function main(
  argv: string[],
  io: { stdout: (s: string) => void; stderr: (s: string) => void } = {
    stdout: (s) => process.stdout.write(s),
    stderr: (s) => process.stderr.write(s),
  },
): Promise<number> {
  const [command, ...rest] = argv;
  const json = rest.includes('--json');
  const files = rest.filter((a) => !a.startsWith('--'));
  const unknown = rest.filter((a) => a.startsWith('--') && a !== '--json');
  if (command !== 'parse' || files.length !== 1 || unknown.length > 0) {
    io.stderr(`${USAGE}\n`);
    return command === '--help' || command === '-h' ? 0 : 1;
  }
  try {
    const result = await parseReport(files[0]!);
    io.stdout(json ? `${JSON.stringify(result, null, 2)}\n` : `${formatSummary(result.report, result.warnings)}\n`);
    return 0;
  } catch (e) {
    const err = e instanceof XxgkError ? e : new XxgkError('INTERNAL', String((e as Error)?.message ?? e));
    if (json) io.stdout(`${JSON.stringify({ error: { code: err.code, message: err.message } }, null, 2)}\n`);
    io.stderr(`xxgk: ${err.code}: ${err.message}\n`);
    return 2;
  }
}
