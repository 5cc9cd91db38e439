import { agencyAndDate, agencyOfPreamble, agencyOfTitle, dateOnly, findTitle, isSignatureLine, namesYearRange, readMetadata, yearOf } from '../../src/middle/metadata.js';

test('titles: wrapped lines joined, spaces between CJK characters removed', () => {
  expect(findTitle(['淄博市公安局交通警察支队张店大队', '2020年政府信息公开工作年度报告', '根据…'])).toEqual({
    title: '淄博市公安局交通警察支队张店大队2020年政府信息公开工作年度报告',
    lines: 2,
  });
  expect(findTitle(['淮安市洪泽区人民政府 2023 年政府信息公开 工作年度报告'])?.title).toBe('淮安市洪泽区人民政府2023年政府信息公开工作年度报告');
  // Lines that cannot be part of a title are skipped, not joined: a sentence, portal furniture.
  expect(findTitle(['关于印发某某办法的通知。', '2020年政府信息公开工作年度报告'])).toEqual({ title: '2020年政府信息公开工作年度报告', lines: 2 });
  expect(findTitle(['索引号：11370303MB2853/2021-00012', '发布日期：2021-01-20', '来源：某某区人民政府办公室 2021年01月20日', '某某区财政局', '2020年政府信息公开工作年度报告'])).toEqual({
    title: '某某区财政局2020年政府信息公开工作年度报告',
    lines: 5,
  });
  // A year printed on its own line under the title belongs to it.
  expect(findTitle(['某某区财政局政府信息公开工作年度报告', '（2020年度）', '根据…'])).toEqual({ title: '某某区财政局政府信息公开工作年度报告（2020年度）', lines: 2 });
  expect(findTitle(['发布日期：2021-01-20'])).toBeNull();
  // Other title forms; a breadcrumb is not a title.
  expect(findTitle(['首页 > 政务公开 > 年度报告', '某局2020年度政府信息公开工作报告'])?.title).toBe('某局2020年度政府信息公开工作报告');
  expect(findTitle(['某局政府信息公开年度工作报告（2020年）'])?.title).toBe('某局政府信息公开年度工作报告（2020年）');
  expect(findTitle(['关于召开工作会议的报告'])).toBeNull();
  expect(findTitle(['某某县交通运输局2023年政府信息公开工作年度', '报告', '根据…'])).toEqual({ title: '某某县交通运输局2023年政府信息公开工作年度报告', lines: 2 });
  expect(findTitle([])).toBeNull();
});

test('year and agency from the title', () => {
  expect(yearOf('某局2020年政府信息公开工作年度报告')).toBe(2020);
  expect(yearOf('某局二〇二一年政府信息公开工作年度报告')).toBe(2021);
  expect(yearOf('某局二○二○年政府信息公开工作年度报告')).toBe(2020); // ○ (a circle) for 〇, as often printed
  expect(yearOf('某局二O二一年政府信息公开工作年度报告')).toBe(2021);
  expect(yearOf('某某区财政局政府信息公开工作年度报告（2020年度）')).toBe(2020);
  expect(yearOf('政府信息公开工作年度报告')).toBeNull();
  expect(agencyOfTitle('某某市某某区财政局二○二○年政府信息公开工作年度报告')).toBe('某某市某某区财政局');
  expect(agencyOfTitle('某局二0二0年政府信息公开工作年度报告')).toBe('某局');
  expect(yearOf('某局二0二0年政府信息公开工作年度报告')).toBe(2020);
  expect(agencyOfTitle('某局关于2020年度政府信息公开工作年度报告')).toBe('某局');
  expect(agencyOfTitle('淄博市公安局交通警察支队张店大队2020年政府信息公开工作年度报告')).toBe('淄博市公安局交通警察支队张店大队');
  expect(agencyOfTitle('2020年政府信息公开工作年度报告')).toBeNull();
  expect(agencyOfTitle('北京市朝阳区教育委员会政府信息公开工作年度报告（2020年）')).toBe('北京市朝阳区教育委员会');
  expect(agencyOfTitle('2023年洪泽区政府信息公开工作年度报告')).toBe('洪泽区');
  // 关于 before the name, and the pieces of a year the year pattern did not take, are no part of it.
  for (const printed of ['关于某局2020年度', '某局2019-2020年', '某局2019—2020年度', '某局2 0 2 0年', '某局20 20年', '某局2020']) {
    expect(agencyOfTitle(`${printed}政府信息公开工作年度报告`)).toBe('某局');
  }
  // A markdown rule joined to the title names no one.
  expect(agencyOfTitle('---2021年政府信息公开工作年度报告')).toBeNull();
});

