/**
 * Pages whose text runs sideways or upside down: a landscape table turned
 * onto a portrait page, a page a viewer rotated and saved (`/Rotate` over
 * upright content), a page scanned the wrong way round with its text layer.
 * The text is read in its own orientation: the page frame is turned by the
 * quarter turns that make most of its text run left to right, so that lines,
 * columns and ruling lines are found as on an upright page. Vertical writing
 * (a narrow cell's characters one under another) is a minority of a page's
 * text and turns nothing.
 */
import type { Block, SourceLocation } from '../../model/blocks.js';
import { multiply, type TextItemLike } from './runs.js';
import type { Box, PageContent, PageTurn } from './types.js';

/** A page's frame: PDF user space → upright top-left page space, and the page's size in it. */
export interface PageFrame {
  transform: number[];
  width: number;
  height: number;
  /** Quarter turns (clockwise, as displayed) that the frame undoes: 0 for an upright page. */
  quarterTurns: 0 | 1 | 2 | 3;
}

/** Share of a page's characters that must run one way for the page to be turned to it. */
const MAJORITY = 0.6;

/**
 * The frame in which most of the page's text runs left to right.
 * @param viewportTransform the viewport's transform at scale 1 (its `/Rotate` included)
 */
export function uprightFrame(viewportTransform: readonly number[], width: number, height: number, items: readonly unknown[], verticalFonts: ReadonlySet<string>): PageFrame {
  const weight = [0, 0, 0, 0];
  for (const raw of items) {
    const item = raw as Partial<TextItemLike>;
    if (typeof item.str !== 'string' || !item.transform || verticalFonts.has(item.fontName ?? '')) continue;
    const chars = item.str.replace(/\s/g, '').length;
    if (chars === 0) continue;
    const m = multiply(viewportTransform, item.transform);
    weight[quarterOf(m[0]!, m[1]!)]! += chars;
  }
  const total = weight.reduce((a, b) => a + b, 0);
  const turns = weight.indexOf(Math.max(...weight)) as 0 | 1 | 2 | 3;
  if (turns === 0 || total === 0 || weight[turns]! < MAJORITY * total) return { transform: [...viewportTransform], width, height, quarterTurns: 0 };
  // Display space has y downwards; each turn maps the page onto an upright one of the same or swapped size.
  const turn: Record<1 | 2 | 3, number[]> = {
    1: [0, -1, 1, 0, 0, width], // text running down: x' = y, y' = width − x
    2: [-1, 0, 0, -1, width, height], // upside down
    3: [0, 1, -1, 0, height, 0], // text running up: x' = height − y, y' = x
  };
  const odd = turns % 2 === 1;
  return { transform: multiply(turn[turns], viewportTransform), width: odd ? height : width, height: odd ? width : height, quarterTurns: turns };
}

/** Which way a text direction (dx, dy) runs in display space: 0 right, 1 down, 2 left, 3 up. */
function quarterOf(dx: number, dy: number): 0 | 1 | 2 | 3 {
  if (Math.abs(dx) >= Math.abs(dy)) return dx >= 0 ? 0 : 2;
  return dy >= 0 ? 1 : 3;
}

/**
 * A box of a turned page's upright frame, as the page is displayed (the
 * model's boxes are in displayed page coordinates, whatever frame read them).
 */
export function displayedBox(b: Box, turn: PageTurn): Box {
  const { width: W, height: H } = turn;
  switch (turn.quarterTurns) {
    case 1:
      return { x: W - b.y - b.height, y: b.x, width: b.height, height: b.width };
    case 2:
      return { x: W - b.x - b.width, y: H - b.y - b.height, width: b.width, height: b.height };
    case 3:
      return { x: b.y, y: H - b.x - b.width, width: b.height, height: b.width };
  }
}

/** The blocks with every box of a turned page given as the page is displayed. */
export function boxesAsDisplayed(blocks: Block[], pages: readonly PageContent[]): Block[] {
  const turns = new Map(pages.flatMap((p) => (p.turn ? [[p.page, p.turn] as const] : [])));
  if (turns.size === 0) return blocks;
  const shown = (l: SourceLocation): SourceLocation => {
    const turn = l.page !== undefined ? turns.get(l.page) : undefined;
    return turn && l.box ? { ...l, box: displayedBox(l.box, turn) } : l;
  };
  return blocks.map((b) =>
    b.kind === 'table'
      ? { ...b, location: shown(b.location), rows: b.rows.map((r) => r.map((c) => ({ ...c, location: shown(c.location) }))) }
      : { ...b, location: shown(b.location) },
  );
}
