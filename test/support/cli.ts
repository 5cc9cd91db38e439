import { main } from '../../src/cli/main.js';

/** Runs the command line in process, collecting what it writes. */
export async function runCli(argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s) });
  return { code, stdout, stderr };
}
