import { ANY_SPACE, toHalfWidth } from './normalize.js';

/** A digit, ASCII or full-width. */
export const DIGIT = /[\d０-９]/;

/**
 * A cell text a front end cannot read with confidence (cut short, placed by
 * position where the positions were lost): `…` after any text holding a digit,
 * so that no number is read from it (CELL_NOT_NUMERIC); other text as it is.
 */
export function markUnread(text: string): string {
  return DIGIT.test(text) && !text.endsWith('…') ? `${text}…` : text;
}

/** What a front end writes in a blank cell it cannot vouch for (a cell a wrapped number may have left). */
export const UNREAD_BLANK = '…';

/** Whether a front end marked the text unread (markUnread, UNREAD_BLANK): a value it could not read, never a label. */
export function isMarkedUnread(text: string): boolean {
  return text.endsWith('…') && (DIGIT.test(text) || text === UNREAD_BLANK);
}

/** What a data cell holds once read. */
export type CellReading =
  | { kind: 'blank' }
  | { kind: 'number'; value: number; unit?: string }
  | { kind: 'text' };

/** Placeholders that mean "nothing printed here": read as blank, not as zero. */
const PLACEHOLDERS = new Set(['-', '—', '——', '–', '/', '／', '无', '空', '\\']);

/** Money units printed in cells or headers, in 元. */
const YUAN: Record<string, number> = { 元: 1, 百元: 1e2, 千元: 1e3, 万元: 1e4, 十万元: 1e5, 百万元: 1e6, 千万元: 1e7, 亿元: 1e8 };
/** What a count is printed in (`3件`). */
const COUNT_UNITS = ['件', '个', '项', '次', '条', '人次', '人', '家', '份'];
/** Units sometimes printed inside cells (`251000元`, `3件`): money's and counts'. */
const UNIT_SUFFIX = new RegExp(`(${[...Object.keys(YUAN), ...COUNT_UNITS].sort((a, b) => b.length - a.length).join('|')})$`);

/**
 * Reads a cell's text as a number. Blank (only spaces, NBSP, U+3000) and
 * placeholders are blank; `减N` is −N, `增N` / `+N` is N; thousands
 * separators and unit suffixes are dropped. Anything else is text, a figure
 * with a leading zero (`024`) too.
 */
export function readNumber(raw: string): CellReading {
  // Cell texts repeat a great deal (`0`, blanks, padded figures): remember recent readings.
  let reading = MEMO.get(raw);
  if (reading === undefined) {
    if (MEMO.size >= MEMO_LIMIT) MEMO.clear();
    reading = read(raw);
    MEMO.set(raw, reading);
  }
  return reading;
}

const MEMO = new Map<string, CellReading>();
const MEMO_LIMIT = 4096;

function read(raw: string): CellReading {
  // Digits apart (`507` / `3` on two lines: a page number run into a cell;
  // `301 302`: two cells run together) are not one number.
  if (/[\d０-９][\s\u00a0\u3000]+[\d０-９]/.test(raw)) return { kind: 'text' };
  // A dash apart from the digits after it (`- 48`, `-` / `169384`) is no sign: a sign is set
  // against its number, and a line never breaks between them. It is a page number's dash
  // (`- 3 -`) or a placeholder run into a cell; the words `减 5` / `增 5` are signs still.
  if (/(^|[（(])[\s\u00a0\u3000]*[-−－—–+＋][\s\u00a0\u3000]+[\d０-９]/.test(raw)) return { kind: 'text' };
  let s = toHalfWidth(raw).replace(ANY_SPACE, '');
  if (s === '' || PLACEHOLDERS.has(s)) return { kind: 'blank' };
  // `（减5）`, `(-5)`: a signed change in brackets.
  const bracketed = /^[（(]([减增+\-−－—].*)[)）]$/.exec(s);
  if (bracketed) s = bracketed[1]!;
  let sign = 1;
  const minus = /^(减少|减|-|−|－|—|–)/.exec(s);
  const plus = minus ? null : /^(增加|增|\+|＋)/.exec(s);
  if (minus) {
    sign = -1;
    s = s.slice(minus[0].length);
  } else if (plus) {
    s = s.slice(plus[0].length);
  }
  const unit = UNIT_SUFFIX.exec(s)?.[1];
  s = s.replace(UNIT_SUFFIX, '').replace(/[,，](?=\d{3}(\D|$))/g, '').replace(/[．。]/g, '.');
  // More digits than a double holds exactly is no count a report prints; nor is a leading zero
  // (`024`: a `0` and a `24` of two cells run together, where nothing parts them).
  if (!/^\d+(\.\d+)?$/.test(s) || s.replace('.', '').length > 15 || /^0\d/.test(s)) return { kind: 'text' };
  const value = sign * Number(s);
  const number = Object.is(value, -0) ? 0 : value;
  return unit ? { kind: 'number', value: number, unit } : { kind: 'number', value: number };
}

/** True when a cell's text reads as a number or a blank (a plausible data cell). */
export function isDataLike(raw: string): boolean {
  return readNumber(raw).kind !== 'text';
}

/** Whether a unit is money (`元`, `万元`, …). */
export function isMoneyUnit(unit: string | undefined): boolean {
  return unit !== undefined && Object.hasOwn(YUAN, unit);
}

/**
 * A money value in the unit a column is defined in (`amount` is in 万元):
 * `202500元` in a 万元 column is 20.25. Null when the printed unit is not money.
 */
export function inUnit(value: number, printed: string | undefined, wanted: string): number | null {
  if (printed === undefined || printed === wanted) return value;
  const from = YUAN[printed];
  const to = YUAN[wanted];
  if (from === undefined || to === undefined) return null;
  // Rounded to the cent of the wanted unit's precision, so 202500 元 is exactly 20.25 万元.
  return Math.round((value * from) / to * 1e6) / 1e6;
}
