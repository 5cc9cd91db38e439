import { parseText } from '../src/parseText.js';
import { at } from './support/fixtures.js';
import { table2Paths, table3Paths, table4Paths } from './support/random-report.js';
import { layoutFixtures } from './support/text-layouts.js';

/**
 * Blank cells the generator did not make: a number of a table row of the
 * `pdftotext -layout` fixtures is overwritten with spaces (every twelfth number
 * of every row that prints two or more, in turn), and the text parsed again.
 * Every value read must be the spec's: a blank may cost values (left null and
 * warned), never move one into another column.
 */
test('pdftotext -layout: a cell blanked anywhere never moves a value to another column', () => {
  let cases = 0;
  const wrong: string[] = [];
  for (const f of layoutFixtures('pdftotext-layout')) {
    const lines = f.text.split('\n');
    const paths = [...table2Paths(f.spec.version), ...table3Paths(), ...table4Paths()];
    let n = 0;
    lines.forEach((line, i) => {
      const numbers = [...line.matchAll(/(?<=^|\s)\d+(?:\.\d+)?(?=\s|$)/g)];
      if (numbers.length < 2) return;
      for (const m of numbers) {
        if (n++ % 12 !== 0) continue;
        const copy = [...lines];
        copy[i] = line.slice(0, m.index) + ' '.repeat(m[0].length) + line.slice(m.index + m[0].length);
        const { report } = parseText(copy.join('\n'));
        cases++;
        for (const p of paths) {
          const got = (at(report, p) as number | null | undefined) ?? null;
          if (got !== null && got !== (f.spec.values[p] ?? null)) wrong.push(`${f.name} line ${i + 1}, ${m[0]} blanked: ${p} = ${got}`);
        }
      }
    });
  }
  expect(cases).toBeGreaterThan(700);
  expect(wrong).toEqual([]);
});
