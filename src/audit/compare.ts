import type { ParseResult, Report } from '../model/report.js';
import type { FormatVersion } from '../model/statistics.js';
import { TABLE2 } from '../templates/table2.js';
import { TABLE3_COLUMNS, TABLE3_ROWS } from '../templates/table3.js';
import { TABLE4_COLUMNS, TABLE4_GROUPS } from '../templates/table4.js';
import { agencyKey, carryOver } from './across.js';
import { cellName, otherRows, round, valueAt } from './cells.js';
import type { Finding } from './finding.js';
import { sentencesOf } from './text.js';

/** One statistics cell in both years. */
export interface CellChange {
  /** Canonical path, e.g. `applications.granted.total`. */
  path: string;
  /** `表三“（一）予以公开”行“总计”列`. */
  name: string;
  previous: number | null;
  current: number | null;
  /** current − previous, when both are printed and comparable. */
  change: number | null;
  /** The change in % of the previous value (one decimal), when that is above 0. */
  percent: number | null;
  /**
   * False when the row's meaning differs between the two years' formats, when
   * only one year's format has the cell, or when one year leaves it blank or
   * unreadable (a blank is no count: no change is computed from it).
   */
  comparable: boolean;
}

/** How much of a section's text is last year's again. */
export interface SectionSimilarity {
  ordinal: number;
  title: string;
  /** Share (0–1) of this year's text, by characters, in sentences that are (nearly) last year's. */
  similarity: number;
  /** Similarity ≥ 0.8: the section was (nearly) copied. */
  unchanged: boolean;
  /** This year's sentences, and how many of them are (nearly) last year's. */
  sentences: number;
  repeated: number;
}

export interface ComparedReport {
  title: string | null;
  agency: string | null;
  year: number | null;
  formatVersion: FormatVersion;
}

export interface Comparison {
  previous: ComparedReport;
  current: ComparedReport;
  /** The two agencies have the same normalised name. */
  sameAgency: boolean;
  /** Every cell printed in either year, in template order. */
  cells: CellChange[];
  sections: SectionSimilarity[];
  /** X-1 for this pair (when the years are consecutive). */
  findings: Finding[];
}

/** Rows whose meaning changed between the 2019 and 2021 formats (report-format.md). */
const CHANGED_BETWEEN_FORMATS = ['applications.other.', 'activeDisclosure.normativeDocuments.'];
const UNCHANGED_AT = 0.8;
const SAME_SENTENCE_AT = 0.9;

/** Two reports of one agency side by side: cells, text copied from last year, and X-1. */
export function compareReports(previous: ParseResult | Report, current: ParseResult | Report): Comparison {
  const prev = 'report' in previous ? previous.report : previous;
  const cur = 'report' in current ? current.report : current;
  const consecutive = prev.year !== null && cur.year !== null && cur.year === prev.year + 1;
  return {
    previous: summary(prev),
    current: summary(cur),
    sameAgency: agencyKey(prev.agency) !== null && agencyKey(prev.agency) === agencyKey(cur.agency),
    cells: cellChanges(prev, cur),
    sections: sectionSimilarity(prev, cur),
    findings: consecutive ? carryOver(prev, cur, [0, 1]) : [notConsecutive(prev.year, cur.year)],
  };
}

/** X-1 left unchecked: the two reports are not of consecutive years in the order given (swapped, a year apart, or a year unread). */
function notConsecutive(previous: number | null, current: number | null): Finding {
  const year = (y: number | null) => (y === null ? '未读出' : `${y}年`);
  return {
    rule: 'X-1',
    severity: 'info',
    status: 'unchecked',
    message: `上下年衔接未核对：前一份报告年份${year(previous)}，后一份${year(current)}，不是相邻两年（顺序为：上一年、本年）`,
    location: {},
  };
}

function summary(r: Report): ComparedReport {
  return { title: r.title, agency: r.agency, year: r.year, formatVersion: r.formatVersion };
}

