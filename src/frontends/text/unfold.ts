/**
 * Text hard-wrapped after it was made, as `fold -w N` does (and `fold -b`,
 * `fold -s`): every line longer than N columns cut into pieces of N (or after
 * their last blank), blind to characters, so a Chinese character's bytes can
 * fall on two lines. Read as it is, a
 * wrapped table row becomes two rows and an aligned table misplaces values.
 *
 * The wrap is undone on the bytes, before decoding, and only on proof: a line
 * that ends inside a multi-byte character which the next line completes, a thing
 * no text tool writes on its own. Given that proof, the width is the wrapped
 * lines' width, and every line that fills it (whose next line's first character
 * would not have fitted) is joined to the next. A line that filled the width
 * exactly before the wrap is joined too, wrongly; that is rare and is why the
 * wrap is undone only when it is certain there was one.
 */

import { mostlyUtf8, utf8Length } from './decode.js';

const UTF8 = new TextDecoder('utf-8');
const GB18030 = new TextDecoder('gb18030');

/** How fold counts a line: columns (a tab to the next multiple of 8) or plain bytes (`-b`). */
export type Measure = 'columns' | 'bytes';

export interface Unfolded {
  bytes: Uint8Array;
  /** The width the lines were cut at, in fold's columns or in bytes (`fold -b`). */
  width: number;
  measure: Measure;
  /** For each line of the joined text (0-based), its first line in the input (0-based). */
  firstLine: number[];
  /** How many line breaks were taken out. */
  joined: number;
  /** The first input line (0-based) joined to the next. */
  firstJoined: number;
}

/**
 * One line break inside a character is proof: no text tool writes one. (A break
 * between two digits at the width is not: prose broken where its page broke has
 * those, at the longest line too, in 10 of the text fixtures.)
 */
const MIN_CUTS = 1;
/** Widths a wrapping tool is set to; narrower is no wrap worth undoing. */
const MIN_WIDTH = 20;

interface Line {
  start: number;
  /** End of the content, before `\n` (and before a `\r` that precedes it). */
  end: number;
  /** Whether the line ended in `\r\n`: a break the wrap did not make. */
  crlf: boolean;
}

function splitLines(b: Uint8Array): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (let i = 0; i < b.length; i++) {
    if (b[i] !== 0x0a) continue;
    const crlf = i > start && b[i - 1] === 0x0d;
    lines.push({ start, end: crlf ? i - 1 : i, crlf });
    start = i + 1;
  }
  if (start < b.length) lines.push({ start, end: b.length, crlf: false });
  return lines;
}

/** A line's width as fold counts it. */
function widthOf(b: Uint8Array, line: Line, measure: Measure): number {
  if (measure === 'bytes') return line.end - line.start;
  let col = 0;
  for (let i = line.start; i < line.end; i++) {
    const c = b[i]!;
    if (c === 0x09) col = col + 8 - (col % 8);
    else if (c === 0x08) col = Math.max(0, col - 1);
    else if (c === 0x0d) col = 0;
    else col++;
  }
  return col;
}

/** The width fold gives a character added at column `col`. */
function advance(c: number, col: number, measure: Measure): number {
  if (measure === 'bytes' || c !== 0x09) return col + 1;
  return col + 8 - (col % 8);
}

/** Whether the break runs through a character (of the text's encoding) the next line's first bytes finish. */
function cutThrough(b: Uint8Array, line: Line, next: Line, utf8: boolean): boolean {
  return utf8 ? cutUtf8(b, line, next) : cutGb(b, line, next);
}

/**
 * How many characters do not decode (U+FFFD) in the text's encoding. A
 * character cut by a line break does not; joining the line to the next mends it.
 */
function undecodable(b: Uint8Array, utf8: boolean): number {
  const text = (utf8 ? UTF8 : GB18030).decode(b);
  let count = 0;
  for (let i = text.indexOf('\ufffd'); i >= 0; i = text.indexOf('\ufffd', i + 1)) count++;
  return count;
}

/** Box-drawing characters that can close a row on the right: no arm to the right. */
const RIGHT_EDGES = new Set([...'│┤┐┘┃┫┓┛║╣╗╝╢╡╖╕╜╛|+']);
/** … and open one on the left: no arm to the left. */
const LEFT_EDGES = new Set([...'│├┌└┃┣┏┗║╠╔╚╟╞╓╒╙╘|+']);


