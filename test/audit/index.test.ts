import { auditReport, auditReports } from '../../src/audit/index.js';
import { parseReport } from '../../src/parse.js';
import { fixturePath, ZHANGDIAN } from '../support/fixtures.js';
import { generated } from '../support/audit.js';

describe('the real fixtures', () => {
  test('Zhangdian 2020 (text): four arithmetic errors and the misnumbered heading, nothing else', async () => {
    const findings = auditReport(await parseReport(fixturePath(ZHANGDIAN)));
    expect(findings.map((f) => [f.rule, f.severity, f.status, f.location.column ?? null])).toEqual([
      ['HEADING_MISNUMBERED', 'warning', 'fail', null],
      ['T3-1', 'error', 'fail', 'naturalPerson'],
      ['T3-2', 'error', 'fail', 'naturalPerson'],
      ['T3-1', 'error', 'fail', 'total'],
      ['T3-2', 'error', 'fail', 'total'],
    ]);
    expect(findings[0]!.location).toEqual({ line: 99, section: 3 });
    expect(findings[1]).toEqual({
      rule: 'T3-1',
      severity: 'error',
      status: 'fail',
      message: '表三“自然人”列：第一项加第二项之和（2）不等于第三项加第四项之和（0）',
      location: { section: 3, table: 1, row: 'newReceived', column: 'naturalPerson', line: 118 },
      cells: [
        'applications.newReceived.naturalPerson',
        'applications.carriedOver.naturalPerson',
        'applications.resultTotal.naturalPerson',
        'applications.carriedForward.naturalPerson',
      ],
      printed: 2,
      expected: 0,
    });
    expect(findings[2]!.message).toBe('表三“自然人”列：（七）总计（0）不等于各项办理结果之和（2）');
    expect(findings[2]!.location).toEqual({ section: 3, table: 1, row: 'resultTotal', column: 'naturalPerson', line: 343 });
    expect(findings[4]!.message).toBe('表三“总计”列：（七）总计（0）不等于各项办理结果之和（2）');
    // the one statement is "2020年，张店交警大队共收到政府信息公开申请2件" (section 一 （二）), and table 三
    // says new received 2 in 总计: it agrees, so no X-2 finding. "共收到区人大政协提案议案45件" is not an application.
  });

  test('Hongze 2023 (PDF): T4-1 for 行政复议 and 复议后起诉, nothing else', async () => {
    const findings = auditReport(await parseReport(fixturePath('hongze-district-2023.pdf')));
    expect(findings.map((f) => [f.rule, f.severity, f.status, f.message, f.location])).toEqual([
      ['T4-1', 'error', 'fail', '表四“行政复议”：总计（0）不等于结果维持、结果纠正、其他结果、尚未审结之和（11）', { section: 4, table: 2, row: 'review', column: 'total', page: 4 }],
      ['T4-1', 'error', 'fail', '表四“复议后起诉”：总计（0）不等于结果维持、结果纠正、其他结果、尚未审结之和（5）', { section: 4, table: 2, row: 'litigationAfterReview', column: 'total', page: 4 }],
    ]);
    // "2023年全区受理政府信息公开申请21件" = table 三 new received 总计 21; section 六 states
    // "全年收取政府信息公开信息处理费0元" (FEE_NOT_REPORTED quiet); the period 2023-01-01…2023-12-31 matches the title.
  }, 60000);
});

describe('generated reports', () => {
  test('a consistent report has no error and no failing finding other than its misnumbered headings', () => {
    for (let seed = 1; seed <= 60; seed++) {
      const { result } = generated(seed);
      const fails = auditReport(result).filter((f) => f.status === 'fail');
      expect(fails.filter((f) => f.severity === 'error')).toEqual([]);
      expect(fails.map((f) => f.rule).filter((r) => r !== 'HEADING_MISNUMBERED')).toEqual([]);
    }
  });

  test('auditReports gives each report its findings and the findings across them', () => {
    const a = generated(3, { version: '2021', edit: (s) => ((s.agency = '甲市乙区人民政府'), (s.year = 2022)) }).result;
    const b = generated(5, { version: '2021', edit: (s) => ((s.agency = '丙县交通运输局'), (s.year = 2023)) }).result;
    const out = auditReports([a, b]);
    expect(out.reports).toEqual([auditReport(a), auditReport(b)]);
    expect(out.across).toEqual([]); // different agencies: nothing to compare
    const twice = auditReports([a, b, a]);
    expect(twice.across.map((f) => [f.rule, f.location.reports])).toEqual([['REPORT_DUPLICATE', [0, 2]]]);
  });
});
