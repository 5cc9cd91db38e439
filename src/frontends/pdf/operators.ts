/**
 * One pass over a page's operator list, collecting what the text content
 * lacks: ruling segments (table borders) and the full text of vertical-font
 * strings, which pdfjs's getTextContent truncates (`三、本年度办理结果` comes
 * back as `三、本年`).
 *
 * Paths arrive batched in `constructPath` ops: [paintOp, [pathData], minMax],
 * pathData being DrawOPS codes (moveTo 0, lineTo 1, curveTo 2, quadraticCurveTo 3,
 * closePath 4) followed by their coordinates.
 */
import { foldRadicals } from '../../util/normalize.js';
import { multiply } from './runs.js';
import type { Segment, VerticalText } from './types.js';

/** The OPS codes this walker needs (pdfjs's `OPS` object satisfies it). */
export interface OpsTable {
  save: number;
  restore: number;
  transform: number;
  paintFormXObjectBegin: number;
  paintFormXObjectEnd: number;
  constructPath: number;
  clip: number;
  eoClip: number;
  stroke: number;
  closeStroke: number;
  fill: number;
  eoFill: number;
  fillStroke: number;
  eoFillStroke: number;
  closeFillStroke: number;
  closeEOFillStroke: number;
  setStrokeRGBColor: number;
  setFillRGBColor: number;
  beginText: number;
  endText: number;
  setFont: number;
  setTextMatrix: number;
  showText: number;
  showSpacedText: number;
  nextLineShowText: number;
  nextLineSetSpacingShowText: number;
}

export interface OperatorListLike {
  fnArray: ArrayLike<number>;
  argsArray: ArrayLike<unknown>;
}

/** A filled rectangle thinner than this is a ruling (Word draws borders so). */
const THIN_FILL = 2.5;
/** Segments shorter than this are glyph parts or dots, not rulings. */
const MIN_LENGTH = 2;
/** A filled band's corners may be cut back from its ends by this many band widths (mitred joints)... */
const MITRE_WIDTHS = 2;
/** ...or by this much (points) for hairline bands, as rectangles drawn with rounding error are. */
const MITRE_MIN = 0.5;
/** Deviation from axis-aligned tolerated (points). */
const AXIS_TOLERANCE = 0.6;

/** Rulings this far (points) outside the clip still count: a border on the clip edge is half cut. */
const CLIP_SLACK = 1.5;

/** An axis-aligned box in page space: [x1, y1, x2, y2]. */
type Bounds = [number, number, number, number];

interface State {
  ctm: number[];
  /** Bounding box of the clipping path (null: the whole page). */
  clip: Bounds | null;
  strokeWhite: boolean;
  fillWhite: boolean;
}

/** Colours as pdfjs gives them: '#rrggbb' (pdfjs 5) or an [r, g, b] array. */
function isWhite(arg: unknown): boolean {
  if (typeof arg === 'string') {
    const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(arg);
    return !!m && [m[1], m[2], m[3]].every((h) => parseInt(h!, 16) >= 0xf0);
  }
  if (Array.isArray(arg) || ArrayBuffer.isView(arg)) {
    const c = Array.from(arg as ArrayLike<number>);
    return c.length >= 3 && c.slice(0, 3).every((v) => v >= 240);
  }
  return false;
}

const apply = (m: readonly number[], x: number, y: number): [number, number] => [m[0]! * x + m[2]! * y + m[4]!, m[1]! * x + m[3]! * y + m[5]!];

