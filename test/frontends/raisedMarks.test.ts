import { withoutRaisedMarks } from '../../src/frontends/raisedMarks.js';

const at = (...pieces: [string, number][]) => withoutRaisedMarks(pieces.map(([text, position]) => ({ text, position })));

test('text set 1.5 pt or more off the line is a mark, before or after the figure, however many pieces its run comes in', () => {
  expect(at(['21', 0], ['1', 6])).toBe('21');
  expect(at(['1', 6], ['23', 0])).toBe('23');
  expect(at(['0', 0], ['2', -6])).toBe('0');
  expect(at(['53', 0], ['注', 6], ['1', 6])).toBe('53');
  // Less than 1.5 pt is alignment, not a mark.
  expect(at(['8', 0], ['2', 2])).toBe('82');
});

test('a line shifted whole reads as it stands; shifted at two positions, its own is that of most of its characters', () => {
  expect(at(['7', -4], ['0', -4])).toBe('70');
  expect(at(['215', -4], ['1', 4])).toBe('215');
  // Two positions of equal weight: which is the mark is unknown.
  expect(at(['1', -4], ['2', 4])).toBe('12…');
});

test('set-off text longer than a mark leaves the line unread; each line of a cell is judged apart', () => {
  expect(at(['4', 0], ['（见注释）', 8])).toBe('4（见注释）…');
  expect(at(['12', 0], ['3', 6], ['\n', 0], ['9', 6], ['5', 6])).toBe('12\n95');
  expect(at(['面积', 0], ['2', 6], ['\n', 0])).toBe('面积\n');
});
