import { compareReports } from '../../src/audit/compare.js';
import { consecutive, generated } from '../support/audit.js';

const PROBLEMS = /^(五|5|.)、[^\n]*存在的主要问题[^\n]*\n[\s\S]*?(?=^(六|6|.)、[^\n]*其他需要报告)/m;
const problems = (text: string) => (t: string) => t.replace(PROBLEMS, (m) => `${m.split('\n')[0]}\n${text}\n`);

test('cells in both years: change and percent; X-1 for a consecutive pair', () => {
  const { prev, cur } = consecutive((_p, c) => (c.values['applications.carriedOver.total']! += 1));
  const cmp = compareReports(prev, cur);
  expect(cmp.previous).toEqual({ title: prev.report.title, agency: '淮安市洪泽区人民政府', year: 2022, formatVersion: '2021' });
  expect(cmp.sameAgency).toBe(true);
  const granted = cmp.cells.find((c) => c.path === 'applications.granted.total')!;
  const a = prev.report.applications.granted.total!;
  const b = cur.report.applications.granted.total!;
  expect(granted).toEqual({
    path: 'applications.granted.total',
    name: '表三“（一）予以公开”行“总计”列',
    previous: a,
    current: b,
    change: b - a,
    percent: a === 0 ? null : Math.round(((b - a) / a) * 1000) / 10,
    comparable: true,
  });
  expect(cmp.findings.map((f) => [f.rule, f.location.column])).toEqual([['X-1', 'total']]);
  // Not consecutive that way round: X-1 is said to be unchecked, not passed in silence.
  expect(compareReports(cur, prev).findings).toEqual([
    { rule: 'X-1', severity: 'info', status: 'unchecked', message: '上下年衔接未核对：前一份报告年份2023年，后一份2022年，不是相邻两年（顺序为：上一年、本年）', location: {} },
  ]);
});

test('a cell blank in one year is not comparable (no change from a blank); no percent of a negative base', () => {
  const { prev, cur } = consecutive();
  prev.report.applications.granted.total = null;
  cur.report.applications.granted.total = 5;
  prev.report.applications.partiallyGranted.total = null;
  cur.report.applications.partiallyGranted.total = null;
  const cmp = compareReports(prev, cur);
  const by = (p: string) => cmp.cells.find((c) => c.path === p);
  expect(by('applications.granted.total')).toEqual({ path: 'applications.granted.total', name: '表三“（一）予以公开”行“总计”列', previous: null, current: 5, change: null, percent: null, comparable: false });
  expect(by('applications.partiallyGranted.total')).toBeUndefined(); // blank in both: not listed
  // 2019's 本年增/减 can be negative: its change is computed, a percentage of it is not.
  const a = generated(2, { version: '2019', blanks: false, edit: (s) => (s.year = 2020) }).result;
  const b = generated(4, { version: '2019', blanks: false, edit: (s) => (s.year = 2021) }).result;
  const [from, to] = [a.report, b.report].map((r) => r.activeDisclosure as unknown as Record<string, Record<string, number | null>>);
  from.licensing!.change = -10;
  to.licensing!.change = -5;
  expect(compareReports(a, b).cells.find((c) => c.path === 'activeDisclosure.licensing.change')).toMatchObject({ previous: -10, current: -5, change: 5, percent: null, comparable: true });
});

test('rows whose meaning changed between the formats are not comparable', () => {
  const prev = generated(2, { version: '2019', blanks: false, edit: (s) => (s.year = 2020) }).result;
  const cur = generated(3, { version: '2021', blanks: false, edit: (s) => (s.year = 2021) }).result;
  const cmp = compareReports(prev.report, cur.report);
  const by = (p: string) => cmp.cells.find((c) => c.path === p);
  expect(by('applications.other.total.total')).toMatchObject({ comparable: false, change: null });
  expect(by('activeDisclosure.normativeDocuments.inForce')).toMatchObject({ previous: null, comparable: false, change: null });
  expect(by('activeDisclosure.normativeDocuments.newlyMade')).toMatchObject({ current: null, comparable: false });
  expect(by('activeDisclosure.licensing.decisions')).toMatchObject({ comparable: true });
  expect(by('applications.granted.naturalPerson')).toMatchObject({ comparable: true });
  expect(by('reviewLitigation.review.total')).toMatchObject({ comparable: true });
});

test('a copied 存在的主要问题 is marked unchanged; a rewritten one is not', () => {
  const same = '一是公开内容还不够全面。二是政策解读形式较为单一。三是依申请公开办理水平有待提高。';
  const prev = generated(2, { version: '2021', transform: problems(`2022年，${same}`) }).result;
  const copied = generated(3, { version: '2021', transform: problems(`2023年，${same}`) }).result;
  const fresh = generated(3, { version: '2021', transform: problems('本年度主要问题是网站栏目更新不及时，新媒体账号管理分散，下一步将集中整合并建立月度检查。') }).result;
  const five = (c: ReturnType<typeof compareReports>) => c.sections.find((s) => s.ordinal === 5)!;
  expect(five(compareReports(prev, copied))).toMatchObject({ similarity: 1, unchanged: true, sentences: 3, repeated: 3 });
  expect(five(compareReports(prev, fresh))).toMatchObject({ similarity: 0, unchanged: false, repeated: 0 });
});
