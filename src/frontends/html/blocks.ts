/**
 * A page's DOM → paragraphs and tables in reading order, each with the chain of
 * elements it stands in (to find the report among the site's furniture).
 * Block elements and `<br>` end a paragraph; a table that holds other tables,
 * or a narrow one holding long text, is page layout and is read as text.
 */
import type { CheerioAPI } from 'cheerio';
import type { AnyNode, Element } from 'domhandler';
import type { Block, ImageBlock, SourceLocation } from '../../model/blocks.js';
import { htmlTableToBlock, isHidden } from './tables.js';

export interface PlacedBlock {
  block: Block;
  /** The elements the block stands in, outermost first. */
  ancestors: Element[];
  /** Pictures just before this block. */
  pictures: ImageBlock[];
}

/** Never content: deleted text, scripts, styles, forms' controls, and the site furniture HTML5 names. */
const SKIP = new Set(['del', 'script', 'style', 'noscript', 'template', 'head', 'nav', 'header', 'footer', 'aside', 'iframe', 'select', 'option', 'button', 'input', 'textarea', 'object', 'embed', 'svg', 'canvas', 'map', 'title', 'meta', 'link']);
const BLOCK = new Set(['p', 'div', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'ul', 'ol', 'dl', 'dt', 'dd', 'section', 'article', 'main', 'center', 'blockquote', 'pre', 'figure', 'figcaption', 'address', 'hr', 'tr', 'td', 'th', 'tbody', 'thead', 'tfoot', 'caption', 'body', 'form', 'fieldset']);
/** Share / print / close / previous-next links that sites print around an article. */
const CHROME_LINE = /^[【[]?\s*(?:打印|关闭|收藏|分享|返回顶部|返回|纠错|字号|浏览次数|访问量|扫一扫|上一篇|下一篇)(?:本页|窗口|到)?\s*[】\]]?/;

/** px → cm at CSS's 96 px per inch. */
const PX_CM = 2.54 / 96;

export function readBlocks($: CheerioAPI, root: Element, locate: (el: AnyNode) => SourceLocation): PlacedBlock[] {
  const out: PlacedBlock[] = [];
  let text: string[] = [];
  let first: AnyNode | null = null;
  let pending: ImageBlock[] = [];
  const chain: Element[] = [];

  const flush = () => {
    const joined = text.join('').replace(/[ \t\r\n\f]+/g, ' ').trim();
    text = [];
    const location = first ? locate(first) : {};
    first = null;
    if (joined.replace(/[\s\u00a0\u3000]/g, '') === '') return;
    for (const line of splitMetaLine(joined)) if (!CHROME_LINE.test(line)) push({ kind: 'paragraph', text: line, location });
  };
  const push = (block: Block) => {
    out.push({ block, ancestors: [...chain], pictures: pending });
    pending = [];
  };

  const walk = (node: AnyNode): void => {
    if (node.type === 'text') {
      text.push((node as unknown as { data: string }).data);
      first ??= node;
      return;
    }
    if (node.type !== 'tag') return;
    const el = node as Element;
    const name = el.name.toLowerCase();
    if (SKIP.has(name) || isHidden(el)) return;
    if (name === 'br') return flush();
    if (name === 'img') {
      pending.push({ kind: 'image', ...imageSize(el), location: locate(el) });
      return;
    }
    if (name === 'table' && !isLayoutTable($, el)) {
      flush();
      chain.push(el);
      push(htmlTableToBlock($, el, locate));
      chain.pop();
      return;
    }
    const block = BLOCK.has(name) || name === 'table';
    if (block) flush();
    chain.push(el);
    for (const c of el.children) walk(c);
    chain.pop();
    if (block) flush();
  };
  walk(root);
  flush();
  return out;
}

/** A table used to lay the page out: it holds another table, or has at most two columns and long text in a cell. */
function isLayoutTable($: CheerioAPI, table: Element): boolean {
  if (holdsTable(table)) return true;
  let maxCols = 0;
  let longCell = false;
  $(table)
    .find('tr')
    .each((_, tr) => {
      const cells = $(tr).children('td, th');
      maxCols = Math.max(maxCols, cells.length);
      cells.each((__, td) => {
        if ($(td).text().replace(/\s+/g, '').length > 300) longCell = true;
      });
    });
  return maxCols <= 2 && longCell;
}

/**
 * Whether an element holds a table, found depth first and given up at the first: a
 * search collecting every table below each of 1,000 nested tables cost seconds.
 */
function holdsTable(el: Element): boolean {
  const stack: AnyNode[] = el.children.slice();
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type !== 'tag') continue;
    if ((node as Element).name === 'table') return true;
    for (const child of (node as Element).children) stack.push(child);
  }
  return false;
}

/** A picture's size from its width/height attributes or style (px unless a unit is given). */
function imageSize(el: Element): Pick<ImageBlock, 'widthCm' | 'heightCm'> {
  const style = el.attribs.style ?? '';
  const dim = (name: 'width' | 'height'): number => {
    const css = new RegExp(`(?:^|;)\\s*${name}\\s*:\\s*([\\d.]+)\\s*(px|pt|cm|mm|in)?`, 'i').exec(style);
    const raw = css ?? /^\s*([\d.]+)\s*(px)?\s*$/.exec(el.attribs[name] ?? '');
    if (!raw) return 0;
    const per: Record<string, number> = { px: PX_CM, pt: 2.54 / 72, cm: 1, mm: 0.1, in: 2.54 };
    return Number(raw[1]) * per[(raw[2] ?? 'px').toLowerCase()]!;
  };
  return { widthCm: dim('width'), heightCm: dim('height') };
}

/**
 * The line under a title that sites print as `发布日期：2020-01-31  来源：某局  浏览次数：12`
 * → one line per field, so that the date stands on its own line as the metadata reader wants.
 */
function splitMetaLine(text: string): string[] {
  if (text.length > 160 || !/^[\u4e00-\u9fff]{2,6}\s*[:：]/.test(text)) return [text];
  return text.split(/\s+(?=[\u4e00-\u9fff]{2,6}\s*[:：])/).map((s) => s.trim()).filter((s) => s !== '');
}

/** Character offset → 1-based line in the decoded page (or fragment). */
export function lineLocator(text: string): (offset: number | null | undefined) => SourceLocation {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return (offset) => {
    if (offset == null) return {};
    let lo = 0, hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1 };
  };
}
