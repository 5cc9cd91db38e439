import { clipSegment, filledSegment, pathBounds, pathToPolylines, walkOperators, type OpsTable } from '../../../src/frontends/pdf/operators.js';
import { groupRulings, mergeSegments } from '../../../src/frontends/pdf/rulings.js';
import { buildGrid } from '../../../src/frontends/pdf/tables.js';
import type { Segment } from '../../../src/frontends/pdf/types.js';
import { run } from './helpers.js';

// pdfjs's OPS codes (pdfjs-dist 5.x), so the test needs no pdfjs import.
const OPS: OpsTable = {
  save: 10, restore: 11, transform: 12, paintFormXObjectBegin: 74, paintFormXObjectEnd: 75, constructPath: 91, clip: 29, eoClip: 30,
  stroke: 20, closeStroke: 21, fill: 22, eoFill: 23, fillStroke: 24, eoFillStroke: 25, closeFillStroke: 26, closeEOFillStroke: 27,
  setStrokeRGBColor: 58, setFillRGBColor: 59, beginText: 31, endText: 32, setFont: 37, setTextMatrix: 42,
  showText: 44, showSpacedText: 45, nextLineShowText: 46, nextLineSetSpacingShowText: 47,
};
const ENDPATH = 28;
const A4 = [1, 0, 0, -1, 0, 842];

function ops(...list: [number, unknown][]) {
  return { fnArray: list.map((o) => o[0]), argsArray: list.map((o) => o[1]) };
}
const path = (paint: number, ...data: number[]) => [OPS.constructPath, [paint, [Float32Array.from(data)], null]] as [number, unknown];

describe('pathToPolylines', () => {
  it('splits DrawOPS data into subpaths and drops curved ones', () => {
    const polys = pathToPolylines([0, 0, 0, 1, 10, 0, 4, 0, 5, 5, 2, 1, 1, 2, 2, 3, 3], [1, 0, 0, 1, 0, 0]);
    expect(polys).toEqual([{ points: [[0, 0], [10, 0]], closed: true }]);
  });
});

describe('walkOperators', () => {
  it('maps stroked lines through the CTM and the viewport to top-left space', () => {
    const list = ops(
      [OPS.save, null],
      [OPS.transform, [1, 0, 0, -1, 0, 842]], // WPS: content drawn in top-left space
      path(OPS.stroke, 0, 75, 80, 1, 517, 80, 0, 231, 80, 1, 231, 193),
      [OPS.restore, null],
    );
    expect(walkOperators(list, OPS, A4).segments).toEqual([
      { x1: 75, y1: 80, x2: 517, y2: 80 },
      { x1: 231, y1: 80, x2: 231, y2: 193 },
    ]);
  });

  it('reads thin filled rectangles as rulings (Word) and ignores clips, white and large fills', () => {
    const rect = (x: number, y: number, w: number, hgt: number) => [0, x, y, 1, x + w, y, 1, x + w, y + hgt, 1, x, y + hgt, 4];
    const list = ops(
      path(OPS.fill, ...rect(100, 700, 200, 0.5)),
      path(OPS.fill, ...rect(100, 600, 0.5, 100)),
      path(OPS.fill, ...rect(100, 100, 200, 300)),
      path(ENDPATH, ...rect(0, 0, 595, 842)),
      [OPS.setStrokeRGBColor, ['#ffffff']],
      path(OPS.stroke, 0, 10, 10, 1, 300, 10),
    );
    const segs = walkOperators(list, OPS, A4).segments;
    expect(segs.map((s) => [s.x1, s.y1, s.x2, s.y2].map((n) => Math.round(n * 100) / 100))).toEqual([
      [100, 141.75, 300, 141.75],
      [100.25, 142, 100.25, 242],
    ]);
  });

  it('collects the whole string of a vertical font, which getTextContent truncates', () => {
    const glyphs = (s: string) => [[...s].map((unicode) => ({ unicode }))];
    const list = ops(
      [OPS.transform, [1, 0, 0, -1, 0, 842]],
      [OPS.beginText, null],
      [OPS.setFont, ['v1', 199]],
      [OPS.setTextMatrix, [[0.05, 0, 0, -0.05, 90.5, 606.5]]],
      [OPS.showText, glyphs('三、')],
      [OPS.showText, glyphs('本年度办理结果')],
      [OPS.endText, null],
      [OPS.beginText, null],
      [OPS.setFont, ['h1', 10]],
      [OPS.showText, glyphs('横排')],
      [OPS.endText, null],
    );
    const { verticalTexts } = walkOperators(list, OPS, A4, new Set(['v1']));
    expect(verticalTexts.map((t) => ({ ...t, fontSize: Math.round(t.fontSize * 100) / 100 }))).toEqual([{ text: '三、本年度办理结果', x: 90.5, y: 606.5, fontSize: 9.95 }]);
  });
});

const round = (segs: Segment[]) => segs.map((s) => [s.x1, s.y1, s.x2, s.y2].map((n) => Math.round(n * 100) / 100));
const filled = (...points: [number, number][]) => {
  const out: Segment[] = [];
  filledSegment({ points }, out);
  return round(out);
};

