/**
 * The legacy Word (.doc) front end: the binary document's text with its cell
 * and row marks → paragraphs and table grids. Rows come as Word stores them:
 * a vertically merged cell's continuation is an empty cell, as in the
 * converter text layouts the middle already reads. word-extractor is loaded on
 * first use.
 */
import { XxgkError } from '../../codes.js';
import type { Block, BlockCell, FrontEndResult } from '../../model/blocks.js';
import type { ReadLimits } from '../index.js';
import { readDocItems } from './binary.js';

export async function readDoc(bytes: Uint8Array, limits: ReadLimits): Promise<FrontEndResult> {
  if (bytes.byteLength > limits.maxFileBytes) throw new XxgkError('TOO_LARGE', `The DOC has ${bytes.byteLength} bytes; the limit is ${limits.maxFileBytes}.`);
  const items = await readDocItems(bytes);
  const blocks: Block[] = [];
  let rows: BlockCell[][] = [];
  const flush = () => {
    if (rows.length > 0) blocks.push({ kind: 'table', rows, location: {} });
    rows = [];
  };
  for (const item of items) {
    if (item.kind === 'row') {
      rows.push(item.cells.map((text) => ({ text, rowSpan: 1, colSpan: 1, location: {} })));
      continue;
    }
    flush();
    blocks.push({ kind: 'paragraph', text: item.text, location: {} });
  }
  flush();
  return { blocks, source: { format: 'doc', byteLength: bytes.byteLength }, warnings: [] };
}
