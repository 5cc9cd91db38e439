/**
 * A table cut at its right edge. A table wider than its PDF page loses what
 * runs off the paper; a text made from such a PDF (pdftotext, mutool) shows
 * the cut column's label and numbers as their first characters, nothing else
 * telling that they were cut (`26825` printed as `2`). The PDF front end sees
 * the page edge (TEXT_OFF_PAGE); in any other source the header tells:
 *
 * - the header holds fewer of some character than the template's column labels
 *   need (wrapped labels keep every character, only a cut loses some), and
 * - a header row ends in a strict prefix of a column label whose missing rest
 *   is among those characters (`总` for `总计`): text is cut at the row's end.
 *
 * A header printing other words than the template's (`维持` for `结果维持`)
 * lacks characters too but ends no row in a cut label.
 *
 * A label centred in its column may also be cut off whole while the number
 * below it, set at the column's left, keeps its first digits: then exactly the
 * characters of one occurrence of the last column's label are missing, and no
 * others (a header split from its table, or worded otherwise, lacks others too).
 */
import { normalizeLabel } from '../util/normalize.js';

/** Characters of `texts` with their counts. */
function charCounts(texts: string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const t of texts) for (const ch of t) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  return counts;
}

/** How the header shows a cut right edge: its last label cut short, or the last column's label gone whole. */
export type HeaderCut = 'label-cut' | 'label-gone';

/**
 * Whether the header rows (cell texts, left to right) show a column label cut
 * at the table's right edge. `labels`: every column label the header prints,
 * once per column, in the template's order (table 四's five, three times).
 */
export function headerCutAtRight(headerRows: string[][], labels: string[]): HeaderCut | null {
  const norms = labels.map(normalizeLabel);
  const rows = headerRows.map((cells) => cells.flatMap((c) => c.split(/\s+/)).map(normalizeLabel).filter((w) => w !== ''));
  const need = charCounts(norms);
  const have = charCounts(rows.flat());
  const short = new Set([...need].filter(([ch, n]) => (have.get(ch) ?? 0) < n).map(([ch]) => ch));
  if (short.size === 0) return null;
  const endsCut = rows.some((words) => {
    const last = words[words.length - 1];
    return last !== undefined && norms.some((l) => l.length > last.length && l.startsWith(last) && [...l.slice(last.length)].every((ch) => short.has(ch)));
  });
  if (endsCut) return 'label-cut';
  const lastLabel = new Set(norms[norms.length - 1] ?? '');
  const gone = [...lastLabel].every((ch) => short.has(ch) && (need.get(ch) ?? 0) - (have.get(ch) ?? 0) === 1) && [...short].every((ch) => lastLabel.has(ch));
  return gone ? 'label-gone' : null;
}
