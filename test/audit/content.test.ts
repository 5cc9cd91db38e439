import { auditContent } from '../../src/audit/content.js';
import { generated } from '../support/audit.js';

const FEE_LINE = /\d{4}年，本机关未收取政府信息公开信息处理费。/;
const rules = (fs: ReturnType<typeof auditContent>) => fs.map((f) => [f.rule, f.severity, f.status]);

describe('FEE_NOT_REPORTED (2021 format, section 六)', () => {
  test('quiet when section 六 states the fee, as an amount or as none charged', () => {
    expect(auditContent(generated(1, { version: '2021' }).result.report, [])).toEqual([]);
    const amount = generated(1, { version: '2021', transform: (t) => t.replace(FEE_LINE, '全年收取政府信息公开信息处理费 380 元。') });
    expect(auditContent(amount.result.report, [])).toEqual([]);
    // A wording seen in real reports: none charged, said as "no charging happened".
    const happened = generated(1, { version: '2021', transform: (t) => t.replace(FEE_LINE, '依据《政府信息公开信息处理费管理办法》，本年度未发生收取信息处理费的情况。') });
    expect(auditContent(happened.result.report, [])).toEqual([]);
    // More wordings of none charged.
    for (const none of ['本年度未产生信息处理费。', '本年度未发生信息处理费收费情况。', '本机关未向申请人收取信息处理费。']) {
      expect(auditContent(generated(1, { version: '2021', transform: (t) => t.replace(FEE_LINE, none) }).result.report, [])).toEqual([]);
    }
  });

  test('fails (info) when the fee is not mentioned, or mentioned without an amount', () => {
    const none = generated(1, { version: '2021', transform: (t) => t.replace(FEE_LINE, '本年度无其他需要报告的事项。') });
    const out = auditContent(none.result.report, []);
    expect(rules(out)).toEqual([['FEE_NOT_REPORTED', 'info', 'fail']]);
    expect(out[0]!.message).toBe('第六部分未报告信息处理费的收取情况（2021 年格式要求）');
    expect(out[0]!.location.section).toBe(6);
    const vague = generated(1, { version: '2021', transform: (t) => t.replace(FEE_LINE, '本机关严格执行信息处理费管理办法。') });
    expect(auditContent(vague.result.report, []).map((f) => f.message)).toEqual(['第六部分提到信息处理费，但未写明收取金额']);
  });

  test('unchecked when section 六 is missing; not asked of the 2019 format', () => {
    const cut = generated(1, { version: '2021', transform: (t) => t.slice(0, t.search(/^六、/m)) });
    expect(rules(auditContent(cut.result.report, []))).toEqual([['FEE_NOT_REPORTED', 'info', 'unchecked']]);
    const old = generated(2, { version: '2019', transform: (t) => t.replace(/^六、其他需要报告的事项\n.*$/m, '六、其他需要报告的事项\n无。') });
    expect(auditContent(old.result.report, [])).toEqual([]);
  });
});

describe('PERIOD_MISMATCH', () => {
  const period = (y: number) => `本报告中所列数据的统计期限自${y}年1月1日起至${y}年12月31日止。`;

  test('the stated period against the title year', () => {
    const { spec, result } = generated(3, { version: '2021', sentences: [] });
    const same = generated(3, { version: '2021', sentences: [period(spec.year)] });
    expect(auditContent(same.result.report, [])).toEqual([]);
    const other = generated(3, { version: '2021', sentences: [period(spec.year - 1)] });
    const out = auditContent(other.result.report, []);
    expect(out).toEqual([
      {
        rule: 'PERIOD_MISMATCH',
        severity: 'warning',
        status: 'fail',
        message: `标题年份为${spec.year}年，而正文所述统计期限为${spec.year - 1}年至${spec.year - 1}年：“${period(spec.year - 1)}”`,
        location: expect.objectContaining({ section: 1 }),
        printed: spec.year - 1,
        expected: spec.year,
      },
    ]);
    expect(auditContent(result.report, [])).toEqual([]);
  });

  test('wordings of real reports: 统计时限, an end date without its year', () => {
    const { spec } = generated(3, { version: '2021' });
    const y = spec.year;
    const wordings = [
      [`本报告中所列数据的统计时限自${y}年1月1日至${y}年12月31日。`, null],
      [`本年度报告中所列数据统计期限为${y}年1月1日至12月31日。`, null],
      [`本报告所列数据的统计期限为${y - 1}年1月1日至12月31日。`, y - 1],
      [`本报告统计数据从${y - 1}年1月1日至${y - 1}年12月31日止。`, y - 1],
      [`本报告所列数据的统计期限为${y}年1月1日至${y + 1}年3月31日。`, y + 1],
    ] as const;
    for (const [sentence, wrong] of wordings) {
      const out = auditContent(generated(3, { version: '2021', sentences: [sentence] }).result.report, []);
      expect(out.map((f) => f.printed ?? null)).toEqual(wrong === null ? [] : [wrong]);
    }
  });

  test('a report dated before its year ended: the title year or the date is wrong', () => {
    const { spec, result } = generated(3, { version: '2021', sentences: [] });
    expect(result.report.publishedOn! > `${spec.year}-12-31`).toBe(true);
    expect(auditContent(result.report, [])).toEqual([]);
    for (const [date, printed] of [[`${spec.year}-12-31`, spec.year], [`${spec.year - 1}-03-01`, spec.year - 1]] as const) {
      result.report.publishedOn = date;
      expect(auditContent(result.report, [])).toEqual([
        {
          rule: 'PERIOD_MISMATCH',
          severity: 'warning',
          status: 'fail',
          message: `标题年份为${spec.year}年，而发布日期${date}在该年度结束之前`,
          location: {},
          printed,
          expected: spec.year + 1,
        },
      ]);
    }
    result.report.publishedOn = `${spec.year + 3}-01-20`;
    expect(auditContent(result.report, [])).toEqual([]);
  });

  test('unchecked when the title has no year', () => {
    const { result } = generated(3, { version: '2021', sentences: [period(2020)] });
    result.report.year = null;
    expect(rules(auditContent(result.report, []))).toEqual([['PERIOD_MISMATCH', 'info', 'unchecked']]);
  });
});

test('FORMAT_OUTDATED comes from the parse warning, under the same code', () => {
  // Dated after the year it reports on (before it, PERIOD_MISMATCH would fail too).
  const { result } = generated(4, { version: '2019', edit: (s) => ((s.year = 2022), (s.publishedOn = '2023-01-20')) });
  expect(result.warnings.map((w) => w.code)).toContain('FORMAT_OUTDATED');
  const out = auditContent(result.report, result.warnings);
  expect(out.map((f) => [f.rule, f.severity, f.status, f.location])).toEqual([['FORMAT_OUTDATED', 'warning', 'fail', { section: 2 }]]);
  expect(out[0]!.message).toBe('2021 年及以后的报告使用了 2019 年格式的表格（第二部分）：A report on 2022 uses the 2019 table format.');
  expect(auditContent(generated(4, { version: '2019', edit: (s) => (s.year = 2020) }).result.report, [])).toEqual([]);
});
