import { fromWarnings } from '../../src/audit/structure.js';
import { STRUCTURAL_CODES } from '../../src/audit/rules.js';
import { WARNING_CODES, warning, type WarningCode } from '../../src/codes.js';
import { auditReport } from '../../src/audit/index.js';
import { generated } from '../support/audit.js';

test('every structural parse warning becomes a finding under the same code, severity and place', () => {
  const codes = STRUCTURAL_CODES.filter((c) => c in WARNING_CODES) as WarningCode[];
  expect(codes).toEqual(expect.arrayContaining(['SECTION_MISSING', 'SECTION_OUT_OF_ORDER', 'HEADING_MISNUMBERED', 'TABLE_MISSING', 'ROW_MISSING', 'COLUMN_MISSING', 'CELL_NOT_NUMERIC']));
  const warnings = [...codes.map((c) => warning(c, `about ${c}`, { section: 3, line: 7 })), warning('LABEL_UNRECOGNIZED', 'not structural'), warning('METADATA_MISSING', 'no')];
  const out = fromWarnings(warnings, 'structure');
  expect(out.map((f) => [f.rule, f.severity, f.status, f.location])).toEqual(codes.map((c) => [c, WARNING_CODES[c].severity, 'fail', { section: 3, line: 7 }]));
  expect(out[0]!.message).toBe('缺少规定的部分（第三部分，第7行）：about SECTION_MISSING');
  const row = fromWarnings([warning('ROW_MISSING', 'Row x is missing.', { section: 3, row: 'denied.stateSecret', page: 2 })], 'structure');
  expect(row[0]!.message).toBe('表格缺少规定的行（第三部分“（三）不予公开1.属于国家秘密”行，第2页）：Row x is missing.');
  // A warning about a table's cells names the table by index only: its keys tell which table it is.
  const cell = fromWarnings([warning('CELL_NOT_NUMERIC', '"不详" is not a number.', { table: 1, row: 'granted', column: 'naturalPerson', line: 40 })], 'structure');
  expect(cell[0]!.message).toBe('单元格不是数字（表三“（一）予以公开”行“自然人”列，第40行）："不详" is not a number.');
  const review = fromWarnings([warning('CELL_NOT_NUMERIC', 'x', { table: 2, row: 'review', column: 'maintained' })], 'structure');
  expect(review[0]!.message).toBe('单元格不是数字（表四“行政复议”行“结果维持”列）：x');
});

test('a row printed twice is a finding (ROW_DUPLICATE): the auditor sees which row the table repeats', () => {
  const { result } = generated(5, {
    version: '2021',
    transform: (t) => t.replace(/(\t（一）予以公开\n[\s\S]*?\n\n)/, '$1\t\n$1'),
  });
  const found = auditReport(result).filter((f) => f.rule === 'ROW_DUPLICATE');
  expect(found.map((f) => [f.severity, f.status, f.location.row])).toEqual([['warning', 'fail', 'granted']]);
  expect(found[0]!.message.startsWith('表格有重复的行（表三“（一）予以公开”行')).toBe(true);
});

test('on a parsed report: a missing table and a misnumbered heading', () => {
  const { result } = generated(5, {
    version: '2021',
    transform: (t) => t.replace(/^(.、)?(四|4)、政府信息公开行政复议、行政诉讼情况[\s\S]*?(?=^(五|5|.)、[^\n]*存在的主要问题)/m, '四、政府信息公开行政复议、行政诉讼情况\n本年度无。\n').replace(/^一、总体情况/m, '1、总体情况'),
  });
  const structural = auditReport(result).filter((f) => STRUCTURAL_CODES.includes(f.rule));
  expect(structural.map((f) => [f.rule, f.location.section])).toEqual(
    expect.arrayContaining([
      ['HEADING_MISNUMBERED', 1],
      ['TABLE_MISSING', 4],
    ]),
  );
  // Quiet: a table that is not found is not also checked cell by cell.
  expect(auditReport(result).filter((f) => f.rule === 'T4-1')).toEqual([]);
});
