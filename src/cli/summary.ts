import type { Warning } from '../codes.js';
import type { Report, Subsection } from '../model/report.js';
import type { ApplicantColumns } from '../model/statistics.js';

/** The human-readable summary `xxgk parse` prints without --json. */
export function formatSummary(report: Report, warnings: Warning[]): string {
  const out: string[] = [];
  const src = report.source;
  out.push(report.title ?? '(no title found)');
  out.push(`  agency     ${report.agency ?? '-'}`);
  out.push(`  year       ${report.year ?? '-'}    format ${report.formatVersion}    published ${report.publishedOn ?? '-'}`);
  out.push(`  source     ${src.format}${src.encoding ? ` (${src.encoding})` : ''}${src.pages ? `, ${src.pages} pages` : ''}, ${src.byteLength} bytes`);
  out.push('sections');
  for (const s of report.sections) {
    const count = (items: Subsection[]): number => items.reduce((n, i) => n + 1 + count(i.children), 0);
    const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
    const parts = [plural(count(s.subsections), 'numbered item'), plural(s.tables.length, 'table')];
    out.push(`  ${s.ordinal} ${s.number}${s.title}  (${parts.join(', ')})`);
  }
  const kinds = report.tables.map((t) => t.kind ?? 'other');
  out.push(`tables     ${report.tables.length} (${[...new Set(kinds)].map((k) => `${k} ×${kinds.filter((x) => x === k).length}`).join(', ')})`);
  const a = report.applications;
  const total = (r: ApplicantColumns): string => (r.total === null ? '-' : String(r.total));
  out.push(
    `applications  new ${total(a.newReceived)}, carried over ${total(a.carriedOver)}, granted ${total(a.granted)}, ` +
      `result total ${total(a.resultTotal)}, carried forward ${total(a.carriedForward)}`,
  );
  const r = report.reviewLitigation;
  out.push(`review/litigation totals  ${r.review.total ?? '-'} / ${r.litigationDirect.total ?? '-'} / ${r.litigationAfterReview.total ?? '-'}`);
  out.push(`warnings (${warnings.length})`);
  for (const w of warnings) {
    const where = [
      w.location.line !== undefined ? `line ${w.location.line}` : '',
      w.location.page !== undefined ? `page ${w.location.page}` : '',
    ].filter(Boolean);
    out.push(`  ${w.severity.padEnd(7)} ${w.code}${where.length ? ` (${where.join(', ')})` : ''}: ${w.message}`);
  }
  return out.join('\n');
}
