/**
 * Where the report stands on a saved page: the smallest element that holds
 * every section heading and statistics table (the article body), widened to
 * take in the title and date lines printed just above it. Navigation,
 * breadcrumbs, sidebars and the site footer fall outside.
 */
import type { Element } from 'domhandler';
import { readTopHeading } from '../../middle/headings.js';
import { classifyTable } from '../../middle/tables.js';
import type { PlacedBlock } from './blocks.js';

/** How far above the article body a title may stand (a date line, a source line, an index-number table…). */
const TITLE_REACH = 8;
const TITLE = /(?:政府信息公开|政务公开).*(?:年度报告|年报|工作报告)\s*$/;

/** [start, end) of the blocks that make up the report. */
export function contentRange(placed: PlacedBlock[]): [number, number] {
  const keys = placed.filter((p) => (p.block.kind === 'table' ? classifyTable(p.block.rows) !== null : p.block.kind === 'paragraph' && readTopHeading(p.block.text) !== null));
  if (keys.length === 0) return [0, placed.length];
  // The deepest element every key block stands in.
  let common: Element[] = keys[0]!.ancestors;
  for (const k of keys.slice(1)) {
    let n = 0;
    while (n < common.length && n < k.ancestors.length && common[n] === k.ancestors[n]) n++;
    common = common.slice(0, n);
  }
  const container = common[common.length - 1];
  if (!container) return [0, placed.length];
  const inside = placed.map((p) => p.ancestors.includes(container));
  let start = inside.indexOf(true);
  const end = inside.lastIndexOf(true) + 1;
  // The title printed above the article body (in its own heading element), unless the body
  // holds its title already (a contents list under the title widens the body to take it in:
  // the line above is then the site's navigation, whose `政府信息公开年度报告` links end like a title).
  const isTitle = (b: PlacedBlock['block']) => b.kind === 'paragraph' && TITLE.test(b.text) && !/[>＞›»|]/.test(b.text);
  const firstKey = placed.indexOf(keys[0]!);
  const titled = placed.slice(start, Math.max(start, firstKey)).some((p) => isTitle(p.block));
  for (let i = start - 1; !titled && i >= Math.max(0, start - TITLE_REACH); i--) {
    if (isTitle(placed[i]!.block)) {
      start = i;
      break;
    }
  }
  return [start, end];
}
