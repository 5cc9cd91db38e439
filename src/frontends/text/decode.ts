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
 * are counted; UTF-16 and GB18030 are read a line at a time (decodeUtf16,
 * decodeGb18030), so that damage or a line in another encoding stays in its
 * line. Only bytes that are mostly not text are UNSUPPORTED_FORMAT.
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let result: DecodedText;
  if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) {
    result = withReplacements(UTF8.decode(buf.subarray(3)), 'utf-8-bom');
  } else if (buf[0] === 0xff && buf[1] === 0xfe) {
    result = decodeUtf16(buf.subarray(2), 'utf-16le');
  } else if (buf[0] === 0xfe && buf[1] === 0xff) {
    result = decodeUtf16(buf.subarray(2), 'utf-16be');
  } else {
    result = decode8Bit(buf);
    if (hasNul(buf)) {
      // Whichever byte order reads clean; else (damage) the one that reads better line by line.
      const clean = (['utf-16le', 'utf-16be'] as const).find((e) => cleanUtf16(buf, e));
      const wide = clean ? decodeUtf16(buf, clean) : [decodeUtf16(buf, 'utf-16le'), decodeUtf16(buf, 'utf-16be')].sort((a, b) => textiness(b.text) - textiness(a.text))[0]!;
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
 * UTF-16 read line by line, each line from its own first byte: a byte lost
 * (or one too many) shifts every character after it, so a line runs to its
 * newline (LF or CR) in whichever alignment it comes, and a line of odd
 * length has one byte dropped where the rest then reads best, marked
 * U+FFFD. Damage costs its own line, not the rest of the file.
 */
function decodeUtf16(buf: Buffer, encoding: 'utf-16le' | 'utf-16be'): DecodedText {
  if (cleanUtf16(buf, encoding)) return withReplacements(iconv().decode(buf, encoding), encoding);
  const lines: string[] = [];
  let start = 0;
  for (let i = 0; i + 1 < buf.length; i++) {
    const u = codeUnit(buf, i, encoding);
    if (u === 0x0a || u === 0x0d) {
      lines.push(decodeLine(buf.subarray(start, i + 2), encoding));
      start = i + 2;
      i++;
    }
  }
  if (start < buf.length) lines.push(decodeLine(buf.subarray(start), encoding));
  return withReplacements(lines.join(''), encoding);
}

/** Undamaged UTF-16 (the usual case): an even length, and every code unit one a report has (stops at the first that is not). */
function cleanUtf16(buf: Buffer, encoding: 'utf-16le' | 'utf-16be'): boolean {
  if (buf.length % 2 !== 0) return false;
  for (let i = 0; i < buf.length; i += 2) if (!plausible(codeUnit(buf, i, encoding))) return false;
  return true;
}

/** The UTF-16 code unit of the two bytes at `i`, in either alignment. */
function codeUnit(buf: Buffer, i: number, encoding: 'utf-16le' | 'utf-16be'): number {
  return encoding === 'utf-16le' ? buf[i]! | (buf[i + 1]! << 8) : (buf[i]! << 8) | buf[i + 1]!;
}

/** One line: as it is when its length is even, else without the byte after which it reads best (U+FFFD in its place). */
function decodeLine(line: Buffer, encoding: 'utf-16le' | 'utf-16be'): string {
  if (line.length % 2 === 0) return iconv().decode(line, encoding);
  const unit = (i: number) => codeUnit(line, i, encoding);
  // Dropping byte k (even) keeps the units before it and reads those after it one byte on:
  // score(k) = plausible units before k + plausible shifted units after it.
  const n = (line.length - 1) / 2;
  const after: number[] = new Array(n + 1).fill(0);
  for (let m = n - 1; m >= 0; m--) after[m] = after[m + 1]! + (plausible(unit(2 * m + 1)) ? 1 : 0);
  let bestK = 0;
  let best = -1;
  let before = 0;
  for (let m = 0; m <= n; m++) {
    if (before + after[m]! > best) {
      best = before + after[m]!;
      bestK = 2 * m;
    }
    if (m < n) before += plausible(unit(2 * m)) ? 1 : 0;
  }
  return iconv().decode(line.subarray(0, bestK), encoding) + '\ufffd' + iconv().decode(line.subarray(bestK + 1), encoding);
}

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
  const text = !utf8.includes('\ufffd') || mostlyUtf8(utf8) ? utf8 : decodeGb18030(buf);
  return withReplacements(text.includes('\0') ? text.replace(/\0/g, '\ufffd') : text, text === utf8 ? 'utf-8' : 'gb18030');
}

/**
 * GB18030, but a line that is valid UTF-8 holding CJK ideographs is read as
 * UTF-8: a paragraph pasted from a UTF-8 source into a GBK file. GBK text is
 * next to never valid UTF-8 beyond a character or two (its trail bytes are
 * mostly not UTF-8 continuation bytes), so two ideographs are asked for. A
 * line feed is never part of a GBK or GB18030 character: the lines of the
 * bytes are the lines of the text.
 */
function decodeGb18030(buf: Buffer): string {
  const whole = iconv().decode(buf, 'gb18030');
  const lines = whole.split('\n');
  let feeds = 0;
  for (let i = buf.indexOf(0x0a); i !== -1; i = buf.indexOf(0x0a, i + 1)) feeds++;
  // A broken character before a line feed may have taken it: the lines no longer pair up.
  if (feeds !== lines.length - 1) return whole;
  let start = 0;
  for (let k = 0; k < lines.length && start < buf.length; k++) {
    let end = buf.indexOf(0x0a, start);
    if (end === -1) end = buf.length;
    const line = buf.subarray(start, end);
    if (validMultiByteUtf8(line)) {
      const text = UTF8.decode(line);
      // The hand check lets overlong forms through; the decoder replaces them.
      if (!text.includes('\ufffd') && (text.match(/[\u3400-\u9fff]/g)?.length ?? 0) >= 2) lines[k] = text;
    }
    start = end + 1;
  }
  return lines.join('\n');
}

/** How many bytes a UTF-8 character that starts with this byte has, or 0 where no character starts with it. */
export function utf8Length(lead: number): number {
  return lead < 0x80 ? 1 : lead >= 0xc2 && lead <= 0xdf ? 2 : lead >= 0xe0 && lead <= 0xef ? 3 : lead >= 0xf0 && lead <= 0xf4 ? 4 : 0;
}

/** Whether the bytes are valid UTF-8 with at least one multi-byte sequence (checked by hand: most GBK lines fail at once). */
function validMultiByteUtf8(b: Buffer): boolean {
  let multi = false;
  for (let i = 0; i < b.length; ) {
    const c = b[i]!;
    if (c < 0x80) {
      i++;
      continue;
    }
    const n = utf8Length(c) - 1;
    if (n < 1 || i + n >= b.length) return false;
    for (let j = 1; j <= n; j++) if ((b[i + j]! & 0xc0) !== 0x80) return false;
    multi = true;
    i += n + 1;
  }
  return multi;
}

/** Whether more bytes were valid multi-byte UTF-8 sequences than invalid ones (each became U+FFFD). */
export function mostlyUtf8(utf8: string): boolean {
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
 * ASCII and Latin-1, punctuation, CJK ideographs (the rare ones of planes 2
 * and 3 too, as surrogate pairs) and full-width forms, and the scripts of
 * China's other official languages (Uyghur's Arabic, Tibetan, Mongolian, Yi):
 * a report may hold whole paragraphs of them, four bytes each in GB18030.
 * Random bytes decoded as anything score far lower (control, private-use,
 * Hangul, lone surrogate and replacement characters).
 */
export function textiness(text: string): number {
  const n = Math.min(text.length, 20000);
  if (n === 0) return 1;
  let good = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (plausible(c)) good++;
    else if (c >= 0xd840 && c <= 0xd8bf && i + 1 < n) {
      // A pair for U+20000–U+3FFFF: both code units count.
      const low = text.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) good += 2, i++;
    }
  }
  return good / n;
}

