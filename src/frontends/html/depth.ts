/**
 * How deep an HTML text nests its elements, measured before the HTML parser
 * builds a tree of it. htmlparser2 keeps its open elements with `unshift`
 * (quadratic in the depth) and cheerio's selectors walk the tree again:
 * 100,000 nested `div`s cost 9 s before the block reader ran out of stack.
 * A page nests a few dozen deep (the fixtures 17 at most); more than MAX_DEPTH is TOO_LARGE
 * at once, well before the block reader's recursion would run out of stack (3,000–9,000).
 */
import { XxgkError } from '../../codes.js';

export const MAX_DEPTH = 2_000;

/** Elements with no content, never open. */
const VOID = new Set(['area', 'base', 'basefont', 'br', 'col', 'command', 'embed', 'frame', 'hr', 'image', 'img', 'input', 'isindex', 'keygen', 'link', 'meta', 'param', 'source', 'track', 'wbr']);
/** Elements a parser closes when another of their kind opens (`<li>` after `<li>`): they do not nest by repetition. */
const SELF_CLOSING_BY_SIBLING = new Set(['p', 'li', 'dd', 'dt', 'td', 'th', 'tr', 'thead', 'tbody', 'tfoot', 'option', 'optgroup', 'rt', 'rp', 'select', 'button', 'textarea', 'datalist', 'output']);
/** Elements whose content is raw text: markup inside them is no element. */
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'plaintext']);

const TAG = /<(\/?)([A-Za-z][A-Za-z0-9:_-]*)[^>]*>|<!--/g;

/**
 * The greatest depth of open elements as an HTML parser would nest them
 * (an end tag closes every element opened after its own start; an end tag
 * with no start is ignored), counting only elements that can nest by
 * repetition. Stops counting once past `limit`.
 */
export function nestingDepth(html: string, limit = MAX_DEPTH): number {
  const stack: string[] = [];
  const open = new Map<string, number>();
  let deepest = 0;
  TAG.lastIndex = 0;
  for (let m = TAG.exec(html); m !== null; m = TAG.exec(html)) {
    if (m[0] === '<!--') {
      const end = html.indexOf('-->', TAG.lastIndex);
      if (end < 0) break;
      TAG.lastIndex = end + 3;
      continue;
    }
    const name = m[2]!.toLowerCase();
    if (m[1] === '/') {
      if (!open.get(name)) continue;
      for (let top = stack.pop(); top !== undefined; top = stack.pop()) {
        open.set(top, open.get(top)! - 1);
        if (top === name) break;
      }
      continue;
    }
    if (RAW_TEXT.has(name)) {
      const close = new RegExp(`</${name}`, 'gi');
      close.lastIndex = TAG.lastIndex;
      if (!close.test(html)) break;
      TAG.lastIndex = close.lastIndex - name.length - 2;
      continue;
    }
    if (VOID.has(name) || SELF_CLOSING_BY_SIBLING.has(name)) continue;
    stack.push(name);
    open.set(name, (open.get(name) ?? 0) + 1);
    if (stack.length > deepest) deepest = stack.length;
    if (deepest > limit) break;
  }
  return deepest;
}

/** Throws TOO_LARGE where the HTML nests its elements more than MAX_DEPTH deep. */
export function assertShallow(html: string): void {
  if (nestingDepth(html) > MAX_DEPTH) throw new XxgkError('TOO_LARGE', `The page nests its elements more than ${MAX_DEPTH} deep (a report's page nests a few dozen).`);
}
