/**
 * A cell a line, no tabs (LibreOffice's text export, docx2txt-style dumps,
 * `pdftotext` without `-layout`) → table grids, rebuilt from the sequence of
 * labels and values. The row structure is gone; what is left is the order:
 * a row is its label cells, then its values. How many values a row has comes
 * from the table, never from guessing: table 三 has the template's seven
 * columns, table 四 its fifteen, and each table 二 block as many as its
 * header (`信息内容` and the column labels) prints.
 *
 * Whether a blank line is a blank cell depends on the tool: LibreOffice
 * writes an empty line for every empty cell (and for cells covered by a
 * merge, before the row's label), so a row's values are exactly the next
 * lines, blank or not. Tools that drop blank cells (`pdftotext`) put a
 * blank line after nearly every cell instead, which tells them apart; so does
 * a row with fewer lines than columns (a tool that drops blank cells and parts
 * its blocks of text with blank lines, as mutool does), and so does, for one
 * table, numbers that stand a blank line apart while the rest of the text
 * writes a line a cell (`pdftotext` of a Chromium PDF); there a
 * row with fewer numbers than columns cannot say which columns are blank: it
 * is not read (label only) and warned `CELLS_VANISHED`.
 *
 * Where blank cells were dropped, the values between two labels are one
 * row's only if the text is in row order (lynx's dump of a web page, mutool).
 * Two things show that it is not, and then, for the whole text, one short row
 * makes its whole block unread, since values may have moved between its rows:
 * a run of more values than a row has columns (several rows' values with no
 * label between), and values that follow no row label or its first part
 * (`pdftotext` without `-layout` follows the page's text flow, which splits
 * rows, joins columns and may print a value before its label).
 */
import { warning, type Warning } from '../../codes.js';
import type { Block, BlockCell, TableBlock } from '../../model/blocks.js';
import { TABLE2 } from '../../templates/table2.js';
import { TABLE3_COLUMNS, TABLE3_GROUPS, TABLE3_ROWS } from '../../templates/table3.js';
import { TABLE4_COLUMNS, TABLE4_GROUPS } from '../../templates/table4.js';
import { makeMatcher } from '../../util/match.js';
import { normalizeLabel, trimAll } from '../../util/normalize.js';
import { readNumber } from '../../util/numbers.js';
import { pageNumberLines } from './pages.js';
import { endsTableText, tableOpened } from './regions.js';
import { NUMBER } from './shapes.js';
import { table2BlockWidth } from './table2Width.js';

/** Lines that open a statistics table, by its fixed labels. */
const TABLE3_CUE = /勾稽关系|^申请人情况$|^自然人$/;
const TABLE4_CUE = /^行政复议$|^行政诉讼$/;
const TABLE3_WIDTH = TABLE3_COLUMNS.length;
const TABLE4_WIDTH = TABLE4_GROUPS.length * TABLE4_COLUMNS.length;

/** Row labels of tables 二 and 三 (group labels apart). */
const ROW_LABELS = makeMatcher([...TABLE3_ROWS, ...TABLE2['2019'].flatMap((b) => b.rows), ...TABLE2['2021'].flatMap((b) => b.rows)], (r) => [r.label]);
/** Printed row labels of each table, normalised: table 三's (with their aliases) and table 二's of both formats. */
const ROW_TEXTS = {
  table3: [...new Set(TABLE3_ROWS.flatMap((r) => [r.label, ...(r.aliases ?? [])]).map(normalizeLabel))],
  table2: [...new Set([...TABLE2['2019'], ...TABLE2['2021']].flatMap((b) => b.rows.map((r) => normalizeLabel(r.label))))],
};

/**
 * The row label that text lines end in, or its first part (the rest printed
 * after the values, as mutool does with wrapped labels): the longest run of
 * trailing pieces that a row label of the table starts with, as one line,
 * and the lines before it. Null when the lines end in no row label: where
 * blank cells were dropped, values then follow no row label, and the text is
 * not in row order.
 */
