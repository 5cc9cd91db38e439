/** Text helpers for PDF runs (space handling itself is shared: util/normalize.ts). */

/** Joins wrapped lines: no separator, except a space between two Latin words. */
export function joinWrapped(lines: readonly string[]): string {
  let out = '';
  for (const line of lines) {
    if (!line) continue;
    if (out && /[A-Za-z]$/.test(out) && /^[A-Za-z]/.test(line)) out += ' ';
    out += line;
  }
  return out;
}

/**
 * Whether a run looks like a table number (`10`, `7730.28`, `1,234`, `减5`, `+3`, `50%`, `251000元`),
 * for placing runs in columns. Spaces are ignored here because letter-spacing splits
 * digits; the value itself is read by the middle (util/numbers.ts), which is stricter.
 */
export function looksNumeric(text: string): boolean {
  // Most runs are words without a digit: decided before any string is built.
  if (!DIGIT.test(text)) return false;
  return NUMERIC.test(SPACE.test(text) ? text.replace(SPACES, '') : text);
}

const DIGIT = /[0-9]/;
const NUMERIC = /^(增|减|[+\-−])?\d[\d,，]*([.．]\d+)?(%|％|万元|元|件|条|个|项)?$/;
const SPACE = /[\s\u00A0\u3000]/;
const SPACES = /[\s\u00A0\u3000]/g;
