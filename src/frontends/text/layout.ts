/**
 * Which flattening a plain text shows: the one layout detector of the text
 * front end. Tables flattened by different tools keep different parts of
 * their structure, and each family has its own grid builder:
 * - `tabs`: Word-to-text converters (a tab-prefixed cell a line) and
 *   tab-separated rows (blocks.ts);
 * - `markdown`: pipe tables and raw HTML `<table>` blocks (markdown.ts),
 *   pipe rows without a delimiter row (antiword, org-mode tables), and the
 *   tables of MediaWiki and AsciiDoc markup (markupTables.ts);
 * - `aligned`: a row a line, cells apart by runs of spaces (`pdftotext -layout`,
 *   `pandoc -t plain`) (aligned.ts);
 * - `cells`: a cell a line without tabs (LibreOffice's text export,
 *   docx2txt, `pdftotext` without `-layout`), or a row a line with its cells
 *   a single space apart (`pdftotext -raw`) (cellSequence.ts);
 * - `grid`: tables drawn with their borders, box-drawing or ASCII (`w3m
 *   -dump`, grid tables) (grid.ts);
 * - `barred`: tables drawn with bars and underscores (Debian's `html2text`)
 *   (barred.ts);
 * - `paragraphCells`: a cell a paragraph between `|` lines (Python's
 *   `html2text` where cells hold paragraphs) (paragraphCells.ts).
 * Text with no table of any kind reads the same whichever is chosen. Before
 * this, blocks.ts puts back two flattenings into one of these: padding that
 * became tabs (paddingTabs.ts) and a browser's lines of lone tabs
 * (separatorLines.ts, into tab-separated rows).
 */
import { startsBarred } from './barred.js';
import { gridEnd, startsGrid } from './grid.js';
import { startsMarkupTable } from './markupTables.js';
import { looksLikeParagraphCells } from './paragraphCells.js';
import { DASH_RULE, isDelimiterRow, isPipeRow, NUMBER, startsBarePipeRows } from './shapes.js';

export type TextLayout = 'tabs' | 'markdown' | 'aligned' | 'cells' | 'grid' | 'barred' | 'paragraphCells';

/** A cell that is one number as tables print them (`12`, `减3`, `-3`, `12.50`, `1,200`). */
export const NUMBER_CELL = new RegExp(`^${NUMBER}$`);

/**
 * A line that ends in two or more numbers a single space apart, after a label
 * or alone (`一、本年新收政府信息公开 56 0 0 57`, `0 0 34 24`): a table row as
 * `pdftotext -raw` prints it, cells parted by one space. By tokens: the pattern
 * `(?:^|\S )N(?: N)+$` retried every start in a long line of numbers (quadratic).
 */
function spacedNumbers(trimmed: string): boolean {
  if (!trimmed.includes(' ')) return false;
  const tokens = trimmed.split(' ');
  let k = tokens.length;
  while (k > 0 && NUMBER_CELL.test(tokens[k - 1]!)) k--;
  const numbers = tokens.length - k;
  if (numbers < 2) return false;
  // What stands before the numbers ends in no white space (`\S `), or nothing does; with three
  // numbers or more the first is that `\S` itself, whatever stands before it.
  return numbers >= 3 || k === 0 || /\S$/.test(tokens[k - 1]!);
}

/** Runs of two or more spaces (a no-break space among them) or an ideographic space part cells in aligned text. */
const GAP = /(?:[ \u00a0]{2,}|\u3000+)/;

/**
 * A tab and spaces after it (the spaces from the tab stop to the next cell),
 * or cells apart by spaces after the tabs (only the indentation was tabbed).
 */
const PADDING_TAB = /\t | {2}\S/;
/** A space before a tab: never padding (a run of blanks becomes a tab from its start). */
const CELL_TAB = / \t/;

/**
 * Whether the text's tabs are padding: aligned text whose runs of spaces
 * `unexpand` or an editor turned into tabs (each run from its start to the
 * next tab stop, then spaces up to where the next cell starts;
 * paddingTabs.ts reads it). Then most tab lines have spaces after a tab or
 * between cells, and none a space before a tab. Tabs that part cells (a
 * converter's tab-prefixed cells, tab-separated rows) seldom have either (3
 * of the Zhangdian text's 326 tab lines), and where cells are padded with
 * spaces, spaces stand before tabs too.
 */
export function tabsArePadding(lines: readonly string[]): boolean {
  let tabLines = 0;
  let padding = 0;
  let cells = 0;
  for (const line of lines) {
    if (!line.includes('\t')) continue;
    tabLines++;
    if (PADDING_TAB.test(line)) padding++;
    if (CELL_TAB.test(line)) cells++;
  }
  return tabLines >= 3 && padding * 2 > tabLines && cells * 20 < tabLines;
}

/**
 * A table of contents' entry as Word's contents field comes out of a text
 * export: a numbered heading, a tab, its page (`一、总体情况<tab>2`). No
 * table row: a report with a contents list is not tab-separated text.
 */
const CONTENTS_ENTRY = /^[ \u3000]*(?:第[一二三四五六七八九十]{1,3}部分|[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十\d]{1,3}[）)]|\d{1,2}[、.．])[^\t\d]*\t+\d{1,3}\s*$/;

export function detectLayout(lines: string[]): TextLayout {
  let tabRows = 0;
  let aligned = 0;
  let bareNumbers = 0;
  let grids = 0;
  let barred = 0;
  let barePipes = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (startsGrid(lines, i)) {
      // Its rows are no pipe table (links draws `|---+---|` rules between them).
      grids++;
      i = gridEnd(lines, i) - 1;
      continue;
    }
    if (/<table\b/i.test(line) || (isPipeRow(line) && isDelimiterRow(lines[i + 1] ?? '')) || startsMarkupTable(lines, i)) return 'markdown';
    if (startsBarred(lines, i)) barred++;
    barePipes ||= startsBarePipeRows(lines, i);
    if (line.includes('\t')) {
      if (/^[ \u00a0\u3000]*\t\S|\S\t+\S/.test(line) && !CONTENTS_ENTRY.test(line)) tabRows++;
      continue;
    }
    if (DASH_RULE.test(line)) aligned += 5;
    const trimmed = line.trim();
    if (NUMBER_CELL.test(trimmed) || spacedNumbers(trimmed)) {
      bareNumbers++;
      continue;
    }
    // Cells apart need a run of spaces (or an ideographic space): most prose lines have none.
    if (!GAP.test(trimmed)) continue;
    const parts = trimmed.split(GAP);
    if (parts.length >= 3 && parts.filter((p) => NUMBER_CELL.test(p)).length >= 2) aligned++;
  }
  if (grids > 0) return 'grid';
  if (barred > 0) return 'barred';
  if (looksLikeParagraphCells(lines)) return 'paragraphCells';
  // Pipe rows with no delimiter row, once bordered and barred tables (whose rows are bars too) are ruled out.
  if (barePipes) return 'markdown';
  if (tabRows >= 3) return 'tabs';
  if (aligned >= 5) return 'aligned';
  if (bareNumbers >= 10) return 'cells';
  return 'tabs';
}