function trailingRowLabel(texts: Line[], rowTexts: readonly string[]): { label: Line; before: Line[] } | null {
  // Pieces, not lines: a tool may print the end of a group label and the start of a row label on one line.
  const pieces = texts.flatMap((l, line) => l.text.split(/\s+/).flatMap((text) => (text === '' ? [] : [{ text, line }])));
  let joined = '';
  let found = -1;
  for (let i = pieces.length - 1; i >= 0; i--) {
    joined = normalizeLabel(pieces[i]!.text) + joined;
    if (rowTexts.some((r) => r.startsWith(joined))) found = i;
  }
  if (found < 0) return null;
  const first = pieces[found]!;
  const lead = pieces.filter((p, i) => i < found && p.line === first.line).map((p) => p.text);
  const before = [...texts.slice(0, first.line), ...(lead.length ? [{ ...texts[first.line]!, text: lead.join(' ') }] : [])];
  const text = pieces.slice(found).map((p) => p.text).join('');
  return { label: { no: texts[first.line]!.no, text, kind: 'text' }, before };
}

const GROUPS = new Set(TABLE3_GROUPS.map(normalizeLabel));

/**
 * What a line holds: a label or other text, a number, nothing, or a printed
 * placeholder (`-`, `—`, `/`, `无`): a cell that says it is blank. A
 * placeholder is a cell in every reading; only an empty line may be no cell.
 */
type Kind = 'text' | 'number' | 'blank' | 'placeholder';

/**
 * How a table's lines stand for its cells: a line a cell, blank lines
 * included (`cells`); blank cells dropped, rows in order (`rows`); blank
 * cells dropped and the order of rows not to be trusted (`flow`).
 */
type Reading = 'cells' | 'rows' | 'flow';

interface Line {
  no: number;
  text: string;
  kind: Kind | 'furniture';
}

/** Digits with a leading zero: no number a cell prints. */
const LEADING_ZERO = /^0\d+$/;

/** A trimmed line's (or piece's) kind: a text that reads as blank is not empty, so it is a placeholder. */
function kindOf(text: string): Kind {
  if (text === '') return 'blank';
  // Digits with a leading zero (`09`: the end of a number typed over two lines) are no label:
  // a value line, which leaves its row unread (readRegion).
  if (LEADING_ZERO.test(text)) return 'number';
  const reading = readNumber(text).kind;
  return reading === 'number' ? 'number' : reading === 'blank' ? 'placeholder' : 'text';
}

/**
 * Whether blank lines stand for blank cells. Where they do, most numbers
 * stand right after another number (the next cell of the row); tools that
 * drop blank cells put a blank line after nearly every number instead.
 */
function blanksAreCells(lines: Line[]): boolean {
  const { adjacent, apart } = numberSpacing(lines);
  return adjacent * 4 >= apart && !labelSplitByBlank(lines);
}

/** How many numbers stand right before another number, and how many right before a blank line. */
function numberSpacing(lines: Line[]): { adjacent: number; apart: number } {
  let adjacent = 0;
  let apart = 0;
  lines.forEach((l, i) => {
    if (l.kind !== 'number') return;
    const next = lines[i + 1]?.kind;
    if (next === 'number' || next === 'placeholder') adjacent++;
    else if (next === 'blank') apart++;
  });
  return { adjacent, apart };
}

/**
 * Fewest numbers a blank line apart for a table to overrule the text: a table
 * of few numbers, most of its cells blank (a 2021 table 二 of single-value
 * blocks), shows a number before a blank cell as often as not.
 */
const TABLE_EVIDENCE = 3;

/**
 * Whether a row label is printed in two parts with blank lines between
 * (`4.保护第三方`, blank, `合法权益`): a tool that writes a cell a line keeps
 * a label in one line, so such blank lines part blocks of text (a PDF's
 * reading order, as mutool writes it), and stand for no cell.
 */
function labelSplitByBlank(lines: Line[]): boolean {
  for (let i = 0; i < lines.length; i++) {
    if (lines[i]!.kind !== 'text' || ROW_LABELS.exact(lines[i]!.text) !== undefined) continue;
    let j = i + 1;
    while (lines[j]?.kind === 'blank') j++;
    if (j > i + 1 && lines[j]?.kind === 'text' && ROW_LABELS.exact(lines[i]!.text + lines[j]!.text) !== undefined) return true;
  }
  return false;
}

/** Numbers a space apart at the end of a line: a row's values after its label (`pdftotext -raw`). */
const TRAILING_NUMBERS = new RegExp(`(?:\\s+${NUMBER})+$`);

/** Whether a line ends the table: its text, without the values a row a line puts after the label. */
function endsTable(l: Line): boolean {
  return l.kind === 'text' && endsTableText(l.text.replace(TRAILING_NUMBERS, ''));
}

