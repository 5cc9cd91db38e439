import { MAX_DEPTH, nestingDepth } from '../../../src/frontends/html/depth.js';

test('depth as a parser nests: an end tag closes what opened after its start, a stray end tag is ignored', () => {
  expect(nestingDepth('<html><body><div><span><b>x</b></span></div></body></html>')).toBe(5);
  expect(nestingDepth('<div><span><span></div><div></div>')).toBe(3);
  expect(nestingDepth('</div></div><div>x</div>')).toBe(1);
  expect(nestingDepth('<DIV><Div></div></DIV>')).toBe(2);
});

test('void elements, elements closed by a sibling, comments and raw text do not nest', () => {
  expect(nestingDepth(`<div>${'<br><img src=x><meta charset=utf-8>'.repeat(50)}</div>`)).toBe(1);
  expect(nestingDepth(`<table>${'<tr><td><p>a<li>b'.repeat(5000)}</table>`)).toBe(1);
  expect(nestingDepth(`<div><!-- ${'<div>'.repeat(5000)} --></div>`)).toBe(1);
  expect(nestingDepth(`<script>${'<div>'.repeat(5000)}</SCRIPT><style>${'<span>'.repeat(5000)}</style>`)).toBe(0);
});

test('unclosed elements nest (as the parser nests them), and counting stops past the limit', () => {
  expect(nestingDepth('<span>'.repeat(1500))).toBe(1500);
  expect(nestingDepth('<div>'.repeat(100_000))).toBe(MAX_DEPTH + 1);
  expect(nestingDepth('<div>'.repeat(100), 10)).toBe(11);
});
