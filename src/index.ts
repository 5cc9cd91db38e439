/**
 * xxgk: Chinese government information disclosure annual reports
 * (政府信息公开工作年度报告) → typed, checked data.
 */
export { parseReport, type ParseOptions, type ReportInput } from './parse.js';
export { parseText } from './parseText.js';
export {
  ERROR_CODES,
  WARNING_CODES,
  XxgkError,
  type ErrorCode,
  type Severity,
  type Warning,
  type WarningCode,
  type WarningLocation,
} from './codes.js';
export type * from './model/report.js';
export type * from './model/statistics.js';
export type { SourceInfo, SourceLocation } from './model/blocks.js';
export { parseMany, type FileResult, type ParseManyOptions } from './batch/parseMany.js';
export { SECTIONS } from './templates/sections.js';
export { TABLE2 } from './templates/table2.js';
export { TABLE3_COLUMNS, TABLE3_ROWS } from './templates/table3.js';
export { TABLE4_COLUMNS, TABLE4_GROUPS } from './templates/table4.js';
export type { LabelKey, SectionTemplate, Table2Block, TemplateRow } from './templates/types.js';
export { auditReport, auditReports, type AuditOfReports } from './audit/index.js';
export { compareReports, type CellChange, type Comparison, type ComparedReport, type SectionSimilarity } from './audit/compare.js';
export type { Finding, FindingLocation, FindingStatus } from './audit/finding.js';
export { AUDIT_RULES, STRUCTURAL_CODES, type AuditRule, type AuditRuleId, type RuleFamily } from './audit/rules.js';
