/**
 * Text a browser gives for a web page (`innerText`, or the page copied and
 * pasted as plain text): a table row's cells apart by tabs and rows by line
 * ends, as tab-separated rows. But where cells hold paragraphs (`<td><p>`, as
 * most report pages do), each tab stands on a line of its own between the
 * paragraphs' blank lines: `label`, ``, `\t`, ``, `41`, …, a blank cell two
 * such lines in a row. Rows are then apart by more blank lines than the cells
 * of a row are, which is what tells a tab that ends a row (a blank last cell)
 * from one that starts the next (a blank first cell).
 *
 * Such text is rebuilt here into tab-separated rows, a row a line, for the
 * tabs reader (blocks.ts); every other line stays as it was. `origin` gives
 * each rebuilt line's line number in the text, so locations still point there.
 */

import { NUMBER_CELL } from './layout.js';
import { HEADING_START } from './shapes.js';

/** A line holding only a tab (and blanks): a cell boundary. */
const SEPARATOR = /^[ \u00a0\u3000]*\t[ \t\u00a0\u3000]*$/;
/** An empty line (spaces at most). A line of no-break or ideographic spaces is a blank cell's text (`<p>&nbsp;</p>`), not a gap. */
const BLANK = /^[ \ufeff]*$/;

export interface RebuiltLines {
  lines: string[];
  /** 1-based line number in the original text of each line of `lines`. */
  origin: number[];
}

/**
 * Whether the text shows a browser's separator lines: at least ten lines
 * holding only a tab, and over twice as many as lines holding a tab among
 * text (a Word converter's tab-prefixed cells write a blank cell as a lone tab
 * too, but between many `\tcell` lines).
 */
export function hasSeparatorLines(lines: readonly string[]): boolean {
  let separators = 0;
  let tabbedText = 0;
  for (const line of lines) {
    if (!line.includes('\t')) continue;
    if (SEPARATOR.test(line)) separators++;
    else tabbedText++;
  }
  return separators >= 10 && separators > 2 * tabbedText;
}

/** A row being rebuilt: its cells, its first line, whether a tab parts it, every line it took. */
interface Row {
  cells: string[];
  no: number;
  tabbed: boolean;
  lines: number[];
  /** Whether the last cell still waits for its text (a tab, or the row's start, just opened it). */
  cellOpen: boolean;
  /** A numbered heading not after a row break: a paragraph, which a tab after it does not join (see below). */
  heading?: boolean;
}

/** A text line or a lone tab, with the blank lines before it (`gap`) and, for a tab, after it. */
type Token = { kind: 'text'; text: string; no: number; gap: number } | { kind: 'separator'; no: number; gap: number; after: number };

export function rebuildSeparatorLines(lines: readonly string[]): RebuiltLines {
  const tokens: Token[] = [];
  let blanks = 0;
  lines.forEach((line, i) => {
    if (SEPARATOR.test(line)) tokens.push({ kind: 'separator', no: i + 1, gap: blanks, after: 0 });
    else if (BLANK.test(line)) {
      blanks++;
      return;
    } else tokens.push({ kind: 'text', text: line, no: i + 1, gap: blanks });
    blanks = 0;
  });
  tokens.forEach((t, k) => {
    if (t.kind === 'separator') t.after = tokens[k + 1]?.gap ?? blanks;
  });
  // The blank lines on each side of a tab inside a row: the most common count among separators with equal sides.
  const cellGap = mode(tokens.flatMap((t) => (t.kind === 'separator' && t.gap === t.after ? [t.gap] : [])));

  // Rows: a separator joins the text on its two sides into one row, unless
  // one side has more blank lines than a cell boundary (a row ends there).
  const rows: Row[] = [];
  let row: Row | null = null;
  const open = (no: number): Row => {
    if (row === null) {
      row = { cells: [''], no, tabbed: false, lines: [], cellOpen: true };
      rows.push(row);
    }
    return row;
  };
  const close = (): void => {
    row = null;
  };
  /** Whether a row break (more blank lines than a cell boundary) stands before the next token. */
  let broken = true;
  for (const token of tokens) {
    const { gap } = token;
    if (token.kind === 'separator') {
      // Fewer blank lines than a cell boundary: a page's layout table, not a table of the report.
      if (Math.min(gap, token.after) < cellGap) {
        close();
        continue;
      }
      if (gap > cellGap || (row as Row | null)?.heading) close();
      const r = open(token.no);
      r.cells.push('');
      r.cellOpen = true;
      r.tabbed = true;
      r.lines.push(token.no);
      broken = token.after > cellGap;
      if (broken) close();
      continue;
    }
    const afterBreak = broken || gap > cellGap;
    broken = false;
    // A tab opened a cell: the text after it fills it, unless a row break
    // stands between or the text cannot be a later cell of a row.
    // Text right under a cell's text, with fewer blank lines than a cell
    // boundary, is the same cell (a line break inside it: `商业<br>企业`), unless
    // either is a number (a table's last value and the next table's first
    // cell can stand so). Otherwise text after text is a new row: the
    // paragraph after a table stands as close to its last cell as a cell's
    // paragraphs to each other (a cell of two paragraphs comes apart: its row
    // is not read, never shifted).
    const current = row as Row | null;
    const fills = current !== null && current.cellOpen && gap <= cellGap && mayFollowSeparator(token.text);
    const wraps =
      current !== null && !current.cellOpen && gap < cellGap && !NUMBER_CELL.test(token.text.trim()) && !NUMBER_CELL.test(current.cells[current.cells.length - 1]!) && mayFollowSeparator(token.text);
    if (!fills && !wraps) {
      close();
      // A numbered heading right after a table (no row break: `三、收到和处理…`)
      // may be followed by a table whose first cell is blank, which looks just
      // like a row's first cell and its tab; a numbered row label (`一、本年新收…`)
      // always follows a row break, since no table opens with one.
      open(token.no).heading = !afterBreak && !mayFollowSeparator(token.text);
    }
    const r = row!;
    r.cells[r.cells.length - 1] += token.text.trim();
    r.cellOpen = false;
    r.lines.push(token.no);
  }

  // Rows that hold a tab become one line; every other row is its lines as they were.
  const out: RebuiltLines = { lines: [], origin: [] };
  const push = (line: string, no: number) => {
    out.lines.push(line);
    out.origin.push(no);
  };
  let last = 0;
  let lastTabbed = false;
  for (const r of rows) {
    if (r.tabbed) {
      // Blank lines between a paragraph and a table stay; between a table's rows they go.
      if (!lastTabbed) for (let b = last + 1; b < r.no; b++) push('', b);
      lastTabbed = true;
      push(r.cells.join('\t'), r.no);
      last = r.lines[r.lines.length - 1]!;
      continue;
    }
    lastTabbed = false;
    for (const no of r.lines) {
      // The blank lines before a paragraph stay (they part paragraphs and end tables).
      for (let b = last + 1; b < no; b++) push('', b);
      push(lines[no - 1]!, no);
      last = no;
    }
  }
  return out;
}

/**
 * A top-level heading (`四、…`) or a sentence is no cell after a tab: the row
 * ended at the tab (a blank last cell), and the table with it. A row label so
 * numbered is always its row's first cell.
 */
function mayFollowSeparator(text: string): boolean {
  return !HEADING_START.test(text.trim()) && !text.includes('。');
}

function mode(values: number[]): number {
  const counts = new Map<number, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best = 0;
  let bestCount = -1;
  for (const [v, c] of counts) if (c > bestCount || (c === bestCount && v < best)) [best, bestCount] = [v, c];
  return best;
}
