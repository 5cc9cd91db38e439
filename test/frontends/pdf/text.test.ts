import { joinWrapped, looksNumeric } from '../../../src/frontends/pdf/text.js';

describe('joinWrapped', () => {
  it('joins CJK lines with nothing and Latin words with a space', () => {
    expect(joinWrapped(['商业', '企业'])).toBe('商业企业');
    expect(joinWrapped(['共收到申请 21', '件'])).toBe('共收到申请 21件');
    expect(joinWrapped(['open', 'data', ''])).toBe('open data');
  });
});

describe('looksNumeric', () => {
  it('accepts numbers as printed in the tables', () => {
    for (const t of ['0', '10', '7730.28', '1,234', '减5', '增 100', '+3', '-2', '50%', '251000元']) expect([t, looksNumeric(t)]).toEqual([t, true]);
  });
  it('rejects labels', () => {
    for (const t of ['规章', '1.属于国家秘密', '', '第二十条', '2023年报告']) expect([t, looksNumeric(t)]).toEqual([t, false]);
  });
});
