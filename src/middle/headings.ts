import { SECTIONS } from '../templates/sections.js';
import type { SectionTemplate } from '../templates/types.js';
import { collapseSpaces, normalizeLabel, toHalfWidth, trimAll, trimChars } from '../util/normalize.js';
import { similarity } from '../util/match.js';

/** Recognises headings and numbered items in paragraph text. */

const CN_DIGITS: Record<string, number> = { 〇: 0, 零: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** 一…九十九 → number (null when not a Chinese numeral). */
export function chineseNumeral(s: string): number | null {
  if (s === '') return null;
  if (s === '十') return 10;
  const m = /^([一二三四五六七八九])?十([一二三四五六七八九])?$/.exec(s);
  if (m) return (m[1] ? CN_DIGITS[m[1]]! : 1) * 10 + (m[2] ? CN_DIGITS[m[2]]! : 0);
  if (s.length === 1 && s in CN_DIGITS) return CN_DIGITS[s]!;
  return null;
}

/** A top-level heading: `一、总体情况`, or damaged forms like `3、 收到…`. */
export interface TopHeading {
  template: SectionTemplate;
  /** The number as printed with its punctuation (`三、`, `3、`), or '' when unnumbered. */
  number: string;
  /** The numeric value of the printed number, or null. */
  printedOrdinal: number | null;
  /** The title as printed (without the number). */
  title: string;
  /** Text run in after the title and a colon (`六、其他需要报告的事项：无。`): the section's first paragraph. */
  body?: string;
}

const TOP_MARKER = /^(?:第([一二三四五六七八九十]{1,2})部分[、.．:：]?|([一二三四五六七八九十]{1,2}|[0-9０-９]{1,2})\s*[、.．,，])\s*/;
/** A table-of-contents entry: the title, then leader dots or spaces, then a page number. */
const TOC_ENTRY = /(?:[.．…·\-—_]{2,}|\s)\s*\d{1,3}$/;
/** A heading is short and is not a sentence. */
const MAX_TITLE = 32;

/** Identifies which of the six sections a title names, or null. */
const NORMALISED_SECTIONS = SECTIONS.map((t) => ({
  template: t,
  official: normalizeLabel(t.heading.slice(2)),
  signatures: t.signatures.map(normalizeLabel),
}));

const BY_OFFICIAL = new Map(NORMALISED_SECTIONS.map((s) => [s.official, s.template]));

/**
 * `printed`: the ordinal the heading's numeral gives. A title close enough to
 * that section's is that section, even if another's scores higher: titles
 * share words (`三、依申请公开政府信息情况` is as near 二's `主动公开政府信息情况`).
 */
export function sectionOfTitle(title: string, printed: number | null = null): { template: SectionTemplate; score: number } | null {
  const norm = normalizeLabel(title).replace(/[:。]$/, '');
  let best: { template: SectionTemplate; score: number } | null = null;
  for (const { template: t, official, signatures } of NORMALISED_SECTIONS) {
    let score = similarity(norm, official);
    if (signatures.some((s) => norm.includes(s))) score = Math.max(score, 0.9);
    if (t.ordinal === printed && score >= MIN_TITLE_SCORE) return { template: t, score };
    if (!best || score > best.score) best = { template: t, score };
  }
  return best && best.score >= MIN_TITLE_SCORE ? best : null;
}

/** How close a title must be to a section's (similarity, or 0.9 for a signature it holds). */
const MIN_TITLE_SCORE = 0.75;

/** Without the `**` / `#` marks around it; by hand, since `\s*\*+$` is quadratic in a long run of spaces. */
function unemphasised(t: string): string {
  const start = t.startsWith('*') || t.startsWith('#') ? t.replace(/^[*#]+\s*/, '') : t;
  return start.endsWith('*') ? trimChars(trimChars(start, '*', 'end'), /\s/, 'end') : start;
}

/** Reads a paragraph as a top-level section heading, or returns null. */
export function readTopHeading(text: string): TopHeading | null {
  // Emphasis marks some converters leave around a heading (`**一、总体情况**`).
  const t = unemphasised(trimAll(text));
  const m = TOP_MARKER.exec(t);
  // A letter-spaced title (`总 体 情 况`) is measured and kept without its spaces.
  const rest = collapseSpaces(m ? t.slice(m[0].length) : t);
  if (m) {
    const runIn = runInHeading(t.slice(0, m[0].length).trim(), m[1] ?? m[2]!, rest);
    if (runIn) return runIn;
  }
  if (rest.length === 0 || rest.length > MAX_TITLE || /[。；;]/.test(rest.replace(/[。]$/, '')) || TOC_ENTRY.test(rest)) return null;
  // A sentence that starts like a heading (`二、主动公开政府信息情况，全年公开信息120条`).
  const comma = rest.search(/[，,]/);
  if (comma !== -1 && (rest.length - comma > 10 || /\d/.test(rest.slice(comma)))) return null;
  if (!m) {
    // Unnumbered: only an exact official title counts (a sentence mentioning it does not):
    // looked up, not matched (most lines of prose are short and unnumbered).
    const template = BY_OFFICIAL.get(normalizeLabel(rest));
    return template ? { template, number: '', printedOrdinal: null, title: rest } : null;
  }
  const { arabic, printedOrdinal } = ordinalOf(m[1] ?? m[2]!);
  const found = sectionOfTitle(rest, printedOrdinal);
  if (!found) return null;
  // Arabic numbers usually mark sub-items (`1、主动公开政府信息数量`): accept one as a
  // top-level heading only when it is the section's own number and the title is close.
  if (arabic && (printedOrdinal !== found.template.ordinal || found.score < 0.85)) return null;
  return { template: found.template, number: t.slice(0, m[0].length).trim(), printedOrdinal, title: rest };
}

/**
 * A numbered heading with its first sentence run in after a colon
 * (`六、其他需要报告的事项：本年度未收取信息处理费。`): the title must be
 * close to the section's (score 0.85 or more), and is the heading; the rest
 * is the section's first paragraph. After a full stop it is a sentence
 * (`一、总体情况。本年度…`: see headings.test.ts).
 */
function runInHeading(number: string, numeral: string, rest: string): TopHeading | null {
  const stop = rest.search(/[:：]/);
  if (stop <= 0) return null;
  const title = rest.slice(0, stop);
  const body = rest.slice(stop + 1).trim();
  if (body === '' || title.length > MAX_TITLE) return null;
  const { arabic, printedOrdinal } = ordinalOf(numeral);
  const found = sectionOfTitle(title, printedOrdinal);
  if (!found || found.score < 0.85 || (arabic && printedOrdinal !== found.template.ordinal)) return null;
  return { template: found.template, number, printedOrdinal, title, body };
}

/** The ordinal a heading's numeral prints (`三` → 3, `3` → 3), and whether it is Arabic. */
function ordinalOf(numeral: string): { arabic: boolean; printedOrdinal: number | null } {
  const arabic = /^[0-9０-９]+$/.test(numeral);
  return { arabic, printedOrdinal: arabic ? Number(toHalfWidth(numeral)) : chineseNumeral(numeral) };
}

/** Families of numbered-item markers below the section level. */
export type MarkerFamily = 'paren-cn' | 'arabic' | 'paren-arabic' | 'circled';

const ITEM_MARKERS: { family: MarkerFamily; re: RegExp }[] = [
  { family: 'paren-cn', re: /^[（(]\s*[一二三四五六七八九十]{1,3}\s*[)）]\s*/ },
  { family: 'paren-arabic', re: /^[（(]\s*[0-9０-９]{1,2}\s*[)）]\s*/ },
  // `1、` `1.` `1．` but not a decimal (`1.5`) or a date (`2020.1`).
  { family: 'arabic', re: /^[0-9０-９]{1,2}\s*(?:[、．]|\.(?![0-9]))\s*/ },
  { family: 'circled', re: /^[①-⑳]\s*/ },
];

export interface ItemMarker {
  family: MarkerFamily;
  /** The marker as printed, trimmed (`（一）`, `1、`). */
  number: string;
  /** The text after the marker. */
  rest: string;
}

/** Reads a numbered item marker at the start of a paragraph. */
export function readItemMarker(text: string): ItemMarker | null {
  const t = trimAll(text);
  for (const { family, re } of ITEM_MARKERS) {
    const m = re.exec(t);
    if (m) {
      const rest = t.slice(m[0].length);
      if (rest.length === 0) return null;
      return { family, number: m[0].trim(), rest };
    }
  }
  return null;
}
