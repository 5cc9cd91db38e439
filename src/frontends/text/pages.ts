/**
 * Page numbers left in text converted from a paginated file. `pdftotext`
 * ends each page with a form feed, its footer (the page number) last: a
 * bare number there is furniture, not a table value, when it is that page's
 * number. Decorated ones (`- 3 -`, `第3页`) are furniture anywhere; a
 * number with only a leading minus is a value.
 */
import { trimAll } from '../../util/normalize.js';
import { pageNumberKind } from '../../util/pageNumbers.js';

/** Longest page number line (`Page 123 of 456`, `第 12 页 共 345 页` with spaces). */
const MAX_PAGE_NUMBER = 32;

/** Indices of the lines that are page numbers. */
export function pageNumberLines(lines: string[], firstPage = 1): Set<number> {
  const out = new Set<number>();
  let page = firstPage;
  let lastOfPage = -1;
  const closePage = (): void => {
    if (lastOfPage >= 0 && trimAll(lines[lastOfPage]!) === String(page)) out.add(lastOfPage);
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
    if (t.length <= MAX_PAGE_NUMBER && pageNumberKind(t) === 'decorated' && !/^[-−－]\s*\d+(?:\.\d+)?$/.test(t)) out.add(i);
    lastOfPage = i;
  });
  return out;
}
