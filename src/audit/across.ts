import type { Report } from '../model/report.js';
import { TABLE3_COLUMNS } from '../templates/table3.js';
import { normalizeLabel } from '../util/normalize.js';
import { cellLocation, cellName, round, valueAt } from './cells.js';
import type { Finding } from './finding.js';
import { severityOf } from './rules.js';

/** The agency's name for matching across reports: normalised, punctuation and spaces gone. */
export function agencyKey(agency: string | null): string | null {
  if (!agency) return null;
  const k = normalizeLabel(agency).replace(/[\p{P}\p{S}]/gu, '');
  return k.length > 0 ? k : null;
}

interface Check {
  place: string;
  /** This year's cell (where the finding points). */
  current: string;
  /** Cells whose sum it must equal: from last year (`prev`) and this year (`cur`), with signs. */
  terms: { report: 'prev' | 'cur'; path: string; sign: 1 | -1 }[];
  what: string;
}

/** The X-1 checks for one pair: carried over = last year's carried forward, each column; 2021 table 二 (一) in force. */
function checks(prev: Report, cur: Report): Check[] {
  const out: Check[] = TABLE3_COLUMNS.map((c) => ({
    place: `表三“${c.label}”列`,
    current: `applications.carriedOver.${c.key}`,
    terms: [{ report: 'prev', path: `applications.carriedForward.${c.key}`, sign: 1 }],
    what: `${prev.year}年报告“四、结转下年度继续办理”`,
  }));
  if (prev.formatVersion === '2021' && cur.formatVersion === '2021') {
    for (const [row, label] of [
      ['regulations', '规章'],
      ['normativeDocuments', '行政规范性文件'],
    ] as const) {
      out.push({
        place: `表二“${label}”行`,
        current: `activeDisclosure.${row}.inForce`,
        terms: [
          { report: 'prev', path: `activeDisclosure.${row}.inForce`, sign: 1 },
          { report: 'cur', path: `activeDisclosure.${row}.issued`, sign: 1 },
          { report: 'cur', path: `activeDisclosure.${row}.repealed`, sign: -1 },
        ],
        what: `${prev.year}年现行有效件数加本年制发件数减本年废止件数`,
      });
    }
  }
  return out;
}

/**
 * X-1 between two consecutive years of one agency. `indices` are the two
 * reports' places in the caller's list (previous first), for the location.
 */
export function carryOver(prev: Report, cur: Report, indices?: [number, number]): Finding[] {
  const out: Finding[] = [];
  for (const c of checks(prev, cur)) {
    const now = valueAt(cur, c.current);
    const parts = c.terms.map((t) => ({ ...t, value: valueAt(t.report === 'prev' ? prev : cur, t.path) }));
    const cells = [c.current, ...c.terms.map((t) => `${t.report === 'prev' ? 'previous' : 'current'}:${t.path}`)];
    const location = { ...cellLocation(cur, c.current), ...(indices ? { reports: indices } : {}) };
    const blanks = [...(now === null ? [`${cur.year}年${cellName(c.current)}`] : []), ...parts.filter((p) => p.value === null).map((p) => `${p.report === 'prev' ? prev.year : cur.year}年${cellName(p.path)}`)];
    if (blanks.length > 0) {
      out.push({
        rule: 'X-1',
        severity: 'info',
        status: 'unchecked',
        message: `${c.place}：${cur.year}年与${prev.year}年无法衔接核对，空白或无法读取的单元格：${blanks.join('、')}`,
        location,
        cells,
      });
      continue;
    }
    const expected = round(parts.reduce((s, p) => s + p.sign * p.value!, 0));
    if (expected === now) continue;
    out.push({
      rule: 'X-1',
      severity: severityOf('X-1'),
      status: 'fail',
      message: `${c.place}：${cur.year}年${cellName(c.current).replace(/^表./, '')}（${now}）不等于${c.what}（${expected}）`,
      location,
      cells,
      printed: now!,
      expected,
    });
  }
  return out;
}

/** Findings across a set of reports: X-1 for each agency's consecutive years, and the same report twice. */
export function auditAcross(reports: Report[]): Finding[] {
  const byAgency = new Map<string, number[]>();
  reports.forEach((r, i) => {
    const k = agencyKey(r.agency);
    if (k === null || r.year === null) return;
    const list = byAgency.get(k) ?? [];
    list.push(i);
    byAgency.set(k, list);
  });
  const out: Finding[] = [];
  for (const list of byAgency.values()) {
    const sorted = [...list].sort((a, b) => reports[a]!.year! - reports[b]!.year! || a - b);
    for (let i = 1; i < sorted.length; i++) {
      const a = reports[sorted[i - 1]!]!;
      const b = reports[sorted[i]!]!;
      if (a.year === b.year) {
        out.push({
          rule: 'REPORT_DUPLICATE',
          severity: severityOf('REPORT_DUPLICATE'),
          status: 'fail',
          message: `同一机关同一年度的报告出现两次：${b.agency}${b.year}年（第${sorted[i - 1]! + 1}份与第${sorted[i]! + 1}份）`,
          location: { reports: [sorted[i - 1]!, sorted[i]!] },
        });
      }
    }
    // Each year's first report against the previous year's first.
    const firstOfYear = new Map<number, number>();
    for (const i of sorted) if (!firstOfYear.has(reports[i]!.year!)) firstOfYear.set(reports[i]!.year!, i);
    for (const [year, i] of firstOfYear) {
      const p = firstOfYear.get(year - 1);
      if (p !== undefined) out.push(...carryOver(reports[p]!, reports[i]!, [p, i]));
    }
  }
  return out;
}
