/**
 * Random reports whose tables satisfy every identity of report-format.md
 * (T3-1, T3-2, T3-3, T4-1 and the T2-1 hint), for the audit's tests: a
 * consistent report must give no error, and one changed cell must be found.
 */
import { TABLE2 } from '../../src/templates/table2.js';
import { TABLE3_COLUMNS, TABLE3_ROWS } from '../../src/templates/table3.js';
import { TABLE4_COLUMNS, TABLE4_GROUPS } from '../../src/templates/table4.js';
import { randomSpec, type ReportSpec } from './random-report.js';
import type { FormatVersion } from '../../src/model/statistics.js';

const APPLICANTS = TABLE3_COLUMNS.filter((c) => c.key !== 'total').map((c) => c.key);

/** `randomSpec` made consistent; with `blanks: false` every printed cell holds a number. */
export function consistentSpec(seed: number, version?: FormatVersion, blanks = true): ReportSpec {
  const spec = randomSpec(seed, version);
  const v = spec.values;
  const a = (row: string, col: string) => `applications.${row}.${col}`;
  const printedRows = TABLE3_ROWS.filter((r) => Object.keys(v).some((k) => k.startsWith(`applications.${r.key}.`) && v[k] !== null) || !r.key.startsWith('other.'));
  const isPrinted = (row: string) =>
    row === 'other.total' ? spec.version === '2019' || spec.singleOtherRow : row.startsWith('other.') ? spec.version === '2021' && !spec.singleOtherRow : true;
  // Small counts keep the sums readable; blanks stay blank (when kept) and count as 0 in the sums around them.
  for (const r of TABLE3_ROWS) {
    if (!isPrinted(r.key)) {
      for (const c of TABLE3_COLUMNS) v[a(r.key, c.key)] = null;
      continue;
    }
    for (const c of APPLICANTS) {
      const p = a(r.key, c);
      if (v[p] === null && blanks) continue;
      v[p] = (v[p] ?? 0) % 20;
    }
  }
  const n = (p: string) => v[p] ?? 0;
  const results = TABLE3_ROWS.map((r) => r.key).filter((k) => isPrinted(k) && !['newReceived', 'carriedOver', 'resultTotal', 'carriedForward'].includes(k));
  for (const c of APPLICANTS) {
    v[a('resultTotal', c)] = results.reduce((s, r) => s + n(a(r, c)), 0);
    // new + carried over = result total + carried forward, with both left-hand terms non-negative.
    const forward = n(a('carriedForward', c));
    const over = Math.min(n(a('carriedOver', c)), v[a('resultTotal', c)]! + forward);
    v[a('carriedOver', c)] = over;
    v[a('newReceived', c)] = v[a('resultTotal', c)]! + forward - over;
    v[a('carriedForward', c)] = forward;
  }
  for (const r of printedRows.filter((x) => isPrinted(x.key))) {
    if (v[a(r.key, 'total')] === null && blanks && r.key !== 'resultTotal') continue;
    v[a(r.key, 'total')] = APPLICANTS.reduce((s, c) => s + n(a(r.key, c)), 0);
  }
  for (const g of TABLE4_GROUPS) {
    const parts = TABLE4_COLUMNS.filter((c) => c.key !== 'total').map((c) => `reviewLitigation.${g.key}.${c.key}`);
    for (const p of parts) if (v[p] !== null || !blanks) v[p] = (v[p] ?? 0) % 30;
    v[`reviewLitigation.${g.key}.total`] = parts.reduce((s, p) => s + n(p), 0);
  }
  for (const b of TABLE2[spec.version]) {
    for (const r of b.rows) {
      for (const c of b.columns) {
        const p = `activeDisclosure.${r.key}.${c.key}`;
        if (v[p] === null && !blanks) v[p] = 0;
      }
      const prev = `activeDisclosure.${r.key}.previousYear`;
      const change = `activeDisclosure.${r.key}.change`;
      const dec = `activeDisclosure.${r.key}.decisions`;
      if (spec.version === '2019' && dec in v && v[prev] !== null && v[change] !== null) {
        if (v[prev]! + v[change]! < 0) v[change] = -v[prev]!;
        v[dec] = v[prev]! + v[change]!;
      }
    }
  }
  return spec;
}