/** Splits DrawOPS path data into subpaths of points; subpaths with curves are dropped. */
export function pathToPolylines(data: ArrayLike<number>, ctm: readonly number[]): { points: [number, number][]; closed: boolean }[] {
  const out: { points: [number, number][]; closed: boolean }[] = [];
  let cur: [number, number][] = [];
  let curved = false;
  const flush = (closed: boolean) => {
    if (cur.length > 1 && !curved) out.push({ points: cur, closed });
    cur = [];
    curved = false;
  };
  for (let i = 0; i < data.length; ) {
    const op = data[i]!;
    if (op === 0) {
      flush(false);
      cur.push(apply(ctm, data[i + 1]!, data[i + 2]!));
      i += 3;
    } else if (op === 1) {
      cur.push(apply(ctm, data[i + 1]!, data[i + 2]!));
      i += 3;
    } else if (op === 2) {
      curved = true;
      cur.push(apply(ctm, data[i + 5]!, data[i + 6]!));
      i += 7;
    } else if (op === 3) {
      curved = true;
      cur.push(apply(ctm, data[i + 3]!, data[i + 4]!));
      i += 5;
    } else if (op === 4) {
      const start = cur[0];
      flush(true);
      // After closePath the current point is the subpath's start.
      if (start) cur.push(start);
      i += 1;
    } else {
      break; // unknown code: stop rather than misread coordinates
    }
  }
  flush(false);
  return out;
}

/** Page-space bounding box of path data, curve control points included (so it holds the curves). */
export function pathBounds(data: ArrayLike<number>, ctm: readonly number[]): Bounds | null {
  let x1 = Infinity, y1 = Infinity, x2 = -Infinity, y2 = -Infinity;
  const add = (x: number, y: number) => {
    const [px, py] = apply(ctm, x, y);
    x1 = Math.min(x1, px), y1 = Math.min(y1, py), x2 = Math.max(x2, px), y2 = Math.max(y2, py);
  };
  const arity: Record<number, number> = { 0: 1, 1: 1, 2: 3, 3: 2, 4: 0 };
  for (let i = 0; i < data.length; ) {
    const n = arity[data[i]!];
    if (n === undefined) break;
    for (let k = 0; k < n; k++) add(data[i + 1 + 2 * k]!, data[i + 2 + 2 * k]!);
    i += 1 + 2 * n;
  }
  return x1 <= x2 ? [x1, y1, x2, y2] : null;
}

/**
 * A segment cut to the clip box, or null when it lies outside. Producers draw
 * a cell that runs over a page break whole and clip it to the page's content
 * area (Chromium), so the visible ruling is what the clip leaves.
 */
export function clipSegment(s: Segment, clip: Bounds | null): Segment | null {
  if (!clip) return s;
  const [cx1, cy1, cx2, cy2] = clip;
  if (s.y1 === s.y2) {
    if (s.y1 < cy1 - CLIP_SLACK || s.y1 > cy2 + CLIP_SLACK) return null;
    const x1 = Math.max(s.x1, cx1), x2 = Math.min(s.x2, cx2);
    return x2 - x1 >= MIN_LENGTH ? { ...s, x1, x2 } : null;
  }
  if (s.x1 < cx1 - CLIP_SLACK || s.x1 > cx2 + CLIP_SLACK) return null;
  const y1 = Math.max(s.y1, cy1), y2 = Math.min(s.y2, cy2);
  return y2 - y1 >= MIN_LENGTH ? { ...s, y1, y2 } : null;
}

/** An axis-aligned segment between two points, or null. */
function axisSegment(a: [number, number], b: [number, number]): Segment | null {
  const dx = Math.abs(a[0] - b[0]);
  const dy = Math.abs(a[1] - b[1]);
  if (dy <= AXIS_TOLERANCE && dx >= MIN_LENGTH) {
    const y = (a[1] + b[1]) / 2;
    return { x1: Math.min(a[0], b[0]), y1: y, x2: Math.max(a[0], b[0]), y2: y };
  }
  if (dx <= AXIS_TOLERANCE && dy >= MIN_LENGTH) {
    const x = (a[0] + b[0]) / 2;
    return { x1: x, y1: Math.min(a[1], b[1]), x2: x, y2: Math.max(a[1], b[1]) };
  }
  return null;
}

/** Stroked path → its axis-aligned edges. */
function strokedSegments(poly: { points: [number, number][]; closed: boolean }, out: Segment[]): void {
  const pts = poly.points;
  for (let i = 1; i < pts.length; i++) {
    const s = axisSegment(pts[i - 1]!, pts[i]!);
    if (s) out.push(s);
  }
  if (poly.closed && pts.length > 2) {
    const s = axisSegment(pts[pts.length - 1]!, pts[0]!);
    if (s) out.push(s);
  }
}