/** The last character of a line, in the text's encoding (box-drawing characters take 3 bytes in UTF-8, 2 in GB18030). */
function lastChar(b: Uint8Array, line: Line, utf8: boolean): string {
  const n = line.end - line.start;
  if (n === 0) return '';
  if (b[line.end - 1]! < 0x80) return String.fromCharCode(b[line.end - 1]!);
  const size = utf8 ? 3 : 2;
  return n >= size ? decodeBytes(b.subarray(line.end - size, line.end), utf8) : '';
}

function firstChar(b: Uint8Array, line: Line, utf8: boolean): string {
  const n = line.end - line.start;
  if (n === 0) return '';
  if (b[line.start]! < 0x80) return String.fromCharCode(b[line.start]!);
  const size = utf8 ? 3 : 2;
  return n >= size ? decodeBytes(b.subarray(line.start, line.start + size), utf8) : '';
}

function decodeBytes(bytes: Uint8Array, utf8: boolean): string {
  return utf8 ? Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8') : GB18030.decode(bytes);
}

/**
 * Whether a line that fills the width is still a line of its own: a drawn
 * table's row ends on a bar and the next starts on one (a wrap through a row
 * falls between a bar and a cell's content, seldom between two bars), and a
 * page break (form feed) starts a line.
 */
function endsItself(b: Uint8Array, line: Line, next: Line, utf8: boolean): boolean {
  return b[next.start] === 0x0c || (RIGHT_EDGES.has(lastChar(b, line, utf8)) && LEFT_EDGES.has(firstChar(b, next, utf8)));
}

function cutUtf8(b: Uint8Array, line: Line, next: Line): boolean {
  // Find the last lead byte within 3 bytes of the end.
  for (let back = 1; back <= 3 && line.end - back >= line.start; back++) {
    const c = b[line.end - back]!;
    if (c >= 0x80 && c < 0xc0) continue; // a continuation byte: look further back
    const need = utf8Length(c);
    if (need <= back) return false; // ASCII, no first byte, or a character complete on this line
    const missing = need - back;
    if (next.end - next.start < missing) return false;
    for (let k = 0; k < missing; k++) {
      const d = b[next.start + k]!;
      if (d < 0x80 || d >= 0xc0) return false;
    }
    return true;
  }
  return false;
}

/** The line's bytes read as GB18030 end on a first byte whose second byte starts the next line. */
function cutGb(b: Uint8Array, line: Line, next: Line): boolean {
  let i = line.start;
  while (i < line.end) {
    const c = b[i]!;
    if (c < 0x80) i++;
    else if (c === 0x80 || c === 0xff) return false; // not GB18030
    else if (i + 1 >= line.end) {
      if (next.end <= next.start) return false;
      const d = b[next.start]!;
      return (d >= 0x40 && d <= 0xfe && d !== 0x7f) || (d >= 0x30 && d <= 0x39);
    } else {
      const d = b[i + 1]!;
      if (d >= 0x30 && d <= 0x39) i += 4; // four-byte form
      else if (d >= 0x40 && d <= 0xfe && d !== 0x7f) i += 2;
      else return false;
    }
  }
  return false;
}

/** Whether the bytes look like UTF-8 or GB18030 text at all (UTF-16 is not wrapped this way). */
function byteText(b: Uint8Array): boolean {
  let nul = 0;
  const n = Math.min(b.length, 4096);
  for (let i = 0; i < n; i++) if (b[i] === 0) nul++;
  return nul * 20 < n;
}

/**
 * `fold -s` breaks a line after its last blank within the width: the piece ends
 * on a blank, the next line runs on past the width with no blank before it.
 */
function brokenAtBlank(b: Uint8Array, line: Line, next: Line, col: number, width: number, measure: Measure): boolean {
  const last = b[line.end - 1];
  if (line.end === line.start || (last !== 0x20 && last !== 0x09)) return false;
  let c = col;
  for (let k = next.start; k < next.end; k++) {
    const ch = b[k]!;
    c = advance(ch, c, measure);
    if (c > width) return true; // the character that did not fit, a blank included
    if (ch === 0x20 || ch === 0x09) return false;
  }
  return false;
}

