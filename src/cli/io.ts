import { XxgkError } from '../codes.js';

/** Where a command writes: the process's streams, or a test's buffers. */
export interface CliIo {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
}

export const PROCESS_IO: CliIo = {
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
};

/** Exit codes shared by every command. */
export const EXIT = { ok: 0, findings: 1, usage: 1, inputError: 2 } as const;

/** Any thrown value as an XxgkError (unexpected ones are INTERNAL). */
export function asCliError(e: unknown): XxgkError {
  return e instanceof XxgkError ? e : new XxgkError('INTERNAL', String((e as Error)?.message ?? e));
}

/** Reports an input error the way every command does: code on stderr, and as JSON on stdout with --json. */
export function reportInputError(io: CliIo, e: unknown, json: boolean): number {
  const err = asCliError(e);
  if (json) io.stdout(`${JSON.stringify({ error: { code: err.code, message: err.message } }, null, 2)}\n`);
  io.stderr(`xxgk: ${err.code}: ${err.message}\n`);
  return EXIT.inputError;
}
