import { DocumentReader, readStyles } from '../../../src/frontends/docx/document.js';
import { Numbering } from '../../../src/frontends/docx/numbering.js';
import { parseXml } from '../../../src/frontends/docx/xmlparse.js';
import type { Element } from 'domhandler';

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
function read(body: string) {
  const doc = parseXml(`<w:document ${W}><w:body>${body}</w:body></w:document>`)!;
  const reader = new DocumentReader(new Numbering(undefined), new Map());
  reader.readBody(doc.children.find((c) => c.type === 'tag') as Element);
  return reader;
}
const tc = (text: string, pr = '') => `<w:tc><w:tcPr>${pr}</w:tcPr><w:p><w:r><w:t>${text}</w:t></w:r></w:p></w:tc>`;

test('grid spans: gridSpan, vMerge continuation, legacy hMerge, gridBefore', () => {
  const r = read(
    `<w:tbl><w:tr>${tc('A', '<w:gridSpan w:val="2"/>')}${tc('B', '<w:vMerge w:val="restart"/>')}</w:tr>` +
      `<w:tr>${tc('C', '<w:hMerge w:val="restart"/>')}${tc('', '<w:hMerge/>')}${tc('', '<w:vMerge/>')}</w:tr>` +
      `<w:tr><w:trPr><w:gridBefore w:val="1"/></w:trPr>${tc('D')}${tc('E')}</w:tr></w:tbl>`,
  );
  const t = r.blocks[0]!;
  expect(t.kind === 'table' && t.rows.map((row) => row.map((c) => [c.text, c.rowSpan, c.colSpan]))).toEqual([
    [['A', 1, 2], ['B', 2, 1]],
    [['C', 1, 2]],
    [['D', 1, 1], ['E', 1, 1]],
  ]);
});

test('runs: tabs, breaks, hidden text, deletions, field results, symbols; empty paragraphs dropped', () => {
  const r = read(
    '<w:p><w:r><w:t>一、</w:t><w:tab/><w:t>总体</w:t></w:r><w:del><w:r><w:delText>旧</w:delText></w:r></w:del><w:ins><w:r><w:t>情况</w:t></w:r></w:ins></w:p>' +
      '<w:p/><w:p><w:r><w:rPr><w:vanish/></w:rPr><w:t>隐藏</w:t></w:r><w:r><w:t>第一行</w:t><w:br/><w:t>第二行</w:t><w:br w:type="page"/></w:r></w:p>' +
      '<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText>PAGE</w:instrText></w:r><w:r><w:t>3</w:t></w:r><w:r><w:sym w:font="Wingdings" w:char="F0FC"/><w:t>完</w:t></w:r></w:p>',
  );
  expect(r.blocks.map((b) => (b.kind === 'paragraph' ? b.text : ''))).toEqual(['一、 总体情况', '第一行\n第二行', '3完']);
});

test('text hidden by a character or paragraph style (following w:basedOn) is not read; a run can show it again', () => {
  const styles = parseXml(
    `<w:styles ${W}>` +
      '<w:style w:type="character" w:styleId="HiddenChar"><w:rPr><w:vanish/></w:rPr></w:style>' +
      '<w:style w:type="character" w:styleId="HiddenToo"><w:basedOn w:val="HiddenChar"/></w:style>' +
      '<w:style w:type="character" w:styleId="Shown"><w:basedOn w:val="HiddenChar"/><w:rPr><w:vanish w:val="0"/></w:rPr></w:style>' +
      '<w:style w:type="paragraph" w:styleId="Note"><w:rPr><w:vanish/></w:rPr></w:style>' +
      '</w:styles>',
  )!;
  const doc = parseXml(
    `<w:document ${W}><w:body>` +
      '<w:tbl><w:tr><w:tc><w:p><w:r><w:t>53</w:t></w:r><w:r><w:rPr><w:rStyle w:val="HiddenChar"/></w:rPr><w:t>8</w:t></w:r>' +
      '<w:r><w:rPr><w:rStyle w:val="HiddenToo"/></w:rPr><w:t>9</w:t></w:r><w:r><w:rPr><w:rStyle w:val="Shown"/></w:rPr><w:t>7</w:t></w:r>' +
      '<w:r><w:rPr><w:rStyle w:val="HiddenChar"/><w:vanish w:val="false"/></w:rPr><w:t>6</w:t></w:r></w:p></w:tc></w:tr></w:tbl>' +
      '<w:p><w:pPr><w:pStyle w:val="Note"/></w:pPr><w:r><w:t>注：隐藏</w:t></w:r></w:p>' +
      '<w:p><w:r><w:t>正文</w:t></w:r></w:p>' +
      '</w:body></w:document>',
  )!;
  const reader = new DocumentReader(new Numbering(undefined), readStyles(styles));
  reader.readBody(doc.children.find((c) => c.type === 'tag') as Element);
  expect(reader.blocks.map((b) => (b.kind === 'table' ? b.rows[0]![0]!.text : b.kind === 'paragraph' ? b.text : ''))).toEqual(['5376', '正文']);
});

