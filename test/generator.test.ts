import { parseText } from '../src/parseText.js';
import { at } from './support/fixtures.js';
import { randomSpec, table2Paths, table3Paths, table4Paths } from './support/random-report.js';
import { renderText } from './support/render-text.js';

const SEEDS = Array.from({ length: 240 }, (_, i) => i + 1);

describe('generated reports in the flattened text layout parse back exactly', () => {
  test.each(SEEDS)('seed %i', (seed) => {
    const spec = randomSpec(seed);
    const { text, misnumbered } = renderText(spec, seed);
    const { report, warnings } = parseText(text);

    expect(report.formatVersion).toBe(spec.version);
    expect(report.year).toBe(spec.year);
    expect(report.agency).toBe(spec.agency);
    expect(report.publishedOn).toBe(spec.publishedOn);
    expect(report.sections.map((s) => s.ordinal)).toEqual([1, 2, 3, 4, 5, 6]);
    const paths = [...table2Paths(spec.version), ...table3Paths(), ...table4Paths()];
    const got = Object.fromEntries(paths.map((p) => [p, at(report, p)]));
    expect(got).toEqual(spec.values);
    expect(warnings.map((w) => [w.code, w.location.section])).toEqual(misnumbered.map((o) => ['HEADING_MISNUMBERED', o]));
  });

  test.each(SEEDS)('seed %i as tab-separated rows', (seed) => {
    const spec = randomSpec(seed);
    const { text, misnumbered } = renderText(spec, seed, 'tsv');
    const { report, warnings } = parseText(text);
    expect(report.formatVersion).toBe(spec.version);
    const paths = [...table2Paths(spec.version), ...table3Paths(), ...table4Paths()];
    expect(Object.fromEntries(paths.map((p) => [p, at(report, p)]))).toEqual(spec.values);
    expect(warnings.map((w) => [w.code, w.location.section])).toEqual(misnumbered.map((o) => ['HEADING_MISNUMBERED', o]));
  });

  test('the generator covers what it claims to', () => {
    const specs = SEEDS.map((s) => randomSpec(s));
    const values = specs.flatMap((s) => Object.values(s.values));
    expect(specs.filter((s) => s.version === '2019').length).toBe(120);
    expect(specs.filter((s) => s.singleOtherRow).length).toBeGreaterThan(10);
    expect(values.filter((x) => x === null).length).toBeGreaterThan(1000);
    expect(values.filter((x) => x !== null && x < 0).length).toBeGreaterThan(50);
    expect(values.filter((x) => x !== null && !Number.isInteger(x)).length).toBeGreaterThan(50);
    expect(SEEDS.filter((s) => renderText(randomSpec(s), s).misnumbered.length > 0).length).toBeGreaterThan(100);
  });
});