/** A text line that opens another table than `opened`. */
function opensOther(l: Line, opened: 2 | 3 | 4 | null): boolean {
  if (l.kind !== 'text') return false;
  const other = tableOpened(l.text);
  return other !== null && other !== opened;
}

function cell(l: Line): BlockCell {
  return { text: l.text, rowSpan: 1, colSpan: 1, location: { line: l.no } };
}

/** A row being read: its header lines (texts before its label), label and run of values. */
interface PendingRow {
  header: Line[];
  label: Line | undefined;
  values: Line[];
  /** Why its values cannot be placed, or null when they can. */
  doubt: string | null;
  /** Fewer value lines (numbers and blank lines) than columns followed its label. */
  short?: boolean;
  /**
   * Blank cells written: how many blank lines followed its values before the
   * next label (the next row's covered cells), and that label's kind.
   */
  after?: { blanks: number; next: string };
}

/**
 * A row label's kind by its numbering (`一、`, `（一）`, `1.`): LibreOffice
 * writes the cells a merge covers before a label, as many for every label of
 * one kind in a table (the group columns merged down beside them).
 */
function labelKind(text: string): string {
  const t = normalizeLabel(text);
  return /^[一二三四五六七八九十]+、/.test(t) ? 'top' : /^[（(][一二三四五六七八九十]+[)）]/.test(t) ? 'group' : /^\d+[.．、]/.test(t) ? 'item' : /^第二十条/.test(t) ? 'title' : 'other';
}

/** The label that starts at line `at`: one printed a character or two a line (a vertical merged cell) joined. */
function labelAt(region: readonly Line[], at: number): Line | undefined {
  const first = region[at];
  if (first?.kind !== 'text' || [...first.text].length > 2) return first;
  let text = first.text;
  for (let i = at + 1; i < region.length && region[i]!.kind === 'text' && [...region[i]!.text].length <= 2 && region[i]!.no === region[i - 1]!.no + 1; i++) text += region[i]!.text;
  return { ...first, text };
}

/**
 * Rows followed by another count of blank lines than the rows before labels
 * of the same kind: a cell typed over two lines (`55` / `919`) pushed the
 * row's last blank cell past its columns, where it reads as a covered cell
 * while every value before it moved a column; a blank cell lost does the
 * reverse. Against the usual count where one is clear (more rows have it than
 * any other), a row off it either way; else (two rows that differ) the row
 * with more. A table drawn with covered cells of unequal count before labels
 * of one kind loses such rows (null, warned), never misreads them. A table's
 * last row has no row after it to compare: table 四, one row, is not checked.
 */
function pushedRows(rows: readonly PendingRow[]): Set<PendingRow> {
  const byKind = new Map<string, PendingRow[]>();
  for (const r of rows) if (r.after && r.doubt === null) byKind.set(r.after.next, [...(byKind.get(r.after.next) ?? []), r]);
  const pushed = new Set<PendingRow>();
  for (const group of byKind.values()) {
    const counts = new Map<number, number>();
    for (const r of group) counts.set(r.after!.blanks, (counts.get(r.after!.blanks) ?? 0) + 1);
    const ranked = [...counts].sort((a, b) => b[1] - a[1] || a[0] - b[0]);
    const clear = ranked[0]![1] >= 2 && ranked[0]![1] > (ranked[1]?.[1] ?? 0);
    const usual = ranked[0]![0];
    const fewest = Math.min(...counts.keys());
    for (const r of group) if (clear ? r.after!.blanks !== usual : r.after!.blanks > fewest) pushed.add(r);
  }
  return pushed;
}

/**
 * Text of one table region → a grid and the warnings for rows whose values
 * cannot be placed. Rows of a block (a table 二 block, or the whole of table
 * 三 or 四) are settled together: where blank cells were dropped, one row
 * with too few or too many values means values may have moved between its
 * rows, so none of the block's values is read.
 */
