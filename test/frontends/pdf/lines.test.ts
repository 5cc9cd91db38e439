import { groupLines, lineText } from '../../../src/frontends/pdf/lines.js';
import type { Run } from '../../../src/frontends/pdf/types.js';
import { run } from './helpers.js';

describe('groupLines', () => {
  it('puts a 9 pt label and 14 pt numbers 1.4 pt lower on one line', () => {
    const lines = groupLines([run('21', 320, 495.3, 14, 14), run('一、本年新收', 77, 493.9, 9), run('0', 352, 495.3, 14, 7)]);
    expect(lines.map((l) => l.text)).toEqual(['一、本年新收21 0']);
    expect(lines[0]!.fontSize).toBe(14);
  });

  it('keeps wrapped lines of one cell apart, top to bottom', () => {
    const lines = groupLines([run('计其他情形）', 104, 572.5, 9), run('（二）部分公开', 104, 559, 9)]);
    expect(lines.map((l) => l.text)).toEqual(['（二）部分公开', '计其他情形）']);
  });

  it('gives each vertical run a line of its own', () => {
    const v: Run = { text: '三、本年度办理结果', page: 1, box: { x: 85, y: 600, width: 10, height: 90 }, baseline: 600, fontSize: 10, vertical: true };
    const lines = groupLines([run('（一）予以公开', 104, 640, 9), v]);
    expect(lines.map((l) => l.text)).toEqual(['三、本年度办理结果', '（一）予以公开']);
  });
});

describe('runs split at font changes', () => {
  it('join on one line by geometry, whatever the item order (a page number item first)', () => {
    // pdfjs starts an item at each Type 3 font change: `工作年` | `度` | `报告`, out of order.
    const lines = groupLines([run('3', 290, 800), run('度', 130, 100, 10, 10), run('工作年', 100, 100, 10, 30), run('报告', 140, 100, 10, 20)]);
    expect(lines.map((l) => l.text)).toEqual(['工作年度报告', '3']);
  });
});

describe('lineText', () => {
  it('joins runs left to right, a space only across a wide gap, then removes CJK spacing', () => {
    expect(lineText([run('1.', 180, 100, 10, 7.5), run('属于国家秘密', 188, 100, 9)])).toBe('1.属于国家秘密');
    expect(lineText([run('open', 10, 100, 10, 20), run('data', 40, 100, 10, 20)])).toBe('open data');
    expect(lineText([run('总', 10, 100, 10, 10), run('计', 30, 100, 10, 10)])).toBe('总计');
  });
});
