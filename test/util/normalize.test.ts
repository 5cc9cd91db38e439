import { collapseSpaces, foldRadicals, isCjk, normalizeLabel, toHalfWidth, trimAll } from '../../src/util/normalize.js';

test('normalizeLabel folds spaces, NBSP, U+3000, breaks, quotes, brackets and list numbering', () => {
  expect(normalizeLabel('（二）部分公开（区分处理的，只计这一情 形，\n不计其他情形）')).toBe('（二）部分公开（区分处理的,只计这一情形,不计其他情形）');
  expect(normalizeLabel('3.危及“三安全一稳定”')).toBe('3.危及"三安全一稳定"');
  expect(normalizeLabel('3、危及"三安全一稳定"')).toBe('3.危及"三安全一稳定"');
  expect(normalizeLabel('１．属于国家秘密')).toBe('1.属于国家秘密');
  expect(normalizeLabel('(一)予以公开')).toBe('（一）予以公开');
  expect(normalizeLabel('\u3000\u00a0本年增／减 ')).toBe('本年增/减');
  expect(normalizeLabel('本年收费金额（单位：万元）')).toBe('本年收费金额（单位:万元）');
  expect(normalizeLabel('')).toBe('');
  // A replacement character (a character a fixed-width tool cut in two) is no part of a label.
  expect(normalizeLabel('1.申请人无正当理由逾期不\ufffd')).toBe('1.申请人无正当理由逾期不');
  // A markdown escape (mammoth's markdown writes `1\.` so that the line starts no list) is no part of a label.
  expect(normalizeLabel('1\\.属于国家秘密')).toBe('1.属于国家秘密');
  expect(normalizeLabel('（三）不予公开\\')).toBe('（三）不予公开\\');
  // Markdown emphasis around a whole label (mammoth's bold header cells), not a lone mark.
  expect(normalizeLabel('__信息内容__')).toBe('信息内容');
  expect(normalizeLabel('**总计**')).toBe('总计');
  expect(normalizeLabel('*注')).toBe('*注');
});

test('toHalfWidth, collapseCjkSpaces, trimAll', () => {
  expect(toHalfWidth('２０２０年Ａ')).toBe('2020年A');
  expect(collapseSpaces('总 计 and 第二十条 第（一）项 ok')).toBe('总计and第二十条第（一）项ok');
  expect(collapseSpaces(' 2023 年 report  v2 ')).toBe('2023年report v2');
  expect(trimAll('\u3000\u00a0 x y\t\u3000')).toBe('x y');
});

test('foldRadicals: radical code points some PDF fonts map to become the ideographs', () => {
  expect(foldRadicals('淮安市洪泽区⼈⺠政府⼀、总体情况，第⼆⼗条，⻔户⽹站')).toBe('淮安市洪泽区人民政府一、总体情况，第二十条，门户网站');
  expect(foldRadicals('（一）予以公开 ok')).toBe('（一）予以公开 ok');
});

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

describe('isCjk', () => {
  it('knows ideographs, full-width punctuation and curly quotes', () => {
    expect(['中', '（', '，', '“', 'a', '1', ' '].map(isCjk)).toEqual([true, true, true, true, false, false, false]);
  });
});

test('normalizeLabel returns a label with nothing to map as it is, and maps each mappable character alone', () => {
  expect(normalizeLabel('一、本年新收政府信息公开申请数量')).toBe('一、本年新收政府信息公开申请数量');
  expect(normalizeLabel('12、其他')).toBe('12.其他');
  expect(normalizeLabel('12其他')).toBe('12其他');
  for (const [c, to] of [['“', '"'], ['‘', "'"], ['(', '（'], [')', '）'], ['：', ':'], ['，', ','], ['／', '/'], ['\u200b', ''], ['\u2005', ''], ['\t', ''], ['Ａ', 'A'], ['ｚ', 'z'], ['９', '9']]) {
    expect(normalizeLabel(`公开${c}数量`)).toBe(`公开${to}数量`);
  }
});

test('trimAll strips white space and zero-width characters mixed at either end, and nothing inside', () => {
  expect(trimAll(' \u3000总计\u00a0')).toBe('总计');
  expect(trimAll('\u200b 总 计 \u2060')).toBe('总 计');
  expect(trimAll(' \u200c\u3000总计\ufeff\u200d ')).toBe('总计');
  expect(trimAll('总\u200b计')).toBe('总\u200b计');
  expect(trimAll('\u200b')).toBe('');
});
