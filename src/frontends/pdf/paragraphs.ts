/**
 * Lines → paragraphs. Chinese body text wraps at the right margin and starts a
 * paragraph with a two-character indent, so a line continues the previous one
 * when the previous reached the right margin and this one starts at the left
 * margin, with no new numbered item (`（二）`, `2、`, `二、`) and no change of
 * size. A heading such as `一、总体情况` ends short, so it stays alone.
 * Consecutive centred title lines in a large font (a two-line report title)
 * form one paragraph.
 */
import type { ParagraphBlock } from '../../model/blocks.js';
import { ITEM_START } from '../../util/normalize.js';
import { joinWrapped } from './text.js';
import { roundBox, unionBox, type Line } from './types.js';

/** Lines whose sizes differ by more than this fraction of the larger are not one paragraph. */
const SIZE_CHANGE = 0.08;

/** Left and right text edges of one page's body. */
export interface Margins {
  left: number;
  right: number;
}

/**
 * Body margins per page. The left margin is where the long lines start (the
 * leftmost of lines at least 60% as wide as the page's text): indents and
 * centred titles never reach it. The right margin is the furthest line end.
 */
export function pageMargins(lines: readonly Line[]): Map<number, Margins> {
  const byPage = new Map<number, Line[]>();
  for (const l of lines) byPage.set(l.page, [...(byPage.get(l.page) ?? []), l]);
  const out = new Map<number, Margins>();
  for (const [page, ls] of byPage) {
    const right = Math.max(...ls.map((l) => l.box.x + l.box.width));
    const minX = Math.min(...ls.map((l) => l.box.x));
    const long = ls.filter((l) => l.box.width >= 0.6 * (right - minX));
    out.set(page, { left: Math.min(...long.map((l) => l.box.x)), right });
  }
  // A page with only short lines (a table and a caption) borrows the document's edges.
  const all = [...out.values()];
  const median = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
  const docRight = median(all.map((m) => m.right));
  const docLeft = median(all.map((m) => m.left));
  for (const m of out.values()) {
    if (m.right < docRight - 30) m.right = docRight;
    if (m.left > docLeft + 30) m.left = docLeft;
  }
  return out;
}

/** The size most text is set in (by characters). */
export function bodyFontSize(lines: readonly Line[]): number {
  const weight = new Map<number, number>();
  for (const l of lines) weight.set(Math.round(l.fontSize), (weight.get(Math.round(l.fontSize)) ?? 0) + l.text.length);
  let best = 12, bestW = -1;
  for (const [s, w] of weight) if (w > bestW) (best = s), (bestW = w);
  return best;
}

function isCentred(line: Line, m: Margins): boolean {
  const leftGap = line.box.x - m.left;
  const rightGap = m.right - (line.box.x + line.box.width);
  return leftGap > 0.5 * line.fontSize && Math.abs(leftGap - rightGap) < 2 * line.fontSize;
}

/**
 * Whether `cur` goes on the paragraph that `prev` ends.
 * @param body the body font size (title detection)
 */
export function continues(prev: Line, cur: Line, margins: Map<number, Margins>, body: number): boolean {
  const pm = margins.get(prev.page), cm = margins.get(cur.page);
  if (!pm || !cm) return false;
  if (ITEM_START.test(cur.text)) return false;
  const size = Math.max(prev.fontSize, cur.fontSize);
  // A change of size ends the paragraph: a title wrapped onto a second line
  // is followed by body text only a size or two smaller (18 pt over 16 pt).
  if (Math.abs(prev.fontSize - cur.fontSize) > SIZE_CHANGE * size) return false;
  if (prev.page === cur.page && cur.box.y - (prev.box.y + prev.box.height) > 1.5 * size) return false;
  const prevFull = prev.box.x + prev.box.width >= pm.right - 1.5 * prev.fontSize;
  // A title set large and centred over two lines (its first line may fill the measure).
  if (prev.page === cur.page && prev.fontSize > body * 1.1 && (isCentred(prev, pm) || prevFull) && isCentred(cur, cm)) return true;
  const curAtLeft = cur.box.x <= cm.left + 0.8 * cur.fontSize;
  return prevFull && curAtLeft;
}

/** Paragraph blocks from consecutive lines (no table between them). */
export function buildParagraphs(lines: readonly Line[], margins: Map<number, Margins>, body: number): ParagraphBlock[] {
  const out: ParagraphBlock[] = [];
  let group: Line[] = [];
  const flush = () => {
    if (group.length === 0) return;
    const first = group[0]!;
    const onFirstPage = group.filter((l) => l.page === first.page);
    const text = joinWrapped(group.map((l) => l.text));
    if (text) out.push({ kind: 'paragraph', text, location: { page: first.page, box: roundBox(unionBox(onFirstPage.map((l) => l.box))) } });
    group = [];
  };
  for (const line of lines) {
    const prev = group[group.length - 1];
    if (prev && !continues(prev, line, margins, body)) flush();
    group.push(line);
  }
  flush();
  return out;
}