test('date-only lines', () => {
  expect(dateOnly('2021年1月26日')).toBe('2021-01-26');
  expect(dateOnly(' 2021 年 1 月 26 日 ')).toBe('2021-01-26');
  expect(dateOnly('二〇二一年一月二十六日')).toBe('2021-01-26');
  expect(dateOnly('2021-03-05')).toBe('2021-03-05');
  expect(dateOnly('（2021年3月5日）')).toBe('2021-03-05');
  expect(dateOnly('二○二一年一月二十日')).toBe('2021-01-20');
  expect(dateOnly('日期:2021年1月20日')).toBe('2021-01-20');
  expect(dateOnly('发布日期：2021-01-20')).toBe('2021-01-20');
  expect(dateOnly('2021年13月5日')).toBeNull();
  expect(dateOnly('2021年2月30日')).toBeNull();
  expect(dateOnly('2024年2月29日')).toBe('2024-02-29');
  expect(agencyAndDate('某某市某某区财政局  2021年1月20日')).toEqual({ agency: '某某市某某区财政局', date: '2021-01-20' });
  expect(agencyAndDate('本报告所列数据统计期限自2020年1月1日 2020年12月31日')).toBeNull();
  expect(dateOnly('2021年1月26日发布了通知')).toBeNull();
  expect(isSignatureLine('淄博市公安局交通警察支队张店大队')).toBe(true);
  expect(isSignatureLine('本年度我队在开展政府信息主动公开的同时，充分利用媒体。')).toBe(false);
});

test("a web page dumped as text: past its site's navigation, the title is the line with a year; a navigation link that ends like a title is not it", () => {
  const nav = ['首页', '政务公开', '政务服务', '互动交流', '当前位置：首页 > 政务公开', '政府信息公开', '政府信息公开指南', '政府信息公开年度报告', '法定主动公开内容'];
  expect(findTitle([...nav, '淄博市公安局交通警察支队张店大队2020年政府信息公开工作年度报告', '发布日期：2021-01-28  来源：淄博市公安局交通警察支队'])).toEqual({
    title: '淄博市公安局交通警察支队张店大队2020年政府信息公开工作年度报告',
    lines: 10,
  });
  // Within the first lines a title needs no year, and keeps the agency printed above it.
  expect(findTitle(['某某区财政局', '政府信息公开工作年度报告'])).toEqual({ title: '某某区财政局政府信息公开工作年度报告', lines: 2 });
});

test("a web page's dated line under the title gives the date with more after it (来源, 浏览次数); a bare 日期 label or no date does not", () => {
  const date = (line: string) => readMetadata(null, ['某局2020年政府信息公开工作年度报告', line], []).publishedOn;
  expect(date('发布日期：2021-01-28  来源：淄博市公安局交通警察支队  浏览次数：')).toBe('2021-01-28');
  expect(date('发布时间：2021年1月28日 字号：大 中 小')).toBe('2021-01-28');
  expect(date('发布日期：2021-02-30 来源：某局')).toBeNull();
  expect(date('来源：某局 发布日期：不详')).toBeNull();
  // A PDF's line whose spaces were lost (a web page printed to PDF).
  expect(date('发布日期：2024-01-31来源：淮安市洪泽区人民政府浏览次数：1024字号：大中')).toBe('2024-01-31');
  expect(date('发布时间：2021年1月28日来源：某局')).toBe('2021-01-28');
});

test('the agency the preamble\'s formula names, where title and signature name none; 本机关 or 我局 names none', () => {
  const formula = (body: string) => [`2019年政府信息公开工作年度报告`, `根据《中华人民共和国政府信息公开条例》（以下简称《条例》）和《中华人民共和国政府信息公开工作年度报告格式（试行）》要求，${body}编制了本报告。本报告所列数据的统计期限自2019年1月1日起至2019年12月31日止。`];
  expect(agencyOfPreamble(formula('淮安市洪泽区人民政府'))).toBe('淮安市洪泽区人民政府');
  expect(agencyOfPreamble(['根据要求，某某区财政局特编制本报告。'])).toBe('某某区财政局');
  expect(agencyOfPreamble(formula('本机关'))).toBeNull();
  expect(agencyOfPreamble(formula('我局'))).toBeNull();
  expect(agencyOfPreamble(['本报告由某局编制。'])).toBeNull();
  expect(readMetadata('2019年政府信息公开工作年度报告', formula('淮安市洪泽区人民政府'), []).agency).toBe('淮安市洪泽区人民政府');
});

test('a rule between the agency and the date (a page break in markdown) is not the signature\'s agency', () => {
  expect(isSignatureLine('---')).toBe(false);
  expect(isSignatureLine('某某区财政局')).toBe(true);
});

