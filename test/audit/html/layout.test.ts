import { esc, table2Html, table3Html, table4Html } from '../../../src/audit/html/layout.js';
import { generated } from '../../support/audit.js';

const count = (html: string, re: RegExp) => (html.match(re) ?? []).length;

test('table 三 in the official layout: merged header, row groups spanning their rows, one cell per value', () => {
  for (const seed of [11, 13, 15, 17]) {
    const { spec, result } = generated(seed, { version: '2021', blanks: false });
    const html = table3Html(result.report, (p) => (p === 'applications.granted.total' ? { cls: 'fail', title: 'a < b' } : undefined));
    const rows = spec.singleOtherRow ? 23 : 25;
    expect(count(html, /<tr>/g)).toBe(3 + rows);
    expect(count(html, /data-path=/g)).toBe(rows * 7);
    expect(html).toContain('<th rowspan="3" colspan="3">（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）</th><th colspan="7">申请人情况</th>');
    expect(html).toContain(`<th rowspan="${rows - 3}">三、本年度办理结果</th>`);
    expect(html).toContain('<th rowspan="8">（三）不予公开</th>');
    expect(html).toContain(spec.singleOtherRow ? '<th colspan="2">（六）其他处理</th>' : '<th rowspan="3">（六）其他处理</th>');
    expect(html).toContain(`<td class="v fail" data-path="applications.granted.total" title="a &lt; b">${spec.values['applications.granted.total']}</td>`);
  }
});

test('tables 二 and 四: each version’s blocks, 15 values under 行政复议 / 行政诉讼; blanks are empty cells', () => {
  const none = () => undefined;
  const r2019 = generated(2, { version: '2019', blanks: false, edit: (s) => (s.values['reviewLitigation.review.other'] = null) }).result.report;
  const r2021 = generated(3, { version: '2021', blanks: false }).result.report;
  expect(count(table2Html(r2019, none), /data-path=/g)).toBe(3 * 2 + 3 * 2 + 3 * 2 + 2 + 2);
  expect(count(table2Html(r2021, none), /data-path=/g)).toBe(3 * 2 + 1 + 2 + 1);
  expect(table2Html(r2021, none)).toContain('<th>信息内容</th><th colspan="3">本年处理决定数量</th>');
  const t4 = table4Html(r2019, none);
  expect(count(t4, /data-path=/g)).toBe(15);
  expect(t4).toContain('<th colspan="5">行政复议</th><th colspan="10">行政诉讼</th>');
  expect(t4).toContain('<td class="v blank" data-path="reviewLitigation.review.other"></td>');
});

test('text is escaped', () => {
  expect(esc(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
});
