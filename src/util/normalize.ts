/**
 * Text normalisation shared by every stage: labels are matched on normalised
 * text, never on the printed form.
 */

const FULLWIDTH_DIGIT = /[０-９]/g;
const FULLWIDTH_LETTER = /[Ａ-Ｚａ-ｚ]/g;

/** Full-width digits and Latin letters → ASCII. */
export function toHalfWidth(s: string): string {
  if (!/[０-９Ａ-Ｚａ-ｚ]/.test(s)) return s;
  return s
    .replace(FULLWIDTH_DIGIT, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(FULLWIDTH_LETTER, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

/** Every kind of white space, including NBSP (U+00A0), ideographic space (U+3000) and zero-width ones. */
export const ANY_SPACE = /[\s\u00a0\u2000-\u200b\u3000\ufeff]+/g;

/** Single characters mapped by `normalizeLabel` ('' drops the character). */
const CHAR_MAP = new Map<number, string>();
for (const c of '“”„‟"＂「」『』') CHAR_MAP.set(c.charCodeAt(0), '"');
for (const c of "‘’'") CHAR_MAP.set(c.charCodeAt(0), "'");
CHAR_MAP.set(0x28, '（');
CHAR_MAP.set(0x29, '）');
CHAR_MAP.set(0xff1a, ':'); // ：
CHAR_MAP.set(0xff0c, ','); // ，
CHAR_MAP.set(0xff0f, '/'); // ／
for (const c of ' \t\n\r\f\v\u00a0\u3000\ufeff\u200b') CHAR_MAP.set(c.charCodeAt(0), '');
for (let c = 0x2000; c <= 0x200a; c++) CHAR_MAP.set(c, '');

/**
 * The form labels are compared in: no white space or line breaks, half-width
 * digits and letters, one kind of quote, brackets and list punctuation.
 * `1.`, `1、`, `1．` all become `1.`; `(一)` becomes `（一）`.
 * One pass over the characters: this runs on every cell of every table.
 */
export function normalizeLabel(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c >= 0xff10 && c <= 0xff19) || (c >= 0xff21 && c <= 0xff3a) || (c >= 0xff41 && c <= 0xff5a)) {
      out += String.fromCharCode(c - 0xfee0);
      continue;
    }
    const mapped = CHAR_MAP.get(c);
    out += mapped === undefined ? s[i] : mapped;
  }
  // `1、` `1．` → `1.` (list numbering, at the start only).
  const m = /^(\d+)[、．]/.exec(out);
  return m ? `${m[1]}.${out.slice(m[0].length)}` : out;
}

const CJK = '\\u3000-\\u303f\\u3400-\\u9fff\\uf900-\\ufaff\\uff00-\\uffef';
const SPACE_BETWEEN_CJK = new RegExp(`(?<=[${CJK}])[ \\t\\u00a0]+(?=[${CJK}])`, 'g');

/** Removes spaces between two CJK characters (letter-spacing debris); keeps spaces next to Latin text. */
export function collapseCjkSpaces(s: string): string {
  return s.replace(SPACE_BETWEEN_CJK, '');
}

/** Trims every kind of white space (String#trim misses none of ours but keeps the intent explicit). */
export function trimAll(s: string): string {
  return s.replace(/^[\s\u00a0\u3000\ufeff]+|[\s\u00a0\u3000\ufeff]+$/g, '');
}
