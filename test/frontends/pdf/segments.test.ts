import { segmentLine } from '../../../src/frontends/pdf/segments.js';
import { makeLine } from '../../../src/frontends/pdf/lines.js';
import { run } from './helpers.js';

const texts = (...runs: Parameters<typeof run>[]) => segmentLine(makeLine(runs.map((r) => run(...r)))).map((s) => [s.text, s.numeric]);

describe('segmentLine', () => {
  test('touching runs are one segment, a cell-sized gap starts another', () => {
    expect(texts(['1', 100, 50, 10, 5], ['.属于国家秘密', 105, 50], ['24', 300, 50, 10, 10], ['0', 360, 50, 10, 5])).toEqual([
      ['1.属于国家秘密', false],
      ['24', true],
      ['0', true],
    ]);
  });

  test('a number split over font subsets (`4`,`5`,`617`) stays whole', () => {
    expect(texts(['4', 200, 50, 10, 5], ['5', 205.5, 50, 10, 5], ['617', 211, 50, 10, 15])).toEqual([['45617', true]]);
  });

  test('two numbers set close in narrow columns (`178983` `45349`, 2pt apart) are two cells', () => {
    expect(texts(['178983', 204, 50, 9, 32], ['45349', 238, 50, 9, 27])).toEqual([
      ['178983', true],
      ['45349', true],
    ]);
  });

  test('a sign and its number are one cell (`增` `49805`)', () => {
    expect(texts(['增', 200, 50, 10, 10], ['49805', 211, 50, 10, 25])).toEqual([['增49805', true]]);
  });

  test('one run holding two cells (`22 246612`) is cut at its space', () => {
    expect(texts(['22 246612', 200, 50, 10, 90])).toEqual([
      ['22', true],
      ['246612', true],
    ]);
  });
});
