/** The text front end: bytes → decoded text → blocks. */
import { XxgkError } from '../../codes.js';
import type { FrontEndResult } from '../../model/blocks.js';
import { readTextBlocks } from './blocks.js';
import { decodeText, replacementWarnings } from './decode.js';

export function readTextBytes(bytes: Uint8Array, options: { maxTextBytes: number }): FrontEndResult {
  checkTextSize(bytes.byteLength, options.maxTextBytes);
  const decoded = decodeText(bytes);
  if (!/[^\s\u00a0\u3000\ufeff]/.test(decoded.text)) throw new XxgkError('EMPTY_INPUT');
  const warnings = replacementWarnings(decoded);
  const read = readTextBlocks(decoded.text);
  return {
    blocks: read.blocks,
    source: { format: 'text', encoding: decoded.encoding, byteLength: bytes.byteLength },
    warnings: [...warnings, ...read.warnings],
  };
}

/** Text already decoded (`{ text }` input). */
export function readText(text: string, options: { maxTextBytes: number }): FrontEndResult {
  const byteLength = Buffer.byteLength(text, 'utf8');
  checkTextSize(byteLength, options.maxTextBytes);
  if (text.trim() === '') throw new XxgkError('EMPTY_INPUT');
  const read = readTextBlocks(text);
  return { blocks: read.blocks, source: { format: 'text', byteLength }, warnings: read.warnings };
}

function checkTextSize(byteLength: number, max: number): void {
  if (byteLength > max) throw new XxgkError('TOO_LARGE', `The text has ${byteLength} bytes; the limit is ${max}.`);
}
