import { displayedBox, uprightFrame } from '../../../src/frontends/pdf/orientation.js';
import { multiply } from '../../../src/frontends/pdf/runs.js';

// A portrait A4 page as pdfjs's viewport gives it at scale 1: y flipped, origin top-left.
const VIEWPORT = [1, 0, 0, -1, 0, 842];
/** A text item of `n` characters whose baseline runs in direction (dx, dy) of PDF user space. */
const item = (n: number, dx: number, dy: number, x = 100, y = 400) => ({ str: '字'.repeat(n), transform: [12 * dx, 12 * dy, -12 * dy, 12 * dx, x, y], width: 12 * n, height: 12, fontName: 'f' });

test('an upright page keeps its frame, however much vertical writing it holds under 60 %', () => {
  const frame = uprightFrame(VIEWPORT, 595, 842, [item(70, 1, 0), item(30, 0, -1)], new Set());
  expect(frame).toEqual({ transform: VIEWPORT, width: 595, height: 842, quarterTurns: 0 });
});

test.each([
  [1, 0, -1, 842, 595], // text running down the displayed page
  [2, -1, 0, 595, 842], // upside down
  [3, 0, 1, 842, 595], // running up
] as const)('text turned %i quarter(s): the frame turns it back, the page size swapped for odd turns', (turns, dx, dy, width, height) => {
  const frame = uprightFrame(VIEWPORT, 595, 842, [item(80, dx, dy), item(5, 1, 0)], new Set());
  expect([frame.quarterTurns, frame.width, frame.height]).toEqual([turns, width, height]);
  // In the frame, the turned text runs left to right.
  const m = multiply(frame.transform, item(1, dx, dy).transform);
  expect([Math.sign(Math.round(m[0]!)), Math.round(m[1]!)]).toEqual([1, 0]);
});

test('vertical-font text (Identity-V) casts no vote', () => {
  const frame = uprightFrame(VIEWPORT, 595, 842, [{ ...item(80, 0, -1), fontName: 'v' }, item(5, 1, 0)], new Set(['v']));
  expect(frame.quarterTurns).toBe(0);
});

test('a box of the upright frame, as the page is displayed', () => {
  const box = { x: 10, y: 20, width: 30, height: 40 };
  // Displayed 842 × 595 (a portrait page turned a quarter): the upright frame is 595 × 842.
  expect(displayedBox(box, { quarterTurns: 1, width: 842, height: 595 })).toEqual({ x: 842 - 20 - 40, y: 10, width: 40, height: 30 });
  expect(displayedBox(box, { quarterTurns: 2, width: 595, height: 842 })).toEqual({ x: 595 - 10 - 30, y: 842 - 20 - 40, width: 30, height: 40 });
  expect(displayedBox(box, { quarterTurns: 3, width: 842, height: 595 })).toEqual({ x: 20, y: 595 - 10 - 30, width: 40, height: 30 });
});
