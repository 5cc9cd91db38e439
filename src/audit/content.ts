import type { Warning } from '../codes.js';
import type { Report } from '../model/report.js';
import { lineOrPage } from '../middle/sections.js';
import type { Finding } from './finding.js';
import { severityOf } from './rules.js';
import { fromWarnings } from './structure.js';
import { sentencesOf } from './text.js';

/**
 * The fee statement of section 六 (2021 format): an amount in 元/万元, or a
 * plain "none charged" (`未收取`, `未发生收取…信息处理费的情况`, `未产生信息处理费`,
 * `未向申请人收取信息处理费`).
 */
const FEE_AMOUNT =
  /信息处理费[^。；]*?(\d+(?:\.\d+)?)(?:万)?元|(?:未|没有|不|免|无)(?:发生|产生)?(?:收取|收|征收)[^。；]{0,12}信息处理费|(?:未|没有|无)(?:发生|产生)[^。；]{0,4}信息处理费|(?:未|没有|不)向[^。；]{0,12}?(?:收取|收|征收)[^。；]{0,6}信息处理费|信息处理费[^。；]{0,6}(?:为零|为0|均为0|未收取|免收|无)/;

/**
 * `统计期限自2022年1月1日起至2022年12月31日止` and its variants (`统计时限`,
 * `为…至12月31日`: an end date without a year is in the start's year).
 */
const PERIOD = /统计(?:期限|时限|时间|区间|周期|期间|范围|数据)[^。；]*?(\d{4})年\d{1,2}月\d{1,2}日[^。；\d]*?(?:至|到|—|-|～|~)[^。；\d]*?(?:(\d{4})年)?\d{1,2}月\d{1,2}日/;

/** Content the format requires: the fee (2021), the period against the title year, and FORMAT_OUTDATED from the parse. */
export function auditContent(report: Report, warnings: Warning[]): Finding[] {
  const out: Finding[] = fromWarnings(warnings, 'content');
  if (report.formatVersion === '2021') {
    const six = report.sections.find((s) => s.ordinal === 6);
    if (!six) {
      out.push({
        rule: 'FEE_NOT_REPORTED',
        severity: 'info',
        status: 'unchecked',
        message: '未找到第六部分“其他需要报告的事项”，无法核对是否报告了信息处理费',
        location: { section: 6 },
      });
    } else {
      const text = sentencesOf(report)
        .filter((s) => s.section === 6)
        .map((s) => s.normal)
        .join('');
      const named = text.includes('信息处理费');
      if (!named || !FEE_AMOUNT.test(text)) {
        out.push({
          rule: 'FEE_NOT_REPORTED',
          severity: severityOf('FEE_NOT_REPORTED'),
          status: 'fail',
          message: named ? '第六部分提到信息处理费，但未写明收取金额' : '第六部分未报告信息处理费的收取情况（2021 年格式要求）',
          location: { section: 6, ...lineOrPage(six.location) },
        });
      }
    }
  }
  for (const s of sentencesOf(report)) {
    const m = PERIOD.exec(s.normal);
    if (!m) continue;
    const years = [Number(m[1]), Number(m[2] ?? m[1])];
    if (report.year === null) {
      out.push({
        rule: 'PERIOD_MISMATCH',
        severity: 'info',
        status: 'unchecked',
        message: `标题中没有年份，无法与正文所述统计期限核对：“${s.text}”`,
        location: s.location,
      });
    } else if (years.some((y) => y !== report.year)) {
      out.push({
        rule: 'PERIOD_MISMATCH',
        severity: severityOf('PERIOD_MISMATCH'),
        status: 'fail',
        message: `标题年份为${report.year}年，而正文所述统计期限为${years[0]}年至${years[1]}年：“${s.text}”`,
        location: s.location,
        printed: years.find((y) => y !== report.year)!,
        expected: report.year,
      });
    }
    break;
  }
  // A year's report is written once the year is over: a date on or before its last day is a wrong year or a wrong date.
  if (report.year !== null && report.publishedOn !== null && report.publishedOn <= `${report.year}-12-31`) {
    out.push({
      rule: 'PERIOD_MISMATCH',
      severity: severityOf('PERIOD_MISMATCH'),
      status: 'fail',
      message: `标题年份为${report.year}年，而发布日期${report.publishedOn}在该年度结束之前`,
      location: {},
      printed: Number(report.publishedOn.slice(0, 4)),
      expected: report.year + 1,
    });
  }
  return out;
}
