/**
 * Text written a paragraph at a time, each paragraph followed by an empty
 * line: mammoth's `extractRawText` of a DOCX ends every paragraph, each table
 * cell's included, with two line breaks, so an empty cell is an empty line
 * between two separators, and a row's cells stand a line apart. Read as it
 * stands, its empty lines cannot tell an empty cell from a separator. Where
 * every second line of the whole text is empty, those lines are separators:
 * taken out, the text is a paragraph a line and a cell a line, its empty
 * cells kept as empty lines (LibreOffice's text export), which the readers
 * already know. Text with any two lines of content in a row (a paragraph
 * hard-wrapped over lines, a table a row a line) is left as it is.
 */

/** Fewest lines of content for the pattern to mean anything. */
const MIN_CONTENT_LINES = 20;

const isEmpty = (line: string): boolean => line.trim() === '';

/** The text without its separator lines, and each kept line's line number in the text; null when it is not double-spaced. */
export function singleSpaced(raw: readonly string[]): { lines: string[]; origin: number[] } | null {
  // Trailing empty lines (the last paragraph's separator) say nothing.
  let end = raw.length;
  while (end > 0 && isEmpty(raw[end - 1]!)) end--;
  for (const first of [0, 1]) {
    // Separators at first + 1, first + 3, …; content (or an empty paragraph) at first, first + 2, ….
    if (first === 1 && !isEmpty(raw[0] ?? '')) continue;
    let content = 0;
    let separated = true;
    for (let i = first; i < end && separated; i += 2) {
      if (!isEmpty(raw[i]!)) content++;
      if (i + 1 < end && !isEmpty(raw[i + 1]!)) separated = false;
    }
    if (!separated || content < MIN_CONTENT_LINES) continue;
    const lines: string[] = [];
    const origin: number[] = [];
    for (let i = first; i < end; i += 2) {
      lines.push(raw[i]!);
      origin.push(i + 1);
    }
    return { lines, origin };
  }
  return null;
}
