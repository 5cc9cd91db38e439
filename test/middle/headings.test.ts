import { chineseNumeral, readItemMarker, readTopHeading, sectionOfTitle } from '../../src/middle/headings.js';

test('chineseNumeral', () => {
  expect(['一', '九', '十', '十一', '二十', '二十三', '〇', '', '甲'].map(chineseNumeral)).toEqual([1, 9, 10, 11, 20, 23, 0, null, null]);
});

test('top-level headings are recognised by title, whatever their number', () => {
  const h = (t: string) => {
    const x = readTopHeading(t);
    return x && [x.template.ordinal, x.number, x.printedOrdinal, x.title];
  };
  expect(h('一、总体情况')).toEqual([1, '一、', 1, '总体情况']);
  expect(h('3、 收到和处理政府信息公开申请情况')).toEqual([3, '3、', 3, '收到和处理政府信息公开申请情况']);
  expect(h('五、政府信息公开工作存在的主要问题及改进情况')).toEqual([5, '五、', 5, '政府信息公开工作存在的主要问题及改进情况']);
  expect(h('四．政府信息公开行政复议、行政诉讼情况')).toEqual([4, '四．', 4, '政府信息公开行政复议、行政诉讼情况']);
  expect(h('六、其他需要报告的事项')).toEqual([6, '六、', 6, '其他需要报告的事项']);
  expect(h('总体情况')).toEqual([1, '', null, '总体情况']);
});

test('look-alikes are not headings', () => {
  for (const t of [
    '1、主动公开政府信息数量', // an Arabic sub-item whose title resembles section 二
    '（一）主动公开政府信息情况', // section 一's subsection
    '一、本年新收政府信息公开申请数量', // a table 三 label
    '一、总体情况。本年度我局认真贯彻落实条例，做好各项工作；取得了良好成效。',
    '2、其他需要报告的事项', // Arabic, but not its own number
    '本机关的总体情况良好',
  ]) {
    expect(readTopHeading(t)).toBeNull();
  }
  expect(sectionOfTitle('存在的主要问题及改进情况')?.template.ordinal).toBe(5);
  expect(sectionOfTitle('工作要点')).toBeNull();
});

test('item markers', () => {
  expect(readItemMarker('（一）切实抓好公开内容落实。围绕…')).toEqual({ family: 'paren-cn', number: '（一）', rest: '切实抓好公开内容落实。围绕…' });
  expect(readItemMarker('(2) 平台')).toEqual({ family: 'paren-arabic', number: '(2)', rest: '平台' });
  expect(readItemMarker('1、主动公开政府信息数量')).toEqual({ family: 'arabic', number: '1、', rest: '主动公开政府信息数量' });
  expect(readItemMarker('２．主要渠道')).toEqual({ family: 'arabic', number: '２．', rest: '主要渠道' });
  expect(readItemMarker('①第一')).toEqual({ family: 'circled', number: '①', rest: '第一' });
  expect(readItemMarker('2020年，我队进一步加大了主动公开力度')).toBeNull();
  expect(readItemMarker('1.5万元用于平台建设')).toBeNull();
  expect(readItemMarker('一是加强组织领导')).toBeNull();
  expect(readItemMarker('（一）')).toBeNull();
});
