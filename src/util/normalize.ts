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
// A replacement character stands for bytes that were no text (a character cut in two by a
// fixed-width tool, a damaged byte): it is no part of any label.
CHAR_MAP.set(0xfffd, '');

/** A markdown escape (`1\.` where a line would start a list, `a \| b` in a pipe cell): the backslash is no part of the text. */
export const MARKDOWN_ESCAPE = /\\([\\`*_{}[\]()#+\-.!|<>~"'])/g;

/** Any character that normalizeLabel changes: most labels have none and are returned as they are. */
const NEEDS_MAPPING = new RegExp(`[${[...CHAR_MAP.keys()].map((c) => `\\u${c.toString(16).padStart(4, '0')}`).join('')}\\uff10-\\uff19\\uff21-\\uff3a\\uff41-\\uff5a]`);

/**
 * The form labels are compared in: no white space or line breaks, half-width
 * digits and letters, one kind of quote, brackets and list punctuation.
 * `1.`, `1、`, `1．` all become `1.`; `(一)` becomes `（一）`.
 * One pass over the characters: this runs on every cell of every table.
 */
export function normalizeLabel(s: string): string {
  const mapped = NEEDS_MAPPING.test(s) ? mapChars(s) : s;
  const unescaped = mapped.includes('\\') ? mapped.replace(MARKDOWN_ESCAPE, '$1') : mapped;
  // Markdown emphasis around a whole label (`__信息内容__`, `**总计**`) is no part of it either.
  const first = unescaped.charCodeAt(0);
  return numberedDot(first === 0x2a || first === 0x5f ? unwrapEmphasis(unescaped) : unescaped);
}

function mapChars(s: string): string {
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
  return out;
}

/** `1、` `1．` → `1.` (list numbering, at the start only). */
function numberedDot(out: string): string {
  const first = out.charCodeAt(0);
  if (!(first >= 0x30 && first <= 0x39)) return out;
  const m = /^(\d+)[、．]/.exec(out);
  return m ? `${m[1]}.${out.slice(m[0].length)}` : out;
}

/*
 * Chinese has no spaces between words, so any space next to a CJK character is
 * layout (letter-spacing, justification, a space glyph between two runs) and
 * goes; spaces between Latin words stay.
 */

/** CJK ideographs, CJK and full-width punctuation, and the quotes/dashes Chinese text uses. */
const CJK = /[\u2E80-\u2FFF\u3000-\u303F\u3040-\u30FF\u3100-\u312F\u3200-\u33FF\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFFEF\u2018-\u201F\u2026\u2014\u00B7]/;

/** A Chinese ideograph (the unified block and the compatibility one): words, where figures and signs are not. */
export const IDEOGRAPH = /[\u4e00-\u9fff\uf900-\ufaff]/;

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
  // Pieces joined once, and the last kept character held apart: reading the end of a
  // string built by `+=` flattens it each time (quadratic on a long line).
  const out: string[] = [];
  let last: string | undefined;
  for (let i = 0; i < s.length; i++) {
    const ch = s[i]!;
    if (ch === ' ' && (isCjk(last) || isCjk(s[i + 1]))) continue;
    out.push(ch);
    last = ch;
  }
  return out.join('');
}

const ZERO_WIDTH_END = /^[\u200b-\u200d\u2060]|[\u200b-\u200d\u2060]$/;
/** White space and the zero-width characters `trimAll` strips. */
const TRIMMED = /[\s\u00a0\u3000\ufeff\u200b-\u200d\u2060]/;

/**
 * `s` without the characters `strip` matches (one at a time) at its start and end. A
 * loop, not a pattern: `/[ ]+$/` retries every run of spaces in the text, and a run of
 * 100,000 costs seconds (quadratic); this costs the run's length.
 */
export function trimChars(s: string, strip: RegExp | string, ends: 'both' | 'start' | 'end' = 'both'): string {
  const stripped = (ch: string) => (typeof strip === 'string' ? strip.includes(ch) : strip.test(ch));
  let from = 0;
  let to = s.length;
  if (ends !== 'end') while (from < to && stripped(s[from]!)) from++;
  if (ends !== 'start') while (to > from && stripped(s[to - 1]!)) to--;
  return s.slice(from, to);
}

/** Trims every kind of white space (String#trim misses none of ours but keeps the intent explicit). */
export function trimAll(s: string): string {
  // String#trim strips the same white space; only zero-width characters left at an end need the pattern.
  const t = s.trim();
  if (!ZERO_WIDTH_END.test(t)) return t;
  return trimChars(s, TRIMMED);
}

/**
 * A cell's lines without the emphasis markup wrapping each whole line
 * (`**信息内容**`, `*信息内容*`, `_…_`): what a converter adds to a bold cell
 * in reStructuredText or AsciiDoc, never a report's own text.
 */
export function unwrapEmphasis(s: string): string {
  return s
    .split('\n')
    .map((line) => line.replace(/^([*_]{1,2})(\S(?:.*\S)?)\1$/, '$2'))
    .join('\n');
}

/**
 * CJK radical code points some fonts' ToUnicode maps give instead of the
 * ideograph they draw (seen in Chromium/Skia PDFs: ⺠ for 民, ⻔ for 门).
 * Kangxi radicals (U+2F00–U+2FD5) fold by NFKC; the CJK Radicals Supplement
 * has no decomposition, so its radicals that stand for a whole character are listed.
 */
const RADICAL_SUPPLEMENT: Record<string, string> = {
  '⺁': '厂', '⺄': '乙', '⺆': '冂', '⺇': '几', '⺊': '卜', '⺋': '㔾', '⺌': '小', '⺎': '兀', '⺏': '尣', '⺐': '尢',
  '⺒': '巳', '⺓': '幺', '⺔': '彑', '⺛': '旡', '⺜': '日', '⺝': '月', '⺞': '歺', '⺟': '母', '⺠': '民', '⺤': '爫',
  '⺥': '爫', '⺦': '丬', '⺨': '犭', '⺩': '王', '⺪': '疋', '⺫': '罒', '⺬': '示', '⺭': '礻', '⺯': '糸', '⺰': '纟',
  '⺲': '罒', '⺳': '㓁', '⺶': '羊', '⺷': '羊', '⺹': '耂', '⺺': '肀', '⺼': '月', '⺽': '臼', '⺾': '艹', '⺿': '艹',
  '⻀': '艹', '⻁': '虎', '⻂': '衤', '⻃': '覀', '⻄': '西', '⻅': '见', '⻆': '角', '⻈': '讠', '⻉': '贝', '⻋': '车',
  '⻌': '辶', '⻍': '辶', '⻎': '辶', '⻏': '阝', '⻐': '钅', '⻑': '長', '⻒': '镸', '⻓': '长', '⻔': '门', '⻖': '阝',
  '⻗': '雨', '⻘': '青', '⻙': '韦', '⻚': '页', '⻛': '风', '⻜': '飞', '⻝': '食', '⻟': '飠', '⻠': '饣', '⻢': '马',
  '⻣': '骨', '⻤': '鬼', '⻥': '鱼', '⻦': '鸟', '⻧': '卤', '⻨': '麦', '⻩': '黄', '⻪': '黾', '⻬': '齐', '⻮': '齿',
  '⻰': '龙', '⻳': '龟',
};

/** Replaces radical code points by the ideographs they stand for; other text is unchanged. */
export function foldRadicals(s: string): string {
  if (!/[\u2e80-\u2fdf]/.test(s)) return s;
  return s.replace(/[\u2e80-\u2fdf]/g, (c) => RADICAL_SUPPLEMENT[c] ?? (c >= '\u2f00' ? c.normalize('NFKC') : c));
}

/** Starts a numbered item: （一） (1) 一、 1、 1. 1． 第一章 … (not `1.5`). */
export const ITEM_START = /^\s*(（\s*[一二三四五六七八九十百\d]+\s*）|\(\s*[一二三四五六七八九十百\d]+\s*\)|[一二三四五六七八九十百]+\s*[、.．]|\d{1,3}\s*[、.．](?!\d)|第[一二三四五六七八九十百]+[章节部分条])/;

/**
 * Whether a line of text left of a report's body is words (a site's
 * navigation link), not a bullet's or a hanging item number alone, nor a
 * figure: what makes such text a side column (the PDF and text front ends'
 * columns.ts and sideColumn.ts).
 */
export function isColumnWords(text: string): boolean {
  const rest = text.replace(/^\s*[•·*+\-]\s*/, '').replace(ITEM_START, '').replace(/\s/g, '');
  return rest.length >= 2 && !/^[\d\p{P}\p{S}]+$/u.test(rest);
}
