/**
 * The RTF front end (Word's and LibreOffice's Rich Text Format, often published
 * with a `.doc` name): bytes → tokens (tokenizer.ts) → blocks (reader.ts, with
 * tables.ts). RTF has no pages or lines to point at: locations are empty, as in
 * the DOCX front end.
 */
import { XxgkError } from '../../codes.js';
import type { FrontEndResult } from '../../model/blocks.js';
import type { ReadLimits } from '../index.js';
import { RtfReader } from './reader.js';

export function readRtf(bytes: Uint8Array, limits: ReadLimits): FrontEndResult {
  // RTF is text: its limit is the text limit, pictures (hex, twice their size) included.
  if (bytes.byteLength > limits.maxTextBytes) throw new XxgkError('TOO_LARGE', `The RTF has ${bytes.byteLength} bytes; the limit is ${limits.maxTextBytes}.`);
  const { blocks, warnings } = new RtfReader(bytes, limits.signal).read();
  return { blocks, source: { format: 'rtf', byteLength: bytes.byteLength }, warnings };
}
