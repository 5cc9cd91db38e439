import { emptyActiveDisclosure, emptyApplications, emptyReviewLitigation } from '../../src/middle/typed.js';
import { SECTIONS } from '../../src/templates/sections.js';
import { TABLE2 } from '../../src/templates/table2.js';
import { TABLE3_COLUMNS, TABLE3_ROWS } from '../../src/templates/table3.js';
import { TABLE4_COLUMNS, TABLE4_GROUPS } from '../../src/templates/table4.js';

/** The templates checked against report-format.md's facts. */

test('six sections with their headings and kinds', () => {
  expect(SECTIONS.map((s) => [s.heading, s.kind])).toEqual([
    ['一、总体情况', 'overview'],
    ['二、主动公开政府信息情况', 'activeDisclosure'],
    ['三、收到和处理政府信息公开申请情况', 'applications'],
    ['四、政府信息公开行政复议、行政诉讼情况', 'reviewLitigation'],
    ['五、存在的主要问题及改进情况', 'problems'],
    ['六、其他需要报告的事项', 'otherMatters'],
  ]);
});

test('table 三: 23 data rows in 2019, 25 in 2021, 7 columns', () => {
  expect(TABLE3_ROWS.filter((r) => r.only !== '2021')).toHaveLength(23);
  expect(TABLE3_ROWS.filter((r) => r.key !== 'other.total')).toHaveLength(25);
  expect(TABLE3_COLUMNS.map((c) => c.key)).toEqual(['naturalPerson', 'commercial', 'research', 'socialWelfare', 'legalService', 'otherOrg', 'total']);
});

test('table 二 blocks per version', () => {
  expect(TABLE2['2019'].map((b) => [b.title, b.rows.map((r) => r.key), b.columns.map((c) => c.key)])).toEqual([
    ['第二十条第（一）项', ['regulations', 'normativeDocuments'], ['newlyMade', 'newlyPublished', 'totalPublished']],
    ['第二十条第（五）项', ['licensing', 'otherServices'], ['previousYear', 'change', 'decisions']],
    ['第二十条第（六）项', ['punishment', 'enforcement'], ['previousYear', 'change', 'decisions']],
    ['第二十条第（八）项', ['fees'], ['previousYear', 'change']],
    ['第二十条第（九）项', ['procurement'], ['projectCount', 'totalAmount']],
  ]);
  expect(TABLE2['2021'].map((b) => [b.title, b.rows.map((r) => r.key), b.columns.map((c) => c.key)])).toEqual([
    ['第二十条第（一）项', ['regulations', 'normativeDocuments'], ['issued', 'repealed', 'inForce']],
    ['第二十条第（五）项', ['licensing'], ['decisions']],
    ['第二十条第（六）项', ['punishment', 'enforcement'], ['decisions']],
    ['第二十条第（八）项', ['fees'], ['amount']],
  ]);
});

test('empty typed tables have every key, all null', () => {
  expect(emptyActiveDisclosure('2021')).toEqual({
    regulations: { issued: null, repealed: null, inForce: null },
    normativeDocuments: { issued: null, repealed: null, inForce: null },
    licensing: { decisions: null },
    punishment: { decisions: null },
    enforcement: { decisions: null },
    fees: { amount: null },
  });
  const apps = emptyApplications();
  expect(Object.keys(apps)).toEqual(['newReceived', 'carriedOver', 'granted', 'partiallyGranted', 'denied', 'unavailable', 'notProcessed', 'other', 'resultTotal', 'carriedForward']);
  expect(Object.keys(apps.other)).toEqual(['total', 'overdueCorrection', 'overdueFee', 'other']);
  expect(Object.values(apps.denied.stateSecret).every((v) => v === null)).toBe(true);
  expect(emptyReviewLitigation()).toEqual(
    Object.fromEntries(TABLE4_GROUPS.map((g) => [g.key, Object.fromEntries(TABLE4_COLUMNS.map((c) => [c.key, null]))])),
  );
});