test('in a table cell, struck and raised or lowered text is a mark, not part of the value (set on the run or by its character style); elsewhere it is text', () => {
  const styles = parseXml(
    `<w:styles ${W}>` +
      '<w:style w:type="character" w:styleId="NoteMark"><w:rPr><w:vertAlign w:val="superscript"/></w:rPr></w:style>' +
      '<w:style w:type="character" w:styleId="Plain"><w:basedOn w:val="NoteMark"/><w:rPr><w:vertAlign w:val="baseline"/></w:rPr></w:style>' +
      '</w:styles>',
  )!;
  const run = (text: string, pr = '') => `<w:r><w:rPr>${pr}</w:rPr><w:t>${text}</w:t></w:r>`;
  const cell = (runs: string) => `<w:tc><w:p>${runs}</w:p></w:tc>`;
  const doc = parseXml(
    `<w:document ${W}><w:body><w:tbl><w:tr>` +
      cell(run('6', '<w:strike/>') + run('8')) +
      cell(run('6') + run('1', '<w:vertAlign w:val="superscript"/>')) +
      cell(run('53') + run('2', '<w:vertAlign w:val="subscript"/>') + run('4', '<w:dstrike w:val="1"/>')) +
      cell(run('7') + run('1', '<w:rStyle w:val="NoteMark"/>') + run('0', '<w:rStyle w:val="Plain"/>')) +
      cell(run('9', '<w:strike w:val="0"/>')) +
      '</w:tr></w:tbl>' +
      `<w:p>${run('面积100m')}${run('2', '<w:vertAlign w:val="superscript"/>')}${run('旧', '<w:strike/>')}</w:p>` +
      '</w:body></w:document>',
  )!;
  const reader = new DocumentReader(new Numbering(undefined), readStyles(styles));
  reader.readBody(doc.children.find((c) => c.type === 'tag') as Element);
  const [table, paragraph] = reader.blocks;
  expect(table!.kind === 'table' && table!.rows[0]!.map((c) => c.text)).toEqual(['8', '6', '53', '70', '9']);
  expect(paragraph!.kind === 'paragraph' && paragraph!.text).toBe('面积100m2旧');
});

test('in a table cell, a figure or two raised or lowered by hand (w:position) off the line is a mark, before or after the figure; a line shifted whole and text outside cells are read; longer text set off leaves the line unread', () => {
  const run = (text: string, position?: number) => `<w:r><w:rPr>${position === undefined ? '' : `<w:position w:val="${position}"/>`}</w:rPr><w:t>${text}</w:t></w:r>`;
  const cell = (...paragraphs: string[]) => `<w:tc>${paragraphs.map((p) => `<w:p>${p}</w:p>`).join('')}</w:tc>`;
  const r = read(
    '<w:tbl><w:tr>' +
      cell(run('21') + run('1', 6)) +
      cell(run('53') + run('*', -6)) +
      cell(run('7', -4) + run('0', -4)) +
      cell(run('8') + run('2', 2)) +
      cell(run('4') + run('（见注释）', 8)) +
      cell(run('12') + run('3', 6), run('9', 6) + run('5', 6)) +
      cell(run('1', 6) + run('23')) +
      cell(run('1') + run('2', -6)) +
      '</w:tr></w:tbl>' +
      `<w:p>${run('面积100m')}${run('2', 6)}</w:p>`,
  );
  const [table, paragraph] = r.blocks;
  expect(table!.kind === 'table' && table!.rows[0]!.map((c) => c.text)).toEqual(['21', '53', '70', '82', '4（见注释）…', '12\n95', '23', '1']);
  expect(paragraph!.kind === 'paragraph' && paragraph!.text).toBe('面积100m2');
});

test('a table holding tables lays a page out (a web page saved as Word): its cells\' paragraphs and tables are read in its place', () => {
  const inner = `<w:tbl><w:tr>${tc('信息内容')}${tc('本年新制作数量')}</w:tr><w:tr>${tc('规章')}${tc('3')}</w:tr></w:tbl>`;
  const r = read(
    `<w:tbl><w:tr>${tc('首页 | 政府信息公开')}<w:tc><w:p><w:r><w:t>二、主动公开政府信息情况</w:t></w:r></w:p>${inner}<w:p><w:r><w:t>三、收到和处理</w:t></w:r></w:p></w:tc></w:tr></w:tbl>`,
  );
  expect(r.blocks.map((b) => (b.kind === 'table' ? b.rows.map((row) => row.map((c) => c.text)) : b.kind === 'paragraph' ? b.text : ''))).toEqual([
    '首页 | 政府信息公开',
    '二、主动公开政府信息情况',
    [
      ['信息内容', '本年新制作数量'],
      ['规章', '3'],
    ],
    '三、收到和处理',
  ]);
});

