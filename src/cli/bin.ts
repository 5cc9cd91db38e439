#!/usr/bin/env node
import { warmUp } from '../parse.js';

// `xxgk parse <file>`: the parse's worker thread starts and loads the file's reader (pdfjs for a
// PDF) on the other core while this thread loads the command line (measured: see README, Performance).
const argv = process.argv.slice(2);
const file = argv[0] === 'parse' ? argv.slice(1).find((a) => !a.startsWith('-')) : undefined;
if (file !== undefined) warmUp(file);

const { main } = await import('./main.js');
main(argv).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`xxgk: INTERNAL: ${String(e)}\n`);
    process.exitCode = 2;
  },
);