function readRegion(
  region: Line[],
  reading: Reading,
  warnings: Warning[],
  /** Blank cells written, but runs of blank lines squeezed to one (`cat -s`): a blank line may stand for several cells. */
  squeezed = false,
): { table: TableBlock; short: boolean; crowded: boolean } {
  const rows: BlockCell[][] = [];
  const blankCells = reading === 'cells';
  let short = false;
  let crowded = false;
  const normalized = region.map((l) => normalizeLabel(l.text));
  let width = normalized.some((t) => TABLE3_CUE.test(t)) ? TABLE3_WIDTH : normalized.some((t) => TABLE4_CUE.test(t)) ? TABLE4_WIDTH : 0;
  const isTable2 = width === 0;
  const rowTexts = isTable2 ? ROW_TEXTS.table2 : ROW_TEXTS.table3;
  // Table 四 has no row labels: its one row of values follows the header.
  const labelled = width !== TABLE4_WIDTH;
  const isValue = (l: Line | undefined) => l !== undefined && (l.kind === 'number' || l.kind === 'placeholder' || (blankCells && l.kind === 'blank'));
  const isRowLabel = (l: Line) => ROW_LABELS.exact(l.text) !== undefined && !GROUPS.has(normalizeLabel(l.text));
  /** What follows a row's values (blank cells written): `blanks` blank lines past its columns, then a label of some kind, or the table's end. */
  const afterRow = (blanks: number, at: number): Pick<PendingRow, 'after'> => {
    const label = labelAt(region, at);
    if (label?.kind !== 'text') return {};
    const kind = labelKind(label.text);
    return kind !== 'other' || ROW_LABELS.exact(label.text) !== undefined ? { after: { blanks, next: kind } } : {};
  };
  let labels: Line[] = [];
  let block: PendingRow[] = [];
  /** The current table 二 block's title (`第二十条第（X）项`, normalised). */
  let title: string | undefined;

  /** Blocks read, settled at the end: rows of one table are compared across its blocks (pushedRows). */
  const settled: { rows: PendingRow[]; width: number }[] = [];
  const flush = (): void => {
    if (block.some((r) => r.short)) short = true;
    settled.push({ rows: block, width });
    block = [];
  };
  const emit = (): void => {
    for (const r of pushedRows(settled.flatMap((b) => b.rows))) r.doubt = 'another count of blank lines follows its values than follows other rows before such a label (a cell typed over two lines, or a blank cell lost, moves its values a column)';
    for (const { rows: pending, width: blockWidth } of settled) {
      // In a block of one value a row, a value printed before its label (as
      // pdftotext does where their baselines differ) looks like the row above's.
      const shaky = (reading === 'flow' || (reading === 'rows' && blockWidth === 1)) && pending.some((r) => r.doubt !== null);
      for (const r of pending) {
        if (r.header.length > 0) rows.push(r.header.map(cell));
        const doubt = r.doubt ?? (shaky ? 'another row of its block lost values, so values may have moved between rows' : null);
        if (doubt === null) {
          if (r.label || r.values.length > 0) rows.push([...(r.label ? [cell(r.label)] : []), ...r.values.map(cell)]);
          continue;
        }
        // The label alone: its values are not placed anywhere.
        if (r.label) rows.push([cell(r.label)]);
        warnings.push(warning('CELLS_VANISHED', `Table row "${r.label?.text ?? '(values without a label)'}": ${doubt}; its values are not read.`, { line: (r.label ?? r.values[0])?.no ?? region[0]!.no }));
      }
    }
  };

  /** Labels no values followed: a row label among them lost its values. */
  const endLabels = (): void => {
    const last = labels[labels.length - 1];
    if (last && labelled && isRowLabel(last)) block.push({ header: labels.slice(0, -1), label: last, values: [], doubt: `no values follow it (${width} expected)` });
    else if (labels.length) block.push({ header: labels, label: undefined, values: [], doubt: null });
    labels = [];
  };

  for (let i = 0; i < region.length; ) {
    const l = region[i]!;
    if (l.kind === 'text') {
      const norm = normalizeLabel(l.text);
      // A block title or header starts a new block of table 二; its header sets the width
      // (the column labels after `信息内容`, up to the first row's label).
      if (isTable2 && (norm === '信息内容' || /第二十条/.test(norm))) {
        endLabels();
        flush();
        if (/第二十条/.test(norm)) title = norm;
        if (norm === '信息内容') width = headerWidth(region, i, isValue, title);
      }
      const prev = labels[labels.length - 1];
      // A row label right after another: the first has no values where they belong.
      if (prev && labelled && isRowLabel(prev) && isRowLabel(l)) {
        block.push({ header: labels.slice(0, -1), label: prev, values: [], doubt: `no values follow it (${width} expected)` });
        labels = [];
      }
      // A label printed a character a line (a vertical merged cell) is one cell.
      if (prev && labels.length && [...prev.text].length <= 2 && [...l.text].length <= 2 && prev.no === l.no - 1) prev.text += l.text;
      else labels.push({ ...l });
      i++;
      continue;
    }
    // Where blank cells were dropped a run starts at a number: the row label the texts before it
    // end in (wrapped over lines, one cell), or none, and then the text is not in row order.
    const found = !blankCells && labelled && l.kind === 'number' ? trailingRowLabel(labels, rowTexts) : null;
    if (!blankCells && labelled && l.kind === 'number' && found === null) crowded = true;
    if (!isValue(l) || width === 0 || (l.kind === 'blank' && !startsValues(region, i, width, labels.length > 0))) {
      i++;
      continue;
    }
    // The run of value lines up to the next label.
    let j = i;
    while (j < region.length && region[j]!.kind !== 'text') j++;
    const run = region.slice(i, j).filter(isValue);
    // A line a cell (blank cells written): the last line is the label.
    const label = found?.label ?? (labelled ? labels[labels.length - 1] : undefined);
    const header = found?.before ?? (label ? labels.slice(0, -1) : labels);
    // The row's values are the first `width` of the run when that is certain:
    // blank cells written, and nothing but blank (covered) cells after them; or
    // blank cells dropped, and exactly `width` numbers.
    const exact = blankCells
      ? run.length >= width && run.slice(width).every((v) => v.kind === 'blank') && (!squeezed || run.slice(0, width).every((v) => v.kind !== 'blank'))
      : run.length === width;
    const numbers = run.filter((v) => v.kind === 'number').length;
    const zeroLed = run.find((v) => LEADING_ZERO.test(v.text));
    // Values of several rows with no label between.
    if (!blankCells && run.length > width) crowded = true;
    // A row label printed before other texts (header labels) is out of reading order.
    const displaced = label !== undefined && !isRowLabel(label) && header.some(isRowLabel);
    // Where blank cells were dropped, values after no row label belong to a row printed after them.
    const unlabelled = !blankCells && labelled && numbers > 0 && found === null;
    block.push({
      header,
      label,
      values: run.slice(0, width),
      short: run.length < width && numbers > 0,
      ...(blankCells && !squeezed && exact ? afterRow(run.length - width, j) : {}),
      doubt: displaced
        ? 'its values follow other labels than its own (the text is out of reading order)'
        : zeroLed
          ? `a value line "${zeroLed.text}" is no number (part of a number typed over two lines, or text the document hides), so its values may have moved`
        : unlabelled
          ? 'values follow no row label here (the text is out of reading order)'
          : exact
            ? null
            : squeezed && run.length >= width
              ? `its blank cells cannot be counted (the text has no two blank lines in a row: runs of them were squeezed)`
              : `${numbers} value(s) follow it for ${width} columns, blank cells having been lost`,
    });
    labels = [];
    i = j;
  }
  endLabels();
  flush();
  emit();
  const first = region[0]!.no;
  // Cells come one after another as the tool wrote them: in reading order where it read a PDF.
  return { table: { kind: 'table', rows, cellOrder: 'reading', location: { line: first, endLine: region[region.length - 1]!.no } }, short, crowded };
}

