import { markCutNumbers } from '../../../src/frontends/pdf/edges.js';
import type { PageContent, Run } from '../../../src/frontends/pdf/types.js';

const run = (text: string, x: number, width: number, vertical = false): Run => ({ text, page: 3, box: { x, y: 100, width, height: 9 }, baseline: 108, fontSize: 9, vertical });

test('numbers that touch the left or right edge of the paper are marked where they were cut; nothing else is', () => {
  const runs = [run('2', 494.4, 4.5), run('147589', 470, 24), run('总计', 490, 9), run('12', 0.4, 9), run('12', 2, 9), run('合计 3', 480, 18.5), run('5', 495, 4, true)];
  const page: PageContent = { page: 3, width: 498.9, height: 708.7, runs, segments: [] };
  const warnings = markCutNumbers(page);
  expect(runs.map((r) => r.text)).toEqual(['2…', '147589', '总计', '…12', '12', '合计 3…', '5']);
  expect(warnings.map((w) => [w.code, w.location, w.message])).toEqual([
    ['TEXT_OFF_PAGE', { page: 3 }, 'Page 3: "2" runs into the right edge of the page and may be cut short there; it is not read as a number.'],
    ['TEXT_OFF_PAGE', { page: 3 }, 'Page 3: "12" runs into the left edge of the page and may be cut short there; it is not read as a number.'],
    ['TEXT_OFF_PAGE', { page: 3 }, 'Page 3: "合计 3" runs into the right edge of the page and may be cut short there; it is not read as a number.'],
  ]);
});