/**
 * Filled path → a ruling along its middle if it is a thin band along an axis.
 * Producers fill borders as rectangles (Word) or as quadrilaterals whose ends
 * are cut on a slant where two borders meet (mitred corners: Chromium draws a
 * 1 px cell edge as a trapezoid with one end 1 px shorter). So the test is on
 * the shape, not on exact corners: the bounding box is thin and long, the path
 * has at least four corners (a thin triangle is an arrowhead, not a line), and
 * every corner lies at one end of the long axis, cut back by at most about two
 * band widths and a small part of the length. A band slanted by at most its
 * own width over its length is still read as axis-aligned.
 */
export function filledSegment(poly: { points: [number, number][] }, out: Segment[]): void {
  const pts: [number, number][] = [];
  for (const p of poly.points) {
    const last = pts[pts.length - 1];
    if (!last || Math.abs(last[0] - p[0]) > 1e-3 || Math.abs(last[1] - p[1]) > 1e-3) pts.push(p);
  }
  if (pts.length > 1 && Math.abs(pts[0]![0] - pts[pts.length - 1]![0]) <= 1e-3 && Math.abs(pts[0]![1] - pts[pts.length - 1]![1]) <= 1e-3) pts.pop();
  if (pts.length < 4) return;
  let x1 = Infinity, x2 = -Infinity, y1 = Infinity, y2 = -Infinity;
  for (const [x, y] of pts) {
    x1 = Math.min(x1, x), x2 = Math.max(x2, x), y1 = Math.min(y1, y), y2 = Math.max(y2, y);
  }
  const w = x2 - x1, h = y2 - y1;
  const horizontal = w > h;
  const thin = horizontal ? h : w, long = horizontal ? w : h;
  if (thin > THIN_FILL || long < MIN_LENGTH) return;
  // How far a corner may sit from its end of the band: a mitre is about one
  // crossing border wide; never more than a quarter of the length.
  const cut = Math.min(Math.max(MITRE_MIN, MITRE_WIDTHS * thin), long / 4);
  const [a, b] = horizontal ? [x1, x2] : [y1, y2];
  if (!pts.every((p) => {
    const v = horizontal ? p[0] : p[1];
    return v - a <= cut || b - v <= cut;
  })) return;
  if (horizontal) out.push({ x1, y1: (y1 + y2) / 2, x2, y2: (y1 + y2) / 2 });
  else out.push({ x1: (x1 + x2) / 2, y1, x2: (x1 + x2) / 2, y2 });
}

export interface PageGraphics {
  segments: Segment[];
  verticalTexts: VerticalText[];
}

/**
 * @param viewportTransform PDF user space → top-left page space (scale 1)
 * @param verticalFonts loaded font names whose text is vertical; their text is collected
 */
