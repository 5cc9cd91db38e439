/**
 * Pages → the block stream: ruled regions become table grids, the rest of the
 * text becomes lines; page furniture is dropped; a table that runs on over a
 * page break becomes one grid; lines between tables become paragraphs, across
 * page breaks too.
 */
import type { Block, BlockCell, TableBlock } from '../../model/blocks.js';
import { readNumber } from '../../util/numbers.js';
import { splitSideColumn } from './columns.js';
import { canContinue, joinGrids } from './continuation.js';
import { findFurniture } from './furniture.js';
import { groupLines, makeLine } from './lines.js';
import { bodyFontSize, buildParagraphs, pageMargins } from './paragraphs.js';
import { groupRulings, mergeSegments, type Rule } from './rulings.js';
import { withoutStamps } from './stamps.js';
import { buildGrid } from './tables.js';
import { buildTextGrid, shiftRun } from './textGrid.js';
import { dataLeftOf, findTextRegions, orphanHeader, orphanRows, tableLine, type TableLine } from './textRegions.js';
import { roundBox, type Box, type Line, type PageContent, type Run, type TableGrid } from './types.js';

type Item = { kind: 'line'; line: Line; y: number } | { kind: 'table'; grid: TableGrid; y: number };

function centreIn(r: Run, b: Box, slack: number): boolean {
  const x = r.box.x + r.box.width / 2, y = r.box.y + r.box.height / 2;
  return x >= b.x - slack && x <= b.x + b.width + slack && y >= b.y - slack && y <= b.y + b.height + slack;
}

/**
 * A number drawn across a table's bottom border: a row broken by the page's
 * end, its values set lower than the part of the cell the page kept
 * (LibreOffice centres them in the whole row). It is the last row's.
 */
function acrossBottom(r: Run, b: Box): boolean {
  const x = r.box.x + r.box.width / 2, bottom = b.y + b.height;
  return x >= b.x && x <= b.x + b.width && r.box.y < bottom && r.box.y + r.box.height > bottom && readNumber(r.text).kind === 'number';
}

export function gridToBlock(grid: TableGrid): TableBlock {
  const rows: BlockCell[][] = Array.from({ length: grid.nrows }, () => []);
  const cells = [...grid.cells].sort((a, b) => a.row - b.row || a.col - b.col);
  for (const c of cells) {
    rows[c.row]!.push({ text: c.text, rowSpan: c.rowSpan, colSpan: c.colSpan, location: { page: c.page, box: roundBox(c.box) } });
  }
  return { kind: 'table', rows: rows.filter((r) => r.length > 0), ...(grid.text ? { inferred: true as const } : {}), location: { page: grid.page, box: roundBox(grid.box) } };
}

/** One page split into table grids, single-rectangle frames (undecided), and the lines outside both. */
export interface SplitPage {
  page: number;
  height: number;
  grids: TableGrid[];
  frames: { grid: TableGrid; runs: Run[] }[];
  lines: Line[];
  /** Tables read from text: the lines each was built from, and the rulings it may use (to rebuild it). */
  textRegions: Map<TableGrid, { region: TableLine[]; vertical: Rule[]; horizontal: Rule[] }>;
}

export function splitPage(p: PageContent): SplitPage {
  const grids: TableGrid[] = [];
  const frames: SplitPage['frames'] = [];
  const taken = new Set<Run>();
  // Tables first: a frame drawn around a table must not take its text.
  const rulings = mergeSegments(p.segments);
  const groups = groupRulings(rulings).sort((a, b) => Number(a.frame) - Number(b.frame));
  for (const group of groups) {
    const within = p.runs.filter((r) => !taken.has(r) && (centreIn(r, group.box, 1) || acrossBottom(r, group.box)));
    // A ruled box without text is decoration (or an empty form), not data.
    if (within.length === 0) continue;
    for (const r of within) taken.add(r);
    const inside = withoutStamps(within);
    const grid = buildGrid(group, inside, p.page);
    if (group.frame) frames.push({ grid, runs: inside });
    else grids.push(grid);
  }
  // Tables without (enough) rulings, from text geometry; rulings no table used still mark edges.
  const used = new Set(groups.flatMap((g) => [...g.horizontal, ...g.vertical]));
  const lines = groupLines(p.runs.filter((r) => !taken.has(r)));
  const inText = new Set<Line>();
  const textRegions: SplitPage['textRegions'] = new Map();
  const vertical = rulings.vertical.filter((v) => !used.has(v)), horizontal = rulings.horizontal.filter((h) => !used.has(h));
  for (const region of findTextRegions(lines)) {
    const grid = buildTextGrid(region, p.page, vertical, horizontal);
    grids.push(grid);
    textRegions.set(grid, { region, vertical, horizontal });
    for (const t of region) inText.add(t.line);
  }
  return { page: p.page, height: p.height, grids, frames, lines: splitSideColumn(lines.filter((l) => !inText.has(l))), textRegions };
}

/**
 * A table's header left alone at the foot of a page, its rows on the next
 * (`申请人情况` … `总计` last on page 3, `一、本年新收…` first on page 4): the
 * header lines are moved to the top of the next page's text table, set just
 * above its first line, and that table is built again with them.
 */