test('a site\'s name, a breadcrumb or a document number above a title that names its own agency is no part of it; a name wrapped over lines is', () => {
  const A = '淄博市公安局交通警察支队张店大队';
  const T = `${A}2020年政府信息公开工作年度报告`;
  expect(findTitle(['淄博市张店区人民政府', T])?.title).toBe(T);
  expect(findTitle(['张店区人民政府门户网站政务公开', T])?.title).toBe(T);
  expect(findTitle(['淄博市张店区财政局', '淄博市张店区财政局2020年政府信息公开工作年度报告'])?.title).toBe('淄博市张店区财政局2020年政府信息公开工作年度报告');
  expect(findTitle(['首页/政务公开/年报专栏', T])?.title).toBe(T);
  expect(findTitle(['张公交发〔2021〕3号', T])?.title).toBe(T);
  expect(findTitle(['淄博市张店区人民政府', `2020年度${A}政府信息公开工作年度报告`])?.title).toBe(`2020年度${A}政府信息公开工作年度报告`);
  // Wrapped names are joined: the title line's own part does not start with a place's name.
  expect(findTitle(['淄博市公安局交通警察', '支队张店大队2020年政府信息公开工作年度报告'])?.title).toBe(T);
  expect(findTitle(['淄博市张店区', '财政局2020年政府信息公开工作年度报告'])?.title).toBe('淄博市张店区财政局2020年政府信息公开工作年度报告');
  expect(findTitle([A, '2020年政府信息公开工作年度报告'])?.title).toBe(T);
});

test('a letter-spaced signature names the body without the spaces, as a title does', () => {
  const section = { ordinal: 6, number: '六、', kind: 'other', title: '其他需要报告的事项', paragraphs: ['无。', '淄 博 市 张 店 区 财 政 局', '2021年1月26日'], subsections: [], tables: [], location: {} };
  const read = readMetadata('2020年政府信息公开工作年度报告', [], [section as never]);
  expect([read.agency, read.publishedOn, read.signature]).toEqual(['淄博市张店区财政局', '2021-01-26', ['淄 博 市 张 店 区 财 政 局', '2021年1月26日']]);
});

test('a body named for disclosure work (…政府信息公开办公室) is the agency whole; the topic 政府信息公开 is no part of one', () => {
  expect(agencyOfTitle('淄博市政府信息公开办公室2020年政府信息公开工作年度报告')).toBe('淄博市政府信息公开办公室');
  expect(agencyOfTitle('2020年淄博市政府信息公开办公室政府信息公开工作年度报告')).toBe('淄博市政府信息公开办公室');
  expect(agencyOfTitle('某县政府信息公开领导小组办公室2021年度政府信息公开工作报告')).toBe('某县政府信息公开领导小组办公室');
  expect(agencyOfTitle('某局政府信息公开工作2020年度报告')).toBe('某局');
  expect(agencyOfTitle('2020年某局政府信息公开和政务公开工作年度报告')).toBe('某局');
});

test('a title naming a range of years names no report year; its agency is read without the range', () => {
  for (const printed of ['2019-2020年度', '2019年—2020年', '二〇一九至二〇二〇年度', '2019～2020年']) {
    const title = `淄博市张店区${printed}政府信息公开工作年度报告`;
    expect([namesYearRange(title), agencyOfTitle(title), readMetadata(title, [], []).year]).toEqual([true, '淄博市张店区', null]);
    expect(agencyOfTitle(`${printed}淄博市张店区政府信息公开工作年度报告`)).toBe('淄博市张店区');
  }
  expect([namesYearRange('淄博市张店区2020年度政府信息公开工作年度报告'), readMetadata('淄博市张店区2020年度政府信息公开工作年度报告', [], []).year]).toEqual([false, 2020]);
});

test('a name signed over two lines is joined; two bodies signing, or a sentence above the name, are not', () => {
  const signed = (...lines: string[]) => {
    const section = { ordinal: 6, number: '六、', kind: 'other', title: '其他需要报告的事项', paragraphs: ['无。', ...lines], subsections: [], tables: [], location: {} };
    const read = readMetadata('2020年政府信息公开工作年度报告', [], [section as never]);
    return [read.agency, read.signature.length];
  };
  expect(signed('淄博市张店区人民政府', '办公室', '2021年1月26日')).toEqual(['淄博市张店区人民政府办公室', 3]);
  expect(signed('淄博市张店区', '人民政府办公室', '2021年1月26日')).toEqual(['淄博市张店区人民政府办公室', 3]);
  expect(signed('淄博市张店区人民政府办公室', '淄博市张店区公安局', '2021年1月26日')).toEqual(['淄博市张店区公安局', 2]);
  expect(signed('张店区无其他需要报告的事项', '公安局', '2021年1月26日')).toEqual(['公安局', 2]);
  expect(signed('淄博市张店区人民政府办公室', '2021年1月26日')).toEqual(['淄博市张店区人民政府办公室', 2]);
});

test('a table of contents before the title is no part of it', () => {
  const contents = ['目录', '一、总体情况\t1', '二、主动公开政府信息情况 2', '三、收到和处理政府信息公开申请情况……3', '四、政府信息公开行政复议、行政诉讼情况4', '五、存在的主要问题及改进情况5', '六、其他需要报告的事项6'];
  expect(findTitle([...contents, '上海市浦东新区卫生健康委员会2024年政府信息公开工作年度报告', '根据…'])?.title).toBe('上海市浦东新区卫生健康委员会2024年政府信息公开工作年度报告');
  expect(findTitle(['目 录', '某局2024年政府信息公开工作年度报告'])?.title).toBe('某局2024年政府信息公开工作年度报告');
});