/**
 * Columns of a table 二 block: text lines after `信息内容` before the line
 * that precedes the first value; where those are template labels naming
 * fewer columns than the block its title identifies has (a label printed
 * elsewhere), the template's count (table2Width.ts).
 */
function headerWidth(region: Line[], at: number, isValue: (l: Line | undefined) => boolean, title: string | undefined): number {
  const texts: string[] = [];
  for (let i = at + 1; i < region.length; i++) {
    const l = region[i]!;
    if (isValue(l)) return texts.length <= 1 ? 0 : table2BlockWidth(title, texts.slice(0, -1));
    if (l.kind === 'text') texts.push(normalizeLabel(l.text));
  }
  return 0;
}

/**
 * Whether a blank line starts a row's values (a blank first value) rather
 * than standing for a covered cell: a number follows before the next label,
 * or as many blank lines as the row has columns (a row with no values).
 */
function startsValues(region: Line[], at: number, width: number, afterLabel: boolean): boolean {
  if (!afterLabel) return false;
  let blanks = 0;
  for (let i = at; i < region.length; i++) {
    const l = region[i]!;
    if (l.kind === 'number' || l.kind === 'placeholder') return true;
    if (l.kind === 'text') return blanks >= width;
    blanks++;
  }
  return blanks >= width;
}

