/**
 * What `unexpand -a` (and an editor's retab) does to aligned text: every run
 * of two or more blanks that reaches a tab stop becomes tabs from its start,
 * then the spaces left up to the next cell. `metric` is how the program
 * counted columns before the tab: GNU unexpand counts UTF-8 bytes, editors
 * display width, Python's expandtabs characters. `leadingOnly` converts only
 * a line's indentation (`unexpand` without `-a`).
 */
import { widthIn, type Metric } from '../../src/frontends/text/width.js';

const TAB_STOP = 8;

export function unexpand(text: string, metric: Metric, leadingOnly = false): string {
  return text
    .split('\n')
    .map((line) => {
      let out = '';
      let x = 0;
      let runStart = -1;
      let leading = true;
      const flush = (): void => {
        if (runStart < 0) return;
        const blanks = x - runStart;
        let pos = runStart;
        let tabs = '';
        if (blanks >= 2 && (leading || !leadingOnly)) {
          for (let next = (Math.floor(pos / TAB_STOP) + 1) * TAB_STOP; next <= x; next += TAB_STOP) {
            tabs += '\t';
            pos = next;
          }
        }
        out += tabs + ' '.repeat(x - pos);
        runStart = -1;
      };
      for (const ch of line) {
        if (ch === ' ') {
          if (runStart < 0) runStart = x;
          x++;
          continue;
        }
        flush();
        leading = false;
        out += ch;
        x += widthIn(ch.codePointAt(0)!, metric);
      }
      flush();
      return out;
    })
    .join('\n');
}
