/**
 * RTF bytes → tokens: group braces, control words (`\word-N` with its optional
 * delimiting space), control symbols (`\~`, `\'hh`), runs of plain text and
 * `\binN` data. One token at a time into the tokenizer's own fields, nothing
 * allocated per token but a control word's name: a 10 MB file is ten million
 * tokens at worst, and the reader is a loop over them, never a recursion.
 */
import { rtfDamaged } from './errors.js';

export const Token = {
  GroupStart: 0,
  GroupEnd: 1,
  /** A control word: `word`, `param` (undefined without one). */
  Word: 2,
  /** A control symbol other than `\'hh`: `symbol` is its character (`\n` for a backslash before a line end). */
  Symbol: 3,
  /** `\'hh`: `hex` is the byte. */
  Hex: 4,
  /** Plain text bytes `start`..`end` (line ends inside are not text; `start`..`end` holds none). */
  Text: 5,
  /** `\binN`: N raw bytes `start`..`end`. */
  Bin: 6,
  End: 7,
} as const;
export type Token = (typeof Token)[keyof typeof Token];

const BACKSLASH = 0x5c;
const OPEN = 0x7b;
const CLOSE = 0x7d;
const CR = 0x0d;
const LF = 0x0a;
/**
 * Parameters are 16- or 32-bit in the spec; a longer run of digits is damage or
 * an attack. Its digits are still consumed, its value held at this bound.
 */
const MAX_PARAM = 2 ** 31 - 1;

const isLetter = (b: number) => (b >= 0x61 && b <= 0x7a) || (b >= 0x41 && b <= 0x5a);
const isDigit = (b: number) => b >= 0x30 && b <= 0x39;
function hexValue(b: number): number {
  if (b >= 0x30 && b <= 0x39) return b - 0x30;
  if (b >= 0x61 && b <= 0x66) return b - 0x57;
  if (b >= 0x41 && b <= 0x46) return b - 0x37;
  return -1;
}

export class RtfTokenizer {
  pos: number;
  word = '';
  param: number | undefined;
  symbol = '';
  hex = 0;
  start = 0;
  end = 0;

  /** The input as a Buffer, for its string slicing. */
  private readonly buffer: Buffer;

  constructor(readonly input: Uint8Array) {
    const bytes = input;
    this.buffer = Buffer.from(input.buffer, input.byteOffset, input.byteLength);
    // A byte-order mark or blank lines before `{\rtf` (detect.ts allows them).
    let p = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
    while (p < bytes.length && (bytes[p] === 0x20 || bytes[p] === 0x09 || bytes[p] === CR || bytes[p] === LF)) p++;
    this.pos = p;
  }

  next(): Token {
    const b = this.input;
    const n = b.length;
    let p = this.pos;
    // Line ends and NULs between tokens are nothing (writers wrap long lines anywhere).
    while (p < n && (b[p] === CR || b[p] === LF || b[p] === 0)) p++;
    if (p >= n) {
      this.pos = p;
      return Token.End;
    }
    const c = b[p]!;
    if (c === OPEN) {
      this.pos = p + 1;
      return Token.GroupStart;
    }
    if (c === CLOSE) {
      this.pos = p + 1;
      return Token.GroupEnd;
    }
    if (c !== BACKSLASH) {
      let q = p + 1;
      while (q < n) {
        const d = b[q]!;
        if (d === BACKSLASH || d === OPEN || d === CLOSE || d === CR || d === LF || d === 0) break;
        q++;
      }
      this.start = p;
      this.end = q;
      this.pos = q;
      return Token.Text;
    }
    // A backslash: a control word, a control symbol or `\'hh`.
    p++;
    if (p >= n) {
      // A lone backslash at the very end: nothing to read.
      this.pos = p;
      return Token.End;
    }
    const d = b[p]!;
    if (isLetter(d)) {
      let q = p + 1;
      while (q < n && isLetter(b[q]!)) q++;
      this.word = this.buffer.toString('latin1', p, q);
      let param: number | undefined;
      const negative = b[q] === 0x2d && q + 1 < n && isDigit(b[q + 1]!);
      let r = negative ? q + 1 : q;
      if (r < n && isDigit(b[r]!)) {
        let v = 0;
        while (r < n && isDigit(b[r]!)) {
          v = Math.min(MAX_PARAM, v * 10 + (b[r]! - 0x30));
          r++;
        }
        param = negative ? -v : v;
        q = r;
      }
      // The space delimiting the word is part of it.
      if (b[q] === 0x20) q++;
      this.param = param;
      this.pos = q;
      if (this.word === 'bin' && param !== undefined && param > 0) {
        if (param > n - q) throw rtfDamaged(`\\bin${param} announces more bytes than the file has left (${n - q}).`);
        this.start = q;
        this.end = q + param;
        this.pos = q + param;
        return Token.Bin;
      }
      return Token.Word;
    }
    if (d === 0x27) {
      // \'hh: two hex digits; a damaged one keeps what digits there are.
      const h1 = p + 1 < n ? hexValue(b[p + 1]!) : -1;
      const h2 = h1 >= 0 && p + 2 < n ? hexValue(b[p + 2]!) : -1;
      if (h1 < 0) {
        this.pos = p + 1;
        this.symbol = "'";
        return Token.Symbol;
      }
      this.hex = h2 < 0 ? h1 : h1 * 16 + h2;
      this.pos = p + (h2 < 0 ? 2 : 3);
      return Token.Hex;
    }
    this.symbol = d === CR || d === LF ? '\n' : String.fromCharCode(d);
    this.pos = p + 1;
    return Token.Symbol;
  }

  /** Bytes `from`..`to` of the input as Latin-1 text (a run of ASCII). */
  latin1(from: number, to: number): string {
    return this.buffer.toString('latin1', from, to);
  }

  /**
   * Skips the rest of the group being read, through its closing brace: a
   * destination no text of the document is in (font table, picture data, a
   * header). Braces escaped as `\{` `\}` and `\bin` data are not counted.
   */
  skipGroup(): void {
    const b = this.input;
    const n = b.length;
    let p = this.pos;
    let depth = 1;
    while (p < n) {
      const c = b[p++]!;
      if (c === OPEN) depth++;
      else if (c === CLOSE) {
        if (--depth === 0) {
          this.pos = p;
          return;
        }
      } else if (c === BACKSLASH && p < n) {
        if (!isLetter(b[p]!)) {
          p++;
          continue;
        }
        const from = p;
        while (p < n && isLetter(b[p]!)) p++;
        if (p - from === 3 && b[from] === 0x62 && b[from + 1] === 0x69 && b[from + 2] === 0x6e) {
          let v = 0;
          while (p < n && isDigit(b[p]!)) v = Math.min(MAX_PARAM, v * 10 + (b[p++]! - 0x30));
          if (b[p] === 0x20) p++;
          if (v > n - p) throw rtfDamaged(`\\bin${v} announces more bytes than the file has left (${n - p}).`);
          p += v;
        }
      }
    }
    this.pos = n;
    throw rtfDamaged('The RTF ends inside a group (the file is truncated).');
  }
}
