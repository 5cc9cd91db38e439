import { endsTableText, tableOpened } from '../../../src/frontends/text/regions.js';

test('tables open at their fixed labels, not at prose naming them', () => {
  expect(['第二十条第（一）项', '信息内容', '（本列数据的勾稽关系为：第一项加第二项之和', '申请人情况', '行政复议'].map(tableOpened)).toEqual([2, 2, 3, 3, 4]);
  expect(tableOpened('公开条例》第二十条规定的法定主动公开内容：履职依据、机')).toBeNull();
  expect(tableOpened('规章')).toBeNull();
});

test('section headings however numbered and prose end a table; table 三 labels do not', () => {
  expect(['3、收到和处理政府信息公开申请情况', '四、政府信息公开行政复议、行政诉讼情况', '五、存在的主要问题及改进情况'].map(endsTableText)).toEqual([true, true, true]);
  expect(['一、本年新收政府信息公开申请数量', '一、本年新收政府信息公开申', '三、本年度办理结果', '规章', '（一）予以公开'].map(endsTableText)).toEqual([false, false, false, false, false]);
  expect(endsTableText('本年度，我局未收取政府信息公开信息处理费。')).toBe(true);
});
