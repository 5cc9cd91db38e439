/**
 * Markdown (pandoc `-t gfm`, markitdown, Docling) → blocks. Pipe tables keep a
 * row per line and a cell per `|` (with a delimiter row, or three or more rows
 * without one: antiword, org-mode): read as grids, as are the tables of
 * MediaWiki and AsciiDoc markup (markupTables.ts), bold markers dropped, empty
 * label cells (a vertical merge) kept empty. Where cells are merged, pandoc
 * writes a raw HTML `<table>`: read with the shared HTML table reader, cheerio
 * loaded only when such a block is there. pandoc's own markdown draws
 * tables without merges as simple or multiline tables (dash rules): read as
 * aligned text's are. Other lines are paragraphs with
 * their markup (`#`, `**`, `\` escapes) removed.
 */
import { createRequire } from 'node:module';
import type { Element } from 'domhandler';
import type { Block, BlockCell, SourceLocation, TableBlock } from '../../model/blocks.js';
import { MARKDOWN_ESCAPE, trimAll } from '../../util/normalize.js';
import { lineLocator, readBlocks } from '../html/blocks.js';
import { htmlTableToBlock } from '../html/tables.js';
import { assertShallow } from '../html/depth.js';
import { ruledTable } from './aligned.js';
import { markupTable, markupTableEnd, startsMarkupTable } from './markupTables.js';
import { DASH_RULE, isDelimiterRow, isPipeRow, startsBarePipeRows } from './shapes.js';

