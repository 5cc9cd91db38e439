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
  const totals = id.total.cells.map((p) => valueAt(report, p));
  const parts = id.parts.cells.map((p) => valueAt(report, p));
  const printedSum = (xs: (number | null)[]) => round(xs.reduce<number>((s, v) => s + (v ?? 0), 0));
  const complete = !totals.includes(null) && !parts.includes(null);
  // The common case first, without building anything: every cell printed and the identity holds.
  if (complete && printedSum(totals) === printedSum(parts)) return null;
  const cells = [...id.total.cells, ...id.parts.cells];
  const location = cellLocation(report, id.total.cells[0]!);
  const all = [...totals, ...parts];
  const blanks = cells.filter((_, i) => all[i] === null);
  if (complete) {
    const t = printedSum(totals);
    const p = printedSum(parts);
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
            `，另有空白或无法读取的单元格：${blanks.map(cellName).join('、')}`,
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
    message: `${id.place}：${id.total.name}与${id.parts.name}无法核对，空白或无法读取的单元格：${blanks.map(cellName).join('、')}`,
    location,
    cells,
  };
}

/** N-1's cells: table 二's counts of the version, every cell of table 三's printed rows, table 四. */
function countPaths(report: Report): string[] {
  const out: string[] = [...TABLE2_COUNTS[report.formatVersion]];
  for (const r of TABLE3_ROWS) if (rowPrinted(report, `applications.${r.key}`)) out.push(...TABLE3_ROW_PATHS.get(r.key)!);
  out.push(...TABLE4_PATHS);
  return out;
}

const TABLE2_COUNTS = Object.fromEntries(
  (['2019', '2021'] as const).map((v) => [
    v,
    TABLE2[v].flatMap((b) => b.rows.flatMap((r) => b.columns.filter((c) => !SIGNED_COLUMNS.has(c.key) && !MONEY_COLUMNS.has(c.key)).map((c) => `activeDisclosure.${r.key}.${c.key}`))),
  ]),
) as Record<'2019' | '2021', string[]>;
const TABLE3_ROW_PATHS = new Map(TABLE3_ROWS.map((r) => [r.key, TABLE3_COLUMNS.map((c) => `applications.${r.key}.${c.key}`)]));
const TABLE4_PATHS = TABLE4_GROUPS.flatMap((g) => TABLE4_COLUMNS.map((c) => `reviewLitigation.${g.key}.${c.key}`));

/** N-1: every printed count is a non-negative integer (not the signed `change`, not money). */
function nonNegativeCounts(report: Report): Finding[] {
  const out: Finding[] = [];
  for (const path of countPaths(report)) {
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
