import type { Block } from '../../src/model/blocks.js';
import { tableAsPicture } from '../../src/middle/pictures.js';

const p = (text: string): Block => ({ kind: 'paragraph', text, location: {} });
const img = (widthCm: number, heightCm: number, line: number): Block => ({ kind: 'image', widthCm, heightCm, location: { line } });

// Blocks and the sections they stand in (as the section finder gives them).
const blocks = [p('一、总体情况'), img(15, 9, 2), p('三、收到和处理政府信息公开申请情况'), img(3, 1, 4), img(4, 4, 5), img(15, 9, 6), p('六、其他需要报告的事项'), img(4, 4, 8)];
const sections = [1, 1, 3, 3, 3, 3, 6, 6];

test('a large picture in a section whose statistics table is missing is TABLE_IS_IMAGE; seals, logos and pictures elsewhere are not', () => {
  const w = tableAsPicture(blocks, sections, 3);
  expect(w).toEqual({
    code: 'TABLE_IS_IMAGE',
    severity: 'error',
    message: 'Section 三 has a picture (15.0 × 9.0 cm) where its statistics table should be: the numbers are not in the document.',
    location: { line: 6, section: 3 },
  });
  // Section 一 has a large photo, but it is not a statistics section; section 四 has no picture.
  expect(tableAsPicture(blocks, sections, 4)).toBeNull();
  // Only small pictures (a logo, a seal) in the section: quiet.
  expect(tableAsPicture(blocks.slice(0, 5), sections, 3)).toBeNull();
});

test('a picture with no printed size (a web page sizing it by CSS) standing where the table should be counts', () => {
  const w = tableAsPicture([p('四、政府信息公开行政复议、行政诉讼情况'), img(0, 0, 9)], [4, 4], 4);
  expect([w?.code, w?.message]).toEqual(['TABLE_IS_IMAGE', 'Section 四 has a picture where its statistics table should be: the numbers are not in the document.']);
});
