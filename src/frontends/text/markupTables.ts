/**
 * Tables written in a wiki markup's own table syntax, as pandoc and other
 * converters write them: MediaWiki (`{|` … `|-` … `|}`: a cell a line after
 * `|` or `!`, or several on one line apart by `||`, attributes before a lone
 * `|`) and AsciiDoc (`|===` fences: cells after `|`, a row as many cells as
 * the `cols` attribute or the first line names, `N+|` and `.N+|` spans).
 * Both keep every cell and its spans, so they are read as grids, as pipe
 * tables are (markdown.ts).
 */
import type { BlockCell, TableBlock } from '../../model/blocks.js';
import { trimAll, unwrapEmphasis } from '../../util/normalize.js';

const WIKI_START = /^\s*\{\|/;
const WIKI_END = /^\s*\|\}/;
const ADOC_FENCE = /^\|===\s*$/;

/** Whether a markup table starts at line `at`. */
export function startsMarkupTable(lines: readonly string[], at: number): boolean {
  const line = lines[at]!;
  return (WIKI_START.test(line) || ADOC_FENCE.test(line)) && markupTableEnd(lines, at) > at + 2;
}

/** The line after the table that starts at `at` (its closing line included); `at` when it does not close. */
export function markupTableEnd(lines: readonly string[], at: number): number {
  if (ADOC_FENCE.test(lines[at]!)) {
    for (let i = at + 1; i < lines.length; i++) if (ADOC_FENCE.test(lines[i]!)) return i + 1;
    return at;
  }
  let depth = 0;
  for (let i = at; i < lines.length; i++) {
    if (WIKI_START.test(lines[i]!)) depth++;
    else if (WIKI_END.test(lines[i]!) && --depth === 0) return i + 1;
  }
  return at;
}

/** Cell text: line breaks kept as `\n`; bold and italic (`'''b'''`, `*b*`, `_i_`), tags and entities of the markup off. */
function cellText(raw: string): string {
  return unwrapEmphasis(
    trimAll(raw)
      .replace(/<br\s*\/?>[ \t]*\n?/gi, '\n')
      .replace(/<[^>]+>/g, '')
      .replace(/'{2,}/g, '')
      .replace(/&nbsp;/g, ' ')
      .replace(/ \+$/gm, '')
      .replace(/[ \t]*\n[ \t]*/g, '\n')
      .trim(),
  );
}

interface RawCell {
  text: string;
  rowSpan: number;
  colSpan: number;
  line: number;
}

function cell(c: RawCell): BlockCell {
  return { text: cellText(c.text), rowSpan: c.rowSpan, colSpan: c.colSpan, location: { line: c.line } };
}

/** A MediaWiki cell: `attributes | text` or `text`; spans from `colspan=`/`rowspan=`. */
function wikiCell(source: string, line: number): RawCell {
  // A lone `|` not inside a link (`[[page|text]]`) ends the attributes.
  const bar = source.search(/(?<!\|)\|(?!\|)/);
  const attributed = bar >= 0 && !source.slice(0, bar).includes('[[');
  const attributes = attributed ? source.slice(0, bar) : '';
  const text = attributed ? source.slice(bar + 1) : source;
  const span = (name: string) => Number(new RegExp(`${name}\\s*=\\s*"?(\\d+)`, 'i').exec(attributes)?.[1] ?? 1) || 1;
  return { text, rowSpan: span('rowspan'), colSpan: span('colspan'), line };
}

function wikiTable(lines: readonly string[], start: number, end: number): TableBlock {
  const rows: BlockCell[][] = [];
  let row: RawCell[] = [];
  const endRow = () => {
    if (row.length > 0) rows.push(row.map(cell));
    row = [];
  };
  for (let i = start + 1; i < end - 1; i++) {
    const line = lines[i]!;
    const t = line.trim();
    if (t.startsWith('|-')) endRow();
    else if (t.startsWith('|+') || WIKI_START.test(t)) continue;
    else if (t.startsWith('|') || t.startsWith('!')) {
      const sep = t.startsWith('!') ? /!!|\|\|/ : /\|\|/;
      for (const part of t.slice(1).split(sep)) row.push(wikiCell(part, i + 1));
    } else if (row.length > 0) row[row.length - 1]!.text += `\n${line}`;
  }
  endRow();
  // Rows that all fill one width (no rows spanned) declare it: a row that fills it keeps each cell in its column.
  const widths = new Set(rows.map((r) => r.reduce((n, c) => n + c.colSpan, 0)));
  const spanned = rows.some((r) => r.some((c) => c.rowSpan > 1));
  const columns = rows.length > 1 && widths.size === 1 && !spanned ? [...widths][0] : undefined;
  return { kind: 'table', rows, ...(columns === undefined ? {} : { columns }), location: { line: start + 1, endLine: end } };
}

/** Columns an AsciiDoc table declares: `cols="3"`, `cols="1,2,3"`, `cols="2*,1"`. */
function adocColumns(attributes: string | undefined): number | undefined {
  const cols = /cols\s*=\s*"([^"]*)"/.exec(attributes ?? '')?.[1];
  if (cols === undefined) return undefined;
  if (/^\s*\d+\s*$/.test(cols)) return Number(cols);
  return cols.split(/[,;]/).reduce((n, c) => n + Number(/^\s*(\d+)\*/.exec(c)?.[1] ?? 1), 0);
}