function moveOrphanHeaders(pages: SplitPage[], furniture: Set<Line>): void {
  for (let i = 0; i + 1 < pages.length; i++) {
    const p = pages[i]!, q = pages[i + 1]!;
    if (q.page !== p.page + 1) continue;
    const body = p.lines.filter((l) => !furniture.has(l)).sort((a, b) => a.box.y - b.box.y);
    const gridEnd = Math.max(-Infinity, ...p.grids.map((g) => g.box.y + g.box.height));
    const tail = body.filter((l) => l.box.y > gridEnd);
    if (tail.length === 0) continue;
    const qBody = q.lines.filter((l) => !furniture.has(l));
    const qTop = Math.min(...qBody.map((l) => l.box.y));
    let next: TableGrid | undefined = [...q.textRegions.keys()].sort((a, b) => a.box.y - b.box.y)[0];
    let found = next && q.textRegions.get(next)!;
    if (!next || next.box.y > qTop + 0.5) {
      // No table at the top of the next page: a lone row of numbers there may be the orphan header's (`政府集中采购 0 7895.48元`).
      const lone = findTextRegions(qBody, true)[0];
      if (!lone || lone[0]!.line.box.y > qTop + 0.5 || (next && next.box.y < lone[0]!.line.box.y)) continue;
      next = undefined;
      found = { region: lone, vertical: [], horizontal: [] };
    }
    if (!found || q.grids.some((g) => g !== next && g.box.y < (next?.box.y ?? found!.region[0]!.line.box.y))) continue;
    const { region, vertical, horizontal } = found;
    const orphan = orphanHeader(tail.map(tableLine), region);
    if (orphan.length === 0) continue;
    // Set the header just above the table's first line, clear of it (1.5 line heights: not one cell with it);
    // close above it where that line is the header's own foot (`企业` `机构` over the number columns).
    const first = region[0]!.line;
    const dataLeft = dataLeftOf(region);
    const foot = region[0]!.cellNumbers.length === 0 && !region[0]!.headerWord && region[0]!.segs.some((s) => s.box.x >= dataLeft - 0.5);
    const dy = first.box.y - (foot ? 0.3 : 1.5) * first.box.height - (orphan[orphan.length - 1]!.line.box.y + orphan[orphan.length - 1]!.line.box.height);
    const moved = orphan.map((t) => tableLine(makeLine(t.line.runs.map((r) => shiftRun(r, dy)))));
    const grid = buildTextGrid([...moved, ...region], q.page, vertical, horizontal);
    if (next) {
      q.grids[q.grids.indexOf(next)] = grid;
      q.textRegions.delete(next);
    } else {
      q.grids.push(grid);
      const inRegion = new Set(region.map((t) => t.line));
      q.lines = q.lines.filter((l) => !inRegion.has(l));
    }
    q.textRegions.set(grid, { region: [...moved, ...region], vertical, horizontal });
    const gone = new Set(orphan.map((t) => t.line));
    p.lines = p.lines.filter((l) => !gone.has(l));
  }
}

/**
 * Rows of a text table carried over the page break without a number (a
 * table 二 block's header and blank row first on page 3, its title last on
 * page 2): moved up to stand under the table on the page before, with the
 * lines after the table there, and that table is built again with them.
 */
function moveOrphanRows(pages: SplitPage[], furniture: Set<Line>): void {
  for (let i = 0; i + 1 < pages.length; i++) {
    const p = pages[i]!, q = pages[i + 1]!;
    if (q.page !== p.page + 1) continue;
    const last = [...p.textRegions.keys()].sort((a, b) => a.box.y - b.box.y).pop();
    if (!last || p.grids.some((g) => g.box.y > last.box.y)) continue;
    const { region, vertical, horizontal } = p.textRegions.get(last)!;
    const body = p.lines.filter((l) => !furniture.has(l)).sort((a, b) => a.box.y - b.box.y);
    const tail = body.filter((l) => l.box.y > last.box.y + last.box.height).map(tableLine);
    const carried = tail.length ? orphanHeader(tail, region) : [];
    // Nothing but the table's own header lines may follow it on its page.
    if (carried.length !== tail.length) continue;
    const qBody = q.lines.filter((l) => !furniture.has(l)).sort((a, b) => a.box.y - b.box.y);
    const qGridTop = Math.min(...q.grids.map((g) => g.box.y));
    const head = qBody.filter((l) => l.box.y < qGridTop);
    let rows = orphanRows(head.map(tableLine), region, carried.some((t) => t.headerWord));
    if (rows.length === 0 && tail.length === 0 && head.length > 0) {
      // A lone row of numbers first on the next page, each number under a number column of the table (`四、结转下年度继续办理`).
      const lone = findTextRegions(head, true)[0];
      const columns = last.text?.last ?? [];
      const fits = (t: TableLine) => t.cellNumbers.every((n) => columns.some(([lo, hi]) => n.box.x < hi + 0.5 && n.box.x + n.box.width > lo - 0.5));
      if (lone && lone[0]!.line === head[0] && lone.every(fits)) rows = lone;
    }
    if (rows.length === 0) continue;
    // Set the rows 1.5 line heights under the last line (not one cell with it), keeping their own spacing.
    const above = [...region, ...carried][region.length + carried.length - 1]!.line;
    const dy = above.box.y + 2.5 * above.box.height - rows[0]!.line.box.y;
    const moved = rows.map((t) => tableLine(makeLine(t.line.runs.map((r) => shiftRun(r, dy)))));
    const lines = [...region, ...carried, ...moved];
    const grid = buildTextGrid(lines, p.page, vertical, horizontal);
    p.grids[p.grids.indexOf(last)] = grid;
    p.textRegions.delete(last);
    p.textRegions.set(grid, { region: lines, vertical, horizontal });
    const gone = new Set([...carried, ...rows].map((t) => t.line));
    p.lines = p.lines.filter((l) => !gone.has(l));
    q.lines = q.lines.filter((l) => !gone.has(l));
  }
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
  moveOrphanHeaders(split, furniture);
  moveOrphanRows(split, furniture);
  resolveFrames(split, furniture);
  const flow: Item[] = [];
  for (const p of split) {
    const items: Item[] = [
      ...p.lines.filter((l) => !furniture.has(l)).map((line): Item => ({ kind: 'line', line, y: line.readingY ?? line.box.y })),
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
