import { WARNING_CODES, type Severity, type WarningCode } from '../codes.js';

/**
 * The audit's rules as data: id, severity, what it checks and the identity
 * (report-format.md). The README's rules table is kept equal to this list by
 * test/audit/rules.test.ts.
 */

export type RuleFamily = 'structure' | 'arithmetic' | 'text' | 'content' | 'across';

export interface AuditRule {
  family: RuleFamily;
  severity: Severity;
  /** What it checks, in a line. */
  checks: string;
  /** The identity or condition, in the canonical keys. */
  identity: string;
}

/**
 * Parse warnings that are structural findings: they become findings under the
 * same code. Listed as strings so a code added to codes.ts later (the Word
 * front end's `TABLE_IS_IMAGE`) is taken up as soon as it exists.
 */
export const STRUCTURAL_CODES: readonly string[] = [
  'SECTION_MISSING',
  'SECTION_OUT_OF_ORDER',
  'SECTION_DUPLICATE',
  'SECTION_EMPTY',
  'SECTION_EXTRA',
  'HEADING_MISNUMBERED',
  'TABLE_MISSING',
  'TABLE_MISPLACED',
  'TABLE_IS_IMAGE',
  'ROW_MISSING',
  'ROW_DUPLICATE',
  'COLUMN_MISSING',
  'CELL_NOT_NUMERIC',
];

/** Parse warnings that are findings about the content the format requires. */
export const CONTENT_WARNING_CODES: readonly string[] = ['FORMAT_OUTDATED'];

export const AUDIT_RULES = {
  'T3-1': {
    family: 'arithmetic',
    severity: 'error',
    checks: '表三每一列：第一项加第二项之和等于第三项加第四项之和',
    identity: 'newReceived + carriedOver = resultTotal + carriedForward',
  },
  'T3-2': {
    family: 'arithmetic',
    severity: 'error',
    checks: '表三每一列：（七）总计等于各项办理结果之和',
    identity: 'resultTotal = granted + partiallyGranted + Σdenied.* + Σunavailable.* + ΣnotProcessed.* + (other.total, or Σ the three other.* sub-rows, whichever is printed)',
  },
  'T3-3': {
    family: 'arithmetic',
    severity: 'error',
    checks: '表三每一行：总计列等于六类申请人之和',
    identity: 'total = naturalPerson + commercial + research + socialWelfare + legalService + otherOrg',
  },
  'T4-1': {
    family: 'arithmetic',
    severity: 'error',
    checks: '表四每一组：总计等于结果维持、结果纠正、其他结果、尚未审结之和',
    identity: 'total = maintained + corrected + other + pending',
  },
  'N-1': {
    family: 'arithmetic',
    severity: 'error',
    checks: '每个数量是非负整数（表三、表四，表二的数量列）',
    identity: 'count ≥ 0 and integral; not change, amount, totalAmount',
  },
  'T2-1': {
    family: 'arithmetic',
    severity: 'info',
    checks: '2019 格式表二（五）（六）：上一年项目数量加本年增/减等于处理决定数量（提示）',
    identity: 'previousYear + change = decisions',
  },
  'X-2': {
    family: 'text',
    severity: 'warning',
    checks: '正文明确陈述的表内数字与表格一致',
    identity: 'figure bound to cells by its wording (src/audit/phrases.ts) = Σ those cells',
  },
  FEE_NOT_REPORTED: {
    family: 'content',
    severity: WARNING_CODES.FEE_NOT_REPORTED.severity,
    checks: '2021 格式：第六部分报告信息处理费的收取情况和金额',
    identity: 'section 六 names 信息处理费 and an amount (or 未收取)',
  },
  FORMAT_OUTDATED: {
    family: 'content',
    severity: WARNING_CODES.FORMAT_OUTDATED.severity,
    checks: '2021 年及以后的报告使用了 2019 格式的表格（解析警告）',
    identity: 'year ≥ 2021 and table 二 prints the 2019 blocks',
  },
  PERIOD_MISMATCH: {
    family: 'content',
    severity: WARNING_CODES.PERIOD_MISMATCH.severity,
    checks: '正文所述统计期限与标题年份一致；发布日期在该年度结束之后',
    identity: '统计期限自Y年…至Y年… : Y = year; publishedOn > Y-12-31',
  },
  'X-1': {
    family: 'across',
    severity: 'warning',
    checks: '同一机关相邻两年：本年上年结转等于上年结转下年度（每列）；2021 格式表二（一）现行有效件数相接',
    identity: 'carriedOver(N) = carriedForward(N−1); inForce(N) = inForce(N−1) + issued(N) − repealed(N)',
  },
  REPORT_DUPLICATE: {
    family: 'across',
    severity: WARNING_CODES.REPORT_DUPLICATE.severity,
    checks: '同一机关同一年度的报告出现两次',
    identity: 'same normalised agency and year',
  },
} as const satisfies Record<string, AuditRule>;

/** A rule id: an audit rule, or a parse warning code carried over as a finding. */
export type AuditRuleId = keyof typeof AUDIT_RULES | WarningCode;

/** Severity of a failing finding under `rule`. */
export function severityOf(rule: AuditRuleId): Severity {
  return rule in AUDIT_RULES ? AUDIT_RULES[rule as keyof typeof AUDIT_RULES].severity : WARNING_CODES[rule as WarningCode].severity;
}
