import { agencyKey, auditAcross, carryOver } from '../../src/audit/across.js';
import { AGENCY, consecutive } from '../support/audit.js';

test('agencies match by normalised name', () => {
  expect(agencyKey(' 淮安市 洪泽区人民政府 ')).toBe(agencyKey('淮安市洪泽区人民政府'));
  expect(agencyKey('（淮安市）洪泽区人民政府')).toBe(agencyKey('淮安市洪泽区人民政府'));
  expect(agencyKey('洪泽区人民政府')).not.toBe(agencyKey('淮安市洪泽区人民政府'));
  expect(agencyKey(null)).toBeNull();
});

describe('X-1', () => {
  test('quiet when the years follow on', () => {
    const { prev, cur } = consecutive();
    expect(auditAcross([cur.report, prev.report])).toEqual([]);
  });

  test('a broken carry-over is a warning in each column it breaks, pointing at this year’s cell', () => {
    const { prev, cur } = consecutive((_p, c) => {
      c.values['applications.carriedOver.naturalPerson']! += 1;
      c.values['applications.carriedOver.total']! += 1;
    });
    const out = auditAcross([cur.report, prev.report]);
    expect(out.map((f) => [f.rule, f.severity, f.status, f.location.row, f.location.column, f.location.reports, f.printed! - f.expected!])).toEqual([
      ['X-1', 'warning', 'fail', 'carriedOver', 'naturalPerson', [1, 0], 1],
      ['X-1', 'warning', 'fail', 'carriedOver', 'total', [1, 0], 1],
    ]);
    expect(out[0]!.message).toMatch(/^表三“自然人”列：2023年“二、上年结转政府信息公开申请数量”行“自然人”列（\d+）不等于2022年报告“四、结转下年度继续办理”（\d+）$/);
    expect(out[0]!.location.section).toBe(3);
  });

  test('2021 table 二 (一): in force = last year in force + issued − repealed', () => {
    const { prev, cur } = consecutive((_p, c) => (c.values['activeDisclosure.normativeDocuments.inForce']! += 4));
    const out = carryOver(prev.report, cur.report);
    expect(out.map((f) => [f.rule, f.location.row, f.location.column, f.printed! - f.expected!])).toEqual([['X-1', 'normativeDocuments', 'inForce', 4]]);
  });

  test('a blank makes the column unchecked', () => {
    const { prev, cur } = consecutive((_p, c) => (c.values['applications.carriedOver.research'] = null));
    const out = carryOver(prev.report, cur.report);
    expect(out.map((f) => [f.rule, f.severity, f.status, f.location.column])).toEqual([['X-1', 'info', 'unchecked', 'research']]);
    expect(out[0]!.message).toContain('空白或无法读取的单元格：2023年表三“二、上年结转政府信息公开申请数量”行“科研机构”列');
  });

  test('years that do not follow on are not compared; the same agency and year twice is REPORT_DUPLICATE', () => {
    const { prev, cur } = consecutive((p) => (p.year = 2021));
    expect(auditAcross([prev.report, cur.report])).toEqual([]);
    const out = auditAcross([cur.report, prev.report, cur.report]);
    expect(out.map((f) => [f.rule, f.severity, f.location.reports])).toEqual([['REPORT_DUPLICATE', 'warning', [0, 2]]]);
    expect(out[0]!.message).toBe(`同一机关同一年度的报告出现两次：${AGENCY}2023年（第1份与第3份）`);
  });
});
