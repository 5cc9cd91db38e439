import { pageNumberKind } from '../../src/util/pageNumbers.js';

describe('pageNumberKind', () => {
  it('recognises the usual page number forms', () => {
    expect(['-1-', '- 2 -', '— 3 —', '第 3 页 共 5 页', '第3页', '共5页 第3页', '3/5', 'Page 2 of 9', '12'].map(pageNumberKind)).toEqual([
      'decorated', 'decorated', 'decorated', 'decorated', 'decorated', 'decorated', 'decorated', 'decorated', 'bare',
    ]);
    expect(['2023年', '1.属于国家秘密', '-1-2-', ''].map(pageNumberKind)).toEqual([null, null, null, null]);
  });
});
