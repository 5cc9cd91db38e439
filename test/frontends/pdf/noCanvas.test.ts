import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { Matrix2D } from '../../../src/frontends/pdf/noCanvas.js';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const require = createRequire(import.meta.url);

/** The DOM's own DOMMatrix, as pdfjs's drawing package gives it (pdfjs-dist's optional dependency). */
const pdfjsRequire = createRequire(require.resolve('pdfjs-dist/legacy/build/pdf.mjs'));
const Real = (pdfjsRequire('@napi-rs/canvas') as { DOMMatrix: new (init?: number[]) => Record<string, number> & Record<string, (...a: unknown[]) => unknown> }).DOMMatrix;

const six = (m: { a: number; b: number; c: number; d: number; e: number; f: number }) => [m.a, m.b, m.c, m.d, m.e, m.f];

describe('Matrix2D, against the DOM\'s DOMMatrix (@napi-rs/canvas)', () => {
  // Fixed pseudo-random matrices: no two runs differ.
  let seed = 7;
  const rnd = () => ((seed = (seed * 16807) % 2147483647) / 2147483647) * 8 - 4;
  const matrices = Array.from({ length: 40 }, () => Array.from({ length: 6 }, rnd));

  test.each([
    ['multiplySelf', (m: any, n: number[]) => m.multiplySelf(new m.constructor(n))],
    ['preMultiplySelf', (m: any, n: number[]) => m.preMultiplySelf(new m.constructor(n))],
    ['translateSelf', (m: any, n: number[]) => m.translateSelf(n[0], n[1])],
    ['scaleSelf', (m: any, n: number[]) => m.scaleSelf(n[0], n[1])],
    ['scaleSelf about an origin', (m: any, n: number[]) => m.scaleSelf(n[0], n[1], 1, n[2], n[3])],
    ['invertSelf', (m: any) => m.invertSelf()],
    ['multiply', (m: any, n: number[]) => m.multiply(new m.constructor(n))],
    ['translate then scale', (m: any, n: number[]) => m.translate(n[0], n[1]).scale(n[2], -n[3])],
    ['inverse', (m: any) => m.inverse()],
  ])('%s gives the same a–f', (_, op) => {
    for (let i = 0; i < matrices.length - 1; i++) {
      const [m, n] = [matrices[i]!, matrices[i + 1]!];
      const ours = six(op(new Matrix2D(m), n) as Matrix2D);
      const theirs = six(op(new Real(m), n) as never);
      ours.forEach((v, k) => expect(v).toBeCloseTo(theirs[k]!, 9));
    }
  });

  test('built from nothing (identity), six numbers, sixteen (column-major), another matrix; points transformed', () => {
    expect(six(new Matrix2D())).toEqual([1, 0, 0, 1, 0, 0]);
    expect(new Matrix2D().isIdentity).toBe(true);
    expect(six(new Matrix2D([2, 0, 0, 3, 4, 5]))).toEqual([2, 0, 0, 3, 4, 5]);
    expect(six(new Matrix2D([2, 1, 0, 0, 3, 4, 0, 0, 0, 0, 1, 0, 5, 6, 0, 1]))).toEqual([2, 1, 3, 4, 5, 6]);
    expect(six(new Matrix2D(new Matrix2D([1, 2, 3, 4, 5, 6])))).toEqual([1, 2, 3, 4, 5, 6]);
    expect(new Matrix2D([2, 0, 0, 3, 4, 5]).transformPoint({ x: 1, y: 1 })).toEqual({ x: 6, y: 8, z: 0, w: 1 });
    // pdfjs's worker: a Type3 glyph's image mask of 8×4 drawn as a path.
    expect(six(new Matrix2D().scaleSelf(1 / 8, -1 / 4).translateSelf(0, -4))).toEqual([0.125, 0, 0, -0.25, 0, 1]);
    expect(six(new Matrix2D([1, 2, 2, 4, 0, 0]).invertSelf()).every(Number.isNaN)).toBe(true);
    expect(() => new Matrix2D([1, 2, 3])).toThrow(TypeError);
  });
});

test("in a thread of xxgk's own: the package stays unloaded until something draws, then it is the real one", () => {
  const script = `
    import { createRequire } from 'node:module';
    import { readFileSync } from 'node:fs';
    const { keepCanvasPackageUnloaded, Matrix2D } = await import('${root}src/frontends/pdf/noCanvas.ts');
    const mapped = () => /@napi-rs[/+]canvas/.test(readFileSync('/proc/self/maps', 'utf8'));
    const put = keepCanvasPackageUnloaded('pdfjs-dist/legacy/build/pdf.mjs');
    const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
    const afterImport = mapped();
    const ours = globalThis.DOMMatrix === Matrix2D;
    const path = new Path2D();
    const r = createRequire(createRequire('${root}package.json').resolve('pdfjs-dist/legacy/build/pdf.mjs'));
    const canvas = r('@napi-rs/canvas');
    console.log(JSON.stringify({ put, afterImport, ours, drawn: path instanceof canvas.Path2D, createCanvas: typeof canvas.createCanvas, afterDrawing: mapped(), again: keepCanvasPackageUnloaded('pdfjs-dist/legacy/build/pdf.mjs') }));
  `;
  const out = execFileSync(process.execPath, ['--import', `${root}test/support/ts-loader.mjs`, '--input-type=module', '-e', script], { cwd: root, encoding: 'utf8' });
  expect(JSON.parse(out.trim().split('\n').pop()!)).toEqual({ put: true, afterImport: false, ours: true, drawn: true, createCanvas: 'function', afterDrawing: true, again: false });
}, 30_000);
