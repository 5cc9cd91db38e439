import { pagesOfSheet } from '../../../src/frontends/pdf/sheets.js';
import type { PageContent, Run } from '../../../src/frontends/pdf/types.js';
import { run } from './helpers.js';

/** A landscape sheet (842 × 595) of runs. */
const sheet = (runs: Run[], segments: PageContent['segments'] = []): PageContent => ({ page: 3, width: 842, height: 595, runs, segments });

/** A page's text at `x0`: a heading, words and numbers down to the foot, a page number. */
const halfPage = (x0: number): Run[] => [
  run('二、主动公开政府信息情况', x0 + 20, 60, 10, 120),
  run('信息内容', x0 + 20, 90, 10, 40),
  run('规章', x0 + 20, 120, 10, 20),
  run('5', x0 + 370, 120, 10, 5),
  run('规范性文件', x0 + 20, 150, 10, 50),
  run('12', x0 + 365, 150, 10, 10),
  run('三、收到和处理政府信息公开申请情况', x0 + 20, 400, 10, 170),
  run('-3-', x0 + 180, 560, 10, 15),
];

test('a sheet with an empty gutter down its middle and a page of words either side is read as two pages, left first', () => {
  const pages = pagesOfSheet(sheet([...halfPage(0), ...halfPage(421)], [{ x1: 15, y1: 100, x2: 380, y2: 100 }, { x1: 436, y1: 100, x2: 820, y2: 100 }]));
  expect(pages.map((p) => [p.page, p.runs.length, p.segments.length, p.runs[0]!.box.x])).toEqual([
    [3, 8, 1, 20],
    [3, 8, 1, 441],
  ]);
});

test('a page whose text or rulings cross the middle, or with numbers only on one side, is one page', () => {
  const crossing = [...halfPage(0), ...halfPage(421), run('本年度，我局共办理人大代表建议和政协委员提案23件，办结率100%，全部按时答复。', 20, 480, 10, 800)];
  expect(pagesOfSheet(sheet(crossing))).toHaveLength(1);
  expect(pagesOfSheet(sheet([...halfPage(0), ...halfPage(421)], [{ x1: 15, y1: 100, x2: 820, y2: 100 }]))).toHaveLength(1);
  // A table's continuation: labels on the left, only numbers beyond an empty band.
  const numbersRight = [...halfPage(0).filter((r) => r.box.x < 300), run('41', 520, 120, 10, 10), run('0', 600, 150, 10, 5), run('7', 520, 400, 10, 5)];
  expect(pagesOfSheet(sheet(numbersRight))).toHaveLength(1);
  // A borderless table 三 (reviewer, 2026-12-07): a wide gap between two number columns down the page,
  // the header's words over the right-hand columns only at its top.
  const table = [
    ...['一、本年新收', '二、上年结转', '（一）予以公开', '（二）部分公开', '1.属于国家秘密', '2.其他法律', '（七）总计', '四、结转下年度'].flatMap((label, i) => [
      run(label, 40, 120 + 50 * i, 10, 80),
      run(String(10 + i), 300, 120 + 50 * i, 10, 10),
      run(String(i), 520, 120 + 50 * i, 10, 5),
      run('0', 700, 120 + 50 * i, 10, 5),
    ]),
    run('自然人', 290, 80, 10, 30), run('法人或其他组织', 500, 60, 10, 70), run('商业企业', 505, 80, 10, 40), run('社会公益组织', 680, 80, 10, 60), run('总计', 700, 95, 10, 20),
  ];
  expect(pagesOfSheet(sheet(table))).toHaveLength(1);
  // A gutter off the middle (a navigation column beside a page) is no sheet of two pages.
  const nav = ['首页', '政府信息公开', '政策文件', '年度报告', '依申请公开'].map((t, i) => run(t, 10, 80 + 90 * i, 10, 60));
  expect(pagesOfSheet({ ...sheet([...nav, ...halfPage(200).map((r) => ({ ...r, box: { ...r.box, width: r.box.width * 2 } }))]), width: 595, height: 842 })).toHaveLength(1);
});