test('a field nested in another field\'s instruction shows its result there, which is no text of the document (a mail merge\'s IF)', () => {
  const fld = (type: string) => `<w:r><w:fldChar w:fldCharType="${type}"/></w:r>`;
  const instr = (text: string) => `<w:r><w:instrText xml:space="preserve">${text}</w:instrText></w:r>`;
  const t = (text: string) => `<w:r><w:t>${text}</w:t></w:r>`;
  // { IF { =1+1 } = 2 "21" "0" }, its result 21; the nested field's result 2 before it read 221.
  const cell = `${fld('begin')}${instr('IF ')}${fld('begin')}${instr('=1+1')}${fld('separate')}${t('2')}${fld('end')}${instr(' = 2 "21" "0"')}${fld('separate')}${t('21')}${fld('end')}`;
  const r = read(`<w:tbl><w:tr><w:tc><w:p>${cell}</w:p></w:tc><w:tc><w:p>${t('5')}</w:p></w:tc></w:tr></w:tbl><w:p>${t('之后')}</w:p>`);
  const table = r.blocks[0]!;
  expect(table.kind === 'table' && table.rows[0]!.map((c) => c.text)).toEqual(['21', '5']);
  expect(r.blocks.slice(1).map((b) => (b.kind === 'paragraph' ? b.text : ''))).toEqual(['之后']);
});

test('a grid of data holding a small table (a note in its corner, a value in a table of its own) stays a grid; a two-column table holding one is a layout', () => {
  const inner = `<w:tbl><w:tr>${tc('注')}${tc('单位：件')}</w:tr></w:tbl>`;
  const data = read(`<w:tbl><w:tr><w:tc><w:p/>${inner}</w:tc>${tc('自然人')}${tc('商业企业')}${tc('总计')}</w:tr><w:tr>${tc('一、本年新收')}<w:tc><w:tbl><w:tr>${tc('21')}</w:tr></w:tbl><w:p/></w:tc>${tc('0')}${tc('21')}</w:tr></w:tbl>`);
  expect(data.blocks.map((b) => (b.kind === 'table' ? b.rows.map((r) => r.map((c) => c.text)) : b.kind))).toEqual([
    [
      ['注\n单位：件', '自然人', '商业企业', '总计'],
      ['一、本年新收', '21', '0', '21'],
    ],
  ]);
  const layout = read(`<w:tbl><w:tr>${tc('导航')}<w:tc><w:p><w:r><w:t>正文</w:t></w:r></w:p><w:tbl><w:tr>${tc('a')}${tc('b')}${tc('c')}${tc('d')}</w:tr></w:tbl></w:tc></w:tr></w:tbl>`);
  expect(layout.blocks.map((b) => (b.kind === 'table' ? b.rows.map((r) => r.map((c) => c.text)) : b.kind === 'paragraph' ? b.text : b.kind))).toEqual(['导航', '正文', [['a', 'b', 'c', 'd']]]);
});

test('a page laid out in a table with a menu row of five cells, the report in a table below, is a layout (review, fifteenth session)', () => {
  const menu = ['首页', '机构', '政策', '公开', '互动'].map((m) => tc(m)).join('');
  const report = `<w:tbl>${[0, 1, 2].map((r) => `<w:tr>${tc(`标签${r}`)}${tc('1')}${tc('2')}${tc('3')}</w:tr>`).join('')}</w:tbl>`;
  const r = read(`<w:tbl><w:tr>${menu}</w:tr><w:tr><w:tc><w:tcPr><w:gridSpan w:val="5"/></w:tcPr><w:p><w:r><w:t>正文</w:t></w:r></w:p>${report}</w:tc></w:tr></w:tbl>`);
  expect(r.blocks.map((b) => (b.kind === 'table' ? b.rows.length : b.kind === 'paragraph' ? b.text : b.kind))).toEqual(['首页', '机构', '政策', '公开', '互动', '正文', 3]);
});

test('a field left open in a paragraph (no separate, no end) hides nothing after its paragraph (review, fifteenth session)', () => {
  const fld = (type: string) => `<w:r><w:fldChar w:fldCharType="${type}"/></w:r>`;
  const r = read(`<w:p>${fld('begin')}<w:r><w:instrText>IF </w:instrText></w:r>${fld('begin')}${fld('separate')}<w:r><w:t>2</w:t></w:r></w:p><w:p><w:r><w:t>一、总体情况</w:t></w:r></w:p>`);
  expect(r.blocks.map((b) => (b.kind === 'paragraph' ? b.text : b.kind))).toEqual(['一、总体情况']);
});
