/**
 * The archive database writer. Each file's rows are written as soon as its
 * result arrives (so no parsed result waits in memory), inside a savepoint of
 * a transaction that is committed every so many files or so much time: a
 * batch killed at any point leaves every file with all its rows or none, and
 * the uncommitted files are simply parsed again by --resume (WAL mode:
 * readers never block the writer).
 */
import Database from 'better-sqlite3';
import { QUERY_INDEXES, SCHEMA_SQL } from './schema.js';
import type { ParsedReply } from './task.js';

export type FileStatus = 'parsed' | 'error' | 'duplicate';

/** One row of `files`. */
export interface FileRecord {
  path: string;
  sha256: string | null;
  bytes: number | null;
  format: string | null;
  status: FileStatus;
  errorCode: string | null;
  errorMessage: string | null;
  duplicateOf: string | null;
  /** ISO time the file was taken up. */
  startedAt: string;
  ms: number | null;
}

export interface ArchiveOptions {
  /** Files per transaction (default 50). */
  filesPerTransaction?: number;
  /** Longest the open transaction is kept before a file added to it commits it, in ms (default 1000). */
  maxDelayMs?: number;
  /**
   * Loading many files: if the archive holds no file and no report yet, the indexes only
   * queries use are dropped now and built once by `close()` (a bulk load;
   * README "Batch"). An archive that already holds files keeps them.
   */
  bulk?: boolean;
}

export class Archive {
  readonly db: Database.Database;
  /** Files written since the open transaction began (0: none is open). */
  private uncommitted = 0;
  private openedAt = 0;
  private readonly filesPerTransaction: number;
  private readonly maxDelayMs: number;
  /** Whether the query indexes are left to `close()`. */
  private readonly deferred: boolean;
  private readonly stmt;

  constructor(file: string, options: ArchiveOptions = {}) {
    this.db = new Database(file);
    // A database of something else is not made into an archive (tables added, WAL switched on).
    const tables = this.db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all() as string[];
    if (tables.length > 0 && !tables.includes('files')) {
      this.db.close();
      throw new Error(`${file} is a SQLite database of something else (tables: ${tables.slice(0, 5).join(', ')}), not an xxgk archive`);
    }
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = NORMAL');
    this.db.exec(SCHEMA_SQL);
    this.filesPerTransaction = options.filesPerTransaction ?? 50;
    this.maxDelayMs = options.maxDelayMs ?? 1000;
    const db = this.db;
    this.deferred = options.bulk === true && db.prepare('SELECT NOT EXISTS (SELECT 1 FROM files) AND NOT EXISTS (SELECT 1 FROM reports)').pluck().get() === 1;
    if (this.deferred) for (const name of Object.keys(QUERY_INDEXES)) db.exec(`DROP INDEX IF EXISTS ${name}`);
    this.stmt = {
      file: db.prepare(`INSERT OR REPLACE INTO files (path, sha256, bytes, format, status, error_code, error_message, duplicate_of, started_at, ms)
        VALUES (@path, @sha256, @bytes, @format, @status, @errorCode, @errorMessage, @duplicateOf, @startedAt, @ms)`),
      report: db.prepare(`INSERT OR IGNORE INTO reports (sha256, title, agency, year, published_on, format_version, encoding, pages, json)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`),
      cell: db.prepare('INSERT OR REPLACE INTO cells (sha256, "table", row_key, column_key, value, page, line) VALUES (?, ?, ?, ?, ?, ?, ?)'),
      warning: db.prepare('INSERT INTO warnings (sha256, code, severity, message, location) VALUES (?, ?, ?, ?, ?)'),
      finding: db.prepare('INSERT INTO findings (sha256, rule, severity, status, message, location) VALUES (?, ?, ?, ?, ?, ?)'),
      row: db.prepare('SELECT sha256, status, duplicate_of AS duplicateOf FROM files WHERE path = ?'),
      original: db.prepare("SELECT path FROM files WHERE sha256 = ? AND status <> 'duplicate' ORDER BY path LIMIT 1").pluck(),
      count: db.prepare('SELECT COUNT(*) FROM files').pluck(),
      begin: db.prepare('BEGIN'),
      commit: db.prepare('COMMIT'),
      savepoint: db.prepare('SAVEPOINT file'),
      release: db.prepare('RELEASE file'),
      rollbackFile: db.prepare('ROLLBACK TO file'),
    };
  }

