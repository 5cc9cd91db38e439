import { lcsLength, makeMatcher, similarity } from '../../src/util/match.js';
import { TABLE3_ROWS } from '../../src/templates/table3.js';

test('lcsLength and similarity', () => {
  expect(lcsLength('abcde', 'ace')).toBe(3);
  expect(lcsLength('', 'a')).toBe(0);
  expect(similarity('规章', '规章')).toBe(1);
  expect(similarity('ab', 'cd')).toBe(0);
  expect(similarity('2.其他法律行政止公开', '2.其他法律行政法规禁止公开')).toBeCloseTo(22 / 25);
});

describe('matching table 三 labels', () => {
  const m = makeMatcher(TABLE3_ROWS, (r) => [r.label]);
  const key = (s: string, prefer?: (r: (typeof TABLE3_ROWS)[number]) => boolean) => m.match(s, prefer)?.item.key ?? null;

  test('exact after normalisation', () => {
    expect(key('3、危及"三安全一稳定"')).toBe('denied.safetyStability');
    expect(m.exact('（七） 总计')?.key).toBe('resultTotal');
    expect(m.exact('总计')).toBeUndefined();
  });
  test('typos, spaces and missing numbers still match', () => {
    expect(key('2.其他法律行政止公开')).toBe('denied.lawProhibited');
    expect(key('4.无正当理由大量反复 申请')).toBe('notProcessed.excessive');
    expect(key('属于国家秘密')).toBe('denied.stateSecret');
    expect(key('（二）部分公开')).toBe('partiallyGranted');
    expect(key('申请人逾期未按收费通知要求缴纳费用')).toBe('other.overdueFee');
  });
  test('two labels run together are refused, not given to one of them', () => {
    const rows2 = makeMatcher([{ label: '规章', key: 'regulations' }, { label: '行政规范性文件', key: 'normativeDocuments' }], (r) => [r.label]);
    expect(rows2.match('规章\n行政规范性文件')).toBeNull();
    expect(rows2.match('行政规范性文件')?.item.key).toBe('normativeDocuments');
    expect(key('1.属于国家秘密2.其他法律行政法规禁止公开')).toBeNull();
  });
  test('labels like no template row are refused', () => {
    expect(key('合计')).toBeNull();
    expect(key('备注：本表数据截至12月31日')).toBeNull();
    expect(key('')).toBeNull();
  });
  test('a preference only breaks near ties', () => {
    expect(key('3.其他')).toBe('other.other');
    expect(key('其他', (r) => r.group === '（六）其他处理')).toBe('other.other');
  });
});
