import { clusterValues, groupRulings, mergeSegments } from '../../../src/frontends/pdf/rulings.js';

const h = (y: number, x1: number, x2: number) => ({ x1, y1: y, x2, y2: y });
const v = (x: number, y1: number, y2: number) => ({ x1: x, y1, x2: x, y2 });

describe('clusterValues', () => {
  it('starts a new cluster after a gap wider than the tolerance', () => {
    expect(clusterValues([10, 77.1, 11.5, 75.7, 200], 2)).toEqual([[10, 11.5], [75.7, 77.1], [200]]);
  });
});

describe('mergeSegments', () => {
  it('joins collinear pieces across hairline gaps and double lines, keeps real breaks', () => {
    const r = mergeSegments([h(100, 10, 50), h(100.5, 51, 90), h(100, 150, 200), v(10, 100, 140), v(10, 141, 180)]);
    expect(r.horizontal.map((x) => [Math.round(x.pos), x.from, x.to])).toEqual([[100, 10, 90], [100, 150, 200]]);
    expect(r.vertical).toEqual([{ pos: 10, from: 100, to: 180 }]);
  });
});

describe('groupRulings', () => {
  it('groups crossing rulings into tables and flags single rectangles as frames', () => {
    const table = [h(100, 10, 210), h(120, 10, 210), h(140, 10, 210), v(10, 100, 140), v(110, 100, 140), v(210, 100, 140)];
    const frame = [h(300, 10, 210), h(330, 10, 210), v(10, 300, 330), v(210, 300, 330)];
    const underline = [h(400, 10, 100)];
    const groups = groupRulings(mergeSegments([...table, ...frame, ...underline]));
    expect(groups.map((g) => [g.box, g.frame, g.horizontal.length, g.vertical.length])).toEqual([
      [{ x: 10, y: 100, width: 200, height: 40 }, false, 3, 3],
      [{ x: 10, y: 300, width: 200, height: 30 }, true, 2, 2],
    ]);
  });
});

describe('groupRulings: columns open over both page breaks', () => {
  it('takes a vertical crossing nothing into the group whose top and bottom it shares', () => {
    const rows = [h(210, 164, 504), h(378, 164, 504), v(164, 105, 742.8), v(504, 105, 742.8)];
    const open = [v(86, 105, 742.8), v(119, 105.5, 742)];
    const stray = [v(40, 300, 500)]; // a lone line elsewhere: not a column edge
    const [g] = groupRulings(mergeSegments([...rows, ...open, ...stray]));
    expect(g!.vertical.map((x) => Math.round(x.pos)).sort((a, b) => a - b)).toEqual([86, 119, 164, 504]);
    expect(g!.box.x).toBe(86);
    expect(g!.frame).toBe(false);
  });
});
