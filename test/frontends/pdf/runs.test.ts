import { itemsToRuns, multiply } from '../../../src/frontends/pdf/runs.js';

/** An A4 page's viewport transform at scale 1: y flipped, origin top-left. */
const A4 = [1, 0, 0, -1, 0, 842];
const item = (str: string, size: number, x: number, y: number, width: number, fontName = 'f1') => ({ str, transform: [size, 0, 0, size, x, y], width, height: size, fontName });

describe('itemsToRuns', () => {
  it('places runs in top-left page space, baseline and box from the font size', () => {
    const [r] = itemsToRuns([item('规章', 10, 81, 700, 20)], A4, 2);
    expect(r!.text).toBe('规章');
    expect(r!.page).toBe(2);
    expect(r!.baseline).toBeCloseTo(142);
    expect(r!.fontSize).toBeCloseTo(10);
    expect(r!.vertical).toBe(false);
    expect(r!.box.x).toBeCloseTo(81);
    expect(r!.box.width).toBeCloseTo(20);
    expect(r!.box.y).toBeCloseTo(142 - 8.8);
    expect(r!.box.height).toBeCloseTo(10);
  });

  it('folds radical code points to ideographs (Type 3 CJK fonts map 人民 to ⼈⺠)', () => {
    const runs = itemsToRuns([item('淮安市洪泽区⼈⺠政府', 10, 81, 700, 100), item('⼀、⽉⽇', 10, 81, 680, 40)], A4, 1);
    expect(runs.map((r) => r.text)).toEqual(['淮安市洪泽区人民政府', '一、月日']);
  });

  it('drops whitespace items (their widths are meaningless) and marked content', () => {
    const runs = itemsToRuns([item(' ', 12, 100, 700, 2971), item('\u3000', 12, 100, 700, 5), { type: 'beginMarkedContent' }, item('0', 12, 300, 700, 6)], A4, 1);
    expect(runs.map((r) => r.text)).toEqual(['0']);
  });

  it('gives a vertical-font run a column box starting at its origin', () => {
    const [r] = itemsToRuns([{ ...item('三、本年', 10, 90, 235, 10, 'v'), height: 40 }], A4, 3, new Set(['v']));
    expect(r!.vertical).toBe(true);
    expect(r!.box.x).toBeCloseTo(85);
    expect(r!.box.y).toBeCloseTo(607);
    expect(r!.box.width).toBeCloseTo(10);
    expect(r!.box.height).toBeCloseTo(40);
  });

  it('marks text rotated by 90° as vertical', () => {
    const [r] = itemsToRuns([{ str: '结果', transform: [0, 10, -10, 0, 100, 500], width: 20, height: 10, fontName: 'f' }], A4, 1);
    expect(r!.vertical).toBe(true);
    expect(r!.box.height).toBeCloseTo(20);
  });

  it('drops text set at a slant (a watermark across the page, a seal\'s ring), keeps text turned by a few degrees', () => {
    const turned = (str: string, degrees: number, x: number) => {
      const a = (degrees * Math.PI) / 180;
      return { str, transform: [12 * Math.cos(a), 12 * Math.sin(a), -12 * Math.sin(a), 12 * Math.cos(a), x, 400], width: 24, height: 12, fontName: 'f' };
    };
    const runs = itemsToRuns([turned('内部资料', 35, 100), turned('2024', 45, 200), turned('局', -27, 250), turned('规章', 3, 300), turned('12', -14, 400), turned('结果', 90, 500)], A4, 1);
    expect(runs.map((r) => [r.text, r.vertical])).toEqual([
      ['规章', false],
      ['12', false],
      ['结果', true],
    ]);
  });
});

describe('multiply', () => {
  it('applies the right matrix first', () => {
    expect(multiply([1, 0, 0, -1, 0, 842], [2, 0, 0, 2, 10, 20])).toEqual([2, 0, 0, -2, 10, 822]);
  });
});
