import { withoutStamps } from '../../../src/frontends/pdf/stamps.js';
import type { Run } from '../../../src/frontends/pdf/types.js';

const run = (text: string, size: number, x = 100, vertical = false): Run => ({ text, page: 1, box: { x, y: 200, width: size * text.length, height: size }, baseline: 200 + size, fontSize: size, vertical });

test('runs twice the table\'s usual size or more are a stamp over it; a larger header, a vertical label and a table of few runs stay whole', () => {
  const cells = ['0', '58', '1.属于国家秘密', '自然人', '12'].map((t, i) => run(t, 10.5, 100 + 40 * i));
  const header = run('申请人情况', 14);
  const stamp = [run('公开日期', 28, 90), run('2024', 28, 210)];
  expect(withoutStamps([...cells, header, ...stamp]).map((r) => r.text)).toEqual([...cells, header].map((r) => r.text));
  // A run just under twice the size is the table's own (a title row set large).
  const title = run('收到和处理政府信息公开申请情况', 20);
  expect(withoutStamps([...cells, title]).map((r) => r.text)).toEqual([...cells, title].map((r) => r.text));
  // Vertical runs are measured otherwise (runs.ts): never taken for a stamp, nor counted.
  const side = run('三、本年度办理结果', 30, 50, true);
  expect(withoutStamps([...cells, side]).map((r) => r.text)).toEqual([...cells, side].map((r) => r.text));
  // Too few runs to tell the table's size.
  expect(withoutStamps([run('0', 10.5), run('公开日期', 28)])).toHaveLength(2);
});
