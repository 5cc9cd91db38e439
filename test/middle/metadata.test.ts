import { agencyOfTitle, dateOnly, findTitle, isSignatureLine, yearOf } from '../../src/middle/metadata.js';

test('titles: wrapped lines joined, spaces between CJK characters removed', () => {
  expect(findTitle(['淄博市公安局交通警察支队张店大队', '2020年政府信息公开工作年度报告', '根据…'])).toEqual({
    title: '淄博市公安局交通警察支队张店大队2020年政府信息公开工作年度报告',
    lines: 2,
  });
  expect(findTitle(['淮安市洪泽区人民政府 2023 年政府信息公开 工作年度报告'])?.title).toBe('淮安市洪泽区人民政府2023年政府信息公开工作年度报告');
  expect(findTitle(['关于印发某某办法的通知。', '2020年政府信息公开工作年度报告'])).toBeNull();
  expect(findTitle(['某某县交通运输局2023年政府信息公开工作年度', '报告', '根据…'])).toEqual({ title: '某某县交通运输局2023年政府信息公开工作年度报告', lines: 2 });
  expect(findTitle([])).toBeNull();
});

test('year and agency from the title', () => {
  expect(yearOf('某局2020年政府信息公开工作年度报告')).toBe(2020);
  expect(yearOf('某局二〇二一年政府信息公开工作年度报告')).toBe(2021);
  expect(yearOf('政府信息公开工作年度报告')).toBeNull();
  expect(agencyOfTitle('淄博市公安局交通警察支队张店大队2020年政府信息公开工作年度报告')).toBe('淄博市公安局交通警察支队张店大队');
  expect(agencyOfTitle('2020年政府信息公开工作年度报告')).toBeNull();
  expect(agencyOfTitle('北京市朝阳区教育委员会政府信息公开工作年度报告（2020年）')).toBe('北京市朝阳区教育委员会');
  expect(agencyOfTitle('2023年洪泽区政府信息公开工作年度报告')).toBe('洪泽区');
});

test('date-only lines', () => {
  expect(dateOnly('2021年1月26日')).toBe('2021-01-26');
  expect(dateOnly(' 2021 年 1 月 26 日 ')).toBe('2021-01-26');
  expect(dateOnly('二〇二一年一月二十六日')).toBe('2021-01-26');
  expect(dateOnly('2021-03-05')).toBe('2021-03-05');
  expect(dateOnly('（2021年3月5日）')).toBe('2021-03-05');
  expect(dateOnly('2021年13月5日')).toBeNull();
  expect(dateOnly('2021年1月26日发布了通知')).toBeNull();
  expect(isSignatureLine('淄博市公安局交通警察支队张店大队')).toBe(true);
  expect(isSignatureLine('本年度我队在开展政府信息主动公开的同时，充分利用媒体。')).toBe(false);
});
