/**
 * The messages between the pool and its workers. A worker replies with
 * everything the archive stores, computed off the main thread: the result as
 * JSON, its metadata, one row per statistics leaf, warnings and findings.
 */
import type { ErrorCode, Severity } from '../codes.js';

export interface Task {
  id: number;
  path: string;
  /** The per-file limit the pool enforces; passed on to parseReport too. */
  timeoutMs: number;
}

export interface ReportMeta {
  title: string | null;
  agency: string | null;
  year: number | null;
  publishedOn: string | null;
  formatVersion: string;
  format: string;
  encoding: string | null;
  pages: number | null;
}

/** One statistics-table leaf: table, row key, column key, value (null when blank), page, line. */
export type CellRow = [table: string, row: string, column: string, value: number | null, page: number | null, line: number | null];

/** code, severity, message, location as JSON. */
export type WarningRow = [code: string, severity: Severity, message: string, location: string];

/** rule, severity, status, message, location as JSON: the audit's findings (see worker.ts). */
export type FindingRow = [rule: string, severity: Severity, status: 'fail' | 'unchecked', message: string, location: string];

export interface ParsedReply {
  id: number;
  ok: true;
  /** SHA-256 of the bytes parsed: the runner checks them against the file's fingerprint (the file may change in between). */
  sha256: string;
  /** `{ report, warnings }` as JSON. */
  json: string;
  meta: ReportMeta;
  cells: CellRow[];
  warnings: WarningRow[];
  findings: FindingRow[];
}

export interface FailedReply {
  id: number;
  ok: false;
  code: ErrorCode;
  message: string;
}

export type Reply = ParsedReply | FailedReply;

/** What a worker posts: a reply to a task, or that it has loaded and is ready. */
export type WorkerMessage = Reply | { ready: true };
