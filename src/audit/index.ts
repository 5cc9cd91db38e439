import type { ParseResult } from '../model/report.js';
import { auditAcross } from './across.js';
import { auditArithmetic } from './arithmetic.js';
import { auditContent } from './content.js';
import type { Finding } from './finding.js';
import { auditStatements } from './statements.js';
import { fromWarnings } from './structure.js';

/**
 * The back end: audits the typed model (never the document again), for any
 * front end. Findings come in a fixed order: structure, content, arithmetic, text.
 */
export function auditReport(result: ParseResult): Finding[] {
  const { report, warnings } = result;
  return [...fromWarnings(warnings, 'structure'), ...auditContent(report, warnings), ...auditArithmetic(report), ...auditStatements(report)];
}

/** The audit of a set of reports. */
export interface AuditOfReports {
  /** `reports[i]`: the findings of `results[i]`. */
  reports: Finding[][];
  /** Findings across reports (X-1, REPORT_DUPLICATE); `location.reports` holds indices into `results`. */
  across: Finding[];
}

/** Audits each report, then the set: consecutive years of an agency, the same report twice. */
export function auditReports(results: readonly ParseResult[]): AuditOfReports {
  return { reports: results.map(auditReport), across: auditAcross(results.map((r) => r.report)) };
}
