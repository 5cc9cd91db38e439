/**
 * Text normalisation shared by every stage: labels are matched on normalised
 * text, never on the printed form.
 */

const FULLWIDTH_DIGIT = /[０-９]/g;
const FULLWIDTH_LETTER = /[Ａ-Ｚａ-ｚ]/g;

/** Full-width digits and Latin letters → ASCII. */
export function toHalfWidth(s: string): string {
  return s
    .replace(FULLWIDTH_DIGIT, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(FULLWIDTH_LETTER, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

/** Every kind of white space, including NBSP (U+00A0), ideographic space (U+3000) and zero-width ones. */
export const ANY_SPACE = /[\s\u00a0\u2000-\u200b\u3000\ufeff]+/g;

/**
 * The form labels are compared in: no white space or line breaks, half-width
 * digits, one kind of quote, brackets and list punctuation.
 * `1.`, `1、`, `1．` all become `1.`; `(一)` becomes `（一）`.
 */
export function normalizeLabel(s: string): string {
  return toHalfWidth(s)
    .replace(ANY_SPACE, '')
    .replace(/[“”„‟"＂「」『』]/g, '"')
    .replace(/[‘’']/g, "'")
    .replace(/\(/g, '（')
    .replace(/\)/g, '）')
    .replace(/[：]/g, ':')
    .replace(/[，]/g, ',')
    .replace(/^(\d+)[、．.]/, '$1.')
    .replace(/[／]/g, '/');
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
