import type { Cell } from '../model/report.js';
import { normalizeLabel } from '../util/normalize.js';
import { readNumber } from '../util/numbers.js';

/**
 * The value cells of a row, exactly `width` of them, or null when they cannot
 * be aligned. Blank cells beyond the width are dropped from the end first (a
 * trailing tab, an empty extra column), then from the start (a merged cell);
 * a row left with too few or too many cells is not guessed at.
 */
export function alignValues(data: Cell[], width: number): Cell[] | null {
  let start = 0;
  let end = data.length;
  const blank = (c: Cell) => readNumber(c.text).kind === 'blank';
  while (end - start > width && blank(data[end - 1]!)) end--;
  while (end - start > width && blank(data[start]!)) start++;
  return end - start === width ? data.slice(start, end) : null;
}

/**
 * The number a label cell ends with when two cells ran together (`1.属于国家秘密17`),
 * or null. Labels whose template ends in a figure are not suspect.
 */
export function numberInLabel(printed: string, template: string): string | null {
  const m = /(\d+(?:\.\d+)?)$/.exec(normalizeLabel(printed));
  return m && !/\d$/.test(normalizeLabel(template)) ? m[1]! : null;
}
