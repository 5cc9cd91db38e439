import { GraphicsRecorder, RECORDED_GRAPHICS, takeRecordedGraphics, type PdfjsInternals } from '../../../src/frontends/pdf/graphicsRecorder.js';
import { loadPdfjs } from '../../../src/frontends/pdf/load.js';

// What the recorder is given inside the patched worker, with stand-ins for pdfjs's colour spaces and evaluator.
type Space = (name: string, hex: (a: number[]) => string) => unknown;
async function recorder(getColorSpace?: (space: Space) => unknown) {
  const OPS = (await loadPdfjs()).OPS as unknown as Record<string, number>;
  class ColorSpace {}
  const space = (name: string, hex: (a: number[]) => string) => Object.assign(new ColorSpace(), { name, getRgbHex: (a: number[]) => hex(a) });
  const gray = space('DeviceGray', (a) => `gray${a[0]}`);
  const internals = {
    OPS,
    ColorSpace,
    ColorSpaceUtils: { gray, rgb: space('DeviceRGB', (a) => `rgb${a.join(',')}`), cmyk: space('DeviceCMYK', (a) => `cmyk${a.join(',')}`) },
    LocalColorSpaceCache: class {},
    isNumberArray: (v: unknown) => Array.isArray(v) && v.every((x) => typeof x === 'number'),
    lookupMatrix: (v: unknown) => (Array.isArray(v) && v.length === 6 ? (v as number[]) : null),
    evaluator: {
      buildPath: (fn: number, args: number[], state: { pathBuffer: number[] }) => state.pathBuffer.push(fn === OPS.moveTo ? 0 : 1, args[0]!, args[1]!),
      _getColorSpace: () => (getColorSpace ? getColorSpace(space) : gray),
      _handleColorSpace: async () => null,
    },
  } as unknown as PdfjsInternals;
  return { rec: new GraphicsRecorder(internals), OPS };
}

const noText = { font: null, fontName: null, fontSize: 0, loadedName: null };
const resources = { get: () => undefined, getArray: () => undefined, getKeys: () => [] };

describe('GraphicsRecorder', () => {
  test('keeps graphics operators as the operator list has them (colours as RGB, paths as constructPath) and closes unclosed saves', async () => {
    const { rec, OPS } = await recorder();
    const feed = (fn: number, args: unknown[] | null) => expect(rec.op(fn, args, resources, noText)).toBeUndefined();
    feed(OPS.save!, null);
    feed(OPS.transform!, [1, 0, 0, 1, 5, 6]);
    feed(OPS.setFillGray!, [1]);
    feed(OPS.moveTo!, [10, 20]);
    feed(OPS.lineTo!, [30, 20]);
    feed(OPS.stroke!, null);
    feed(OPS.showText!, ['abc']); // no vertical font: not kept
    feed(OPS.setStrokeRGBColor!, [0, 0, 1]);
    const item = rec.item();
    expect(item.type).toBe(RECORDED_GRAPHICS);
    expect(item.failed).toBe(false);
    expect(item.fnArray).toEqual([OPS.save, OPS.transform, OPS.setFillRGBColor, OPS.constructPath, OPS.setStrokeRGBColor, OPS.restore]);
    expect(item.argsArray[1]).toEqual([1, 0, 0, 1, 5, 6]);
    expect(item.argsArray[2]).toEqual(['gray1']);
    const [paint, [data], minMax] = item.argsArray[3] as [number, [Float32Array], Float32Array];
    expect([paint, Array.from(data), minMax.length]).toEqual([OPS.stroke, [0, 10, 20, 1, 30, 20], 4]);
  });

  test('a failure inside the recorder never reaches the text pass: the recording is marked failed and stops', async () => {
    const { rec, OPS } = await recorder(() => {
      throw new Error('broken colour space');
    });
    expect(rec.op(OPS.setFillColorSpace!, [{ name: 'CS0' }], resources, noText)).toBeUndefined();
    expect(rec.op(OPS.save!, null, resources, noText)).toBeUndefined();
    expect(rec.item()).toEqual({ type: RECORDED_GRAPHICS, fnArray: [], argsArray: [], failed: true });
  });

  test('what the text pass cannot stand in for marks the recording failed: a soft mask, a missing pattern, a drawn form skipped as empty, an ignored error', async () => {
    const dict = (entries: Record<string, unknown>) => ({ get: (k: string) => entries[k], getArray: () => undefined, getKeys: () => Object.keys(entries) });
    const name = (n: string) => ({ name: n });
    const withSMask = dict({ ExtGState: dict({ GS0: dict({ SMask: dict({ S: name('Luminosity') }) }), GS1: dict({ SMask: name('None'), CA: 1 }) }) });
    const failedAfter = async (feed: (rec: GraphicsRecorder, OPS: Record<string, number>) => void) => {
      const { rec, OPS } = await recorder();
      feed(rec, OPS);
      return rec.item().failed;
    };
    expect(await failedAfter((rec, OPS) => rec.op(OPS.setGState!, [name('GS1')], withSMask, noText))).toBe(false);
    expect(await failedAfter((rec, OPS) => rec.op(OPS.setGState!, [name('GS0')], withSMask, noText))).toBe(true);
    const patterns = dict({ Pattern: dict({ P1: dict({}) }) });

    const scn = (rec: GraphicsRecorder, OPS: Record<string, number>, p: string) => {
      rec.op(OPS.setFillColorSpace!, [name('Pattern')], patterns, noText);
      rec.op(OPS.setFillColorN!, [name(p)], patterns, noText);
    };
    const patternRecorder = async () => recorder((space) => space('Pattern', () => ''));
    for (const [p, failed] of [['P1', false], ['P2', true]] as const) {
      const { rec, OPS } = await patternRecorder();
      scn(rec, OPS, p);
      expect(rec.item().failed).toBe(failed);
    }
    // A form that drew and showed no text, cached as empty by name and object id: skipping it again fails the recording.
    expect(
      await failedAfter((rec, OPS) => {
        const mark = rec.beginForm(dict({}));
        rec.op(OPS.moveTo!, [0, 0], resources, noText);
        rec.op(OPS.lineTo!, [9, 0], resources, noText);
        rec.op(OPS.stroke!, null, resources, noText);
        rec.endForm();
        rec.cachedEmpty(mark, 'Fm1', '12R');
        rec.skipped('12R');
      }),
    ).toBe(true);
    // One that drew nothing may be skipped.
    expect(
      await failedAfter((rec) => {
        const mark = rec.beginForm(dict({}));
        rec.endForm();
        rec.cachedEmpty(mark, 'Fm1', '12R');
        rec.skipped('Fm1');
      }),
    ).toBe(false);
    expect(await failedAfter((rec) => rec.fail())).toBe(true);
  });

  test('takeRecordedGraphics takes the last item only when it is a recording', () => {
    const recorded = { type: RECORDED_GRAPHICS, fnArray: [], argsArray: [], failed: false };
    const items: unknown[] = [{ str: 'a' }, recorded];
    expect(takeRecordedGraphics(items)).toBe(recorded);
    expect(items).toEqual([{ str: 'a' }]);
    expect(takeRecordedGraphics(items)).toBeNull();
    expect(items).toEqual([{ str: 'a' }]);
  });
});
