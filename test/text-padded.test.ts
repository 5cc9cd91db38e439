import { readFileSync } from 'node:fs';
import { parseText } from '../src/parse.js';
import { at, fixturePath } from './support/fixtures.js';
import { table2Paths, table3Paths, table4Paths, type ReportSpec } from './support/random-report.js';

/**
 * Two held-out 2019 reports (scripts/make-padded-texts.sh) whose fee block of
 * table 二, two value columns in a four-column grid, pandoc pads with an empty
 * cell and leaves the blank before the value empty (7033) or prints it as an
 * ideographic space (7023: `| 行政事业性收费 | 　 | 0 | |`): counting cells cannot tell which are the
 * values; the columns of the header's labels do. pandoc's own markdown also
 * marks the header's labels bold (`**信息内容**`).
 */
describe.each(['text-2019-23', 'text-2019-33'])('%s', (name) => {
  const { spec } = JSON.parse(readFileSync(fixturePath(`generated/text-padded/${name}.json`), 'utf8')) as { spec: ReportSpec };
  test.each(['pandoc-plain.txt', 'pandoc-gfm.md', 'pandoc-markdown.md'])('through %s: every value of the three tables, no column warning', (file) => {
    const text = readFileSync(fixturePath(`generated/text-padded/${name}.${file}`), 'utf8');
    const { report, warnings } = parseText(text);
    const paths = [...table2Paths(spec.version), ...table3Paths(), ...table4Paths()];
    expect(paths.filter((p) => (at(report, p) ?? null) !== (spec.values[p] ?? null))).toEqual([]);
    expect(warnings.filter((w) => ['COLUMN_MISSING', 'LABEL_UNRECOGNIZED', 'ROW_MISSING'].includes(w.code))).toEqual([]);
  });
});
