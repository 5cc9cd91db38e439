import { collapseSpaces, isCjk, joinWrapped, looksNumeric } from '../../../src/frontends/pdf/text.js';

describe('collapseSpaces', () => {
  it('drops letter-spacing between CJK characters', () => {
    expect(collapseSpaces('总 计')).toBe('总计');
    expect(collapseSpaces('第二十条 第（一）项')).toBe('第二十条第（一）项');
    expect(collapseSpaces('只计这一情 形，不')).toBe('只计这一情形，不');
  });
  it('drops spaces between CJK and Latin or digits, keeps them between Latin words', () => {
    expect(collapseSpaces('2023 年， 共 21 件')).toBe('2023年，共21件');
    expect(collapseSpaces('  open  data\u3000portal ')).toBe('open data portal');
    expect(collapseSpaces('号 ， 邮 编 ： 223100 ，')).toBe('号，邮编：223100，');
  });
  it('treats NBSP and ideographic spaces as spaces', () => {
    expect(collapseSpaces('规\u00A0章\u3000')).toBe('规章');
  });
});

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

describe('isCjk', () => {
  it('knows ideographs, full-width punctuation and curly quotes', () => {
    expect(['中', '（', '，', '“', 'a', '1', ' '].map(isCjk)).toEqual([true, true, true, true, false, false, false]);
  });
});
