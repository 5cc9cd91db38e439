import type { Severity } from '../codes.js';
import type { AuditRuleId } from './rules.js';

/** `fail`: the check ran and the report is wrong; `unchecked`: the check could not run (a blank cell, a missing section). */
export type FindingStatus = 'fail' | 'unchecked';

/** Where a finding points. Every field is optional and set as it applies. */
export interface FindingLocation {
  /** Section ordinal 1–6. */
  section?: number;
  /** Index into `report.tables`. */
  table?: number;
  /** Canonical row key (`resultTotal`, `denied.stateSecret`, `review`). */
  row?: string;
  /** Canonical column key (`naturalPerson`, `total`). */
  column?: string;
  /** Line (text sources) or page (paginated sources) of the printed cell or paragraph. */
  line?: number;
  page?: number;
  /** Findings across reports: indices into the list given to `auditReports`, earlier year first. */
  reports?: number[];
}

/** One thing the audit found in a report (or across reports). */
export interface Finding {
  /** Stable id: a parse warning code for structural findings, else an audit rule id (`T3-1`, `X-2`, `FEE_NOT_REPORTED` …). */
  rule: AuditRuleId;
  /** The rule's severity for a failure; an `unchecked` finding is always `info`. */
  severity: Severity;
  status: FindingStatus;
  /** In Chinese, in words an auditor can paste into a review. */
  message: string;
  location: FindingLocation;
  /** Canonical paths of the cells involved (`applications.granted.naturalPerson`). */
  cells?: string[];
  /** The figure as printed (a total, a figure in the text). */
  printed?: number;
  /** The figure the rule expects (the sum of the parts, the table cell). */
  expected?: number;
}
