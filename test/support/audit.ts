/** Helpers for the audit's tests: generated reports, parsed, with a changed cell or an added sentence. */
import { parseText } from '../../src/parse.js';
import type { ParseResult } from '../../src/model/report.js';
import type { FormatVersion } from '../../src/model/statistics.js';
import type { Finding } from '../../src/audit/finding.js';
import { consistentSpec } from './consistent-report.js';
import type { ReportSpec } from './random-report.js';
import { renderText } from './render-text.js';

export interface GenOptions {
  version?: FormatVersion;
  blanks?: boolean;
  /** Changes the spec before it is rendered. */
  edit?: (spec: ReportSpec) => void;
  /** Paragraphs added under section 一's （二）依申请公开情况. */
  sentences?: string[];
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
  return { spec, result: parseText(text), text };
}

/** Findings in a compact form for exact assertions. */
export const brief = (fs: Finding[]) => fs.map((f) => `${f.status} ${f.rule} ${f.location.row ?? ''}.${f.location.column ?? ''}`);
export const failing = (fs: Finding[]) => fs.filter((f) => f.status === 'fail');