export function walkOperators(
  opList: OperatorListLike,
  OPS: OpsTable,
  viewportTransform: readonly number[],
  verticalFonts: ReadonlySet<string> = new Set(),
): PageGraphics {
  const segments: Segment[] = [];
  const verticalTexts: VerticalText[] = [];
  const stack: State[] = [];
  let st: State = { ctm: [...viewportTransform], clip: null, strokeWhite: false, fillWhite: false };
  // A clip operator comes before the path it clips with.
  let pendingClip = false;
  const strokeOps = new Set([OPS.stroke, OPS.closeStroke, OPS.fillStroke, OPS.eoFillStroke, OPS.closeFillStroke, OPS.closeEOFillStroke]);
  const fillOps = new Set([OPS.fill, OPS.eoFill, OPS.fillStroke, OPS.eoFillStroke, OPS.closeFillStroke, OPS.closeEOFillStroke]);
  const showOps = new Set([OPS.showText, OPS.showSpacedText, OPS.nextLineShowText, OPS.nextLineSetSpacingShowText]);
  const wantText = verticalFonts.size > 0;
  let fontName = '';
  let fontSize = 0;
  let tm: number[] = [1, 0, 0, 1, 0, 0];
  let vt: VerticalText | null = null;
  const endVertical = () => {
    if (vt && vt.text.trim()) verticalTexts.push({ ...vt, text: foldRadicals(vt.text) });
    vt = null;
  };

  const { fnArray, argsArray } = opList;
  for (let i = 0; i < fnArray.length; i++) {
    const fn = fnArray[i]!;
    const args = argsArray[i] as unknown[] | null;
    switch (fn) {
      case OPS.save:
        stack.push(st);
        st = { ...st };
        break;
      case OPS.restore:
        st = stack.pop() ?? st;
        break;
      case OPS.transform:
        st.ctm = multiply(st.ctm, args as number[]);
        break;
      case OPS.paintFormXObjectBegin: {
        stack.push(st);
        const m = args?.[0] as ArrayLike<number> | null | undefined;
        st = { ...st, ctm: m && m.length === 6 ? multiply(st.ctm, Array.from(m)) : st.ctm };
        break;
      }
      case OPS.paintFormXObjectEnd:
        st = stack.pop() ?? st;
        break;
      case OPS.setStrokeRGBColor:
        st.strokeWhite = isWhite(args?.[0] ?? args);
        break;
      case OPS.setFillRGBColor:
        st.fillWhite = isWhite(args?.[0] ?? args);
        break;
      case OPS.clip:
      case OPS.eoClip:
        pendingClip = true;
        break;
      case OPS.constructPath: {
        const paintOp = args?.[0] as number;
        const data = (args?.[1] as ArrayLike<unknown> | undefined)?.[0] as ArrayLike<number> | null | undefined;
        if (pendingClip) {
          pendingClip = false;
          const b = data ? pathBounds(data, st.ctm) : null;
          if (b) {
            const c = st.clip;
            st.clip = c ? [Math.max(c[0], b[0]), Math.max(c[1], b[1]), Math.min(c[2], b[2]), Math.min(c[3], b[3])] : b;
          }
        }
        const stroke = strokeOps.has(paintOp) && !st.strokeWhite;
        const fill = fillOps.has(paintOp) && !st.fillWhite;
        if (!stroke && !fill) break;
        if (!data) break;
        const found: Segment[] = [];
        for (const poly of pathToPolylines(data, st.ctm)) {
          if (stroke) strokedSegments(poly, found);
          if (fill) filledSegment(poly, found);
        }
        for (const seg of found) {
          const cut = clipSegment(seg, st.clip);
          if (cut) segments.push(cut);
        }
        break;
      }
      default:
        if (!wantText) break;
        if (fn === OPS.beginText) {
          tm = [1, 0, 0, 1, 0, 0];
        } else if (fn === OPS.endText) {
          endVertical();
        } else if (fn === OPS.setFont) {
          const name = String(args?.[0] ?? '');
          if (name !== fontName) endVertical();
          fontName = name;
          fontSize = Number(args?.[1] ?? 0);
        } else if (fn === OPS.setTextMatrix) {
          const m = (args?.[0] && typeof args[0] === 'object' ? args[0] : args) as ArrayLike<number>;
          tm = Array.from(m).slice(0, 6);
        } else if (showOps.has(fn) && verticalFonts.has(fontName)) {
          const glyphs = args?.[args.length - 1] as ArrayLike<unknown> | undefined;
          let text = '';
          for (let g = 0; g < (glyphs?.length ?? 0); g++) {
            const glyph = glyphs![g] as { unicode?: string } | number | null;
            if (glyph && typeof glyph === 'object' && typeof glyph.unicode === 'string') text += glyph.unicode;
          }
          if (!vt) {
            const m = multiply(st.ctm, tm);
            vt = { text: '', x: m[4]!, y: m[5]!, fontSize: Math.abs(fontSize) * Math.hypot(m[2]!, m[3]!) };
          }
          vt.text += text;
        }
    }
  }
  endVertical();
  return { segments, verticalTexts };
}
