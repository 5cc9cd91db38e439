/**
 * Text normalisation for PDF runs. Chinese has no spaces between words, so any
 * space next to a CJK character is layout (letter-spacing, justification, a
 * space glyph between two runs) and goes; spaces between Latin words stay.
 */

/** CJK ideographs, CJK and full-width punctuation, and the quotes/dashes Chinese text uses. */
const CJK = /[\u2E80-\u2FFF\u3000-\u303F\u3040-\u30FF\u3100-\u312F\u3200-\u33FF\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFFEF\u2018-\u201F\u2026\u2014\u00B7]/;

export function isCjk(ch: string | undefined): boolean {
  return ch !== undefined && CJK.test(ch);
}

/**
 * Collapses whitespace (including U+3000 and NBSP) to single spaces, drops it
 * where either neighbour is CJK, and trims: `总 计` → `总计`, `2023 年` → `2023年`.
 */
export function collapseSpaces(text: string): string {
  const s = text.replace(/[\s\u00A0\u3000]+/g, ' ').trim();
  if (!s.includes(' ')) return s;
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const ch = s[i]!;
    if (ch === ' ' && (isCjk(out[out.length - 1]) || isCjk(s[i + 1]))) continue;
    out += ch;
  }
  return out;
}

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

/** A table number as printed: `10`, `7730.28`, `1,234`, `减5`, `+3`, `-2`, `50%`, `251000元`. */
export function looksNumeric(text: string): boolean {
  return /^(增|减|[+\-−])?\d[\d,，]*([.．]\d+)?(%|％|万元|元|件|条|个|项)?$/.test(text.replace(/[\s\u00A0\u3000]/g, ''));
}
