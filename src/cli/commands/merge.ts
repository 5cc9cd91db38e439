import type { Command } from 'commander';
import { type CliIo, EXIT } from '../io.js';

/** `xxgk merge <archives…> --db out.sqlite`: combine the databases of a sharded batch. */
export function registerMerge(program: Command, io: CliIo, setExit: (code: number) => void): void {
  program
    .command('merge')
    .description('combine archive databases made by `xxgk batch --shard i/n` into one')
    .argument('<archives...>', 'the shards\' databases')
    .requiredOption('--db <file>', 'the combined database (created when missing; may already hold shards)')
    .action(async (archives: string[], flags: { db: string }) => {
      try {
        const { mergeArchives } = await import('../../batch/merge.js'); // SQLite loads only when merging
        const counts = mergeArchives(flags.db, archives);
        io.stderr(`merged ${archives.length} archives into ${flags.db}: ${counts.files} files, ${counts.reports} reports\n`);
        setExit(EXIT.ok);
      } catch (e) {
        io.stderr(`xxgk merge: ${(e as Error).message}\n`);
        setExit(EXIT.inputError);
      }
    });
}