function pathsOf(version: FormatVersion): string[] {
  return [
    ...TABLE2[version].flatMap((b) => b.rows.flatMap((r) => b.columns.map((c) => `activeDisclosure.${r.key}.${c.key}`))),
    ...TABLE3_ROWS.flatMap((r) => TABLE3_COLUMNS.map((c) => `applications.${r.key}.${c.key}`)),
    ...TABLE4_GROUPS.flatMap((g) => TABLE4_COLUMNS.map((c) => `reviewLitigation.${g.key}.${c.key}`)),
  ];
}

function cellChanges(prev: Report, cur: Report): CellChange[] {
  const inPrev = new Set(pathsOf(prev.formatVersion));
  const inCur = new Set(pathsOf(cur.formatVersion));
  const all = [...new Set([...pathsOf(prev.formatVersion), ...pathsOf(cur.formatVersion)])];
  const sameOther = otherRows(prev).join() === otherRows(cur).join();
  const out: CellChange[] = [];
  for (const path of all) {
    const a = inPrev.has(path) ? valueAt(prev, path) : null;
    const b = inCur.has(path) ? valueAt(cur, path) : null;
    if (a === null && b === null) continue;
    const comparable =
      a !== null &&
      b !== null &&
      inPrev.has(path) &&
      inCur.has(path) &&
      (prev.formatVersion === cur.formatVersion || !CHANGED_BETWEEN_FORMATS.some((p) => path.startsWith(p))) &&
      (!path.startsWith('applications.other.') || sameOther);
    const change = comparable ? round(b! - a!) : null;
    // A share of a negative base (table 二's 本年增/减 of the 2019 format) has no meaningful sign.
    const percent = change !== null && a! > 0 ? Math.round((change / a!) * 1000) / 10 : null;
    out.push({ path, name: cellName(path), previous: a, current: b, change, percent, comparable });
  }
  return out;
}

/** A sentence for comparison: no spaces or punctuation, every number the same (years and counts change every year). */
function normalForCopy(s: string): string {
  return s.replace(/[\p{P}\p{S}\s]/gu, '').replace(/\d+(\.\d+)?/g, '#');
}

function bigrams(s: string): Map<string, number> {
  const m = new Map<string, number>();
  for (let i = 0; i + 1 < s.length; i++) {
    const g = s.slice(i, i + 2);
    m.set(g, (m.get(g) ?? 0) + 1);
  }
  return m;
}

/** Dice similarity of two strings' character bigrams. */
function dice(a: Map<string, number>, alen: number, b: Map<string, number>, blen: number): number {
  if (alen < 2 || blen < 2) return 0;
  let shared = 0;
  for (const [g, n] of a) shared += Math.min(n, b.get(g) ?? 0);
  return (2 * shared) / (alen - 1 + (blen - 1));
}

function sectionSimilarity(prev: Report, cur: Report): SectionSimilarity[] {
  const bySection = (r: Report) => {
    const m = new Map<number, string[]>();
    for (const s of sentencesOf(r)) {
      if (s.section === undefined) continue;
      const n = normalForCopy(s.text);
      if (n.length < 4) continue;
      m.set(s.section, [...(m.get(s.section) ?? []), n]);
    }
    return m;
  };
  const a = bySection(prev);
  const b = bySection(cur);
  const out: SectionSimilarity[] = [];
  for (const section of cur.sections) {
    const mine = b.get(section.ordinal) ?? [];
    const theirs = (a.get(section.ordinal) ?? []).map((s) => ({ s, g: bigrams(s) }));
    if (mine.length === 0) continue;
    let total = 0;
    let copied = 0;
    let repeated = 0;
    for (const s of mine) {
      total += s.length;
      const g = bigrams(s);
      if (theirs.some((t) => t.s === s || dice(g, s.length, t.g, t.s.length) >= SAME_SENTENCE_AT)) {
        copied += s.length;
        repeated++;
      }
    }
    const similarity = Math.round((copied / total) * 1000) / 1000;
    out.push({ ordinal: section.ordinal, title: section.title, similarity, unchanged: similarity >= UNCHANGED_AT, sentences: mine.length, repeated });
  }
  return out;
}
