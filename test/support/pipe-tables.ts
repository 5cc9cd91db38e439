/**
 * A report's web page as markdown, the way two kinds of converter write its
 * tables as pipe tables (neither converter installs here: no PyPI):
 * - `spans-repeated`: Docling's export (tabulate over its cell grid), a merged
 *   cell's text in every grid position it covers;
 * - `markdownify`: markitdown (mammoth or BeautifulSoup, then markdownify),
 *   whose `convert_td` writes a cell then one more `|` per extra column it
 *   spans and ignores `rowspan` (the covered cells are simply not there, so a
 *   row under a vertical merge is shorter and its cells stand left of their
 *   columns), and whose `convert_tr` puts an empty header row, as wide as the
 *   first row's spans, above a table without `<th>`.
 * Other elements become paragraphs; headings keep a `## `.
 */
import * as cheerio from 'cheerio';
import type { Element } from 'domhandler';

export type PipeStyle = 'spans-repeated' | 'markdownify';

function cellText($: cheerio.CheerioAPI, td: Element): string {
  return $(td).text().replace(/\s+/g, ' ').trim().replace(/\|/g, '\\|');
}

function span(td: Element, attr: 'colspan' | 'rowspan'): number {
  const n = Number(td.attribs[attr] ?? 1);
  return Number.isInteger(n) && n > 0 ? n : 1;
}

const pipeRow = (cells: string[]) => `| ${cells.join(' | ')} |`;

function markdownifyTable($: cheerio.CheerioAPI, table: Element): string[] {
  const rows = $(table).find('tr').toArray().map((tr) =>
    $(tr).children('td,th').toArray().flatMap((td) => [cellText($, td), ...Array.from({ length: span(td, 'colspan') - 1 }, () => '')]),
  );
  const width = rows[0]?.length ?? 0;
  return [pipeRow(Array.from({ length: width }, () => '')), pipeRow(Array.from({ length: width }, () => '---')), ...rows.map(pipeRow)];
}

function repeatedTable($: cheerio.CheerioAPI, table: Element): string[] {
  const grid: string[][] = [];
  $(table).find('tr').toArray().forEach((tr, r) => {
    grid[r] ??= [];
    let c = 0;
    for (const td of $(tr).children('td,th').toArray()) {
      while (grid[r]![c] !== undefined) c++;
      const text = cellText($, td);
      for (let dr = 0; dr < span(td, 'rowspan'); dr++) {
        for (let dc = 0; dc < span(td, 'colspan'); dc++) (grid[r + dr] ??= [])[c + dc] = text;
      }
      c += span(td, 'colspan');
    }
  });
  const width = Math.max(...grid.map((g) => g.length));
  const rows = grid.map((g) => Array.from({ length: width }, (_, i) => g[i] ?? ''));
  return [pipeRow(rows[0]!), pipeRow(Array.from({ length: width }, () => '---')), ...rows.slice(1).map(pipeRow)];
}

export function htmlToPipeMarkdown(html: string, style: PipeStyle): string {
  const $ = cheerio.load(html);
  const parts: string[] = [];
  $('body').children().each((_, el) => {
    if (el.tagName === 'table') parts.push((style === 'markdownify' ? markdownifyTable : repeatedTable)($, el).join('\n'));
    else {
      const text = $(el).text().trim();
      if (text) parts.push(/^h\d$/.test(el.tagName) ? `## ${text}` : text);
    }
  });
  return parts.join('\n\n') + '\n';
}
