import type { Report } from '../../model/report.js';
import { TABLE2 } from '../../templates/table2.js';
import { TABLE3_COLUMNS, TABLE3_ROWS } from '../../templates/table3.js';
import { TABLE4_COLUMNS, TABLE4_GROUPS } from '../../templates/table4.js';
import { otherRows, valueAt } from '../cells.js';

/**
 * The three statistics tables drawn in the official layout (merged headers
 * as the formats print them), as HTML. Each value cell carries its canonical
 * path (`data-path`) and the class the page gives it (`fail`, `unchecked`,
 * `changed` …), so the page and its tests can find every cell.
 */

/** The class and tooltip of a value cell, by path. */
export type CellMark = (path: string) => { cls?: string; title?: string } | undefined;

export function esc(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

const th = (text: string, span: { rows?: number; cols?: number } = {}) =>
  `<th${span.rows && span.rows > 1 ? ` rowspan="${span.rows}"` : ''}${span.cols && span.cols > 1 ? ` colspan="${span.cols}"` : ''}>${esc(text)}</th>`;

function td(report: Report, path: string, mark: CellMark, cols = 1): string {
  const v = valueAt(report, path);
  const m = mark(path);
  const cls = ['v', ...(v === null ? ['blank'] : []), ...(m?.cls ? [m.cls] : [])].join(' ');
  return `<td class="${cls}" data-path="${esc(path)}"${cols > 1 ? ` colspan="${cols}"` : ''}${m?.title ? ` title="${esc(m.title)}"` : ''}>${v === null ? '' : esc(String(v))}</td>`;
}

/** Table 二 in the report's version: each 第二十条 block with its own header row. */
export function table2Html(report: Report, mark: CellMark): string {
  const width = 4;
  const rows: string[] = [];
  for (const block of TABLE2[report.formatVersion]) {
    rows.push(`<tr>${th(block.title, { cols: width })}</tr>`);
    const last = width - block.columns.length;
    rows.push(`<tr>${th('信息内容')}${block.columns.map((c, i) => th(c.label, { cols: i === block.columns.length - 1 ? last : 1 })).join('')}</tr>`);
    for (const r of block.rows) {
      rows.push(
        `<tr>${th(r.label)}${block.columns.map((c, i) => td(report, `activeDisclosure.${r.key}.${c.key}`, mark, i === block.columns.length - 1 ? last : 1)).join('')}</tr>`,
      );
    }
  }
  return `<table class="stats t2">${rows.join('')}</table>`;
}

/** Table 三: the 勾稽关系 corner, 申请人情况 over 自然人 / 法人或其他组织 (5) / 总计, and the row groups as printed. */
export function table3Html(report: Report, mark: CellMark): string {
  const cols = TABLE3_COLUMNS;
  const head = [
    `<tr>${th('（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）', { rows: 3, cols: 3 })}${th('申请人情况', { cols: 7 })}</tr>`,
    `<tr>${th('自然人', { rows: 2 })}${th('法人或其他组织', { cols: 5 })}${th('总计', { rows: 2 })}</tr>`,
    `<tr>${cols.slice(1, 6).map((c) => th(c.label)).join('')}</tr>`,
  ];
  const other = otherRows(report);
  const printed = TABLE3_ROWS.filter((r) => !r.key.startsWith('other.') || other.includes(r.key));
  const results = printed.filter((r) => !['newReceived', 'carriedOver', 'carriedForward'].includes(r.key));
  const values = (key: string) => cols.map((c) => td(report, `applications.${key}.${c.key}`, mark)).join('');
  const body: string[] = [];
  let lastGroup: string | undefined;
  for (const r of printed) {
    let label = '';
    if (r.key === 'newReceived' || r.key === 'carriedOver' || r.key === 'carriedForward') label = th(r.label, { cols: 3 });
    else {
      if (r === results[0]) label += th('三、本年度办理结果', { rows: results.length });
      if (r.group && r.group !== lastGroup) label += th(r.group, { rows: printed.filter((x) => x.group === r.group).length });
      label += r.group ? th(r.label) : th(r.label, { cols: 2 });
    }
    lastGroup = r.group;
    body.push(`<tr>${label}${values(r.key)}</tr>`);
  }
  return `<table class="stats t3">${head.join('')}${body.join('')}</table>`;
}

/** Table 四: 行政复议 (5) and 行政诉讼 (未经复议直接起诉 5, 复议后起诉 5), one row of 15 values. */
export function table4Html(report: Report, mark: CellMark): string {
  const [review, ...litigation] = TABLE4_GROUPS;
  const head = [
    `<tr>${th(review!.label, { cols: 5 })}${th('行政诉讼', { cols: 10 })}</tr>`,
    `<tr>${TABLE4_COLUMNS.map((c) => th(c.label, { rows: 2 })).join('')}${litigation.map((g) => th(g.label, { cols: 5 })).join('')}</tr>`,
    `<tr>${litigation.map(() => TABLE4_COLUMNS.map((c) => th(c.label)).join('')).join('')}</tr>`,
  ];
  const row = TABLE4_GROUPS.flatMap((g) => TABLE4_COLUMNS.map((c) => td(report, `reviewLitigation.${g.key}.${c.key}`, mark))).join('');
  return `<table class="stats t4">${head.join('')}<tr>${row}</tr></table>`;
}