/** A span specifier before a cell's `|`: `2+` (columns), `.3+` (rows), `2.3+` (both). */
const ADOC_SPAN = /(?:^|\s)(?:(\d+)(?:\.(\d+))?|\.(\d+))\+$/;
/** The same specifier alone before a line's first `|`. */
const LEADING_SPAN = /^\s*(?:(\d+)(?:\.(\d+))?|\.(\d+))\+\s*$/;

function adocTable(lines: readonly string[], start: number, end: number): TableBlock {
  const cells: RawCell[] = [];
  let firstLineCells = 0;
  let spec = { colSpan: 1, rowSpan: 1 };
  for (let i = start + 1; i < end - 1; i++) {
    const line = lines[i]!;
    // Cells start at a `|` not escaped; text before the first `|` of a line continues the cell before.
    const parts = line.split(/(?<!\\)\|/);
    parts.forEach((part, k) => {
      if (k === 0) {
        const lead = parts.length > 1 ? LEADING_SPAN.exec(part) : null;
        if (lead) spec = { colSpan: Number(lead[1] ?? 1), rowSpan: Number(lead[2] ?? lead[3] ?? 1) };
        else if (cells.length > 0 && part.trim() !== '') cells[cells.length - 1]!.text += `\n${part}`;
      } else {
        const m = k < parts.length - 1 ? ADOC_SPAN.exec(part) : null;
        cells.push({ text: m ? part.slice(0, m.index) : part, ...spec, line: i + 1 });
        spec = m ? { colSpan: Number(m[1] ?? 1), rowSpan: Number(m[2] ?? m[3] ?? 1) } : { colSpan: 1, rowSpan: 1 };
      }
    });
    if (i === start + 1) firstLineCells = parts.length - 1;
  }
  const width = adocColumns(lines[start - 1]) ?? firstLineCells;
  // Rows: cells fill `width` slots a row, spans taking theirs (rows below too).
  const rows: BlockCell[][] = [];
  const taken: number[] = []; // rows still covered, by column
  let row: BlockCell[] = [];
  let col = 0;
  const skip = () => {
    while (col < width && (taken[col] ?? 0) > 0) col++;
  };
  const nextRow = () => {
    rows.push(row);
    row = [];
    col = 0;
    for (let c = 0; c < width; c++) taken[c] = Math.max(0, (taken[c] ?? 0) - 1);
    skip();
  };
  skip();
  for (const c of cells) {
    if (col >= width) nextRow();
    row.push(cell(c));
    for (let k = 0; k < c.colSpan; k++) taken[col + k] = Math.max(taken[col + k] ?? 0, c.rowSpan);
    col += c.colSpan;
    skip();
  }
  if (row.length > 0) rows.push(row);
  return { kind: 'table', rows, ...(width > 0 ? { columns: width } : {}), location: { line: start + 1, endLine: end } };
}

/** The markup table from line `start` to `end` (markupTableEnd) as a grid. */
export function markupTable(lines: readonly string[], start: number, end: number): TableBlock {
  return ADOC_FENCE.test(lines[start]!) ? adocTable(lines, start, end) : wikiTable(lines, start, end);
}
