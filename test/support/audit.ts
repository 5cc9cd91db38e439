/** Helpers for the audit's tests: generated reports, parsed, with a changed cell or an added sentence. */
import { parseText } from '../../src/parseText.js';
import type { ParseResult } from '../../src/model/report.js';
import type { FormatVersion } from '../../src/model/statistics.js';
import type { Finding } from '../../src/audit/finding.js';
import { consistentSpec } from './consistent-report.js';
import { TABLE3_COLUMNS } from '../../src/templates/table3.js';
import type { ReportSpec } from './random-report.js';
import { renderText } from './render-text.js';

export interface GenOptions {
  version?: FormatVersion;
  blanks?: boolean;
  /** Changes the spec before it is rendered. */
  edit?: (spec: ReportSpec) => void;
  /** Paragraphs added under section 一's （二）依申请公开情况. */
  sentences?: string[];
  /** Changes the rendered text last. */
  transform?: (text: string) => string;
}

export function generated(seed: number, opts: GenOptions = {}): { spec: ReportSpec; result: ParseResult; text: string } {
  const spec = consistentSpec(seed, opts.version, opts.blanks ?? true);
  opts.edit?.(spec);
  let { text } = renderText(spec, seed);
  if (opts.sentences) {
    const at = text.indexOf('（二）依申请公开情况\n');
    if (at < 0) throw new Error('no （二） in the generated report');
    const end = at + '（二）依申请公开情况\n'.length;
    text = text.slice(0, end) + opts.sentences.map((s) => `${s}\n`).join('') + text.slice(end);
  }
  if (opts.transform) text = opts.transform(text);
  return { spec, result: parseText(text), text };
}

/** Findings in a compact form for exact assertions. */
export const brief = (fs: Finding[]) => fs.map((f) => `${f.status} ${f.rule} ${f.location.row ?? ''}.${f.location.column ?? ''}`);
export const failing = (fs: Finding[]) => fs.filter((f) => f.status === 'fail');

export const AGENCY = '淮安市洪泽区人民政府';
const APPLICANTS = TABLE3_COLUMNS.filter((c) => c.key !== 'total').map((c) => c.key);

/** Two consecutive 2021-format years of one agency whose carry-over and 规章/规范性文件 counts follow on. */
export function consecutive(edit?: (prev: ReportSpec, cur: ReportSpec) => void, texts?: (text: string) => void) {
  const cur = consistentSpec(22, '2021', false);
  const a = (row: string, c: string) => `applications.${row}.${c}`;
  const prevEdit = (p: ReportSpec) => {
    p.agency = AGENCY;
    p.year = 2022;
    const v = p.values;
    for (const c of APPLICANTS) {
      v[a('carriedForward', c)] = cur.values[a('carriedOver', c)]!;
      const need = v[a('resultTotal', c)]! + v[a('carriedForward', c)]! - v[a('carriedOver', c)]!;
      if (need < 0) v[a('carriedOver', c)]! += -need;
      v[a('newReceived', c)] = Math.max(need, 0);
    }
    for (const row of ['newReceived', 'carriedOver', 'carriedForward']) v[a(row, 'total')] = APPLICANTS.reduce((s, c) => s + v[a(row, c)]!, 0);
  };
  const curEdit = (c: ReportSpec, prevValues: ReportSpec['values']) => {
    c.agency = AGENCY;
    c.year = 2023;
    for (const row of ['regulations', 'normativeDocuments']) {
      const k = (col: string) => `activeDisclosure.${row}.${col}`;
      c.values[k('repealed')] = Math.min(c.values[k('repealed')]!, prevValues[k('inForce')]!);
      c.values[k('inForce')] = prevValues[k('inForce')]! + c.values[k('issued')]! - c.values[k('repealed')]!;
    }
  };
  const prev = generated(17, { version: '2021', blanks: false, edit: (p) => (prevEdit(p), edit?.(p, cur)) });
  const current = generated(22, { version: '2021', blanks: false, edit: (c) => (curEdit(c, prev.spec.values), edit?.(prev.spec, c)) });
  texts?.(prev.text);
  texts?.(current.text);
  return { prev: prev.result, cur: current.result };
}
