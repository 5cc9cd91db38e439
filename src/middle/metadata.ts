import { collapseCjkSpaces, toHalfWidth, trimAll } from '../util/normalize.js';
import { chineseNumeral } from './headings.js';

/** Title, agency, year and publication date, from what the document prints. */

const TITLE_END = /(年度报告|年报)\s*$/;

/** The title: the leading preamble lines up to the one ending in 年度报告 (wrapped titles joined). */
export function findTitle(preamble: string[]): { title: string; lines: number } | null {
  const lines: string[] = [];
  for (const p of preamble.slice(0, 4)) {
    const t = trimAll(p);
    if (t.length > 60 || /[。；]/.test(t)) break;
    lines.push(t);
    // Test the lines joined so far: a title may wrap inside a word (`…工作年度` / `报告`).
    const title = collapseCjkSpaces(lines.join('')).replace(/\s+(?=[\u4e00-\u9fff])|(?<=[\u4e00-\u9fff])\s+/g, '');
    if (TITLE_END.test(title.replace(/[（(][^）)]*[)）]$/, ''))) return { title, lines: lines.length };
  }
  return null;
}

const YEAR_IN_TITLE = /((?:19|20)\d{2}|[〇零一二三四五六七八九]{4})\s*年/;

/** The report year printed in the title (`2020年`, `二〇二〇年`). */
export function yearOf(text: string): number | null {
  const m = YEAR_IN_TITLE.exec(toHalfWidth(text));
  if (!m) return null;
  const y = m[1]!;
  if (/^\d+$/.test(y)) return Number(y);
  return Number([...y].map((c) => chineseNumeral(c) ?? 0).join(''));
}

const YEAR = '(?:(?:19|20)\\d{2}|[〇零一二三四五六七八九]{4})\\s*年度?';

/**
 * The agency in the title: what stands before the year (`某局2020年政府信息公开…`),
 * or before 政府信息公开 when the year comes first or last (`2020年某局政府信息公开…`,
 * `某局政府信息公开工作年度报告（2020年）`).
 */
export function agencyOfTitle(title: string): string | null {
  const t = toHalfWidth(title);
  const before = new RegExp(`^(.*?)${YEAR}`).exec(t)?.[1];
  const candidates = [before, new RegExp(`^(?:${YEAR})?(.*?)政府信息公开`).exec(t)?.[1]];
  for (const c of candidates) {
    const agency = c === undefined ? '' : trimAll(c);
    if (agency.length >= 2 && !agency.includes('政府信息公开')) return agency;
  }
  return null;
}

const DATE_ARABIC = /^((?:19|20)\d{2})\s*(?:年|[-./])\s*(\d{1,2})\s*(?:月|[-./])\s*(\d{1,2})\s*日?$/;
const DATE_CHINESE = /^([〇零一二三四五六七八九]{4})年([一二三四五六七八九十]{1,2})月([一二三四五六七八九十]{1,3})日$/;

/** A paragraph that is only a date (`2021年1月26日`, `二〇二一年一月二十六日`, `2021-01-26`) → ISO, else null. */
export function dateOnly(text: string): string | null {
  const t = toHalfWidth(trimAll(text)).replace(/^[（(]|[)）]$/g, '').replace(/\s+/g, '');
  let y: number, mo: number, d: number;
  const a = DATE_ARABIC.exec(t);
  const c = a ? null : DATE_CHINESE.exec(t);
  if (a) {
    [y, mo, d] = [Number(a[1]), Number(a[2]), Number(a[3])];
  } else if (c) {
    y = Number([...c[1]!].map((ch) => chineseNumeral(ch) ?? 0).join(''));
    mo = chineseNumeral(c[2]!) ?? 0;
    d = chineseNumeral(c[3]!) ?? 0;
  } else {
    return null;
  }
  if (mo < 1 || mo > 12 || d < 1 || d > 31) return null;
  return `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** A signature line: a short name with no sentence punctuation. */
export function isSignatureLine(text: string): boolean {
  const t = trimAll(text);
  return t.length >= 2 && t.length <= 40 && !/[。，；：,;:！？]/.test(t);
}
