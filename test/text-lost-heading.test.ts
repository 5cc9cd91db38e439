import { parseText } from '../src/parseText.js';
import { at } from './support/fixtures.js';
import { table2Paths, table3Paths, table4Paths } from './support/random-report.js';
import { layoutFixtures, type TextLayoutName } from './support/text-layouts.js';

/**
 * A section heading lost between two statistics tables (an author's cut, a
 * converter that dropped the line): the tables stand one after the other.
 * Each is still its own grid (the label that opens the next table ends the
 * one before), so every value reads as it does with the heading, in every
 * layout whose reader finds table regions by their labels. Before, table 三's
 * columns were taken for table 二's rows (`pdftotext -layout`: 63846 read for
 * a 21) or both tables were lost.
 */
const LAYOUTS: TextLayoutName[] = ['pdftotext-layout', 'pdftotext-stream', 'libreoffice', 'docx2txt', 'mammoth-raw', 'lynx', 'mutool', 'w3m', 'pandoc-plain'];
const HEADINGS = ['三、收到和处理政府信息公开申请情况', '四、政府信息公开行政复议、行政诉讼情况'];

/** The text without the heading's line (and one of the blank lines around it, as a tool that drops a paragraph leaves them). */
function withoutHeading(text: string, heading: string): string | null {
  const lines = text.split('\n');
  const i = lines.findIndex((l) => l.trim() === heading);
  if (i < 0) return null;
  const blankBoth = lines[i - 1]?.trim() === '' && lines[i + 1]?.trim() === '';
  return [...lines.slice(0, i), ...lines.slice(i + (blankBoth ? 2 : 1))].join('\n');
}

test.each(LAYOUTS)('%s: a lost heading between two tables changes no value', (layout) => {
  let cases = 0;
  const changed: string[] = [];
  for (const f of layoutFixtures(layout).slice(0, 8)) {
    const paths = [...table2Paths(f.spec.version), ...table3Paths(), ...table4Paths()];
    const whole = parseText(f.text).report;
    for (const heading of HEADINGS) {
      const cut = withoutHeading(f.text, heading);
      if (cut === null) continue;
      cases++;
      const { report, warnings } = parseText(cut);
      expect(warnings.filter((w) => w.code === 'SECTION_MISSING').map((w) => w.message)).toEqual([`Section ${heading} was not found.`]);
      for (const p of paths) {
        const [got, before] = [at(report, p) ?? null, at(whole, p) ?? null];
        if (got !== before) changed.push(`${f.name} without ${heading.slice(0, 2)}: ${p} ${before} → ${got} (spec ${f.spec.values[p] ?? null})`);
      }
    }
  }
  expect(cases).toBe(16);
  expect(changed).toEqual([]);
});
