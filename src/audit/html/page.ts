import type { ParseResult, Report } from '../../model/report.js';
import type { Comparison } from '../compare.js';
import { cellName } from '../cells.js';
import type { Finding } from '../finding.js';
import { AUDIT_RULES } from '../rules.js';
import { esc, table2Html, table3Html, table4Html, type CellMark } from './layout.js';

/**
 * The self-contained HTML page of `xxgk audit --html` and `xxgk compare
 * --html`: inline CSS, no script, no network. Colours are fixed so a browser
 * test can read them back from the pixels.
 */

/** Highlight colours (also read back by test/audit/html/page.browser.test.ts). */
export const COLOURS = { fail: '#f2a7a7', unchecked: '#fff0b3', changed: '#cfe0fb', notComparable: '#e6e6e6' } as const;

const CSS = `
body{font-family:"Noto Sans CJK SC","Noto Serif CJK SC","Source Han Sans SC","Microsoft YaHei",sans-serif;margin:24px;color:#222;background:#fff}
h1{font-size:22px}h2{font-size:18px;margin-top:32px;border-bottom:1px solid #999}h3{font-size:15px;margin:18px 0 6px}
table{border-collapse:collapse}
table.stats th,table.stats td{border:1px solid #555;padding:4px 6px;font-size:13px}
table.stats th{background:#fff;font-weight:normal;text-align:center}
table.stats td.v{text-align:right;min-width:34px;background:#fff}
table.stats td.v.fail{background:${COLOURS.fail}}
table.stats td.v.unchecked{background:${COLOURS.unchecked}}
table.stats td.v.changed{background:${COLOURS.changed}}
table.stats td.v.nc{background:${COLOURS.notComparable}}
table.stats td.v.blank.unchecked{background:${COLOURS.unchecked}}
.pair{display:flex;gap:18px;align-items:flex-start;flex-wrap:wrap}
.side{flex:1 1 280px;max-width:520px;font-size:13px;margin-top:0}
.side li{margin-bottom:6px}
.sev-error{color:#a00}.sev-warning{color:#a60}.sev-info{color:#555}
table.summary td,table.summary th{border:1px solid #bbb;padding:3px 8px;font-size:13px}
.legend span{display:inline-block;padding:2px 8px;margin-right:8px;border:1px solid #555;font-size:12px}
.meta{color:#555;font-size:13px}
`;

function doc(title: string, body: string): string {
  return `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${esc(title)}</title><style>${CSS}</style></head><body>${body}</body></html>\n`;
}

function legend(items: [string, string][]): string {
  return `<p class="legend">${items.map(([c, t]) => `<span style="background:${c}">${esc(t)}</span>`).join('')}</p>`;
}

function where(f: Finding): string {
  const l = f.location;
  return [l.section ? `第${'一二三四五六'[l.section - 1]}部分` : '', l.line !== undefined ? `第${l.line}行` : '', l.page !== undefined ? `第${l.page}页` : ''].filter(Boolean).join('，');
}

function findingItem(f: Finding): string {
  const at = where(f);
  return `<li class="sev-${f.severity}"><b>${esc(f.rule)}</b> ${esc(f.status === 'fail' ? f.severity : 'unchecked')}${at ? `（${esc(at)}）` : ''}：${esc(f.message)}</li>`;
}

/** Cell marks from findings: failing cells first, then unchecked ones. */
function marksOf(findings: Finding[], prefix = ''): CellMark {
  const marks = new Map<string, { cls: string; title: string }>();
  for (const status of ['fail', 'unchecked'] as const) {
    for (const f of findings) {
      if (f.status !== status) continue;
      for (const c of f.cells ?? []) {
        const path = c.startsWith(prefix) ? c.slice(prefix.length) : prefix === '' && !c.includes(':') ? c : null;
        if (path === null || path.includes(':')) continue;
        const m = marks.get(path);
        if (m && m.cls === 'fail' && status === 'unchecked') continue;
        marks.set(path, { cls: status, title: m && m.cls === status ? `${m.title}\n${f.message}` : f.message });
      }
    }
  }
  return (path) => marks.get(path);
}

const TABLE_PREFIX = { 2: 'activeDisclosure.', 3: 'applications.', 4: 'reviewLitigation.' } as const;

/** One report's three tables, each with its findings beside it, and the other findings listed. */
function reportSection(report: Report, findings: Finding[]): string {
  const mark = marksOf(findings);
  const parts: string[] = [];
  const drawn = [
    { n: 2, name: '表二 主动公开政府信息情况', html: table2Html(report, mark) },
    { n: 3, name: '表三 收到和处理政府信息公开申请情况', html: table3Html(report, mark) },
    { n: 4, name: '表四 政府信息公开行政复议、行政诉讼情况', html: table4Html(report, mark) },
  ] as const;
  const onTable = (f: Finding, n: 2 | 3 | 4) => (f.cells ?? []).some((c) => c.startsWith(TABLE_PREFIX[n])) && AUDIT_RULES[f.rule as keyof typeof AUDIT_RULES]?.family !== 'text';
  const listed = new Set<Finding>();
  for (const t of drawn) {
    const mine = findings.filter((f) => onTable(f, t.n));
    mine.forEach((f) => listed.add(f));
    parts.push(`<h3>${esc(t.name)}</h3><div class="pair">${t.html}<ol class="side">${mine.map(findingItem).join('')}</ol></div>`);
  }
  const rest = findings.filter((f) => !listed.has(f));
  parts.push(`<h3>结构、正文与内容</h3>${rest.length ? `<ul class="side">${rest.map(findingItem).join('')}</ul>` : '<p class="meta">无</p>'}`);
  return parts.join('');
}

