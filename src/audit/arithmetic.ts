import type { Report } from '../model/report.js';
import { TABLE2, MONEY_COLUMNS, SIGNED_COLUMNS } from '../templates/table2.js';
import { TABLE3_COLUMNS, TABLE3_ROWS } from '../templates/table3.js';
import { TABLE4_COLUMNS, TABLE4_GROUPS } from '../templates/table4.js';
import { cellLocation, cellName, round, rowPrinted, valueAt } from './cells.js';
import type { Finding } from './finding.js';
import { identitiesOf, type IdentityInstance } from './identities.js';
import { severityOf } from './rules.js';

/**
 * The arithmetic rules: the identities (T3-1, T3-2, T3-3, T4-1, T2-1) and N-1.
 * A blank is not a zero: an identity touching a blank is `unchecked`, naming
 * the blanks, unless the printed counts already break it.
 */
export function auditArithmetic(report: Report): Finding[] {
  const out: Finding[] = [];
  for (const id of identitiesOf(report)) {
    const f = checkIdentity(report, id);
    if (f) out.push(f);
  }
  out.push(...nonNegativeCounts(report));
  return out;
}

function checkIdentity(report: Report, id: IdentityInstance): Finding | null {
  const cells = [...id.total.cells, ...id.parts.cells];
  const read = (paths: string[]) => paths.map((p) => valueAt(report, p));
  const totals = read(id.total.cells);
  const parts = read(id.parts.cells);
  const location = cellLocation(report, id.total.cells[0]!);
  const blanks = cells.filter((p) => valueAt(report, p) === null);
  const printedSum = (xs: (number | null)[]) => round(xs.reduce<number>((s, v) => s + (v ?? 0), 0));
  if (blanks.length === 0) {
    const t = printedSum(totals);
    const p = printedSum(parts);
    if (t === p) return null;
    return {
      rule: id.rule,
      severity: severityOf(id.rule),
      status: 'fail',
      message: `${id.place}：${id.total.name}（${t}）不等于${id.parts.name}（${p}）`,
      location,
      cells,
      printed: t,
      expected: p,
    };
  }
  // With blanks, counts can still prove a failure: one side fully printed and
  // smaller than what is printed of the other.
  if (id.counts) {
    for (const [whole, other, wholeVals, otherVals] of [
      [id.total, id.parts, totals, parts],
      [id.parts, id.total, parts, totals],
    ] as const) {
      if (wholeVals.some((v) => v === null)) continue;
      const w = printedSum(wholeVals);
      const o = printedSum(otherVals);
      if (o > w) {
        const t = whole === id.total ? w : o;
        const p = whole === id.total ? o : w;
        return {
          rule: id.rule,
          severity: severityOf(id.rule),
          status: 'fail',
          message:
            `${id.place}：${whole.name}（${w}）小于${other.name}中已填写的部分（${o}）` +
            `，另有空白单元格：${blanks.map(cellName).join('、')}`,
          location,
          cells,
          printed: t,
          expected: p,
        };
      }
    }
  }
  return {
    rule: id.rule,
    severity: 'info',
    status: 'unchecked',
    message: `${id.place}：${id.total.name}与${id.parts.name}无法核对，空白单元格：${blanks.map(cellName).join('、')}`,
    location,
    cells,
  };
}

/** N-1: every printed count is a non-negative integer (not the signed `change`, not money). */
function nonNegativeCounts(report: Report): Finding[] {
  const paths: string[] = [];
  for (const b of TABLE2[report.formatVersion]) {
    for (const r of b.rows) for (const c of b.columns) if (!SIGNED_COLUMNS.has(c.key) && !MONEY_COLUMNS.has(c.key)) paths.push(`activeDisclosure.${r.key}.${c.key}`);
  }
  for (const r of TABLE3_ROWS) if (rowPrinted(report, `applications.${r.key}`)) for (const c of TABLE3_COLUMNS) paths.push(`applications.${r.key}.${c.key}`);
  for (const g of TABLE4_GROUPS) for (const c of TABLE4_COLUMNS) paths.push(`reviewLitigation.${g.key}.${c.key}`);
  const out: Finding[] = [];
  for (const path of paths) {
    const v = valueAt(report, path);
    if (v === null || (v >= 0 && Number.isInteger(v))) continue;
    out.push({
      rule: 'N-1',
      severity: severityOf('N-1'),
      status: 'fail',
      message: `${cellName(path)}：数量（${v}）不是非负整数`,
      location: cellLocation(report, path),
      cells: [path],
      printed: v,
    });
  }
  return out;
}