/** A UTF-16 code unit that plausibly occurs in a report (textiness). */
function plausible(c: number): boolean {
  return (
    c === 9 || c === 10 || c === 13 || c === 12 ||
    (c >= 0x20 && c <= 0x7e) ||
    (c >= 0xa0 && c <= 0x24f) || // Latin-1 and Latin Extended (pinyin's tone marks)
    (c >= 0x370 && c <= 0x4ff) || // Greek and Cyrillic (in GBK)
    (c >= 0x600 && c <= 0x6ff) || // Arabic (Uyghur, Kazakh, Kyrgyz)
    (c >= 0xf00 && c <= 0xfff) || // Tibetan
    (c >= 0x1800 && c <= 0x18af) || // Mongolian
    (c >= 0x2000 && c <= 0x206f) ||
    (c >= 0x2100 && c <= 0x27bf) ||
    (c >= 0x2e80 && c <= 0x2fdf) || // CJK radicals
    (c >= 0x3000 && c <= 0x33ff) || // CJK punctuation, kana, bopomofo, strokes, enclosed and squared forms (㎡)
    (c >= 0x3400 && c <= 0x9fff) ||
    (c >= 0xa000 && c <= 0xa4ff) || // Yi, Lisu
    (c >= 0xf900 && c <= 0xfaff) || // CJK compatibility ideographs
    (c >= 0xfb50 && c <= 0xfdff) || // Arabic presentation forms
    (c >= 0xfe30 && c <= 0xfe6f) ||
    (c >= 0xfe70 && c <= 0xfefc) ||
    (c >= 0xff00 && c <= 0xffef && c !== 0xfffd) ||
    c === 0xfeff
  );
}
