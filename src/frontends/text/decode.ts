import { createRequire } from 'node:module';
import { XxgkError } from '../../codes.js';

/** iconv-lite, loaded on first use: most inputs (UTF-8 text, PDF) never need it. */
let iconvLite: typeof import('iconv-lite') | undefined;
function iconv(): typeof import('iconv-lite') {
  iconvLite ??= createRequire(import.meta.url)('iconv-lite') as typeof import('iconv-lite');
  return iconvLite;
}

/** Decoded text and what was found out on the way. */
export interface DecodedText {
  text: string;
  /** `utf-8`, `utf-8-bom`, `utf-16le`, `utf-16be` or `gb18030`. */
  encoding: string;
  /** How many invalid byte sequences became U+FFFD. */
  replaced: number;
}

/**
 * Detects the encoding of a plain-text report and decodes it: a BOM first;
 * NUL bytes mean UTF-16 (byte order chosen by which decoding reads as text);
 * then UTF-8 (allowing a handful of bad bytes); else GB18030 (a superset of
 * GBK and GB2312).
 * Bytes that decode to no plausible text are UNSUPPORTED_FORMAT.
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let result: DecodedText;
  if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) {
    result = withReplacements(new TextDecoder('utf-8').decode(buf.subarray(3)), 'utf-8-bom');
  } else if (buf[0] === 0xff && buf[1] === 0xfe) {
    result = withReplacements(iconv().decode(buf.subarray(2), 'utf-16le'), 'utf-16le');
  } else if (buf[0] === 0xfe && buf[1] === 0xff) {
    result = withReplacements(iconv().decode(buf.subarray(2), 'utf-16be'), 'utf-16be');
  } else if (hasNul(buf)) {
    const le = iconv().decode(buf, 'utf-16le');
    const be = iconv().decode(buf, 'utf-16be');
    result = textiness(le) >= textiness(be) ? withReplacements(le, 'utf-16le') : withReplacements(be, 'utf-16be');
  } else {
    try {
      result = { text: new TextDecoder('utf-8', { fatal: true }).decode(buf), encoding: 'utf-8', replaced: 0 };
    } catch {
      // A few bad bytes in UTF-8 text (a stray byte, a file cut inside its last
      // character) keep it UTF-8; GBK read as UTF-8 fails on nearly every character.
      const lenient = withReplacements(new TextDecoder('utf-8').decode(buf), 'utf-8');
      result = lenient.replaced <= Math.max(4, lenient.text.length / 1000) ? lenient : withReplacements(iconv().decode(buf, 'gb18030'), 'gb18030');
    }
  }
  if (textiness(result.text) < 0.9) {
    throw new XxgkError('UNSUPPORTED_FORMAT', `The bytes do not read as text in any supported encoding (best guess ${result.encoding}).`);
  }
  return result;
}

function withReplacements(text: string, encoding: string): DecodedText {
  let replaced = 0;
  for (let i = text.indexOf('\ufffd'); i !== -1; i = text.indexOf('\ufffd', i + 1)) replaced++;
  return { text, encoding, replaced };
}

function hasNul(buf: Buffer): boolean {
  const n = Math.min(buf.length, 4096);
  for (let i = 0; i < n; i++) if (buf[i] === 0) return true;
  return false;
}

/**
 * Share of characters that plausibly occur in a report: white space, printable
 * ASCII and Latin-1, punctuation, CJK ideographs and full-width forms. Random
 * bytes decoded as anything score far lower (control, private-use, Hangul,
 * surrogate and replacement characters).
 */
export function textiness(text: string): number {
  const n = Math.min(text.length, 20000);
  if (n === 0) return 1;
  let good = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (
      c === 9 || c === 10 || c === 13 || c === 12 ||
      (c >= 0x20 && c <= 0x7e) ||
      (c >= 0xa0 && c <= 0xff) ||
      (c >= 0x2000 && c <= 0x206f) ||
      (c >= 0x2100 && c <= 0x27bf) ||
      (c >= 0x3000 && c <= 0x303f) ||
      (c >= 0x3400 && c <= 0x9fff) ||
      (c >= 0xfe30 && c <= 0xfe6f) ||
      (c >= 0xff00 && c <= 0xffef && c !== 0xfffd) ||
      c === 0xfeff
    ) good++;
  }
  return good / n;
}
