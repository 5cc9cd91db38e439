/**
 * Marks raised or lowered by hand in a table cell (DOCX `w:position`, DOC
 * `sprmCHpsPos`, RTF `\up`/`\dn`): a footnote mark typed after a figure and
 * set off its line rather than as a superscript (`21` then a raised `1`,
 * which read 211). The word processors' readers give a cell's text as pieces
 * with their vertical position; this decides, line by line, which is the
 * figure and which the mark, and where it cannot tell, leaves the line unread.
 */
import { markUnread } from '../util/numbers.js';

/** A piece of a cell's text and how far it is set off its line: half-points, raised (+) or lowered (−). */
export interface PlacedText {
  text: string;
  position: number;
}

/** A shift this large (1.5 pt) sets text apart from its line; smaller ones align glyphs. */
const RAISED_HALF_POINTS = 3;
/** A mark is a figure or two (`1`, `*`, `注1`). */
const MARK_CHARS = 3;

const length = (s: string) => [...s.replace(/\s/g, '')].length;

/**
 * A cell's text with its marks left out. On each line, text set 1.5 pt or more
 * off the line (off position 0 where any text stands there; a line shifted
 * whole keeps its own position, that of most of its characters) is a mark, as a
 * superscript is, wherever it stands: `21` + a raised `1` is 21, a raised `1` +
 * `23` is 23. Set-off text longer than a mark, or a line shifted whole at two
 * positions of equal weight, leaves the line unread (CELL_NOT_NUMERIC): any
 * guess could be a wrong number.
 */
export function withoutRaisedMarks(pieces: readonly PlacedText[]): string {
  const lines: PlacedText[][] = [[]];
  for (const piece of pieces) {
    const parts = piece.text.split('\n');
    parts.forEach((part, i) => {
      if (i > 0) lines.push([]);
      if (part !== '') lines[lines.length - 1]!.push({ text: part, position: piece.position });
    });
  }
  return lines.map(lineText).join('\n');
}

function lineText(line: readonly PlacedText[]): string {
  const all = line.map((p) => p.text).join('');
  // Runs: consecutive pieces at one position (a run may come in several pieces).
  const runs: PlacedText[] = [];
  for (const p of line) {
    const last = runs[runs.length - 1];
    if (last && last.position === p.position) last.text += p.text;
    else runs.push({ ...p });
  }
  const texts = runs.filter((r) => r.text.trim() !== '');
  if (texts.length === 0) return all;
  const apartFrom = (r: PlacedText, baseline: number) => Math.abs(r.position - baseline) >= RAISED_HALF_POINTS;
  let baseline = 0;
  if (texts.every((r) => apartFrom(r, 0))) {
    const weight = new Map<number, number>();
    for (const r of texts) weight.set(r.position, (weight.get(r.position) ?? 0) + length(r.text));
    const ranked = [...weight].sort((a, b) => b[1] - a[1]);
    if (ranked.length > 1 && ranked[0]![1] === ranked[1]![1] && apartFrom({ text: '', position: ranked[0]![0] }, ranked[1]![0])) return markUnread(all);
    baseline = ranked[0]![0];
  }
  const marks = texts.filter((r) => apartFrom(r, baseline));
  if (marks.length === 0) return all;
  if (marks.some((r) => length(r.text) > MARK_CHARS)) return markUnread(all);
  return runs.filter((r) => !marks.includes(r)).map((r) => r.text).join('');
}
