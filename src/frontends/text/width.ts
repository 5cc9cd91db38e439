/**
 * Display width: how many columns a character takes in a monospaced layout.
 * East Asian wide and full-width characters take two (as pandoc and terminals
 * lay them out); everything else one. Tools that align text by display width
 * (pandoc's plain tables) need it; tools that place one character per grid
 * cell (`pdftotext -layout`) count code units instead.
 */

export function charWidth(code: number): 1 | 2 {
  return (code >= 0x1100 && code <= 0x115f) ||
    (code >= 0x2e80 && code <= 0xa4cf && code !== 0x303f) ||
    (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff00 && code <= 0xff60) ||
    (code >= 0xffe0 && code <= 0xffe6) ||
    code >= 0x20000
    ? 2
    : 1;
}

/**
 * Column metric: display width, one column per character (code point), or
 * one per UTF-8 byte (what a tool that counts bytes pads to: a CJK character
 * takes three).
 */
export type Metric = 'display' | 'chars' | 'bytes';

/** Columns a character takes in a metric. */
export function widthIn(code: number, metric: Metric): number {
  if (metric === 'chars') return 1;
  if (metric === 'display') return charWidth(code);
  return code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
}

/** The start column of every character of `line` (and, last, the line's width). */
export function columnsOf(line: string, metric: Metric): { chars: string[]; starts: number[]; width: number } {
  const chars = [...line];
  const starts: number[] = [];
  let x = 0;
  for (const ch of chars) {
    starts.push(x);
    x += widthIn(ch.codePointAt(0)!, metric);
  }
  return { chars, starts, width: x };
}

/** The column of a line's first character that is not white space (the line's width if none). */
export function indentOf(line: string, metric: Metric): number {
  let x = 0;
  for (const ch of line) {
    if (ch.trim() !== '') return x;
    x += widthIn(ch.codePointAt(0)!, metric);
  }
  return x;
}

/** A run of non-space characters (single spaces inside kept) with its columns. */
export interface Token {
  text: string;
  start: number;
  end: number;
}

/** Splits a line into tokens at runs of `minGap` or more spaces (U+3000 counts as two). */
export function tokens(line: string, metric: Metric, minGap = 2): Token[] {
  // Fast path: one column per code unit, spaces only (pdftotext's output).
  if (metric === 'chars' && minGap === 2 && !/[\u3000\u00a0\t\ud800-\udfff]/.test(line)) {
    const out: Token[] = [];
    for (const m of line.matchAll(/[^ ]+(?: [^ ]+)*/g)) out.push({ text: m[0], start: m.index, end: m.index + m[0].length });
    return out;
  }
  // One pass over the code points, no arrays: this runs on every line of every table.
  const out: Token[] = [];
  let cur: Token | null = null;
  let gap = 0;
  let x = 0;
  for (const ch of line) {
    const w = widthIn(ch.codePointAt(0)!, metric);
    if (ch === ' ' || ch === '\u3000' || ch === '\u00a0') {
      gap += ch === '\u3000' ? 2 : 1;
      if (gap >= minGap && cur) {
        out.push({ ...cur, text: cur.text.trimEnd() });
        cur = null;
      }
    } else {
      if (cur && gap > 0) cur.text += ' '.repeat(gap);
      gap = 0;
      if (!cur) cur = { text: '', start: x, end: x };
      cur.text += ch;
      cur.end = x + w;
    }
    x += w;
  }
  if (cur) out.push({ ...cur, text: cur.text.trimEnd() });
  return out;
}

/** Tab stops, every eight columns (what `expand`, `unexpand` and editors assume). */
const TAB_STOP = 8;

/** `line` with each tab replaced by the spaces up to its tab stop, columns counted in `metric`. */
export function expandTabs(line: string, metric: Metric): string {
  if (!line.includes('\t')) return line;
  let out = '';
  let x = 0;
  for (const ch of line) {
    if (ch === '\t') {
      const next = (Math.floor(x / TAB_STOP) + 1) * TAB_STOP;
      out += ' '.repeat(next - x);
      x = next;
    } else {
      out += ch;
      x += widthIn(ch.codePointAt(0)!, metric);
    }
  }
  return out;
}
