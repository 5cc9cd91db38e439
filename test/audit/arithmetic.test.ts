import { auditArithmetic } from '../../src/audit/arithmetic.js';
import { TABLE3_COLUMNS } from '../../src/templates/table3.js';
import { generated } from '../support/audit.js';
import { rng, pick, table3Paths, table4Paths } from '../support/random-report.js';

const rulesAt = (fs: ReturnType<typeof auditArithmetic>) => fs.map((f) => `${f.status} ${f.rule} ${f.location.row}.${f.location.column}`).sort();

describe('identities quiet on consistent reports', () => {
  test('no arithmetic finding at all when every cell is printed (both versions, 40 reports)', () => {
    for (let seed = 1; seed <= 40; seed++) {
      const { result } = generated(seed, { blanks: false });
      expect(auditArithmetic(result.report)).toEqual([]);
    }
  });
});

describe('one changed cell is found at its cell', () => {
  test('table 三 and 四 cells, both versions: every failing identity involves the changed cell, and the expected ones fail', () => {
    const r = rng(99);
    for (let seed = 1; seed <= 40; seed++) {
      const probe = generated(seed, { blanks: false });
      const printed = [...table3Paths(), ...table4Paths()].filter((p) => probe.spec.values[p] !== null);
      const path = pick(r, printed);
      const { result } = generated(seed, { blanks: false, edit: (s) => (s.values[path] = s.values[path]! + 1) });
      const fails = auditArithmetic(result.report).filter((f) => f.status === 'fail');
      expect(fails.length).toBeGreaterThan(0);
      for (const f of fails) expect(f.cells).toContain(path);
      const [table, ...rest] = path.split('.');
      const column = rest.pop()!;
      const row = rest.join('.');
      const expected: string[] = [];
      if (table === 'reviewLitigation') expected.push(`fail T4-1 ${row}.total`);
      else {
        if (['newReceived', 'carriedOver', 'resultTotal', 'carriedForward'].includes(row)) expected.push(`fail T3-1 newReceived.${column}`);
        if (row !== 'newReceived' && row !== 'carriedOver' && row !== 'carriedForward') expected.push(`fail T3-2 resultTotal.${column}`);
        expected.push(`fail T3-3 ${row}.total`);
      }
      expect(rulesAt(fails)).toEqual(expected.sort());
      const cell = fails[0]!;
      expect(cell.severity).toBe('error');
      expect(cell.expected).not.toBe(cell.printed);
    }
  });
});

describe('blanks', () => {
  test('a blank makes T3-1, T3-2, T3-3 unchecked, naming the blank; never a pass or a fail', () => {
    const { result } = generated(4, { version: '2021', blanks: false, edit: (s) => (s.values['applications.carriedOver.research'] = null) });
    const out = auditArithmetic(result.report);
    expect(rulesAt(out)).toEqual(['unchecked T3-1 newReceived.research', 'unchecked T3-3 carriedOver.total']);
    const t31 = out.find((f) => f.rule === 'T3-1')!;
    expect(t31.severity).toBe('info');
    expect(t31.message).toBe('表三“科研机构”列：第一项加第二项之和与第三项加第四项之和无法核对，空白或无法读取的单元格：表三“二、上年结转政府信息公开申请数量”行“科研机构”列');
    expect(t31.printed).toBeUndefined();
    const { result: r2 } = generated(4, { version: '2021', blanks: false, edit: (s) => (s.values['applications.granted.total'] = null) });
    expect(rulesAt(auditArithmetic(r2.report))).toEqual(['unchecked T3-2 resultTotal.total', 'unchecked T3-3 granted.total']);
    const { result: r4 } = generated(4, { version: '2021', blanks: false, edit: (s) => (s.values['reviewLitigation.review.pending'] = null) });
    expect(rulesAt(auditArithmetic(r4.report))).toEqual(['unchecked T4-1 review.total']);
  });

  test('with a blank, printed counts above the printed total still fail', () => {
    const { result } = generated(6, {
      version: '2019',
      blanks: false,
      edit: (s) => {
        s.values['reviewLitigation.litigationDirect.maintained'] = 4;
        s.values['reviewLitigation.litigationDirect.corrected'] = null;
        s.values['reviewLitigation.litigationDirect.total'] = 2;
      },
    });
    const out = auditArithmetic(result.report);
    expect(rulesAt(out)).toEqual(['fail T4-1 litigationDirect.total']);
    expect(out[0]!.message).toMatch(/^表四“未经复议直接起诉”：总计（2）小于结果维持、结果纠正、其他结果、尚未审结之和中已填写的部分（\d+）/);
    expect(out[0]!.message).toContain('另有空白或无法读取的单元格：表四“未经复议直接起诉”“结果纠正”');
  });

  test('T2-1 (2019 table 二) is info only, and unchecked on a blank', () => {
    const { result } = generated(8, { version: '2019', blanks: false, edit: (s) => (s.values['activeDisclosure.punishment.decisions']! += 5) });
    const out = auditArithmetic(result.report);
    expect(out.map((f) => [f.rule, f.severity, f.status, f.location.row, f.printed! - f.expected!])).toEqual([['T2-1', 'info', 'fail', 'punishment', -5]]);
    const { result: r2 } = generated(8, { version: '2019', blanks: false, edit: (s) => (s.values['activeDisclosure.licensing.change'] = null) });
    expect(rulesAt(auditArithmetic(r2.report))).toEqual(['unchecked T2-1 licensing.previousYear']);
    // 2021 has no T2-1.
    const { result: r3 } = generated(9, { version: '2021', blanks: false });
    expect(auditArithmetic(r3.report)).toEqual([]);
  });
});

