/**
 * The HTML front end: a report saved from a government site → blocks. The
 * report is found among the site's navigation, breadcrumbs and footer: the
 * smallest element holding every section heading and statistics table, plus
 * the title and date lines just above it. cheerio is imported on first use.
 */
import type { AnyNode, Element } from 'domhandler';
import { XxgkError } from '../../codes.js';
import type { Block, FrontEndResult } from '../../model/blocks.js';
import type { ReadLimits } from '../index.js';
import { replacementWarnings } from '../text/decode.js';
import { decodePage } from './charset.js';
import { lineLocator, readBlocks, type PlacedBlock } from './blocks.js';
import { contentRange } from './content.js';
import { assertShallow } from './depth.js';

/** `charset`: the page's encoding as declared outside it (a saved page's MIME part), which comes before the page's own. */
export async function readHtml(bytes: Uint8Array, limits: ReadLimits, charset?: string): Promise<FrontEndResult> {
  if (bytes.byteLength > limits.maxTextBytes) throw new XxgkError('TOO_LARGE', `The page has ${bytes.byteLength} bytes; the limit is ${limits.maxTextBytes}.`);
  const decoded = decodePage(bytes, charset);
  assertShallow(decoded.text);
  const { load } = await import('cheerio/slim');
  const $ = load(decoded.text, { xml: { xmlMode: false, withStartIndices: true, decodeEntities: true } });
  const lineOf = lineLocator(decoded.text);
  const root = ($('body')[0] ?? $.root()[0]) as Element;
  const placed = readBlocks($, root, (el: AnyNode) => lineOf(el.startIndex));
  const [start, end] = contentRange(placed);
  const kept = placed.slice(start, end);
  const blocks: Block[] = kept.flatMap((p) => [...p.pictures, p.block]);
  // Damaged bytes are warned line by line, as for plain text.
  const warnings = replacementWarnings(decoded);
  return {
    blocks,
    source: { format: 'html', encoding: decoded.encoding, byteLength: bytes.byteLength },
    warnings,
  };
}

export type { PlacedBlock };
