/**
 * pdfjs without its drawing package in xxgk's own threads. pdfjs's legacy
 * build requires `@napi-rs/canvas` (its optional dependency: Skia and the
 * system's fonts) when it is imported, to polyfill `DOMMatrix`, `ImageData`
 * and `Path2D` for drawing, which nothing here does. Loading it cost each
 * PDF-reading process 80–100 ms and 25 MiB (measured on the Hongze report,
 * 2026-12-07). Before pdfjs loads, this thread gets:
 * - `DOMMatrix`: the 2D matrix below: pdfjs builds one when it is imported
 *   (its worker would use one for a Type3 glyph drawn as an image mask, an
 *   image that load.ts's MAX_IMAGE_PIXELS of 0 leaves out before that);
 * - `ImageData` and `Path2D`: the package's own, loaded when first built;
 * - the package itself as pdfjs requires it: loaded when first used.
 * So nothing is lost if something draws after all; it only pays then.
 */
import Module, { createRequire } from 'node:module';

type Canvas = { ImageData: new (...args: unknown[]) => object; Path2D: new (...args: unknown[]) => object } & Record<string, unknown>;

/** `[a, b, c, d, e, f]`: x' = a·x + c·y + e, y' = b·x + d·y + f. */
type Six = [number, number, number, number, number, number];

function product(m: Six, n: Six): Six {
  return [m[0] * n[0] + m[2] * n[1], m[1] * n[0] + m[3] * n[1], m[0] * n[2] + m[2] * n[3], m[1] * n[2] + m[3] * n[3], m[0] * n[4] + m[2] * n[5] + m[4], m[1] * n[4] + m[3] * n[5] + m[5]];
}

function sixOf(init: unknown): Six {
  if (init === undefined) return [1, 0, 0, 1, 0, 0];
  if (init instanceof Matrix2D) return [init.a, init.b, init.c, init.d, init.e, init.f];
  if (Array.isArray(init) || ArrayBuffer.isView(init)) {
    const v = Array.from(init as ArrayLike<number>, Number);
    if (v.length === 6) return v as Six;
    // A 4×4 matrix in column-major order: its 2D part.
    if (v.length === 16) return [v[0]!, v[1]!, v[4]!, v[5]!, v[12]!, v[13]!];
  }
  throw new TypeError('DOMMatrix (xxgk): only a 2D matrix is supported.');
}

/**
 * The 2D part of the DOM's `DOMMatrix` (a–f, multiply, translate, scale,
 * invert), with the DOM's order of products: `m.multiplySelf(n)` is m·n,
 * `translateSelf` and `scaleSelf` apply after m, `preMultiplySelf(n)` is n·m.
 */
export class Matrix2D {
  a: number;
  b: number;
  c: number;
  d: number;
  e: number;
  f: number;

  constructor(init?: unknown) {
    [this.a, this.b, this.c, this.d, this.e, this.f] = sixOf(init);
  }

  get is2D(): boolean {
    return true;
  }

  get isIdentity(): boolean {
    return this.a === 1 && this.b === 0 && this.c === 0 && this.d === 1 && this.e === 0 && this.f === 0;
  }

  private set(m: Six): this {
    [this.a, this.b, this.c, this.d, this.e, this.f] = m;
    return this;
  }

  private six(): Six {
    return [this.a, this.b, this.c, this.d, this.e, this.f];
  }

  multiplySelf(other?: unknown): this {
    return this.set(product(this.six(), sixOf(other)));
  }

  preMultiplySelf(other?: unknown): this {
    return this.set(product(sixOf(other), this.six()));
  }

  translateSelf(tx = 0, ty = 0): this {
    return this.set(product(this.six(), [1, 0, 0, 1, tx, ty]));
  }

  scaleSelf(sx = 1, sy = sx, _sz = 1, ox = 0, oy = 0): this {
    return this.translateSelf(ox, oy).set(product(this.six(), [sx, 0, 0, sy, 0, 0])).translateSelf(-ox, -oy);
  }

  invertSelf(): this {
    const det = this.a * this.d - this.b * this.c;
    if (det === 0 || !Number.isFinite(det)) return this.set([NaN, NaN, NaN, NaN, NaN, NaN]);
    const [a, b, c, d, e, f] = this.six();
    return this.set([d / det, -b / det, -c / det, a / det, (c * f - d * e) / det, (b * e - a * f) / det]);
  }

  multiply(other?: unknown): Matrix2D {
    return new Matrix2D(this).multiplySelf(other);
  }

  translate(tx?: number, ty?: number): Matrix2D {
    return new Matrix2D(this).translateSelf(tx, ty);
  }

  scale(sx?: number, sy?: number, sz?: number, ox?: number, oy?: number): Matrix2D {
    return new Matrix2D(this).scaleSelf(sx, sy, sz, ox, oy);
  }

  inverse(): Matrix2D {
    return new Matrix2D(this).invertSelf();
  }

  transformPoint(point: { x?: number; y?: number } = {}): { x: number; y: number; z: number; w: number } {
    const x = point.x ?? 0;
    const y = point.y ?? 0;
    return { x: this.a * x + this.c * y + this.e, y: this.b * x + this.d * y + this.f, z: 0, w: 1 };
  }
}

/**
 * Puts the stand-ins in place in this thread, before pdfjs's first import.
 * Only where pdfjs is not loaded yet and the package is installed (pdfjs
 * warns and goes on without it otherwise, as it always has). Returns whether
 * it did.
 */
export function keepCanvasPackageUnloaded(pdfjsModule: string): boolean {
  const require = createRequire(import.meta.url);
  let pdfjsRequire: NodeRequire;
  let canvasPath: string;
  try {
    pdfjsRequire = createRequire(require.resolve(pdfjsModule));
    canvasPath = pdfjsRequire.resolve('@napi-rs/canvas');
  } catch {
    return false;
  }
  if (pdfjsRequire.cache[canvasPath] || globalThis.DOMMatrix !== undefined) return false;
  let real: Canvas | undefined;
  // The real package, in place of the stand-in from then on.
  const canvas = (): Canvas => {
    if (!real) {
      delete pdfjsRequire.cache[canvasPath];
      real = pdfjsRequire(canvasPath) as Canvas;
    }
    return real;
  };
  // The package as pdfjs requires it: each name read from the real one, loaded on first use.
  const stub = new Module(canvasPath);
  stub.filename = canvasPath;
  stub.loaded = true;
  stub.exports = new Proxy({}, { get: (_, key) => canvas()[key as string] });
  pdfjsRequire.cache[canvasPath] = stub;
  const g = globalThis as Record<string, unknown>;
  g.DOMMatrix = Matrix2D;
  g.ImageData ??= class ImageData {
    constructor(...args: unknown[]) {
      return new (canvas().ImageData)(...args);
    }
  };
  g.Path2D ??= class Path2D {
    constructor(...args: unknown[]) {
      return new (canvas().Path2D)(...args);
    }
  };
  return true;
}
