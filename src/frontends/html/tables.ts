/**
 * HTML tables → TableBlock grids. Shared by every front end that meets an HTML
 * table: saved web pages and raw `<table>` blocks
 * that converters (pandoc) leave in markdown. cheerio is imported by the
 * caller, so this module costs nothing to import.
 */
import type { CheerioAPI } from 'cheerio';
import type { AnyNode, Element } from 'domhandler';
import type { BlockCell, SourceLocation, TableBlock } from '../../model/blocks.js';
import { trimChars } from '../../util/normalize.js';

/**
 * One `<table>` element → a grid. Rows are the table's own `<tr>` (in thead,
 * tbody, tfoot or directly under the table), never those of a nested table.
 * Spans are kept as printed (covered cells are absent, as the block model
 * wants); `<br>` and paragraph boundaries inside a cell become "\n".
 * `locate` gives each element's source location when the parser kept one.
 */
export function htmlTableToBlock($: CheerioAPI, table: Element, locate: (el: Element) => SourceLocation = () => ({})): TableBlock {
  const rows: BlockCell[][] = [];
  for (const tr of ownRows($, table)) {
    const cells: BlockCell[] = [];
    for (const td of tr.children) {
      if (td.type !== 'tag' || ((td as Element).name !== 'td' && (td as Element).name !== 'th')) continue;
      const cell = td as Element;
      if (isHidden(cell)) continue;
      cells.push({ text: cellText($, cell), rowSpan: spanOf(cell, 'rowspan'), colSpan: spanOf(cell, 'colspan'), location: locate(cell) });
    }
    if (cells.length > 0) rows.push(cells);
  }
  return { kind: 'table', rows, location: locate(table) };
}

/** The table's own rows, in document order: direct `<tr>` children and those of its row groups (walked, not queried: no selector per table). */
function ownRows(_$: CheerioAPI, table: Element): Element[] {
  const rows: Element[] = [];
  for (const c of table.children) {
    if (c.type !== 'tag') continue;
    const el = c as Element;
    if (isHidden(el)) continue;
    if (el.name === 'tr') rows.push(el);
    else if (el.name === 'thead' || el.name === 'tbody' || el.name === 'tfoot') {
      for (const r of el.children) if (r.type === 'tag' && (r as Element).name === 'tr' && !isHidden(r as Element)) rows.push(r as Element);
    }
  }
  return rows;
}

/** A span attribute as a whole number of at least 1 (browsers cap rowspan at 65534, colspan at 1000). */
function spanOf(el: Element, name: 'rowspan' | 'colspan'): number {
  const n = Number.parseInt(el.attribs[name] ?? '1', 10);
  const max = name === 'rowspan' ? 65534 : 1000;
  return Number.isFinite(n) && n >= 1 ? Math.min(n, max) : 1;
}

/**
 * Whether an element is not shown: the `hidden` attribute, or an inline style
 * that hides it (`display:none`, `visibility:hidden`, and Word's saved-page
 * `mso-hide:all` for hidden text). Its text is no part of the page.
 */
export function isHidden(el: Element): boolean {
  if (el.attribs.hidden !== undefined) return true;
  const style = el.attribs.style;
  if (style === undefined) return false;
  const css = style.replace(/\s+/g, '').toLowerCase();
  return css.includes('display:none') || css.includes('visibility:hidden') || css.includes('mso-hide:all');
}

/**
 * Cell content that is no part of its value: text deleted or struck through
 * (a saved page of a document with changes not accepted: `<del>7</del><ins>53</ins>`),
 * and footnote marks set above or below the line (`53<sup>1</sup>`).
 */
function notValue(el: Element): boolean {
  if (NOT_VALUE_TAGS.has(el.name)) return true;
  const style = el.attribs.style;
  return style !== undefined && /text-decoration(?:-line)?\s*:[^;]*line-through/i.test(style);
}
const NOT_VALUE_TAGS = new Set(['del', 's', 'strike', 'sup', 'sub']);

/** A picture that is more than a spacer (a 1-pixel GIF that old pages put in empty cells). */
function showsSomething(img: Element): boolean {
  const size = (name: 'width' | 'height') => Number.parseFloat(img.attribs[name] ?? '');
  return !(size('width') <= 2 || size('height') <= 2);
}

/** What a cell holding only a picture reads as: text, so that no number is taken from it and the cell is warned. */
const PICTURE_CELL = '[图片]';

/** Elements whose end is a line break inside a cell. */
const BLOCK_TAGS = new Set(['p', 'div', 'li', 'tr', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'table']);

/**
 * A cell's text with its line structure: `<br>` and block boundaries are "\n"
 * (cheerio's `.text()` would run them together), lines trimmed, empty lines
 * dropped. `&nbsp;` stays U+00A0, which the number reader treats as blank.
 */
export function cellText($: CheerioAPI, cell: Element): string {
  const parts: string[] = [];
  let pictures = false;
  const walk = (node: AnyNode): void => {
    if (node.type === 'text') parts.push((node as unknown as { data: string }).data.replace(/[\r\n\t]+/g, ' '));
    else if (node.type === 'tag') {
      const el = node as Element;
      if (el.name === 'br') parts.push('\n');
      else if (el.name === 'script' || el.name === 'style' || isHidden(el) || notValue(el)) return;
      else if (el.name === 'img') pictures ||= showsSomething(el);
      else {
        for (const child of el.children) walk(child);
        if (BLOCK_TAGS.has(el.name)) parts.push('\n');
      }
    }
  };
  for (const child of cell.children) walk(child);
  const text = parts
    .join('')
    .split('\n')
    .map((l) => trimChars(l, ' '))
    .filter((l) => l.replace(/[\s\u00a0\u3000]/g, '') !== '')
    .join('\n');
  // Figures drawn as pictures (a digit a GIF) cannot be read: the cell is not blank.
  return text === '' && pictures ? PICTURE_CELL : text;
}