/** Inline markup off: `**bold**`, `__bold__`, `*em*`, `` `code` ``, backslash escapes, `<br>`. */
export function stripInline(s: string): string {
  return s
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/\*\*|__/g, '')
    .replace(/(?<!\\)[*`]/g, '')
    .replace(MARKDOWN_ESCAPE, '$1');
}

/** A paragraph line without its block markup (`# `, `> `). */
export function paragraphText(line: string): string {
  return trimAll(stripInline(line.replace(/^\s{0,3}(?:#{1,6}\s+|>\s?)/, '')));
}

/** Splits a pipe row into its cells (an escaped `\|` is text). */
function pipeCells(line: string): string[] {
  const body = line.trim().replace(/^\|/, '').replace(/\|$/, '');
  const cells: string[] = [];
  let cur = '';
  for (let i = 0; i < body.length; i++) {
    const c = body[i]!;
    if (c === '\\' && body[i + 1] === '|') {
      cur += '|';
      i++;
    } else if (c === '|') {
      cells.push(cur);
      cur = '';
    } else cur += c;
  }
  cells.push(cur);
  return cells;
}

function pipeTable(lines: string[], start: number, end: number): TableBlock {
  const rows: BlockCell[][] = [];
  // The delimiter row declares the grid's width: a row with that many cells
  // keeps each in its column (markdownify writes a merged label as the label
  // and empty cells, and leaves out the cells a vertical merge covers).
  let columns: number | undefined;
  for (let i = start; i < end; i++) {
    const line = lines[i]!;
    if (isDelimiterRow(line)) {
      columns ??= pipeCells(line).length;
      continue;
    }
    const cells = pipeCells(line).map((t) => ({
      text: trimAll(stripInline(t)).replace(/[ \t]*\n[ \t]*/g, '\n'),
      rowSpan: 1,
      colSpan: 1,
      location: { line: i + 1 },
    }));
    // pandoc gives a headerless table an empty header row.
    if (cells.every((c) => c.text === '')) continue;
    rows.push(cells);
  }
  // Without a delimiter row, rows that all have one count of cells (org-mode: covered cells written empty) declare it.
  const counts = new Set(rows.map((r) => r.length));
  if (columns === undefined && rows.length > 1 && counts.size === 1) columns = rows[0]!.length;
  return { kind: 'table', rows, ...(columns === undefined ? {} : { columns }), location: { line: start + 1, endLine: end } };
}

type Cheerio = typeof import('cheerio');
let cheerio: Cheerio | undefined;

/**
 * An HTML fragment's tables as grids (nested tables stay inside their cell).
 * A table that holds tables is a page's layout (pandoc keeps a saved page's
 * layout table as raw HTML, the whole report in one cell): the fragment is
 * then read as the HTML front end reads a page, its text as paragraphs and
 * its inner tables as grids.
 */
function htmlBlocks(html: string, line: number, endLine: number): Block[] {
  assertShallow(html);
  cheerio ??= createRequire(import.meta.url)('cheerio') as Cheerio;
  // A fragment: no html/head/body to build around it. htmlparser2 (HTML mode),
  // not parse5: a converter's own table markup is well formed, and parse5's
  // spec tree building cost a markdown report a quarter of its time in GC.
  const $ = cheerio.load(html, { xml: { xmlMode: false, withStartIndices: true } }, false);
  const tables = $('table').toArray();
  if (tables.some((t) => $(t).find('table').length > 0)) {
    const inFragment = lineLocator(html);
    const lineOf = (offset: number | null | undefined): SourceLocation => (offset == null ? { line, endLine } : { line: line - 1 + inFragment(offset).line! });
    const top = $.root().children().toArray() as Element[];
    return top.flatMap((el) => readBlocks($, el, (node) => lineOf(node.startIndex)).map((p) => p.block));
  }
  return tables
    .filter((t) => $(t).parents('table').length === 0)
    .map((t) => {
      const block = htmlTableToBlock($, t, () => ({ line, endLine }));
      block.location = { line, endLine };
      return block;
    });
}

/** Where the HTML block opened by `<table` on line `start` ends (nested tables counted). */
function htmlBlockEnd(lines: string[], start: number): number {
  let depth = 0;
  for (let i = start; i < lines.length; i++) {
    depth += (lines[i]!.match(/<table\b/gi) ?? []).length;
    depth -= (lines[i]!.match(/<\/table>/gi) ?? []).length;
    if (depth <= 0) return i + 1;
  }
  return lines.length;
}

/** `positionsLost`: the text lost its alignment (aligned.ts alignmentLost), which its dash-rule tables need. */
export function markdownToBlocks(lines: string[], positionsLost = false): Block[] {
  const blocks: Block[] = [];
  for (let i = 0; i < lines.length; ) {
    const line = lines[i]!;
    if (/<table\b/i.test(line)) {
      const end = htmlBlockEnd(lines, i);
      blocks.push(...htmlBlocks(lines.slice(i, end).join('\n'), i + 1, end));
      i = end;
      continue;
    }
    if (startsMarkupTable(lines, i)) {
      // A wiki markup's table (MediaWiki, AsciiDoc), as pandoc writes them.
      const end = markupTableEnd(lines, i);
      const table = markupTable(lines, i, end);
      if (table.rows.length > 0) blocks.push(table);
      i = end;
      continue;
    }
    // An AsciiDoc table's attribute line (`[cols="…"]`) is no paragraph.
    if (/^\[.*\]$/.test(line.trim()) && startsMarkupTable(lines, i + 1)) {
      i++;
      continue;
    }
    if (DASH_RULE.test(line)) {
      // pandoc's own markdown: simple and multiline tables, read as aligned text is.
      const { table, end } = ruledTable(lines, i, positionsLost);
      for (const row of table.rows) for (const cell of row) cell.text = trimAll(stripInline(cell.text));
      if (table.rows.length > 0) blocks.push(table);
      i = end;
      continue;
    }
    if (isPipeRow(line) && (isDelimiterRow(lines[i + 1] ?? '') || isDelimiterRow(line) || startsBarePipeRows(lines, i))) {
      let end = i;
      while (end < lines.length && (isPipeRow(lines[end]!) || isDelimiterRow(lines[end]!))) end++;
      const table = pipeTable(lines, i, end);
      if (table.rows.length > 0) blocks.push(table);
      i = end;
      continue;
    }
    const text = paragraphText(line);
    if (text !== '' && !/^(?:-{3,}|\*{3,}|_{3,})$/.test(text)) blocks.push({ kind: 'paragraph', text, location: { line: i + 1 } });
    i++;
  }
  return blocks;
}
