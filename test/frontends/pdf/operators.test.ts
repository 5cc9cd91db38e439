import { pathToPolylines, walkOperators, type OpsTable } from '../../../src/frontends/pdf/operators.js';

// pdfjs's OPS codes (pdfjs-dist 5.x), so the test needs no pdfjs import.
const OPS: OpsTable = {
  save: 10, restore: 11, transform: 12, paintFormXObjectBegin: 74, paintFormXObjectEnd: 75, constructPath: 91,
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