/**
 * Where a line is not a cell (blank cells dropped), cells close together on
 * the page share a line, a space apart: numbers (`82232 174390`, two cells of
 * a row), and where a tool prints a row a line (`pdftotext -raw`), labels and
 * numbers (`一、本年新收政府信息公开 56 0 0 57`, `信息内容 本年制发件数`): a
 * line each. The label pieces of a row are joined again by `trailingRowLabel`.
 */
function splitCellLines(region: Line[]): Line[] {
  return region.flatMap((l) => {
    if (l.kind !== 'text') return [l];
    const pieces = l.text.split(/\s+/);
    return pieces.length > 1 ? pieces.map((text) => ({ no: l.no, text, kind: kindOf(text) })) : [l];
  });
}

/**
 * Whether the tables whose blank lines are cells show no two blank lines in
 * a row. Where blank cells are written, two stand together wherever two
 * cells are empty, and around merged cells (LibreOffice writes a covered cell
 * as an empty line: table 三's rows under a group label follow two); text
 * without any had its runs of blank lines squeezed to one (`cat -s`, an
 * editor), and a blank line may stand for several cells.
 */
function squeezed(tables: Line[][]): boolean {
  return tables.length > 0 && !tables.some((t) => t.some((l, i) => l.kind === 'blank' && t[i + 1]?.kind === 'blank'));
}

/** Text in the cell-a-line layout → blocks; text outside tables goes to `paragraphs`. */
export function cellsToBlocks(
  raw: string[],
  paragraphs: (lines: string[], offset: number) => Block[],
  /** Every empty line is one empty cell, whatever the tables show (a double-spaced text's, doubleSpacing.ts). */
  blankLinesExact = false,
): { blocks: Block[]; warnings: Warning[] } {
  const furniture = pageNumberLines(raw);
  const lines: Line[] = raw.map((r, i) => {
    const text = trimAll(r);
    return { no: i + 1, text, kind: furniture.has(i) ? 'furniture' : kindOf(text) };
  });
  // Table regions: from a line that opens a table to the line that ends it.
  const regions: { start: number; end: number }[] = [];
  for (let i = 0; i < lines.length; ) {
    const opened = lines[i]!.kind === 'text' ? tableOpened(lines[i]!.text) : null;
    if (opened === null) {
      i++;
      continue;
    }
    // Up to a heading or prose, or to the label that opens another table (its heading lost).
    let end = i + 1;
    while (end < lines.length && !endsTable(lines[end]!) && !opensOther(lines[end]!, opened)) end++;
    regions.push({ start: i, end });
    i = end;
  }
  // Blank lines stand for blank cells only if every row then has a line for each of its
  // columns: a row with fewer shows a tool that drops blank cells and parts its blocks of
  // text with blank lines (mutool), where a blank line beside a row's values is a break.
  // A table whose own numbers stand a blank line apart is read so too, whatever the rest
  // of the text shows (pdftotext of a Chromium PDF: table 三's numbers a line each, table
  // 四's apart, where 8 values and 7 blank lines would make a row of 15 cells).
  // A run of values too long for one row shows text out of row order.
  const own = regions.map(({ start, end }) => lines.slice(start, end));
  // Tables without a single blank line (`pdftotext -raw`: a row a line) write no blank cell.
  const cells = own.some((t) => t.some((l) => l.kind === 'blank')) && blanksAreCells(lines) && own.every((t) => !readRegion(t, 'cells', []).short);
  const isCells = own.map((t) => cells && (numberSpacing(t).apart < TABLE_EVIDENCE || blanksAreCells(t)));
  const tables = own.map((t, i) => (isCells[i] ? t : splitCellLines(t)));
  const order: Reading = tables.some((t, i) => !isCells[i] && readRegion(t, 'rows', []).crowded) ? 'flow' : 'rows';
  const squeezedText = !blankLinesExact && squeezed(tables.filter((_, i) => isCells[i]));
  // Text outside the tables, page numbers left out.
  const prose = raw.map((r, i) => (furniture.has(i) ? '' : r));
  const blocks: Block[] = [];
  const warnings: Warning[] = [];
  let textStart = 0;
  regions.forEach(({ start, end }, i) => {
    blocks.push(...paragraphs(prose.slice(textStart, start), textStart));
    const { table } = readRegion(tables[i]!, isCells[i] ? 'cells' : order, warnings, isCells[i] && squeezedText);
    if (table.rows.length > 0) blocks.push(table);
    textStart = end;
  });
  blocks.push(...paragraphs(prose.slice(textStart), textStart));
  return { blocks, warnings };
}
