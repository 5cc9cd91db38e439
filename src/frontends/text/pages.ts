/**
 * Page numbers left in text converted from a paginated file. `pdftotext`
 * ends each page with a form feed, its footer (the page number) last: a
 * bare number there is furniture, not a table value, when it is that page's
 * number. Decorated ones (`- 3 -`, `第3页`) are furniture anywhere; a
 * number with only a leading minus is a value. Text without form feeds has
 * its bare page numbers found by their counting the pages (countingPages).
 */
import { toHalfWidth, trimAll } from '../../util/normalize.js';
import { pageNumberKind } from '../../util/pageNumbers.js';

/** Longest page number line (`Page 123 of 456`, `第 12 页 共 345 页` with spaces). */
const MAX_PAGE_NUMBER = 32;

/** Indices of the lines that are page numbers. */
export function pageNumberLines(lines: string[], firstPage = 1, options: { countingPages?: boolean } = {}): Set<number> {
  const out = new Set<number>();
  let page = firstPage;
  let lastOfPage = -1;
  const closePage = (): void => {
    if (lastOfPage >= 0 && toHalfWidth(trimAll(lines[lastOfPage]!)) === String(page)) out.add(lastOfPage);
  };
  lines.forEach((raw, i) => {
    if (raw.includes('\f')) {
      closePage();
      page += (raw.match(/\f/g) ?? []).length;
      lastOfPage = -1;
    }
    const t = trimAll(raw);
    if (t === '') return;
    // `-5611` is a negative value, not a decorated page number (`- 3 -`).
    // Page numbers are short: prose lines are not tried.
    if (t.length <= MAX_PAGE_NUMBER && pageNumberKind(t) === 'decorated' && !/^[-−－]\s*[\d０-９]+(?:[.．][\d０-９]+)?$/.test(t)) out.add(i);
    lastOfPage = i;
  });
  if (options.countingPages && page === firstPage) for (const i of countingPages(lines)) out.add(i);
  return out;
}

/** Fewest lines between two page numbers: a page of running text holds more. */
const MIN_PAGE_LINES = 20;

/** A count of pages: the line of its last number, how many numbers it has, and the count before that number. */
interface Count {
  line: number;
  length: number;
  prev: Count | null;
}

/**
 * Text without form feeds (`pdftotext -layout -nopgbrk`): its bare page
 * numbers are the lines holding nothing but a number that count the pages,
 * 1, 2, 3… (from 1, 2 or 3), at least three, each at least MIN_PAGE_LINES
 * lines after the one before, the last within a page's length of the end.
 * Only for text with a row a line: where a cell stands a line (LibreOffice's
 * export), small values alone on their lines count up far too easily.
 */
function countingPages(lines: string[]): number[] {
  // For each page number value: the longest count ending with it so far.
  const ending = new Map<number, Count>();
  let best: Count | undefined;
  lines.forEach((raw, i) => {
    const t = toHalfWidth(raw.trim());
    if (!/^\d{1,3}$/.test(t)) return;
    const v = Number(t);
    const before = ending.get(v - 1);
    const chain: Count | undefined =
      before && i - before.line >= MIN_PAGE_LINES
        ? { line: i, length: before.length + 1, prev: before }
        : v >= 1 && v <= 3
          ? { line: i, length: 1, prev: null }
          : undefined;
    if (!chain) return;
    // A later line continues a count better from the latest candidate, which leaves more room after it.
    if (!ending.has(v) || chain.length >= ending.get(v)!.length) ending.set(v, chain);
    if (!best || chain.length > best.length) best = chain;
  });
  if (!best || best.length < 3) return [];
  const out: number[] = [];
  for (let c: Count | null = best; c; c = c.prev) out.push(c.line);
  out.reverse();
  const longestPage = Math.max(...out.slice(1).map((line, k) => line - out[k]!));
  return lines.length - out[out.length - 1]! <= longestPage ? out : [];
}