  /** Rows in `files`. */
  fileCount(): number {
    return this.stmt.count.get() as number;
  }

  /** Whether this path is recorded with these bytes (sha256 null: recorded unreadable). */
  has(path: string, sha256: string | null): boolean {
    const row = this.recorded(path);
    return row !== undefined && row.sha256 === sha256;
  }

  /** What the archive records of this path, if anything. */
  recorded(path: string): Pick<FileRecord, 'sha256' | 'status' | 'duplicateOf'> | undefined {
    return this.stmt.row.get(path) as Pick<FileRecord, 'sha256' | 'status' | 'duplicateOf'> | undefined;
  }

  /** The path whose parse stands for these bytes (the first recorded), if any. */
  originalOf(sha256: string): string | undefined {
    return this.stmt.original.get(sha256) as string | undefined;
  }

  /**
   * Writes a file's rows now, all or none (a savepoint), in the open
   * transaction; commits it when it holds enough files or is old enough.
   */
  add(file: FileRecord, parsed?: ParsedReply): void {
    if (this.uncommitted === 0) {
      this.stmt.begin.run();
      this.openedAt = Date.now();
    }
    this.stmt.savepoint.run();
    try {
      this.write(file, parsed);
      this.stmt.release.run();
    } catch (e) {
      this.stmt.rollbackFile.run();
      this.stmt.release.run();
      throw e;
    }
    this.uncommitted++;
    if (this.uncommitted >= this.filesPerTransaction || Date.now() - this.openedAt >= this.maxDelayMs) this.flush();
  }

  /** Commits the files written so far. */
  flush(): void {
    if (this.uncommitted === 0) return;
    this.stmt.commit.run();
    this.uncommitted = 0;
  }

  private write(file: FileRecord, parsed?: ParsedReply): void {
    this.stmt.file.run(file);
    if (!parsed || !file.sha256) return;
    const sha = file.sha256;
    const m = parsed.meta;
    // The same bytes always give the same rows: written once per content.
    const added = this.stmt.report.run(sha, m.title, m.agency, m.year, m.publishedOn, m.formatVersion, m.encoding, m.pages, parsed.json).changes;
    if (added === 0) return;
    for (const c of parsed.cells) this.stmt.cell.run(sha, ...c);
    for (const w of parsed.warnings) this.stmt.warning.run(sha, ...w);
    for (const f of parsed.findings) this.stmt.finding.run(sha, ...f);
  }

  /** Drops reports (and their rows) no file points at any more: bytes that changed since an earlier run. */
  removeOrphans(): number {
    return this.db.transaction(() => {
      const orphan = 'sha256 NOT IN (SELECT sha256 FROM files WHERE sha256 IS NOT NULL)';
      for (const t of ['cells', 'warnings', 'findings']) this.db.prepare(`DELETE FROM ${t} WHERE ${orphan}`).run();
      return this.db.prepare(`DELETE FROM reports WHERE ${orphan}`).run().changes;
    })();
  }

  /**
   * Commits, builds the indexes a bulk load left out (unless `buildIndexes` is
   * false: a stopped batch should stop now, and the next open builds them),
   * and closes the database.
   */
  close(buildIndexes = true): void {
    try {
      this.flush();
      if (this.deferred && buildIndexes) this.db.exec(Object.values(QUERY_INDEXES).join('\n'));
    } finally {
      this.db.close();
    }
  }
}
