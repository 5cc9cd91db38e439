import { createRequire } from 'node:module';
import { Command, CommanderError } from 'commander';
import { registerAudit } from './commands/audit.js';
import { registerCompare } from './commands/compare.js';
import { registerBatch } from './commands/batch.js';
import { registerMerge } from './commands/merge.js';
import { registerParse } from './commands/parse.js';
import { type CliIo, EXIT, PROCESS_IO } from './io.js';

/**
 * The command line: it only orchestrates; all work is in the library. Each
 * subcommand lives in its own module under commands/ and registers itself here.
 */

const COMMANDS = [registerParse, registerAudit, registerCompare, registerBatch, registerMerge];

const EPILOG = `
exit codes: 0 done, 1 usage error (or, where a command says so, findings), 2 input error
(code on stderr, or as JSON with --json)`;

function version(): string {
  return (createRequire(import.meta.url)('../../package.json') as { version: string }).version;
}

/** Runs the command line; returns the exit code. Output goes to the given streams (the process's by default). */
export async function main(argv: string[], io: CliIo = PROCESS_IO): Promise<number> {
  let exit: number = EXIT.ok;
  const program = new Command('xxgk')
    .description('Chinese government information disclosure annual reports (政府信息公开工作年度报告) → typed, checked data')
    .version(version(), '-V, --version')
    .addHelpText('after', EPILOG)
    .showHelpAfterError()
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr });
  for (const register of COMMANDS) register(program, io, (code) => (exit = code));
  for (const sub of program.commands) sub.exitOverride().configureOutput({ writeOut: io.stdout, writeErr: io.stderr });
  if (argv.length === 0) {
    program.outputHelp({ error: true });
    return EXIT.usage;
  }
  try {
    await program.parseAsync(argv, { from: 'user' });
  } catch (e) {
    if (e instanceof CommanderError) {
      // --help and --version end here with exit code 0; anything else is a usage error.
      return e.exitCode === 0 ? EXIT.ok : EXIT.usage;
    }
    throw e;
  }
  return exit;
}
