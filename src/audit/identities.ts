import type { Report } from '../model/report.js';
import { TABLE2 } from '../templates/table2.js';
import { TABLE3_COLUMNS, TABLE3_ROWS } from '../templates/table3.js';
import { TABLE4_COLUMNS, TABLE4_GROUPS } from '../templates/table4.js';
import { resultRows, rowPrinted } from './cells.js';

/**
 * The arithmetic identities of report-format.md, as data: for each rule, the
 * places it is checked at (a column, a row, a group) and the two sides that
 * must be equal. `arithmetic.ts` evaluates them.
 */

export type IdentityRule = 'T3-1' | 'T3-2' | 'T3-3' | 'T4-1' | 'T2-1';

export interface Side {
  /** In the words of the format: `第一项加第二项之和`, `（七）总计`. */
  name: string;
  /** Canonical paths summed. */
  cells: string[];
}

export interface IdentityInstance {
  rule: IdentityRule;
  /** The place, as the message names it: `表三“自然人”列`. */
  place: string;
  /** The printed total (its first cell is where the finding points). */
  total: Side;
  /** The parts it must equal. */
  parts: Side;
  /** All cells are non-negative counts: a printed sum of parts above the printed total fails even with blanks. */
  counts: boolean;
}

const A = (row: string, column: string) => `applications.${row}.${column}`;
const APPLICANTS = TABLE3_COLUMNS.filter((c) => c.key !== 'total');

/** Instances depend only on the version and which rows are printed: built once per such shape. */
const BUILT = new Map<string, IdentityInstance[]>();

/** Every identity instance that applies to this report's version and printed rows. */
export function identitiesOf(report: Report): IdentityInstance[] {
  const shape = [
    report.formatVersion,
    ...['applications', 'reviewLitigation', 'activeDisclosure'].map((t) => rowPrinted(report, t)),
    ...TABLE3_ROWS.map((r) => rowPrinted(report, `applications.${r.key}`)),
  ].join();
  let out = BUILT.get(shape);
  if (!out) BUILT.set(shape, (out = build(report)));
  return out;
}

function build(report: Report): IdentityInstance[] {
  const out: IdentityInstance[] = [];
  if (rowPrinted(report, 'applications')) {
    const results = resultRows(report);
    for (const c of TABLE3_COLUMNS) {
      const place = `表三“${c.label}”列`;
      out.push({
        rule: 'T3-1',
        place,
        total: { name: '第一项加第二项之和', cells: [A('newReceived', c.key), A('carriedOver', c.key)] },
        parts: { name: '第三项加第四项之和', cells: [A('resultTotal', c.key), A('carriedForward', c.key)] },
        counts: true,
      });
      out.push({
        rule: 'T3-2',
        place,
        total: { name: '（七）总计', cells: [A('resultTotal', c.key)] },
        parts: { name: '各项办理结果之和', cells: results.map((r) => A(r, c.key)) },
        counts: true,
      });
    }
    for (const r of TABLE3_ROWS) {
      // Rows the document does not print (the other form of （六）, a missing row) are not checked here.
      if (!rowPrinted(report, `applications.${r.key}`)) continue;
      out.push({
        rule: 'T3-3',
        place: `表三“${r.group ?? ''}${r.label.replace(/（[^（）]*处理的[^（）]*）$/, '')}”行`,
        total: { name: '总计', cells: [A(r.key, 'total')] },
        parts: { name: '六类申请人之和', cells: APPLICANTS.map((c) => A(r.key, c.key)) },
        counts: true,
      });
    }
  }
  if (rowPrinted(report, 'reviewLitigation')) {
    const parts = TABLE4_COLUMNS.filter((c) => c.key !== 'total');
    for (const g of TABLE4_GROUPS) {
      out.push({
        rule: 'T4-1',
        place: `表四“${g.label}”`,
        total: { name: '总计', cells: [`reviewLitigation.${g.key}.total`] },
        parts: { name: `${parts.map((c) => c.label).join('、')}之和`, cells: parts.map((c) => `reviewLitigation.${g.key}.${c.key}`) },
        counts: true,
      });
    }
  }
  if (report.formatVersion === '2019' && rowPrinted(report, 'activeDisclosure')) {
    // (五)(六) only: (八) has no decisions column.
    for (const block of TABLE2['2019'].filter((b) => b.columns.some((c) => c.key === 'decisions'))) {
      for (const r of block.rows) {
        out.push({
          rule: 'T2-1',
          place: `表二“${r.label}”行`,
          total: { name: '上一年项目数量加本年增/减', cells: [`activeDisclosure.${r.key}.previousYear`, `activeDisclosure.${r.key}.change`] },
          parts: { name: '处理决定数量', cells: [`activeDisclosure.${r.key}.decisions`] },
          counts: false,
        });
      }
    }
  }
  return out;
}
