import { STATISTICS_KEYS } from '../../src/batch/keys.js';
import { table2Paths, table3Paths, table4Paths } from '../support/random-report.js';

test('every canonical leaf of both format versions, once, with its printed labels', () => {
  const union = [...new Set([...table2Paths('2019'), ...table2Paths('2021'), ...table3Paths(), ...table4Paths()])];
  expect(STATISTICS_KEYS.map((k) => k.path)).toEqual(union);
  expect(STATISTICS_KEYS).toHaveLength(226);
  const label = (path: string) => STATISTICS_KEYS.find((k) => k.path === path)?.label;
  expect(label('activeDisclosure.licensing.change')).toBe('行政许可 本年增/减');
  expect(label('activeDisclosure.fees.amount')).toBe('行政事业性收费 本年收费金额（单位：万元）');
  expect(label('applications.denied.stateSecret.naturalPerson')).toBe('（三）不予公开 1.属于国家秘密 自然人');
  expect(label('reviewLitigation.litigationAfterReview.total')).toBe('行政诉讼 复议后起诉 总计');
});
