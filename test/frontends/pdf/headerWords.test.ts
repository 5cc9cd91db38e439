import { isHeaderWord } from '../../../src/frontends/pdf/headerWords.js';

describe('isHeaderWord', () => {
  test.each([
    ['信息内容', true],
    ['自然人', true],
    ['总 计', true],
    ['未经复议直接起诉', true],
    ['本年收费金额（单位：万元）', true],
    ['第二十条 第（一）项', true],
    ['（本列数据的勾稽关系为：第一项加第二项之', true],
    ['四、政府信息公开行政复议、行政诉讼情况', false],
    ['二、主动公开政府信息情况', false],
    ['行政许可', false],
  ])('%s → %s', (text, expected) => {
    expect(isHeaderWord(text)).toBe(expected);
  });
});
