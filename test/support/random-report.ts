/**
 * Random report specifications for generator tests: values for every canonical
 * key of one format version, plus metadata. Renderers (text, HTML → PDF …)
 * lay a spec out in a document; the parse must give the spec's values back.
 */
import type { FormatVersion } from '../../src/model/statistics.js';
import { TABLE2 } from '../../src/templates/table2.js';
import { TABLE3_COLUMNS, TABLE3_ROWS } from '../../src/templates/table3.js';
import { TABLE4_COLUMNS, TABLE4_GROUPS } from '../../src/templates/table4.js';

/** A small deterministic PRNG (mulberry32), so every run generates the same reports. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export type Random = () => number;
export const int = (r: Random, lo: number, hi: number): number => lo + Math.floor(r() * (hi - lo + 1));
export const pick = <T>(r: Random, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;

/** A flat map of canonical path → value, e.g. `applications.denied.stateSecret.naturalPerson` → 3. */
export type FlatValues = Record<string, number | null>;

export interface ReportSpec {
  version: FormatVersion;
  year: number;
  agency: string;
  /** ISO date printed under the signature. */
  publishedOn: string;
  /** For 2021 specs: print table 三 （六） as one row (as some 2021-era reports do). */
  singleOtherRow: boolean;
  /** Every canonical leaf of the three tables for this version. */
  values: FlatValues;
}

const AGENCIES = ['淄博市张店区财政局', '淮安市洪泽区人民政府', '北京市朝阳区教育委员会', '上海市浦东新区卫生健康委员会', '广州市越秀区人民政府办公室', '成都市武侯区市场监督管理局', '杭州市西湖区住房和城乡建设局', '某某县交通运输局'];

/** Table 二 leaves for a version: `activeDisclosure.<row>.<column>`. */
export function table2Paths(version: FormatVersion): string[] {
  return TABLE2[version].flatMap((b) => b.rows.flatMap((r) => b.columns.map((c) => `activeDisclosure.${r.key}.${c.key}`)));
}

/** Table 三 leaves; `other.*` rows included for both versions (unprinted ones are null). */
export function table3Paths(): string[] {
  return TABLE3_ROWS.flatMap((r) => TABLE3_COLUMNS.map((c) => `applications.${r.key}.${c.key}`));
}

export function table4Paths(): string[] {
  return TABLE4_GROUPS.flatMap((g) => TABLE4_COLUMNS.map((c) => `reviewLitigation.${g.key}.${c.key}`));
}

/** A random count: mostly small, sometimes zero, sometimes blank (null). */
function count(r: Random, blankRate: number): number | null {
  if (r() < blankRate) return null;
  const x = r();
  if (x < 0.4) return 0;
  if (x < 0.85) return int(r, 1, 60);
  return int(r, 61, 250000);
}

export function randomSpec(seed: number, version: FormatVersion = seed % 2 === 0 ? '2019' : '2021'): ReportSpec {
  const r = rng(seed);
  const year = version === '2019' ? int(r, 2019, 2020) : int(r, 2021, 2025);
  const blankRate = pick(r, [0, 0, 0.05, 0.2]);
  const values: FlatValues = {};
  for (const p of table2Paths(version)) {
    if (p.endsWith('.change')) {
      values[p] = r() < blankRate ? null : pick(r, [-1, 1, 1, 0])! * int(r, 0, 90000) || 0;
    } else if (p.endsWith('.amount') || p.endsWith('.totalAmount')) {
      values[p] = r() < blankRate ? null : r() < 0.5 ? int(r, 0, 99999) : Math.round(r() * 1e6) / 100;
    } else {
      values[p] = count(r, blankRate);
    }
  }
  const singleOtherRow = version === '2021' && r() < 0.3;
  for (const p of table3Paths()) {
    const printed = p.startsWith('applications.other.total.')
      ? version === '2019' || singleOtherRow
      : p.startsWith('applications.other.')
        ? version === '2021' && !singleOtherRow
        : true;
    values[p] = printed ? count(r, blankRate) : null;
  }
  for (const p of table4Paths()) values[p] = count(r, blankRate);
  const month = int(r, 1, 3);
  return {
    version,
    year,
    agency: pick(r, AGENCIES),
    publishedOn: `${year + 1}-${String(month).padStart(2, '0')}-${String(int(r, 1, 28)).padStart(2, '0')}`,
    singleOtherRow,
    values,
  };
}
