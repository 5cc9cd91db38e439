import { auditStatements, statementsOf } from '../../src/audit/statements.js';
import { generated } from '../support/audit.js';
import { consistentSpec } from '../support/consistent-report.js';

/** Statements as [phrase id, figure, cells] of sentences added under section 一 （二）依申请公开情况. */
function statementsIn(sentences: string[], seed = 2) {
  const { result } = generated(seed, { version: '2021', blanks: false, sentences });
  return statementsOf(result.report).map((s) => [s.phrase.id, s.value, s.cells.length === 1 ? s.cells[0] : s.cells.length]);
}

describe('phrase patterns on wordings from real reports (report-format.md)', () => {
  test('new received, by applicant, result total, carried forward', () => {
    expect(statementsIn(['全年共受理政府信息公开申请 749 件，其中自然人申请 741 件，法人或其他组织申请 8 件；共办理 718 件，结转下一年 31 件。'])).toEqual([
      ['newReceived', 749, 'applications.newReceived.total'],
      ['newReceivedNaturalPerson', 741, 'applications.newReceived.naturalPerson'],
      ['newReceivedOrganisations', 8, 5],
      ['resultTotal', 718, 'applications.resultTotal.total'],
      ['carriedForward', 31, 'applications.carriedForward.total'],
    ]);
  });

  test('a figure followed by （含… includes more than its wording says: not bound', () => {
    expect(statementsIn(['全市共受理政府信息公开申请 3119 件，答复 3050 件（含上年度结转申请 34 件，另有 103 件顺延到下年度答复）。'])).toEqual([
      ['newReceived', 3119, 'applications.newReceived.total'],
      ['carriedOver', 34, 'applications.carriedOver.total'],
    ]);
  });

  test('result groups, sums of rows, review and litigation', () => {
    expect(
      statementsIn([
        '受理政府信息公开申请859件，答复政府信息公开申请805件（含上年度结转申请18件，另有72件申请顺延到下年度答复）。',
        '予以公开及部分公开258件，占33.9%；不予公开35件；因本机关不掌握等原因无法提供265件；不予处理158件；其他处理0件。',
        '信息公开类行政复议7件，诉讼9件，均获维持。',
        '全区共收到政府信息公开申请130件，其中予以公开或部分公开59件、占45.3%。',
        '予以公开12件，部分公开3件。',
      ]),
    ).toEqual([
      ['newReceived', 859, 'applications.newReceived.total'],
      ['carriedOver', 18, 'applications.carriedOver.total'],
      ['grantedOrPartly', 258, 2],
      ['denied', 35, 8],
      ['unavailable', 265, 3],
      ['notProcessed', 158, 5],
      ['other', 0, 3], // this report prints the three 2021 sub-rows of （六）
      ['review', 7, 'reviewLitigation.review.total'],
      ['litigationAfterReviewMention', 9, 2],
      ['newReceived', 130, 'applications.newReceived.total'],
      ['grantedOrPartly', 59, 2],
      ['granted', 12, 'applications.granted.total'],
      ['partiallyGranted', 3, 'applications.partiallyGranted.total'],
    ]);
  });

  test('numbers that are not the table: other counts, other years, changes, channels, other units', () => {
    expect(
      statementsIn([
        '2020年度，我队共收到区人大政协提案议案45件，其中人大建议23件。',
        '全年主动公开政府信息1136条。',
        '收到政府信息公开申请较上年增加3件。',
        '2019年收到政府信息公开申请15件。',
        '通过网上平台收到政府信息公开申请12件。',
        '全年办理行政复议案件500件。',
        '全年收取信息处理费380元。',
        '累计受理政府信息公开申请2000件。',
        // A real 2018 report counts information items, not applications: 不予公开信息 is not 不予公开的申请.
        '共制作政府信息3021件，其中主动公开信息1027件，依申请公开信息459件，不予公开信息1535件。',
        // A real 2019 report: 收到依申请公开请求 and 按时办结 are not bound (a part, or another wording).
        '收到依申请公开请求2件，按时办结2件。',
        // Another year or period named in an earlier clause of the sentence (an auditor's probe).
        '2019年，我队共收到政府信息公开申请5件。',
        '上年同期，我队收到政府信息公开申请5件。',
        '与2019年相比，收到政府信息公开申请5件，增长150%。',
      ]),
    ).toEqual([]);
  });

  test('the report year, or words of change about other things, in an earlier clause still bind the figure', () => {
    const { result } = generated(2, { version: '2021', blanks: false, sentences: [] });
    const y = result.report.year;
    expect(
      statementsIn([`${y}年，我队共收到政府信息公开申请5件。`, '上年结转的申请均已办结，本年新收政府信息公开申请7件。', '工作进一步加强，共收到政府信息公开申请9件。']),
    ).toEqual([
      ['newReceived', 5, 'applications.newReceived.total'],
      ['newReceived', 7, 'applications.newReceived.total'],
      ['newReceived', 9, 'applications.newReceived.total'],
    ]);
  });
});

