/**
 * Pages → the block stream: ruled regions become table grids, the rest of the
 * text becomes lines; page furniture is dropped; a table that runs on over a
 * page break becomes one grid; lines between tables become paragraphs, across
 * page breaks too.
 */
import type { Block, BlockCell, TableBlock } from '../../model/blocks.js';
import { canContinue, joinGrids } from './continuation.js';
import { findFurniture } from './furniture.js';
import { groupLines } from './lines.js';
import { bodyFontSize, buildParagraphs, pageMargins } from './paragraphs.js';
import { groupRulings, mergeSegments } from './rulings.js';
import { buildGrid, type TableGrid } from './tables.js';
import { buildTextGrid } from './textGrid.js';
import { findTextRegions } from './textRegions.js';
import { roundBox, type Box, type Line, type PageContent, type Run } from './types.js';

type Item = { kind: 'line'; line: Line; y: number } | { kind: 'table'; grid: TableGrid; y: number };

function centreIn(r: Run, b: Box, slack: number): boolean {
  const x = r.box.x + r.box.width / 2, y = r.box.y + r.box.height / 2;
  return x >= b.x - slack && x <= b.x + b.width + slack && y >= b.y - slack && y <= b.y + b.height + slack;
}

export function gridToBlock(grid: TableGrid): TableBlock {
  const rows: BlockCell[][] = Array.from({ length: grid.nrows }, () => []);
  const cells = [...grid.cells].sort((a, b) => a.row - b.row || a.col - b.col);
  for (const c of cells) {
    rows[c.row]!.push({ text: c.text, rowSpan: c.rowSpan, colSpan: c.colSpan, location: { page: c.page, box: roundBox(c.box) } });
  }
  return { kind: 'table', rows: rows.filter((r) => r.length > 0), location: { page: grid.page, box: roundBox(grid.box) } };
}

/** One page split into table grids, single-rectangle frames (undecided), and the lines outside both. */
export interface SplitPage {
  page: number;
  height: number;
  grids: TableGrid[];
  frames: { grid: TableGrid; runs: Run[] }[];
  lines: Line[];
}

export function splitPage(p: PageContent): SplitPage {
  const grids: TableGrid[] = [];
  const frames: SplitPage['frames'] = [];
  const taken = new Set<Run>();
  // Tables first: a frame drawn around a table must not take its text.
  const rulings = mergeSegments(p.segments);
  const groups = groupRulings(rulings).sort((a, b) => Number(a.frame) - Number(b.frame));
  for (const group of groups) {
    const inside = p.runs.filter((r) => !taken.has(r) && centreIn(r, group.box, 1));
    // A ruled box without text is decoration (or an empty form), not data.
    if (inside.length === 0) continue;
    for (const r of inside) taken.add(r);
    const grid = buildGrid(group, inside, p.page);
    if (group.frame) frames.push({ grid, runs: inside });
    else grids.push(grid);
  }
  // Tables without (enough) rulings, from text geometry; rulings no table used still mark edges.
  const used = new Set(groups.flatMap((g) => [...g.horizontal, ...g.vertical]));
  const lines = groupLines(p.runs.filter((r) => !taken.has(r)));
  const inText = new Set<Line>();
  for (const region of findTextRegions(lines)) {
    grids.push(buildTextGrid(region, p.page, rulings.vertical.filter((v) => !used.has(v)), rulings.horizontal.filter((h) => !used.has(h))));
    for (const t of region) inText.add(t.line);
  }
  return { page: p.page, height: p.height, grids, frames, lines: lines.filter((l) => !inText.has(l)) };
}

/**
 * A frame is a table row only where a table goes on over the page break next
 * to it (the frame last on its page and a table first on the next, or the
 * reverse); otherwise its text is ordinary lines.
 */
function resolveFrames(pages: SplitPage[], furniture: Set<Line>): void {
  const extremes = pages.map((p) => {
    const lines = p.lines.filter((l) => !furniture.has(l));
    const top = Math.min(...lines.map((l) => l.box.y), ...p.grids.map((g) => g.box.y));
    const end = Math.max(...lines.map((l) => l.box.y + l.box.height), ...p.grids.map((g) => g.box.y + g.box.height));
    const first = p.grids.find((g) => g.box.y <= top + 0.5);
    const last = p.grids.find((g) => g.box.y + g.box.height >= end - 0.5);
    return { top, end, first, last };
  });
  pages.forEach((p, i) => {
    for (const f of p.frames) {
      const box = f.grid.box;
      const next = pages[i + 1]?.page === p.page + 1 ? extremes[i + 1]!.first : undefined;
      const prev = pages[i - 1]?.page === p.page - 1 ? extremes[i - 1]!.last : undefined;
      const isLast = box.y + box.height >= extremes[i]!.end - 0.5;
      const isFirst = box.y <= extremes[i]!.top + 0.5;
      if ((isLast && next && canContinue(f.grid, next)) || (isFirst && prev && canContinue(prev, f.grid))) p.grids.push(f.grid);
      else p.lines.push(...groupLines(f.runs));
    }
    p.frames = [];
  });
}

export function layoutPages(pages: readonly PageContent[]): Block[] {
  const split = pages.map(splitPage);
  const furniture = findFurniture(split);
  resolveFrames(split, furniture);
  const flow: Item[] = [];
  for (const p of split) {
    const items: Item[] = [
      ...p.lines.filter((l) => !furniture.has(l)).map((line): Item => ({ kind: 'line', line, y: line.box.y })),
      ...p.grids.map((grid): Item => ({ kind: 'table', grid, y: grid.box.y })),
    ].sort((a, b) => a.y - b.y);
    const last = flow[flow.length - 1];
    const first = items[0];
    if (last?.kind === 'table' && first?.kind === 'table' && canContinue(last.grid, first.grid)) {
      last.grid = joinGrids(last.grid, first.grid);
      items.shift();
    }
    flow.push(...items);
  }
  const allLines = flow.flatMap((i) => (i.kind === 'line' ? [i.line] : []));
  const margins = pageMargins(allLines);
  const body = bodyFontSize(allLines);
  const blocks: Block[] = [];
  let pending: Line[] = [];
  for (const item of flow) {
    if (item.kind === 'line') {
      pending.push(item.line);
      continue;
    }
    blocks.push(...buildParagraphs(pending, margins, body));
    pending = [];
    blocks.push(gridToBlock(item.grid));
  }
  blocks.push(...buildParagraphs(pending, margins, body));
  return blocks;
}
