import { parseXml } from '../../../src/frontends/docx/xmlparse.js';

test('elements, attributes, entities, kept text in w:t, CDATA; comments and declarations skipped', () => {
  const root = parseXml(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<!-- c --><w:document a='1' b="x &amp; &#20013;&#x6587;">
  <w:p><w:r><w:t xml:space="preserve"> </w:t><w:t>a &lt;b&gt; &quot;c&quot;</w:t><w:br/></w:r><![CDATA[<raw>]]></w:p></w:document>`)!;
  expect([root.name, root.attribs]).toEqual(['w:document', { a: '1', b: 'x & 中文' }]);
  const p = root.children[0] as typeof root;
  const r = p.children[0] as typeof root;
  expect(r.children.map((c) => (c.type === 'tag' ? (c as typeof root).name : c.type))).toEqual(['w:t', 'w:t', 'w:br']);
  const texts = r.children.slice(0, 2).map((t) => ((t as typeof root).children[0] as unknown as { data: string }).data);
  expect(texts).toEqual([' ', 'a <b> "c"']);
  expect((p.children[1] as unknown as { data: string }).data).toBe('<raw>');
});

test('malformed XML throws', () => {
  expect(() => parseXml('<a><b></a>')).toThrow('mismatched');
  expect(() => parseXml('<a><b>')).toThrow('unclosed');
  expect(() => parseXml('<a')).toThrow('unterminated');
  expect(parseXml('no markup')).toBeUndefined();
});
