import { createRequire } from 'node:module';
import { warning, XxgkError, type Warning } from '../../codes.js';

/** iconv-lite, loaded on first use: most inputs (UTF-8 text, PDF) never need it. */
let iconvLite: typeof import('iconv-lite') | undefined;
function iconv(): typeof import('iconv-lite') {
  iconvLite ??= createRequire(import.meta.url)('iconv-lite') as typeof import('iconv-lite');
  return iconvLite;
}

/** One decoder for every call (replacing, not fatal: it keeps no state between calls). */
const UTF8 = new TextDecoder('utf-8');

/** Decoded text and what was found out on the way. */
export interface DecodedText {
  text: string;
  /** `utf-8`, `utf-8-bom`, `utf-16le`, `utf-16be` or `gb18030`. */
  encoding: string;
  /** How many invalid byte sequences became U+FFFD. */
  replaced: number;
}

/**
 * Detects the encoding of a plain-text report and decodes it, reading damage
 * as damage: a BOM first; else the 8-bit reading (UTF-8 or GB18030, whichever
 * most of the bytes are) unless the bytes read better as UTF-16 (a NUL here and
 * there is a damaged byte, not UTF-16). Invalid bytes and NULs become U+FFFD and
 * are counted. Only bytes that are mostly not text are UNSUPPORTED_FORMAT.
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let result: DecodedText;
  if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) {
    result = withReplacements(UTF8.decode(buf.subarray(3)), 'utf-8-bom');
  } else if (buf[0] === 0xff && buf[1] === 0xfe) {
    result = withReplacements(iconv().decode(buf.subarray(2), 'utf-16le'), 'utf-16le');
  } else if (buf[0] === 0xfe && buf[1] === 0xff) {
    result = withReplacements(iconv().decode(buf.subarray(2), 'utf-16be'), 'utf-16be');
  } else {
    result = decode8Bit(buf);
    if (hasNul(buf)) {
      const le = iconv().decode(buf, 'utf-16le');
      const be = iconv().decode(buf, 'utf-16be');
      const wide = textiness(le) >= textiness(be) ? withReplacements(le, 'utf-16le') : withReplacements(be, 'utf-16be');
      if (textiness(wide.text) > textiness(result.text)) result = wide;
    }
  }
  if (textiness(result.text) < MOSTLY_TEXT) {
    throw new XxgkError('UNSUPPORTED_FORMAT', `The bytes do not read as text in any supported encoding (best guess ${result.encoding}).`);
  }
  return result;
}

/**
 * Below this share of plausible characters the bytes are not text. Binary
 * files (images, archives, executables, random bytes) score 0.15–0.7 in every
 * encoding; a report with a few percent of its bytes damaged still scores over 0.9.
 */
const MOSTLY_TEXT = 0.8;

/**
 * UTF-8 or GB18030 by what most of the non-ASCII bytes are: bytes of valid
 * UTF-8 sequences against invalid ones. GBK read as UTF-8 fails on nearly every
 * character; UTF-8 with some bit rot or a pasted GBK paragraph is still mostly
 * valid UTF-8, and its bad bytes are replaced. NULs (never part of either
 * encoding's text) are damage: replaced too.
 */
function decode8Bit(buf: Buffer): DecodedText {
  const utf8 = UTF8.decode(buf);
  // Valid UTF-8 throughout (the usual case) has nothing to weigh.
  const text = !utf8.includes('\ufffd') || mostlyUtf8(utf8) ? utf8 : iconv().decode(buf, 'gb18030');
  return withReplacements(text.includes('\0') ? text.replace(/\0/g, '\ufffd') : text, text === utf8 ? 'utf-8' : 'gb18030');
}

/** Whether more bytes were valid multi-byte UTF-8 sequences than invalid ones (each became U+FFFD). */
function mostlyUtf8(utf8: string): boolean {
  let invalid = 0;
  let validMultiByte = 0;
  for (let i = 0; i < utf8.length; i++) {
    const c = utf8.charCodeAt(i);
    if (c === 0xfffd) invalid++;
    else if (c >= 0xd800 && c <= 0xdbff) validMultiByte += 4, i++;
    else if (c >= 0x800) validMultiByte += 3;
    else if (c >= 0x80) validMultiByte += 2;
  }
  return validMultiByte > invalid;
}

/** Damaged lines warned one by one; the rest share one warning. */
const WARNED_LINES = 20;

/**
 * DECODING_REPLACED warnings that say where the damage is: one per line
 * (numbered as the text front end numbers them) with its count, the lines
 * beyond the first WARNED_LINES in one more.
 */
export function replacementWarnings(decoded: DecodedText): Warning[] {
  if (decoded.replaced === 0) return [];
  const damaged: { line: number; count: number }[] = [];
  decoded.text.split(/\r+\n|\r|\n/).forEach((text, i) => {
    const count = text.split('\ufffd').length - 1;
    if (count > 0) damaged.push({ line: i + 1, count });
  });
  const what = (n: number) => `${n} invalid byte sequence(s) in ${decoded.encoding} were replaced by U+FFFD`;
  const warnings = damaged.slice(0, WARNED_LINES).map(({ line, count }) => warning('DECODING_REPLACED', `${what(count)}.`, { line }));
  const rest = damaged.slice(WARNED_LINES);
  if (rest.length > 0) {
    const count = rest.reduce((sum, d) => sum + d.count, 0);
    warnings.push(warning('DECODING_REPLACED', `${what(count)} on ${rest.length} more lines (${rest[0]!.line}–${rest.at(-1)!.line}).`, { line: rest[0]!.line }));
  }
  return warnings;
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