function title(r: Report): string {
  return r.title ?? r.agency ?? '（未找到标题）';
}

/** One audited file for the page: its parse result and findings, or its input error. */
export type AuditedForPage = { path: string; result: ParseResult; findings: Finding[] } | { path: string; error: { code: string; message: string } };

/** The page of `xxgk audit --html`. */
export function auditPage(files: AuditedForPage[], across: Finding[]): string {
  const all = [...files.flatMap((f) => ('findings' in f ? f.findings : [])), ...across];
  const count = (sev: string) => all.filter((f) => f.status === 'fail' && f.severity === sev).length;
  const rows = files
    .map((f, i) => {
      if ('error' in f) return `<tr><td>${i + 1}</td><td>${esc(f.path)}</td><td colspan="4">输入错误 ${esc(f.error.code)}：${esc(f.error.message)}</td></tr>`;
      const c = (sev: string) => f.findings.filter((x) => x.status === 'fail' && x.severity === sev).length;
      return `<tr><td>${i + 1}</td><td><a href="#r${i}">${esc(title(f.result.report))}</a></td><td>${c('error')}</td><td>${c('warning')}</td><td>${c('info')}</td><td>${f.findings.filter((x) => x.status === 'unchecked').length}</td></tr>`;
    })
    .join('');
  const body = [
    `<h1>政府信息公开工作年度报告审核</h1>`,
    `<p>共 ${files.filter((f) => 'findings' in f).length} 份报告；错误 ${count('error')}，警告 ${count('warning')}，提示 ${count('info')}，无法核对 ${all.filter((f) => f.status === 'unchecked').length}。</p>`,
    legend([
      [COLOURS.fail, '不一致'],
      [COLOURS.unchecked, '无法核对（空白）'],
    ]),
    `<table class="summary"><tr><th>#</th><th>报告</th><th>错误</th><th>警告</th><th>提示</th><th>无法核对</th></tr>${rows}</table>`,
    across.length ? `<h2>跨报告</h2><ul class="side">${across.map(findingItem).join('')}</ul>` : '',
    ...files.map((f, i) =>
      'error' in f
        ? ''
        : `<h2 id="r${i}">${esc(title(f.result.report))}</h2><p class="meta">${esc(f.path)} · ${f.result.report.year ?? '-'} 年 · ${f.result.report.formatVersion} 格式</p>${reportSection(f.result.report, f.findings)}`,
    ),
  ];
  return doc('审核结果', body.join(''));
}

/** The page of `xxgk compare --html`: both years' tables side by side, changes shaded in the current year's. */
export function comparePage(previous: Report, current: Report, cmp: Comparison): string {
  const byPath = new Map(cmp.cells.map((c) => [c.path, c]));
  const currentMark: CellMark = (path) => {
    const c = byPath.get(path);
    if (!c) return undefined;
    if (!c.comparable) return { cls: 'nc', title: '格式不同或只有一年有此项，不可比' };
    if (c.change !== null && c.change !== 0) return { cls: 'changed', title: `${c.previous} → ${c.current}（${c.change > 0 ? '+' : ''}${c.change}${c.percent === null ? '' : `，${c.percent}%`}）` };
    return undefined;
  };
  const xMark = marksOf(cmp.findings);
  const mark: CellMark = (path) => xMark(path) ?? currentMark(path);
  const none: CellMark = () => undefined;
  const pair = (name: string, a: string, b: string) =>
    `<h3>${esc(name)}</h3><div class="pair"><div><p class="meta">${previous.year ?? '上一年'}</p>${a}</div><div><p class="meta">${current.year ?? '本年'}</p>${b}</div></div>`;
  const changed = cmp.cells.filter((c) => c.change !== null && c.change !== 0);
  const body = [
    `<h1>年度对比：${esc(title(previous))} → ${esc(title(current))}</h1>`,
    cmp.sameAgency ? '' : '<p class="sev-warning">两份报告的机关名称不同。</p>',
    legend([
      [COLOURS.changed, '有变化'],
      [COLOURS.notComparable, '不可比'],
      [COLOURS.fail, '上下年不衔接'],
    ]),
    pair('表二 主动公开政府信息情况', table2Html(previous, none), table2Html(current, mark)),
    pair('表三 收到和处理政府信息公开申请情况', table3Html(previous, none), table3Html(current, mark)),
    pair('表四 政府信息公开行政复议、行政诉讼情况', table4Html(previous, none), table4Html(current, mark)),
    `<h2>变化</h2><ul class="side">${changed.map((c) => `<li>${esc(cellName(c.path))}：${c.previous} → ${c.current}（${c.change! > 0 ? '+' : ''}${c.change}${c.percent === null ? '' : `，${c.percent}%`}）</li>`).join('')}</ul>`,
    `<h2>与上一年相同的文字</h2><table class="summary"><tr><th>部分</th><th>相似度</th><th>重复句数</th></tr>${cmp.sections
      .map((s) => `<tr${s.unchanged ? ' class="sev-warning"' : ''}><td>${esc(`${s.ordinal} ${s.title}`)}</td><td>${Math.round(s.similarity * 100)}%${s.unchanged ? '（基本未变）' : ''}</td><td>${s.repeated} / ${s.sentences}</td></tr>`)
      .join('')}</table>`,
    `<h2>上下年衔接（X-1）</h2>${cmp.findings.length ? `<ul class="side">${cmp.findings.map(findingItem).join('')}</ul>` : '<p class="meta">无问题</p>'}`,
  ];
  return doc('年度对比', body.join(''));
}
