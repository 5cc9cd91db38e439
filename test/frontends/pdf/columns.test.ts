import { splitSideColumn } from '../../../src/frontends/pdf/columns.js';
import { makeLine } from '../../../src/frontends/pdf/lines.js';
import type { Line } from '../../../src/frontends/pdf/types.js';
import { run } from './helpers.js';

/** A line of runs `[text, x]` at baseline `y` (10 pt, one em a character). */
const line = (y: number, ...runs: [string, number][]): Line => makeLine(runs.map(([t, x]) => run(t, x, y)));
const BODY = '根据条例和年度报告格式要求本机关编制了本报告所列数据的统计期限'; // 31 characters from x 180
const reading = (lines: Line[]) => lines.map((l) => [l.text, l.readingY ?? null]);

test("a web page's navigation beside the report: split off and read before the body beside it", () => {
  const page = [
    line(100, ['当前位置：首页 > 政务公开 > 政府信息公开年度报告', 80]),
    line(120, ['政府信息公开', 80], ['某区人民政府2023年政府信息公开工作', 180]),
    line(134, ['政府信息公开指南', 80], ['年度报告', 180]),
    line(148, ['政府信息公开制度', 80]),
    line(162, ['法定主动公开内容', 80], ['发布日期：2024-01-31', 180]),
    ...Array.from({ length: 6 }, (_, i) => line(180 + 14 * i, [BODY, 180])),
  ];
  expect(reading(splitSideColumn(page))).toEqual([
    ['当前位置：首页>政务公开>政府信息公开年度报告', null],
    ['政府信息公开', 111.2],
    ['政府信息公开指南', 111.2],
    ['政府信息公开制度', 111.2],
    ['法定主动公开内容', 111.2],
    ['某区人民政府2023年政府信息公开工作', null],
    ['年度报告', null],
    ['发布日期：2024-01-31', null],
    ...Array.from({ length: 6 }, () => [BODY, null]),
  ]);
});

/** Three lines starting left of the margin at `x`, each followed by body text from 180, among body lines. */
const marginStarts = (x: number, starts: [string, string][]): Line[] => [
  ...starts.flatMap(([start, rest], i) => [line(120 + 28 * i, [start, x], [rest, 180]), line(134 + 28 * i, [BODY, 180])]),
  ...Array.from({ length: 4 }, (_, i) => line(204 + 14 * i, [BODY, 180])),
];

test.each([
  [
    'hanging item numbers',
    150,
    [
      ['（一）', '主动公开情况。主要通过政府门户网站公开'],
      ['（二）', '依申请公开情况。本年度共收到申请十件'],
      ['（三）', '政府信息管理情况。加强政府信息管理'],
    ],
  ],
  [
    'text running on across the margin, split into runs just there (hanging first lines)',
    140,
    [
      ['一是加强', '组织领导，建立健全组织机构。为切实加强对政府信息公开工作'],
      ['二是健全', '完善政府信息公开制度规范和工作机制。大队认真贯彻落实条例'],
      ['三是积极', '回应社会关切和互动交流，为群众提供便捷优质服务。及时更新'],
    ],
  ],
] as [string, number, [string, string][]][])('%s left of the margin: no column, the lines stay whole', (_, x, starts) => {
  const page = marginStarts(x, starts);
  expect(splitSideColumn(page)).toEqual(page);
});

test('a page without text left of its margin comes back as it was', () => {
  const page = Array.from({ length: 10 }, (_, i) => line(100 + 14 * i, [BODY, 180]));
  expect(splitSideColumn(page)).toEqual(page);
});
