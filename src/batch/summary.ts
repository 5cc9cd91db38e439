/**
 * What a batch did: files by status, the most frequent error and warning
 * codes, per-worker counts, time and throughput, and reports of the same
 * agency and year from different files. Counted as files finish (small maps,
 * never the results themselves).
 */
import type { Archive, FileRecord } from './archive.js';
import type { PoolReply } from './pool.js';

export interface SameAgencyYear {
  agency: string;
  year: number;
  paths: string[];
}

export interface BatchSummary {
  /** Files recorded by this run, by status, and those skipped as already archived. */
  files: { parsed: number; error: number; duplicate: number; skipped: number };
  /** Error codes of this run's files, most frequent first. */
  errorCodes: [string, number][];
  /** Warning codes of this run's parsed files, most frequent first. */
  warningCodes: [string, number][];
  /** Files each worker slot parsed (1-based slots in order). */
  perWorker: number[];
  seconds: number;
  /** Files recorded (not skipped) per second. */
  filesPerSecond: number;
  /** Distinct files (across the whole archive) that report the same agency and year. */
  sameAgencyYear: SameAgencyYear[];
  /** True when the batch was stopped before it finished (resume it with --resume). */
  interrupted: boolean;
}

const byCount = (m: Map<string, number>): [string, number][] => [...m].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));

export class BatchTally {
  readonly status = { parsed: 0, error: 0, duplicate: 0 };
  skipped = 0;
  readonly errorCodes = new Map<string, number>();
  readonly warningCodes = new Map<string, number>();
  readonly perWorker: number[];
  private readonly t0 = performance.now();

  constructor(jobs: number) {
    this.perWorker = new Array<number>(jobs).fill(0);
  }

  get recorded(): number {
    return this.status.parsed + this.status.error + this.status.duplicate;
  }

  add(file: FileRecord, reply?: PoolReply): void {
    this.status[file.status]++;
    if (file.errorCode) this.errorCodes.set(file.errorCode, (this.errorCodes.get(file.errorCode) ?? 0) + 1);
    if (reply && reply.worker > 0) this.perWorker[reply.worker - 1]!++;
    if (reply?.ok) for (const [code] of reply.warnings) this.warningCodes.set(code, (this.warningCodes.get(code) ?? 0) + 1);
  }

  elapsedSeconds(): number {
    return (performance.now() - this.t0) / 1000;
  }

  summary(archive: Archive, interrupted: boolean): BatchSummary {
    const seconds = this.elapsedSeconds();
    const same = archive.db
      .prepare(
        `SELECT r.agency, r.year, json_group_array(f.path) AS paths FROM reports r JOIN files f ON f.sha256 = r.sha256 AND f.status = 'parsed'
         WHERE r.agency IS NOT NULL AND r.year IS NOT NULL GROUP BY r.agency, r.year HAVING COUNT(DISTINCT r.sha256) > 1 ORDER BY r.agency, r.year`,
      )
      .all() as { agency: string; year: number; paths: string }[];
    return {
      files: { ...this.status, skipped: this.skipped },
      errorCodes: byCount(this.errorCodes),
      warningCodes: byCount(this.warningCodes),
      perWorker: [...this.perWorker],
      seconds,
      filesPerSecond: seconds > 0 ? this.recorded / seconds : 0,
      sameAgencyYear: same.map((r) => ({ agency: r.agency, year: r.year, paths: (JSON.parse(r.paths) as string[]).sort() })),
      interrupted,
    };
  }
}

/** The summary as the CLI prints it. */
export function formatBatchSummary(s: BatchSummary, top = 5): string {
  const codes = (xs: [string, number][]) => (xs.length ? xs.slice(0, top).map(([c, n]) => `${c} ${n}`).join(', ') : '-');
  const lines = [
    `${s.interrupted ? 'stopped' : 'done'}: ${s.files.parsed} parsed, ${s.files.error} errors, ${s.files.duplicate} duplicates, ${s.files.skipped} already archived`,
    `errors    ${codes(s.errorCodes)}`,
    `warnings  ${codes(s.warningCodes)}`,
    `time      ${s.seconds.toFixed(1)} s, ${s.filesPerSecond.toFixed(1)} files/s on ${s.perWorker.length} workers (${s.perWorker.join(' / ')} parsed)`,
  ];
  if (s.sameAgencyYear.length) {
    lines.push(`same agency and year in different files: ${s.sameAgencyYear.length}`);
    for (const g of s.sameAgencyYear.slice(0, 10)) lines.push(`  ${g.agency} ${g.year}: ${g.paths.join(', ')}`);
    if (s.sameAgencyYear.length > 10) lines.push(`  … and ${s.sameAgencyYear.length - 10} more (see the README's query)`);
  }
  if (s.interrupted) lines.push('stopped before the end: finished files are recorded; rerun with --resume to finish');
  return `${lines.join('\n')}\n`;
}