describe('T3-2 follows the （六） rows the report prints', () => {
  test('2021 sub-rows are summed; the single row when printed instead', () => {
    for (const seed of [11, 13, 15, 17, 19, 21]) {
      const { spec, result } = generated(seed, { version: '2021', blanks: false });
      const row = spec.singleOtherRow ? 'other.total' : 'other.overdueFee';
      const { result: broken } = generated(seed, { version: '2021', blanks: false, edit: (s) => (s.values[`applications.${row}.naturalPerson`]! += 2) });
      expect(auditArithmetic(result.report)).toEqual([]);
      expect(rulesAt(auditArithmetic(broken.report))).toEqual([`fail T3-2 resultTotal.naturalPerson`, `fail T3-3 ${row}.total`]);
    }
  });
});

describe('N-1', () => {
  test('negative or fractional counts fail; signed change and money do not', () => {
    const { result } = generated(12, { version: '2019', blanks: false });
    const report = result.report;
    report.applications.granted.commercial = -1;
    report.reviewLitigation.review.other = 2.5;
    if (report.formatVersion === '2019') {
      report.activeDisclosure.procurement.totalAmount = 12.5;
      report.activeDisclosure.fees.change = -3;
    }
    const n1 = auditArithmetic(report).filter((f) => f.rule === 'N-1');
    expect(n1.map((f) => [f.cells, f.printed, f.message])).toEqual([
      [['applications.granted.commercial'], -1, '表三“（一）予以公开”行“商业企业”列：数量（-1）不是非负整数'],
      [['reviewLitigation.review.other'], 2.5, '表四“行政复议”“其他结果”：数量（2.5）不是非负整数'],
    ]);
    expect(n1[0]!.location).toMatchObject({ section: 3, row: 'granted', column: 'commercial' });
  });

  test('a blank is not a count: N-1 says nothing about it (the identities report it unchecked)', () => {
    const { result } = generated(12, { version: '2019', blanks: false, edit: (s) => (s.values['applications.granted.commercial'] = null) });
    expect(auditArithmetic(result.report).filter((f) => f.rule === 'N-1')).toEqual([]);
  });
});

test('every applicant column is checked by T3-1 and T3-2', () => {
  const { result } = generated(2, { version: '2019', blanks: false, edit: (s) => TABLE3_COLUMNS.forEach((c) => (s.values[`applications.carriedForward.${c.key}`]! += 1)) });
  const fails = auditArithmetic(result.report);
  expect(fails.filter((f) => f.rule === 'T3-1').map((f) => f.location.column)).toEqual(TABLE3_COLUMNS.map((c) => c.key));
});