/** Whether a longest line (in bytes, CR before LF left out) ends on a byte over ASCII: else no character was cut at the width. */
function longestEndsHigh(b: Uint8Array): boolean {
  let longest = -1;
  let high = false;
  for (let start = 0; start < b.length; ) {
    let end = b.indexOf(0x0a, start);
    const next = end < 0 ? b.length : end + 1;
    if (end < 0) end = b.length;
    const crlf = end > start && b[end - 1] === 0x0d;
    const length = (crlf ? end - 1 : end) - start;
    if (length > longest) {
      longest = length;
      high = false;
    }
    if (length === longest && length > 0 && !crlf && next < b.length && b[start + length - 1]! >= 0x80) high = true;
    start = next;
  }
  return high;
}

/**
 * Undoes a `fold`-style wrap, or returns null when there is no proof of one
 * (the usual case, which costs one pass over the bytes).
 */
export function unfoldBytes(b: Uint8Array): Unfolded | null {
  if (!byteText(b)) return null;
  // A lone CR counts as a line end when the text is read: the joined lines could not be numbered as the input's.
  for (let i = b.indexOf(0x0d); i >= 0; i = b.indexOf(0x0d, i + 1)) if (b[i + 1] !== 0x0a && i + 1 < b.length) return null;
  const tabs = b.includes(0x09) || b.includes(0x08);
  if (!tabs && !longestEndsHigh(b)) return null; // the usual case, decided without a line list
  const lines = splitLines(b);
  if (lines.length < 3) return null;
  let utf8: boolean | undefined; // decided only if a line of the greatest width ends on a byte over ASCII
  let best: { measure: Measure; width: number; cuts: number } | null = null;
  for (const measure of tabs ? (['columns', 'bytes'] as const) : (['bytes'] as const)) {
    const widths = lines.map((l) => widthOf(b, l, measure));
    let width = 0;
    for (const w of widths) if (w > width) width = w;
    if (width < MIN_WIDTH) continue;
    let cuts = 0;
    for (let i = 0; i + 1 < lines.length; i++) {
      const line = lines[i]!;
      if (widths[i] !== width || line.crlf || line.end === line.start || b[line.end - 1]! < 0x80) continue;
      // The decoder's own choice of encoding (decode.ts): UTF-8 read as GB18030 would end lines inside "characters" everywhere.
      utf8 ??= mostlyUtf8(UTF8.decode(b));
      if (cutThrough(b, line, lines[i + 1]!, utf8)) cuts++;
    }
    if (cuts >= MIN_CUTS && (!best || cuts > best.cuts)) best = { measure, width, cuts };
  }
  if (!best || utf8 === undefined) return null;
  const { measure, width, cuts } = best;
  const out = new Uint8Array(b.length); // joining only takes bytes out
  let size = 0;
  const firstLine: number[] = [];
  let joined = 0;
  let firstJoined = -1;
  let pieceStart = true;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (pieceStart) firstLine.push(i);
    out.set(b.subarray(line.start, line.end), size);
    size += line.end - line.start;
    const col = widthOf(b, line, measure);
    const next = lines[i + 1];
    const filled = next !== undefined && !line.crlf && next.end > next.start && col <= width && !endsItself(b, line, next, utf8) && (advance(b[next.start]!, col, measure) > width || brokenAtBlank(b, line, next, col, width, measure));
    if (filled) {
      if (joined++ === 0) firstJoined = i;
      pieceStart = false;
      continue;
    }
    if (line.crlf) out[size++] = 0x0d;
    if (i < lines.length - 1 || b[b.length - 1] === 0x0a) out[size++] = 0x0a;
    pieceStart = true;
  }
  const bytes = out.subarray(0, size);
  // The proof, checked whole: joining must mend characters, about one for each cut seen. Damage
  // (a stray byte that shifts how GB18030's pairs fall) can look like a cut, but joining mends nothing.
  if (undecodable(b, utf8) - undecodable(bytes, utf8) < Math.ceil(cuts / 2)) return null;
  return { bytes, width, measure, firstLine, joined, firstJoined };
}
