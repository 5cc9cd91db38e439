/**
 * The archive database's schema (SQLite). `files` has one row per input path
 * and is also the resume state; `reports` and its child tables one set of rows
 * per distinct content (sha256). README "Batch" documents it.
 */
import { STATISTICS_KEYS } from './keys.js';

const q = (name: string) => `"${name.replace(/"/g, '""')}"`;
const s = (text: string) => `'${text.replace(/'/g, "''")}'`;

const TABLES = `
CREATE TABLE IF NOT EXISTS files (
  path TEXT PRIMARY KEY,
  sha256 TEXT,
  bytes INTEGER,
  format TEXT,
  status TEXT NOT NULL CHECK (status IN ('parsed', 'error', 'duplicate')),
  error_code TEXT,
  error_message TEXT,
  duplicate_of TEXT,
  started_at TEXT NOT NULL,
  ms INTEGER
);
CREATE INDEX IF NOT EXISTS files_sha256 ON files (sha256);
CREATE INDEX IF NOT EXISTS files_status ON files (status, error_code);

CREATE TABLE IF NOT EXISTS reports (
  sha256 TEXT PRIMARY KEY,
  title TEXT,
  agency TEXT,
  year INTEGER,
  published_on TEXT,
  format_version TEXT,
  encoding TEXT,
  pages INTEGER,
  json TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS reports_agency_year ON reports (agency, year);
CREATE INDEX IF NOT EXISTS reports_year ON reports (year);

CREATE TABLE IF NOT EXISTS cells (
  sha256 TEXT NOT NULL,
  "table" TEXT NOT NULL,
  row_key TEXT NOT NULL,
  column_key TEXT NOT NULL,
  value NUMERIC,
  page INTEGER,
  line INTEGER,
  PRIMARY KEY (sha256, "table", row_key, column_key)
) WITHOUT ROWID;

CREATE TABLE IF NOT EXISTS warnings (
  sha256 TEXT NOT NULL,
  code TEXT NOT NULL,
  severity TEXT NOT NULL,
  message TEXT NOT NULL,
  location TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS warnings_sha256 ON warnings (sha256);
CREATE INDEX IF NOT EXISTS warnings_code ON warnings (code);

CREATE TABLE IF NOT EXISTS findings (
  sha256 TEXT NOT NULL,
  rule TEXT NOT NULL,
  severity TEXT NOT NULL,
  status TEXT NOT NULL,
  message TEXT NOT NULL,
  location TEXT NOT NULL
);
`;

/**
 * Indexes only queries use, which no write reads (the batch looks up `files`
 * alone). Kept row by row they cost most of a batch's writing: each file's
 * ~200 cells land all over `cells_key`, so every transaction rewrites much of
 * it. A new archive is therefore loaded without them and builds them once at
 * its end (`Archive` with `bulk`); any open of the database creates them if
 * missing, so an archive whose batch was killed has them again on its next use.
 */
export const QUERY_INDEXES: Record<string, string> = {
  cells_key: 'CREATE INDEX IF NOT EXISTS cells_key ON cells ("table", row_key, column_key, value);',
  findings_sha256: 'CREATE INDEX IF NOT EXISTS findings_sha256 ON findings (sha256);',
  findings_rule: 'CREATE INDEX IF NOT EXISTS findings_rule ON findings (rule, status);',
};

/** The metadata columns of the `statistics` view, before one column per canonical key. */
export const STATISTICS_META = ['sha256', 'title', 'agency', 'year', 'published_on', 'format_version'] as const;

/** One row per report, one column per canonical key (both format versions; a key the report's version lacks is NULL). */
function statisticsView(): string {
  const columns = STATISTICS_KEYS.map(
    (k) => `  (SELECT value FROM cells c WHERE c.sha256 = r.sha256 AND c."table" = ${s(k.table)} AND c.row_key = ${s(k.row)} AND c.column_key = ${s(k.column)}) AS ${q(k.path)}`,
  );
  return `CREATE VIEW IF NOT EXISTS statistics AS SELECT\n${STATISTICS_META.map((m) => `  r.${m}`).join(',\n')},\n${columns.join(',\n')}\nFROM reports r;`;
}

export const SCHEMA_SQL = `${TABLES}\n${Object.values(QUERY_INDEXES).join('\n')}\n${statisticsView()}\n`;

export { q as quoteIdentifier };
