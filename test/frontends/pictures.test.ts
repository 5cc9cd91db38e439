import type { Block } from '../../src/model/blocks.js';
import { tablePictureWarnings } from '../../src/frontends/pictures.js';

const p = (text: string): Block => ({ kind: 'paragraph', text, location: {} });
const t: Block = { kind: 'table', rows: [[{ text: 'x', rowSpan: 1, colSpan: 1, location: {} }]], location: {} };
const blocks = [p('一、总体情况'), p('正文'), p('二、主动公开政府信息情况'), t, p('三、收到和处理政府信息公开申请情况'), p('四、政府信息公开行政复议、行政诉讼情况'), t, p('六、其他需要报告的事项'), p('某局')];

test('a large picture where a statistics table is missing is TABLE_IS_IMAGE; seals, logos and pictures elsewhere are not', () => {
  const warned = tablePictureWarnings(blocks, [
    { widthCm: 15, heightCm: 9, beforeBlock: 5 }, // in section 三, which has no table
    { widthCm: 15, heightCm: 9, beforeBlock: 2 }, // in section 一 (a photo)
    { widthCm: 15, heightCm: 9, beforeBlock: 4 }, // in section 二, which has its table
    { widthCm: 4, heightCm: 4, beforeBlock: 9 }, // a seal after the signature
    { widthCm: 3, heightCm: 1, beforeBlock: 5 }, // a small picture in section 三
  ]);
  expect(warned.map((w) => [w.code, w.severity, w.location])).toEqual([['TABLE_IS_IMAGE', 'error', { section: 3 }]]);
  expect(tablePictureWarnings(blocks, [])).toEqual([]);
  // No size given (a web page sizing it by CSS): it stands alone where the table should be.
  const unsized = tablePictureWarnings(blocks, [{ widthCm: 0, heightCm: 0, beforeBlock: 5 }]);
  expect(unsized.map((w) => [w.code, w.message])).toEqual([['TABLE_IS_IMAGE', 'Section 三 has a picture where its statistics table should be: the numbers are not in the document.']]);
});
