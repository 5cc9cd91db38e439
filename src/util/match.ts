import { normalizeLabel } from './normalize.js';

/**
 * Label matching by normalised text: exact first, then by similarity, so
 * typos (`2.其他法律行政止公开`), missing sub-item numbers and longer wordings
 * still find their template label, while a label like no other is refused.
 */

/** Length of the longest common subsequence of two strings. */
export function lcsLength(a: string, b: string): number {
  if (a.length === 0 || b.length === 0) return 0;
  const prev = new Uint16Array(b.length + 1);
  const cur = new Uint16Array(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      cur[j] = ca === b.charCodeAt(j - 1) ? prev[j - 1]! + 1 : Math.max(prev[j]!, cur[j - 1]!);
    }
    prev.set(cur);
  }
  return prev[b.length]!;
}

/** Dice similarity on the LCS: 1 for equal strings, 0 for nothing in common. */
export function similarity(a: string, b: string): number {
  if (a === b) return 1;
  return (2 * lcsLength(a, b)) / (a.length + b.length);
}

export interface Matcher<T> {
  /** The candidate whose label equals the printed one once normalised, or undefined. */
  exact(printed: string): T | undefined;
  /** The best candidate for a printed label, or null when none is close enough or two are equally close. */
  match(printed: string, prefer?: (item: T) => boolean): { item: T; score: number } | null;
}

/** Minimum similarity for a fuzzy match, and the lead it needs over the runner-up. */
const MIN_SCORE = 0.6;
const MIN_LEAD = 0.08;
/** Score of a label that contains, or is contained in, a candidate (at least 4 characters shared). */
const CONTAINED_SCORE = 0.8;
/** Score of a label all of whose characters stand, in order, in a longer candidate. */
const ABBREVIATION_SCORE = 0.7;
/**
 * Score of a label printed as one of a candidate's accepted variants (`合计` for
 * `（七）总计`): below the official label's, so that of two rows for one
 * candidate the one printed as the template prints it wins (a subtotal `合计`
 * above the real `（七）总计`).
 */
const VARIANT_SCORE = 0.95;
/** Answers remembered per matcher (labels repeat from row to row and report to report). */
const MEMO_LIMIT = 4096;

/**
 * Builds a matcher over candidates. `labelsOf` gives each candidate's labels
 * (the official one first, then any accepted variants). `prefer` adds a small bonus
 * (e.g. rows of the current group) that only breaks near-ties.
 */
export function makeMatcher<T>(items: readonly T[], labelsOf: (item: T) => string[]): Matcher<T> {
  const entries = items.flatMap((item) => labelsOf(item).map((l, i) => ({ item, norm: normalizeLabel(l), score: i === 0 ? 1 : VARIANT_SCORE })));
  const exact = new Map<string, { item: T; score: number }>();
  for (const e of entries) if (!exact.has(e.norm)) exact.set(e.norm, { item: e.item, score: e.score });
  const plain = new Map<string, { item: T; score: number } | null>();
  return {
    exact: (printed) => exact.get(normalizeLabel(printed))?.item,
    match(printed, prefer) {
      const norm = normalizeLabel(printed);
      if (norm === '') return null;
      // Without a preference the answer depends on the text alone: the same fragments
      // (`机构`, `商业`, header words) are asked about on every row of every table.
      if (prefer === undefined) {
        let memo = plain.get(norm);
        if (memo === undefined) {
          if (plain.size >= MEMO_LIMIT) plain.clear();
          memo = rank(norm);
          plain.set(norm, memo);
        }
        return memo;
      }
      return rank(norm, prefer);
    },
  };

  function rank(norm: string, prefer?: (item: T) => boolean): { item: T; score: number } | null {
    const hit = exact.get(norm);
    if (hit !== undefined) return hit;
    const best = new Map<T, number>();
    for (const e of entries) {
      // Dice can reach at most 2·min/(sum) (+ the preference bonus): skip hopeless pairs without the LCS.
      // A label printed short (`（二）部分公开`) or with additions is contained in the other.
      const contained = Math.min(norm.length, e.norm.length) >= 4 && (e.norm.includes(norm) || norm.includes(e.norm));
      // An abbreviation (`1.申请人逾期不补正`) is a subsequence of the official label.
      const mayAbbreviate = norm.length >= 5 && norm.length < e.norm.length;
      const bound = (2 * Math.min(norm.length, e.norm.length)) / (norm.length + e.norm.length) + 0.05;
      if (bound < MIN_SCORE && !contained && !mayAbbreviate) continue;
      const common = lcsLength(norm, e.norm);
      const dice = (2 * common) / (norm.length + e.norm.length);
      const abbreviation = mayAbbreviate && common === norm.length ? ABBREVIATION_SCORE : 0;
      let s = Math.max(dice, contained ? CONTAINED_SCORE : 0, abbreviation);
      if (prefer?.(e.item)) s += 0.05;
      if (s > (best.get(e.item) ?? -1)) best.set(e.item, s);
    }
    const ranked = [...best.entries()].sort((x, y) => y[1] - x[1]);
    const [first, second] = ranked;
    if (!first || first[1] < MIN_SCORE) return null;
    if (second && first[1] - second[1] < MIN_LEAD) return null;
    // Two labels run together (`规章行政规范性文件`): the text holds another
    // candidate's whole label that the winner's does not explain. Refuse.
    const winner = entries.filter((e) => e.item === first[0]).map((e) => e.norm);
    const other = entries.some((e) => e.item !== first[0] && e.norm.length >= 2 && norm.includes(e.norm) && !winner.some((w) => w.includes(e.norm)));
    if (other) return null;
    return { item: first[0], score: Math.min(1, first[1]) };
  }
}
