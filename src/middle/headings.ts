import { SECTIONS } from '../templates/sections.js';
import type { SectionTemplate } from '../templates/types.js';
import { normalizeLabel, toHalfWidth, trimAll } from '../util/normalize.js';
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

export function sectionOfTitle(title: string): { template: SectionTemplate; score: number } | null {
  const norm = normalizeLabel(title).replace(/[:。]$/, '');
  let best: { template: SectionTemplate; score: number } | null = null;
  for (const { template: t, official, signatures } of NORMALISED_SECTIONS) {
    let score = similarity(norm, official);
    if (signatures.some((s) => norm.includes(s))) score = Math.max(score, 0.9);
    if (!best || score > best.score) best = { template: t, score };
  }
  return best && best.score >= 0.75 ? best : null;
}

/** Reads a paragraph as a top-level section heading, or returns null. */
export function readTopHeading(text: string): TopHeading | null {
  // Emphasis marks some converters leave around a heading (`**一、总体情况**`).
  const t = trimAll(text).replace(/^[*#]+\s*|\s*\*+$/g, '');
  const m = TOP_MARKER.exec(t);
  const rest = m ? t.slice(m[0].length) : t;
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
  const found = sectionOfTitle(rest);
  if (!found) return null;
  const numeral = m[1] ?? m[2]!;
  const arabic = /^[0-9０-９]+$/.test(numeral);
  const printedOrdinal = arabic ? Number(toHalfWidth(numeral)) : chineseNumeral(numeral);
  // Arabic numbers usually mark sub-items (`1、主动公开政府信息数量`): accept one as a
  // top-level heading only when it is the section's own number and the title is close.
  if (arabic && (printedOrdinal !== found.template.ordinal || found.score < 0.85)) return null;
  return { template: found.template, number: t.slice(0, m[0].length).trim(), printedOrdinal, title: rest };
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
