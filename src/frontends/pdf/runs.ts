/**
 * pdfjs text items → positioned runs in top-left page coordinates.
 *
 * Whitespace-only items are dropped: their widths are meaningless (about 20×
 * the gap in WPS exports), and gaps are measured from geometry instead.
 */
import { foldRadicals, isCjk } from '../../util/normalize.js';
import type { Run } from './types.js';

/** The parts of a pdfjs TextItem this module reads. */
export interface TextItemLike {
  str: string;
  transform: number[];
  width: number;
  height: number;
  fontName: string;
}

/** Affine matrix product a×b in pdfjs's [a b c d e f] convention (apply b first). */
export function multiply(a: readonly number[], b: readonly number[]): number[] {
  return [
    a[0]! * b[0]! + a[2]! * b[1]!,
    a[1]! * b[0]! + a[3]! * b[1]!,
    a[0]! * b[2]! + a[2]! * b[3]!,
    a[1]! * b[2]! + a[3]! * b[3]!,
    a[0]! * b[4]! + a[2]! * b[5]! + a[4]!,
    a[1]! * b[4]! + a[3]! * b[5]! + a[5]!,
  ];
}

/** sin 15°: text turned further than this from both axes is set at a slant. */
const OBLIQUE = Math.sin((15 * Math.PI) / 180);

/** Ascent and descent as fractions of the font size (typical for CJK fonts). */
const ASCENT = 0.88;
const DESCENT = 0.12;

/**
 * @param viewportTransform the page viewport's transform at scale 1 (PDF user
 *   space → top-left page space, rotation included)
 * @param verticalFonts font names whose style says `vertical` (Identity-V)
 */
export function itemsToRuns(
  items: readonly unknown[],
  viewportTransform: readonly number[],
  page: number,
  verticalFonts: ReadonlySet<string> = new Set(),
): Run[] {
  const runs: Run[] = [];
  for (const raw of items) {
    const item = raw as Partial<TextItemLike>;
    if (typeof item.str !== 'string' || !item.transform || !/\S/.test(item.str.replace(/\u3000/g, ' '))) continue;
    // Type 3 fonts (Chromium's Noto CJK) map ideographs to radical code points (⼈⺠ for 人民).
    const text = foldRadicals(item.str);
    const m = multiply(viewportTransform, item.transform);
    const size = Math.hypot(m[2]!, m[3]!) || Math.hypot(m[0]!, m[1]!) || 1;
    const ox = m[4]!;
    const oy = m[5]!;
    if (verticalFonts.has(item.fontName ?? '')) {
      // pdfjs puts a vertical-font item's origin at the top of its first glyph,
      // centred on the glyph column; `height` is the advance down the column.
      const height = Math.max(item.height ?? 0, size);
      runs.push({ text, page, box: { x: ox - size / 2, y: oy, width: size, height }, baseline: oy, fontSize: size, vertical: true });
      continue;
    }
    // Unit vectors along the text and towards its top, in page space.
    const ulen = Math.hypot(m[0]!, m[1]!) || 1;
    const ux = m[0]! / ulen, uy = m[1]! / ulen;
    // Text set at a slant is a watermark across the page (`内部资料 2024` at 35°) or a seal's ring:
    // never the report's, and over a table it would run into the cells it crosses.
    if (Math.min(Math.abs(ux), Math.abs(uy)) > OBLIQUE) continue;
    const vx = m[2]! / size, vy = m[3]! / size;
    const width = Math.max(item.width ?? 0, 0);
    const xs: number[] = [];
    const ys: number[] = [];
    for (const w of [0, width]) {
      for (const h of [-DESCENT * size, ASCENT * size]) {
        xs.push(ox + ux * w + vx * h);
        ys.push(oy + uy * w + vy * h);
      }
    }
    const x = Math.min(...xs), y = Math.min(...ys);
    const box = { x, y, width: Math.max(...xs) - x, height: Math.max(...ys) - y };
    const vertical = Math.abs(uy) > Math.abs(ux);
    runs.push({ text, page, box, baseline: vertical ? box.y : oy, fontSize: size, vertical });
  }
  return runs;
}

/** Estimated advance of a character in font-size units (ideographs full width, the rest half). */
export const advance = (ch: string) => (isCjk(ch) ? 1 : /\s/.test(ch) ? 0.3 : 0.55);

/**
 * Splits a horizontal run that crosses an inner column boundary into its
 * space-separated words, placing each by estimated character advances scaled
 * to the run's real width.
 */
export function splitAcrossColumns(run: Run, xs: readonly number[]): Run[] {
  if (run.vertical || !/\S\s+\S/.test(run.text)) return [run];
  const x1 = run.box.x, x2 = run.box.x + run.box.width;
  if (!xs.slice(1, -1).some((x) => x > x1 + 1 && x < x2 - 1)) return [run];
  const chars = [...run.text];
  const total = chars.reduce((s, ch) => s + advance(ch), 0);
  const scale = run.box.width / Math.max(total, 1e-6);
  const out: Run[] = [];
  let pos = x1;
  let word = '', start = x1;
  const flush = () => {
    if (word) out.push({ ...run, text: word, box: { ...run.box, x: start, width: pos - start } });
    word = '';
  };
  for (const ch of chars) {
    if (/\s/.test(ch)) flush();
    else {
      if (!word) start = pos;
      word += ch;
    }
    pos += advance(ch) * scale;
  }
  flush();
  return out;
}

/** A run ending in a space (`审结 `) without it: its box ends where the ink ends, not a space later. */
export function trimRun(run: Run): Run {
  if (run.vertical || !/\S\s+$/.test(run.text)) return run;
  const chars = [...run.text];
  const total = chars.reduce((t, ch) => t + advance(ch), 0);
  const tail = [...run.text.slice(run.text.trimEnd().length)].reduce((t, ch) => t + advance(ch), 0);
  return { ...run, text: run.text.trimEnd(), box: { ...run.box, width: (run.box.width * (total - tail)) / Math.max(total, 1e-6) } };
}
