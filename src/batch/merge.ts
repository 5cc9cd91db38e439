/**
 * Combines archives made by shards of one batch (`--shard i/n`, each its own
 * database) into one: every files row, each distinct report once. The same
 * bytes parsed in two shards end as one parsed path (the smallest) and
 * duplicates of it, as a single run would record them.
 */
import { existsSync } from 'node:fs';
import { Archive } from './archive.js';

const FILE_COLUMNS = 'path, sha256, bytes, format, status, error_code, error_message, duplicate_of, started_at, ms';

export interface MergeCounts {
  files: number;
  reports: number;
}

export function mergeArchives(out: string, inputs: string[]): MergeCounts {
  // ATTACH would create a missing file: refuse it before anything is written.
  for (const input of inputs) if (!existsSync(input)) throw new Error(`${input} does not exist.`);
  const archive = new Archive(out, { bulk: true });
  const db = archive.db;
  // The indexes a bulk load leaves out are built only after a merge that went through: a failed one's own error is the one to see.
  let merged = false;
  try {
    for (const input of inputs) {
      db.prepare('ATTACH DATABASE ? AS src').run(input);
      try {
        db.transaction(() => {
          db.exec(`
            CREATE TEMP TABLE fresh AS SELECT sha256 FROM src.reports WHERE sha256 NOT IN (SELECT sha256 FROM main.reports);
            INSERT OR REPLACE INTO main.files (${FILE_COLUMNS}) SELECT ${FILE_COLUMNS} FROM src.files;
            INSERT INTO main.reports SELECT * FROM src.reports WHERE sha256 IN (SELECT sha256 FROM temp.fresh);
            INSERT INTO main.cells SELECT * FROM src.cells WHERE sha256 IN (SELECT sha256 FROM temp.fresh);
            INSERT INTO main.warnings SELECT * FROM src.warnings WHERE sha256 IN (SELECT sha256 FROM temp.fresh) ORDER BY rowid;
            INSERT INTO main.findings SELECT * FROM src.findings WHERE sha256 IN (SELECT sha256 FROM temp.fresh) ORDER BY rowid;
            DROP TABLE temp.fresh;`);
        })();
      } finally {
        db.prepare('DETACH DATABASE src').run();
      }
    }
    db.transaction(() => {
      // One original per content across shards: the smallest path; every other path with those bytes is its duplicate.
      db.exec(`
        CREATE TEMP TABLE originals AS SELECT sha256, MIN(path) AS path FROM files WHERE sha256 IS NOT NULL AND status <> 'duplicate' GROUP BY sha256;
        UPDATE files SET status = 'duplicate', error_code = NULL, error_message = NULL, ms = 0,
          duplicate_of = (SELECT o.path FROM temp.originals o WHERE o.sha256 = files.sha256)
          WHERE sha256 IN (SELECT sha256 FROM temp.originals) AND path <> (SELECT o.path FROM temp.originals o WHERE o.sha256 = files.sha256);
        DROP TABLE temp.originals;`);
    })();
    // A path whose bytes differ between two archives keeps the later's: the earlier's report, if no other path holds those bytes, goes.
    archive.removeOrphans();
    const counts = {
      files: db.prepare('SELECT COUNT(*) FROM files').pluck().get() as number,
      reports: db.prepare('SELECT COUNT(*) FROM reports').pluck().get() as number,
    };
    merged = true;
    return counts;
  } finally {
    if (merged) archive.close();
    else {
      try {
        archive.close(false);
      } catch {
        // the merge's own error is the one to report
      }
    }
  }
}
