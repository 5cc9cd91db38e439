/**
 * Numbers grouped by spaces (`176 804`, GB/T 15835's style) in a table without
 * rulings. The space parts the number into segments that look like two cells
 * set close (`12` `345` in narrow columns), and nothing in one line tells the
 * two apart. The other rows do: every number of a column stands inside its
 * cell, and cells do not overlap, so pieces that both overlap the numbers of
 * one column are one number, and pieces that overlap those of two columns are
 * two cells. Where the other rows do not say, the line's values are not read.
 */
import { makeSegment, type Segment } from './segments.js';
import type { TableLine } from './textRegions.js';
import { numberColumns } from './types.js';

/** A group of a grouped number: three digits (the last may carry decimals, `234.5`). */
const GROUP = /^\d{3}(\.\d+)?$/;
/** The first group: one to three digits, perhaps signed. */
const LEAD = /^(减|[-−+])?\d{1,3}$/;

/**
 * Numbers closer than this (font sizes) may be groups of one number: a space
 * is a quarter to a half of an em (half-width in CJK fonts), wider than the
 * gap that parts segments (SEGMENT_GAP), so this is not that.
 */
const GROUP_GAP = 0.6;

const right = (s: Segment) => s.box.x + s.box.width;

/**
 * Chains of a line's numbers that may be one grouped number: a number, then
 * groups, each closer than GROUP_GAP. Only a chain that starts with a lead
 * (LEAD) can be one number; one that starts otherwise (`3785` then `170`:
 * a number run into its neighbour's first group) is two cells or nothing.
 */
function candidateChains(numbers: readonly Segment[]): Segment[][] {
  const sorted = [...numbers].sort((a, b) => a.box.x - b.box.x);
  const chains: Segment[][] = [];
  let chain: Segment[] = [];
  for (const s of sorted) {
    const prev = chain[chain.length - 1];
    const close = prev !== undefined && s.box.x - right(prev) < GROUP_GAP * Math.max(s.fontSize, prev.fontSize);
    if (close && GROUP.test(s.text) && !prev.text.includes('.')) chain.push(s);
    else {
      if (chain.length > 1) chains.push(chain);
      chain = [s];
    }
  }
  if (chain.length > 1) chains.push(chain);
  return chains;
}

/**
 * A column of numbers: their x-extents merged where they overlap. Tight where
 * it is no wider than its widest number (and a little): numbers set in one
 * cell, aligned alike. A wider one chains the numbers of two cells that run
 * over their cells' edges (no padding), and proves nothing.
 */
interface Column {
  lo: number;
  hi: number;
  tight: boolean;
}

/** Slack of a tight column, in font sizes: alignment is not exact to the point. */
const TIGHT_SLACK = 0.3;

function columns(numbers: readonly Segment[]): Column[] {
  return numberColumns(numbers.map((s) => [s.box.x, right(s)])).map(([lo, hi]) => {
    const inside = numbers.filter((s) => s.box.x >= lo && right(s) <= hi);
    const widest = Math.max(...inside.map((s) => s.box.width));
    const size = Math.max(...inside.map((s) => s.fontSize));
    return { lo, hi, tight: hi - lo <= widest + TIGHT_SLACK * size };
  });
}

export interface GroupedNumbers {
  /** The region with each proven grouped number one segment. */
  region: TableLine[];
  /** Lines holding a chain that the other rows neither prove one number nor two cells: their values are not read. */
  unsure: Set<number>;
}

/** `partOf`: each line's table part (its own number columns); `isData`: lines holding numbers in columns. */
export function joinGroupedNumbers(region: readonly TableLine[], partOf: readonly number[], isData: readonly boolean[]): GroupedNumbers {
  const chainsOf = region.map((t, i) => (isData[i] ? candidateChains(t.cellNumbers) : []));
  const unsure = new Set<number>();
  if (chainsOf.every((c) => c.length === 0)) return { region: [...region], unsure };
  // Each part's columns from its numbers that are in no chain.
  const inChain = new Set(chainsOf.flat(2));
  const columnsOf = new Map<number, Column[]>();
  for (const part of new Set(partOf)) {
    const plain = region.flatMap((t, i) => (isData[i] && partOf[i] === part ? t.cellNumbers.filter((s) => !inChain.has(s)) : []));
    columnsOf.set(part, columns(plain));
  }
  const out = region.map((t, i) => {
    if (chainsOf[i]!.length === 0) return t;
    const cols = columnsOf.get(partOf[i]!)!;
    const columnOf = (s: Segment) => {
      const hits = cols.flatMap((c, k) => (c.lo < right(s) && c.hi > s.box.x ? [k] : []));
      return hits.length === 1 && cols[hits[0]!]!.tight ? hits[0]! : -1;
    };
    const joined = new Map<Segment, Segment>();
    const dropped = new Set<Segment>();
    for (const chain of chainsOf[i]!) {
      const at = chain.map(columnOf);
      if (LEAD.test(chain[0]!.text) && at.every((c) => c >= 0 && c === at[0])) {
        const one = makeSegment(chain.flatMap((s) => s.runs));
        joined.set(chain[0]!, { ...one, text: chain.map((s) => s.text).join(''), numeric: true });
        for (const s of chain.slice(1)) dropped.add(s);
      } else if (!at.every((c, k) => c >= 0 && (k === 0 || c > at[k - 1]!))) unsure.add(i);
    }
    const swap = (ss: Segment[]) => ss.filter((s) => !dropped.has(s)).map((s) => joined.get(s) ?? s);
    return joined.size === 0 ? t : { ...t, segs: swap(t.segs), cellNumbers: swap(t.cellNumbers) };
  });
  return { region: out, unsure };
}
