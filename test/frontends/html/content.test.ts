import { load } from 'cheerio/slim';
import type { Element } from 'domhandler';
import { readBlocks } from '../../../src/frontends/html/blocks.js';
import { contentRange } from '../../../src/frontends/html/content.js';

function blocksOf(html: string) {
  const $ = load(html, { xml: { xmlMode: false, withStartIndices: true, decodeEntities: true } });
  const placed = readBlocks($, $('body')[0] as Element, () => ({}));
  const [start, end] = contentRange(placed);
  return placed.slice(start, end).map((p) => (p.block.kind === 'table' ? `table:${p.block.rows.length}` : p.block.kind === 'paragraph' ? p.block.text : 'image'));
}

test('the report is found among navigation, breadcrumbs, a side menu and the footer; the title above it is kept', () => {
  const html = `<html><body>
<div class="nav"><a>首页</a><a>政务公开</a></div>
<div class="crumb">当前位置：首页 &gt; 政府信息公开年度报告</div>
<div class="side"><ul><li>政府信息公开指南</li><li>政府信息公开年报</li></ul></div>
<h1>某局2020年政府信息公开工作年度报告</h1>
<div class="info">发布日期：2021-01-31  来源：某局 浏览次数：12</div>
<div id="zoom"><p>一、总体情况</p><p>正文。<br>第二段。</p><p>二、主动公开政府信息情况</p><p>六、其他需要报告的事项</p><p style="display:none">隐藏</p></div>
<div class="tools">【打印本页】</div>
<div class="footer">版权所有：某局 网站标识码</div>
<script>var x = '一、总体情况';</script>
</body></html>`;
  expect(blocksOf(html)).toEqual(['某局2020年政府信息公开工作年度报告', '发布日期：2021-01-31', '来源：某局', '一、总体情况', '正文。', '第二段。', '二、主动公开政府信息情况', '六、其他需要报告的事项']);
});

test('a layout table holding the article is read as text; a data table as a grid', () => {
  const html = `<html><body><table><tr><td>导航</td><td>
<p>一、总体情况</p><p>${'长文本'.repeat(120)}</p><p>二、主动公开政府信息情况</p>
<table border="1"><tr><td>a</td><td>1</td></tr><tr><td>b</td><td>2</td></tr></table>
</td></tr></table></body></html>`;
  expect(blocksOf(html)).toEqual(['一、总体情况', '长文本'.repeat(120), '二、主动公开政府信息情况', 'table:2']);
});

test('a contents list under the title widens the body to take the title in: the side menu above is still left out', () => {
  const html = `<html><body>
<div class="left"><h3>信息公开</h3><ul><li><a>政府信息公开指南</a></li><li><a>政府信息公开年度报告</a></li><li><a>法定主动公开内容</a></li></ul></div>
<div class="right"><h1>某局2020年政府信息公开工作年度报告</h1>
<div class="toc"><p>目录</p><ul><li><a href="#s1">一、总体情况</a></li><li><a href="#s6">六、其他需要报告的事项</a></li></ul></div>
<div id="zoom"><p>一、总体情况</p><p>正文。</p><p>六、其他需要报告的事项</p><p>无。</p></div></div>
</body></html>`;
  expect(blocksOf(html)).toEqual(['某局2020年政府信息公开工作年度报告', '目录', '一、总体情况', '六、其他需要报告的事项', '一、总体情况', '正文。', '六、其他需要报告的事项', '无。']);
});