describe('filledSegment', () => {
  it('reads a thin quadrilateral with a mitred end (Chromium: 1 px edge, one end 1 px shorter) as a ruling', () => {
    // Vertical, 0.75 pt wide, the top corner cut back by 0.75 pt.
    expect(filled([392.25, 639], [392.25, 658.5], [393, 658.5], [393, 638.25])).toEqual([[392.63, 638.25, 392.63, 658.5]]);
    // Horizontal, both ends mitred.
    expect(filled([10.75, 100], [99.25, 100], [100, 100.75], [10, 100.75])).toEqual([[10, 100.38, 100, 100.38]]);
  });

  it('tolerates a slant within the band\'s own width over its length', () => {
    expect(filled([0, 0], [1, 0], [2, 100], [1, 100])).toEqual([[1, 0, 1, 100]]);
  });

  it('rejects thin triangles, corners away from the ends, and thick or short shapes', () => {
    expect(filled([0, 0], [2, 0], [1, 20])).toEqual([]); // an arrowhead
    expect(filled([0, 0], [1, 0], [1, 10], [2, 12], [1, 20], [0, 20])).toEqual([]); // a notch half-way
    expect(filled([0, 0], [3, 0], [3, 50], [0, 50])).toEqual([]); // a bar, not a line
    expect(filled([0, 0], [1, 0], [1, 1.5], [0, 1.5])).toEqual([]); // a dot
  });

  it('accepts a rectangle given with its closing point repeated', () => {
    expect(filled([0, 0], [50, 0], [50, 0.5], [0, 0.5], [0, 0])).toEqual([[0, 0.25, 50, 0.25]]);
  });
});

describe('Chromium borders: outset and inset edges of adjacent cells', () => {
  it('give one ruling each, so no phantom column or row appears between them', () => {
    // Two cells side by side, each drawing its own 1 px (0.75 pt) borders as mitred bands.
    const segs: Segment[] = [];
    const cell = (x1: number, y1: number, x2: number, y2: number) => {
      const w = 0.75;
      filledSegment({ points: [[x1, y1], [x2, y1], [x2 - w, y1 + w], [x1 + w, y1 + w]] }, segs); // top
      filledSegment({ points: [[x1 + w, y2 - w], [x2 - w, y2 - w], [x2, y2], [x1, y2]] }, segs); // bottom
      filledSegment({ points: [[x1, y1], [x1 + w, y1 + w], [x1 + w, y2 - w], [x1, y2]] }, segs); // left
      filledSegment({ points: [[x2 - w, y1 + w], [x2, y1], [x2, y2], [x2 - w, y2 - w]] }, segs); // right
    };
    cell(10, 100, 110, 120);
    cell(110, 100, 210, 120);
    cell(10, 120, 110, 140);
    cell(110, 120, 210, 140);
    expect(segs).toHaveLength(16);
    const [group] = groupRulings(mergeSegments(segs));
    const grid = buildGrid(group!, [run('甲', 20, 115), run('1', 150, 115), run('乙', 20, 135), run('2', 150, 135)], 1);
    expect(grid.xs.map(Math.round)).toEqual([10, 110, 210]);
    expect(grid.nrows).toBe(2);
    expect(grid.cells.map((c) => c.text)).toEqual(['甲', '1', '乙', '2']);
  });
});

describe('clipping', () => {
  const CLIP = [79.5, 99, 521.7, 737] as [number, number, number, number];

  it('cuts rulings to the clip box and drops those outside it', () => {
    expect(clipSegment({ x1: 86, y1: 40, x2: 86, y2: 1300 }, CLIP)).toEqual({ x1: 86, y1: 99, x2: 86, y2: 737 });
    expect(clipSegment({ x1: 50, y1: 737.5, x2: 600, y2: 737.5 }, CLIP)).toEqual({ x1: 79.5, y1: 737.5, x2: 521.7, y2: 737.5 });
    expect(clipSegment({ x1: 50, y1: 800, x2: 600, y2: 800 }, CLIP)).toBeNull();
    expect(clipSegment({ x1: 86, y1: 740, x2: 86, y2: 900 }, CLIP)).toBeNull();
    expect(clipSegment({ x1: 86, y1: 0, x2: 86, y2: 900 }, null)).toEqual({ x1: 86, y1: 0, x2: 86, y2: 900 });
  });

  it('bounds path data through the CTM, curve control points included', () => {
    expect(pathBounds([0, 10, 10, 1, 20, 10, 2, 25, 15, 25, 20, 20, 30, 4], [2, 0, 0, 2, 0, 0])).toEqual([20, 20, 50, 60]);
  });

  it('applies a clip (clip op, then its path) to later rulings until restore', () => {
    const long = path(OPS.fill, 0, 100, 0, 1, 100.75, 0, 1, 100.75, 842, 1, 100, 842, 4);
    const list = ops(
      [OPS.save, null],
      [OPS.eoClip, null],
      path(ENDPATH, 0, 50, 100, 1, 500, 100, 1, 500, 700, 1, 50, 700, 4),
      long,
      [OPS.restore, null],
      long,
    );
    expect(round(walkOperators(list, OPS, A4).segments)).toEqual([
      [100.38, 142, 100.38, 742],
      [100.38, 0, 100.38, 842],
    ]);
  });
});
