import type { LabelKey } from '../templates/types.js';
import { normalizeLabel } from '../util/normalize.js';

/**
 * The column order a statistics table's header prints, checked against the order
 * its values are about to be read in. Tables 三 and 四 read their values in the
 * order the header shows only where the header shows it whole; a header that
 * prints its labels in another order but not whole enough to follow (labels
 * in variants, a level left out) must not have its values read in the official
 * order: every value would go to another column, and the sums still add up.
 */

/** A count unit after a header label (`自然人（件）`). */
const COUNT_UNIT = /[（(](单位[:：]?)?(件|个|项|次|人次)[）)]$/;

/**
 * A header cell's text as its template label when it prints the label or one of
 * its variants (`合计` for `总计`, `法人或者其他组织`, `行政诉讼（复议后起诉）` for
 * `复议后起诉`), and with `shortForms` one of its short forms too; other text
 * normalised, as it is.
 */
export function canonicalHeader(text: string, items: readonly LabelKey[], shortForms = false): string {
  const norm = normalizeLabel(text).replace(COUNT_UNIT, '');
  const labels = formsOf(items, shortForms);
  return labels.get(norm) ?? labels.get(/^[^（(]+[（(]([^（()）]+)[）)]$/.exec(norm)?.[1] ?? '') ?? norm;
}

/** Per template item list: each normalised form → the normalised label of the first item printing it. */
const FORMS = new WeakMap<readonly LabelKey[], Map<boolean, Map<string, string>>>();

/** The forms of `items` (with their short forms or not), normalised once per list: every header cell looks them up. */
function formsOf(items: readonly LabelKey[], shortForms: boolean): Map<string, string> {
  let byKind = FORMS.get(items);
  if (!byKind) FORMS.set(items, (byKind = new Map()));
  let forms = byKind.get(shortForms);
  if (!forms) {
    forms = new Map();
    for (const i of items) {
      for (const f of [i.label, ...(i.aliases ?? []), ...(shortForms ? (i.shortForms ?? []) : [])]) {
        const key = normalizeLabel(f);
        if (!forms.has(key)) forms.set(key, normalizeLabel(i.label));
      }
    }
    byKind.set(shortForms, forms);
  }
  return forms;
}

/** A label of the header and the columns it stands over in the order being read (first and last index). */
export interface HeaderSpan {
  label: string;
  from: number;
  to: number;
}

/** A group's label over the columns of `under` (wherever they are read). */
export function spanOver(label: string, under: readonly HeaderSpan[]): HeaderSpan {
  return { label, from: Math.min(...under.map((s) => s.from)), to: Math.max(...under.map((s) => s.to)) };
}

/**
 * Labels printed side by side on one level of the header (`自然人`, `法人或其他组织`,
 * `总计`), whose order among themselves a row shows. `unless`: a label whose
 * presence in the row says it is not this level (the group over columns that a
 * one-row header prints beside its neighbours instead).
 */
export interface HeaderLevel {
  labels: string[];
  unless?: string;
}

/**
 * Whether a header row prints two labels of one level in an order the reading
 * contradicts: a label printed after another whose columns are all read after its
 * own. Levels are judged apart, since text converters write a header's rows onto
 * one line, level after level. Rows are canonical (`canonicalHeader`).
 */
export function orderContradicted(rows: readonly string[][], spans: readonly HeaderSpan[], levels: readonly HeaderLevel[]): boolean {
  for (const row of rows) {
    for (const level of levels) {
      if (level.unless !== undefined && row.includes(level.unless)) continue;
      const seen = row.filter((cell) => level.labels.includes(cell)).map((cell) => spans.find((s) => s.label === cell)!);
      for (let i = 1; i < seen.length; i++) if (seen[i - 1]!.from > seen[i]!.to) return true;
    }
  }
  return false;
}

/**
 * Whether a header row prints two of a group's column labels next to each other in
 * the order none of the groups is read in (table 四's five, printed under each of its
 * three groups). Only a row whose labels come whole, group by group (a multiple of the
 * five, each five all different), is evidence: a garbled text or PDF header scatters
 * the pieces of wrapped labels, and a group whose first labels were lost would seem to
 * print the next group's first label after its own last. Only neighbouring cells are
 * compared.
 */
export function neighboursContradicted(rows: readonly string[][], orders: readonly (readonly string[])[]): boolean {
  const width = orders[0]?.length ?? 0;
  const known = (cell: string) => orders.every((o) => o.includes(cell));
  for (const row of rows) {
    const labels = row.map((cell, at) => ({ cell, at })).filter((x) => known(x.cell));
    if (labels.length === 0 || labels.length % width !== 0) continue;
    const groups = Array.from({ length: labels.length / width }, (_, k) => labels.slice(k * width, (k + 1) * width));
    if (groups.some((g) => new Set(g.map((x) => x.cell)).size !== width)) continue;
    for (const g of groups) {
      for (let i = 1; i < g.length; i++) {
        const [a, b] = [g[i - 1]!, g[i]!];
        if (b.at === a.at + 1 && orders.every((o) => o.indexOf(a.cell) > o.indexOf(b.cell))) return true;
      }
    }
  }
  return false;
}
