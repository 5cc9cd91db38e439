import type { Finding } from '../audit/finding.js';
import type { Comparison } from '../audit/compare.js';
import type { Severity } from '../codes.js';
import type { FormatVersion } from '../model/statistics.js';

/** What `xxgk audit --json` prints: each report (or its input error), the findings across them, and the totals. */
export interface AuditOutput {
  reports: AuditedFile[];
  /** `location.reports` are indices into `reports`. */
  across: Finding[];
  totals: AuditTotals;
}

export type AuditedFile =
  | { path: string; title: string | null; agency: string | null; year: number | null; formatVersion: FormatVersion; findings: Finding[] }
  | { path: string; error: { code: string; message: string } };

export interface AuditTotals {
  /** Reports audited, and files that could not be read. */
  reports: number;
  inputErrors: number;
  /** Every finding, across ones included. */
  findings: number;
  /** Failing findings by severity (unchecked ones are counted apart). */
  bySeverity: Record<Severity, number>;
  unchecked: number;
  /** By rule: failing and unchecked. */
  byRule: Record<string, { fail: number; unchecked: number }>;
}

const SEVERITY_RANK: Record<Severity, number> = { info: 0, warning: 1, error: 2 };

export function totalsOf(reports: AuditedFile[], across: Finding[]): AuditTotals {
  const all = [...reports.flatMap((r) => ('findings' in r ? r.findings : [])), ...across];
  const totals: AuditTotals = {
    reports: reports.filter((r) => 'findings' in r).length,
    inputErrors: reports.filter((r) => 'error' in r).length,
    findings: all.length,
    bySeverity: { error: 0, warning: 0, info: 0 },
    unchecked: 0,
    byRule: {},
  };
  for (const f of all) {
    const r = (totals.byRule[f.rule] ??= { fail: 0, unchecked: 0 });
    if (f.status === 'fail') {
      totals.bySeverity[f.severity]++;
      r.fail++;
    } else {
      totals.unchecked++;
      r.unchecked++;
    }
  }
  return totals;
}

/** Whether a failing finding at `level` or worse exists (`--fail-on`). */
export function failsAt(findings: Finding[], level: Severity): boolean {
  return findings.some((f) => f.status === 'fail' && SEVERITY_RANK[f.severity] >= SEVERITY_RANK[level]);
}

function where(f: Finding): string {
  const l = f.location;
  const parts = [l.line !== undefined ? `line ${l.line}` : '', l.page !== undefined ? `page ${l.page}` : ''].filter(Boolean);
  return parts.length ? ` (${parts.join(', ')})` : '';
}

function findingLine(f: Finding): string {
  return `  ${f.severity.padEnd(7)} ${f.rule}${where(f)}: ${f.message}`;
}

/** Failing findings one a line; unchecked ones counted by rule. */
function findingLines(findings: Finding[]): string[] {
  const out = findings.filter((f) => f.status === 'fail').map(findingLine);
  const unchecked = new Map<string, number>();
  for (const f of findings) if (f.status === 'unchecked') unchecked.set(f.rule, (unchecked.get(f.rule) ?? 0) + 1);
  if (unchecked.size) out.push(`  unchecked (blank cells or missing parts): ${[...unchecked].map(([r, n]) => `${r} ×${n}`).join(', ')}`);
  if (out.length === 0) out.push('  no findings');
  return out;
}

/** The readable form of `xxgk audit`. */
export function formatAudit(out: AuditOutput): string {
  const lines: string[] = [];
  for (const r of out.reports) {
    lines.push(r.path);
    if ('error' in r) {
      lines.push(`  input error ${r.error.code}: ${r.error.message}`);
      continue;
    }
    lines.push(`  ${r.title ?? '(no title found)'}  [${r.year ?? '-'}, format ${r.formatVersion}]`);
    lines.push(...findingLines(r.findings));
  }
  if (out.across.length) {
    lines.push('across reports');
    for (const f of out.across) {
      const paths = (f.location.reports ?? []).map((i) => out.reports[i]?.path).join(' → ');
      lines.push(`${findingLine(f)}${paths ? `  [${paths}]` : ''}`);
    }
  }
  const t = out.totals;
  lines.push(
    `total: ${t.reports} report${t.reports === 1 ? '' : 's'}${t.inputErrors ? `, ${t.inputErrors} input error${t.inputErrors === 1 ? '' : 's'}` : ''}; ` +
      `findings: ${t.bySeverity.error} error, ${t.bySeverity.warning} warning, ${t.bySeverity.info} info, ${t.unchecked} unchecked`,
  );
  const rules = Object.entries(t.byRule).filter(([, n]) => n.fail > 0);
  if (rules.length) lines.push(`by rule: ${rules.map(([r, n]) => `${r} ${n.fail}`).join(', ')}`);
  return lines.join('\n');
}

/** The readable form of `xxgk compare`. */
export function formatComparison(c: Comparison): string {
  const name = (r: Comparison['previous']) => `${r.title ?? r.agency ?? '(no title found)'}  [${r.year ?? '-'}, format ${r.formatVersion}]`;
  const lines = [`previous  ${name(c.previous)}`, `current   ${name(c.current)}`];
  if (!c.sameAgency) lines.push('note: the agencies differ');
  const changed = c.cells.filter((x) => x.change !== null && x.change !== 0);
  const same = c.cells.filter((x) => x.change === 0).length;
  const notComparable = c.cells.filter((x) => !x.comparable).length;
  lines.push(`cells: ${changed.length} changed, ${same} unchanged, ${notComparable} not comparable (format, or printed in one year only)`);
  for (const x of changed) {
    const pct = x.percent === null ? '' : ` (${x.percent > 0 ? '+' : ''}${x.percent}%)`;
    lines.push(`  ${x.name}: ${x.previous} → ${x.current}  ${x.change! > 0 ? '+' : ''}${x.change}${pct}`);
  }
  lines.push('text repeated from the previous year');
  for (const s of c.sections) {
    lines.push(`  ${s.ordinal} ${s.title}: ${Math.round(s.similarity * 100)}% (${s.repeated} of ${s.sentences} sentences)${s.unchanged ? '  ← unchanged' : ''}`);
  }
  lines.push('findings');
  lines.push(...findingLines(c.findings));
  return lines.join('\n');
}
