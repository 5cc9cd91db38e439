/**
 * Ruling segments → merged horizontal and vertical rulings, and the groups of
 * crossing rulings that frame a table. Producers draw one border as many short
 * pieces (a piece per cell edge, doubled lines, hairline gaps at joints), so
 * collinear pieces are clustered and joined first.
 */
import type { Box, Segment } from './types.js';

/** A horizontal ruling at `pos` = y from `from` to `to` (x), or vertical at x. */
export interface Rule {
  pos: number;
  from: number;
  to: number;
}

export interface Rulings {
  horizontal: Rule[];
  vertical: Rule[];
}

/** Pieces closer than this across the line are the same line (double borders, hairline offsets). */
export const SAME_LINE = 1.5;
/** Gaps along a line up to this are joints, not breaks. */
const JOIN_GAP = 2.5;
/** How far a ruling may fall short of another and still cross it. */
export const TOUCH = 3;

/** Clusters 1-D values: sorted, a new cluster when the gap to the previous value exceeds `tol`. */
export function clusterValues(values: readonly number[], tol: number): number[][] {
  const sorted = [...values].sort((a, b) => a - b);
  const out: number[][] = [];
  for (const v of sorted) {
    const last = out[out.length - 1];
    if (last && v - last[last.length - 1]! <= tol) last.push(v);
    else out.push([v]);
  }
  return out;
}

function mergeRules(rules: Rule[]): Rule[] {
  if (rules.length === 0) return [];
  const byPos = [...rules].sort((a, b) => a.pos - b.pos);
  const groups: Rule[][] = [];
  for (const r of byPos) {
    const g = groups[groups.length - 1];
    if (g && r.pos - g[g.length - 1]!.pos <= SAME_LINE) g.push(r);
    else groups.push([r]);
  }
  const out: Rule[] = [];
  for (const g of groups) {
    const pos = g.reduce((s, r) => s + r.pos * (r.to - r.from), 0) / Math.max(1e-9, g.reduce((s, r) => s + (r.to - r.from), 0));
    const pieces = g.sort((a, b) => a.from - b.from);
    let cur: Rule | null = null;
    for (const p of pieces) {
      if (cur && p.from <= cur.to + JOIN_GAP) cur.to = Math.max(cur.to, p.to);
      else {
        if (cur) out.push(cur);
        cur = { pos, from: p.from, to: p.to };
      }
    }
    if (cur) out.push(cur);
  }
  return out;
}

/** Splits segments into horizontal and vertical rulings and joins collinear pieces. */
export function mergeSegments(segments: readonly Segment[]): Rulings {
  const h: Rule[] = [];
  const v: Rule[] = [];
  for (const s of segments) {
    if (s.y1 === s.y2) h.push({ pos: s.y1, from: Math.min(s.x1, s.x2), to: Math.max(s.x1, s.x2) });
    else if (s.x1 === s.x2) v.push({ pos: s.x1, from: Math.min(s.y1, s.y2), to: Math.max(s.y1, s.y2) });
  }
  return { horizontal: mergeRules(h), vertical: mergeRules(v) };
}

/** Rulings that cross each other, and the box they span: a table candidate. */
export interface RulingGroup {
  box: Box;
  /** A single rectangle (two rulings each way): a text frame, or one row of a table split by a page break. */
  frame: boolean;
  horizontal: Rule[];
  vertical: Rule[];
}

const crosses = (h: Rule, v: Rule): boolean =>
  v.pos >= h.from - TOUCH && v.pos <= h.to + TOUCH && h.pos >= v.from - TOUCH && h.pos <= v.to + TOUCH;

/**
 * A table cut by page breaks above and below, whose first columns hold cells
 * that run on over both breaks (a group label spanning more than the page):
 * those columns' verticals cross no horizontal ruling on this page, so they
 * join no group. A vertical that crosses nothing and runs from the group's top
 * to its bottom (as its other verticals do) is taken as one of its column
 * edges, so the part keeps the table's full width and its columns.
 */
function addOpenColumns(g: RulingGroup, lone: readonly Rule[]): void {
  const top = Math.min(...g.vertical.map((v) => v.from)), end = Math.max(...g.vertical.map((v) => v.to));
  for (const v of lone) {
    if (Math.abs(v.from - top) <= TOUCH && Math.abs(v.to - end) <= TOUCH) g.vertical.push(v);
  }
}

/**
 * Connected groups of crossing rulings: table candidates. A lone rectangle is
 * flagged `frame`: usually a text box or page border, but it may be one row
 * of a table cut by a page break (the layout decides).
 */
export function groupRulings(r: Rulings): RulingGroup[] {
  const hs = r.horizontal, vs = r.vertical;
  const parent = [...Array(hs.length + vs.length).keys()];
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  for (let i = 0; i < hs.length; i++) {
    for (let j = 0; j < vs.length; j++) {
      if (crosses(hs[i]!, vs[j]!)) parent[find(i)] = find(hs.length + j);
    }
  }
  const groups = new Map<number, RulingGroup>();
  const get = (i: number): RulingGroup => {
    const k = find(i);
    let g = groups.get(k);
    if (!g) groups.set(k, (g = { box: { x: 0, y: 0, width: 0, height: 0 }, frame: false, horizontal: [], vertical: [] }));
    return g;
  };
  hs.forEach((h, i) => get(i).horizontal.push(h));
  vs.forEach((v, j) => get(hs.length + j).vertical.push(v));
  // Verticals crossing nothing: the edges of cells open at both ends (see below).
  const lone = [...groups.values()].filter((g) => g.horizontal.length === 0).flatMap((g) => g.vertical);
  const out: RulingGroup[] = [];
  for (const g of groups.values()) {
    if (g.horizontal.length < 2 || g.vertical.length < 2) continue;
    addOpenColumns(g, lone);
    const x1 = Math.min(...g.horizontal.map((h) => h.from), ...g.vertical.map((v) => v.pos));
    const x2 = Math.max(...g.horizontal.map((h) => h.to), ...g.vertical.map((v) => v.pos));
    const y1 = Math.min(...g.vertical.map((v) => v.from), ...g.horizontal.map((h) => h.pos));
    const y2 = Math.max(...g.vertical.map((v) => v.to), ...g.horizontal.map((h) => h.pos));
    if (x2 - x1 < 10 || y2 - y1 < 5) continue;
    g.box = { x: x1, y: y1, width: x2 - x1, height: y2 - y1 };
    g.frame = g.horizontal.length === 2 && g.vertical.length === 2;
    out.push(g);
  }
  return out.sort((a, b) => a.box.y - b.box.y || a.box.x - b.box.x);
}