describe('X-2 on generated reports', () => {
  const truth = (seed: number) => {
    const v = consistentSpec(seed, '2021', false).values;
    const sum = (...ps: string[]) => ps.reduce((s, p) => s + v[p]!, 0);
    return {
      newReceived: v['applications.newReceived.total']!,
      granted: v['applications.granted.total']!,
      review: v['reviewLitigation.review.total']!,
      litigation: sum('reviewLitigation.litigationDirect.total', 'reviewLitigation.litigationAfterReview.total'),
    };
  };

  test('sentences that agree with the table give nothing', () => {
    for (const seed of [1, 3, 5, 7]) {
      const t = truth(seed);
      const { result } = generated(seed, {
        version: '2021',
        blanks: false,
        sentences: [`本年度共收到政府信息公开申请${t.newReceived}件，其中予以公开${t.granted}件。`, `全年发生政府信息公开行政复议${t.review}件，行政诉讼${t.litigation}件。`],
      });
      expect(statementsOf(result.report).map((s) => s.phrase.id)).toEqual(['newReceived', 'granted', 'review', 'litigation']);
      expect(auditStatements(result.report)).toEqual([]);
    }
  });

  test('a sentence that contradicts its table is a warning quoting it, at its place', () => {
    const t = truth(3);
    const sentence = `本年度共收到政府信息公开申请${t.newReceived + 3}件。`;
    const { result } = generated(3, { version: '2021', blanks: false, sentences: [sentence] });
    const out = auditStatements(result.report);
    expect(out).toEqual([
      {
        rule: 'X-2',
        severity: 'warning',
        status: 'fail',
        message: `第一部分“${sentence}”称本年新收政府信息公开申请${t.newReceived + 3}件，而表三“一、本年新收政府信息公开申请数量”行“总计”列为${t.newReceived}`,
        location: expect.objectContaining({ section: 1, row: 'newReceived', column: 'total' }),
        cells: ['applications.newReceived.total'],
        printed: t.newReceived + 3,
        expected: t.newReceived,
      },
    ]);
    expect(out[0]!.location.line).toBeGreaterThan(0);
  });

  test('a sentence that merely mentions a number gives nothing', () => {
    const { result } = generated(3, { version: '2021', blanks: false, sentences: ['共收到区人大政协提案议案45件，办理率100%。', '2019年收到政府信息公开申请999件。'] });
    expect(auditStatements(result.report)).toEqual([]);
  });

  test('a statement about a blank cell is unchecked', () => {
    const { result } = generated(3, { version: '2021', blanks: false, edit: (s) => (s.values['applications.granted.total'] = null), sentences: ['其中予以公开7件。'] });
    expect(auditStatements(result.report).map((f) => [f.rule, f.severity, f.status, f.printed, f.message.endsWith('空白或无法读取的单元格：表三“（一）予以公开”行“总计”列')])).toEqual([
      ['X-2', 'info', 'unchecked', 7, true],
    ]);
  });
});
