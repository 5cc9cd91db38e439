/** The text front end: bytes → decoded text → blocks. */
import { warning, XxgkError } from '../../codes.js';
import type { FrontEndResult } from '../../model/blocks.js';
import { readTextBlocks, relocate } from './blocks.js';
import { decodeText, replacementWarnings } from './decode.js';
import { unfoldBytes } from './unfold.js';

export function readTextBytes(bytes: Uint8Array, options: { maxTextBytes: number }): FrontEndResult {
  checkTextSize(bytes.byteLength, options.maxTextBytes);
  const unfolded = unfoldBytes(bytes);
  const decoded = decodeText(unfolded?.bytes ?? bytes);
  if (!/[^\s\u00a0\u3000\ufeff]/.test(decoded.text)) throw new XxgkError('EMPTY_INPUT');
  let read = readTextBlocks(decoded.text);
  read = { blocks: read.blocks, warnings: [...replacementWarnings(decoded), ...read.warnings] };
  if (unfolded) {
    read = relocate(read, unfolded.firstLine.map((l) => l + 1));
    read.warnings.unshift(
      warning('TEXT_REWRAPPED', `The lines were cut at ${unfolded.width} ${unfolded.measure} after the text was made (as \`fold\` does, through characters): ${unfolded.joined} line break${unfolded.joined === 1 ? ' was' : 's were'} taken out.`, { line: unfolded.firstJoined + 1 }),
    );
  }
  return {
    blocks: read.blocks,
    source: { format: 'text', encoding: decoded.encoding, byteLength: bytes.byteLength },
    warnings: read.warnings,
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
