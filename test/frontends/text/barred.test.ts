import { barredToBlocks } from '../../../src/frontends/text/barred.js';
import type { Block } from '../../../src/model/blocks.js';

const prose = (lines: string[], offset: number): Block[] =>
  lines.flatMap((t, i) => (t.trim() ? [{ kind: 'paragraph' as const, text: t.trim(), location: { line: offset + i + 1 } }] : []));
const texts = (b: Block) => (b.kind === 'table' ? b.rows.map((r) => r.map((c) => c.text)) : b.kind === 'paragraph' ? b.text : 'image');

test("html2text's bordered table: a row a line, underscores off, damaged cells marked so that no number is read from them", () => {
  const text = [
    '二、主动公开政府信息情况',
    ' ________________________________________',
    '|___________信息内容____|____上一年项目数量__|_____本年增/减___|____处理决定数量___|',
    // `减26682` printed `减266`, its last `2` standing in the empty cell after it.
    '|行政许可_______________|__________0|_______减266|2_____________|',
    // A label too wide for its cell overwrote the value after it; text past the last bar is no cell.
    '|（二）部分公开（区分处理的，只计这一|0形，不计|_______9|_____27|其他',
    // A number on a line without underscores may go on below, and so may the one under it.
    '|行政处罚               |        1234  |          |          |',
    '|_______________________|__________56|__________0|_________3|',
    '三、收到和处理政府信息公开申请情况',
  ];
  expect(barredToBlocks(text, prose).blocks.map(texts)).toEqual([
    '二、主动公开政府信息情况',
    [
      ['信息内容', '上一年项目数量', '本年增/减', '处理决定数量'],
      ['行政许可', '0', '减266…', '2…'],
      ['（二）部分公开（区分处理的，只计这一', '0形，不计', '9', '27'],
      ['行政处罚', '1234…', '', ''],
      ['', '56…', '0', '3'],
    ],
    '三、收到和处理政府信息公开申请情况',
  ]);
});

test('full-width digits hold extra bytes as CJK characters do: such numbers (and what follows them) are marked cut', () => {
  const text = [' ________________________________', '|______信息内容__|__上一年项目数量__|__本年增/减__|', '|行政许可________|______０|____１２３|１___|'];
  expect(barredToBlocks(text, prose).blocks.map(texts)).toEqual([
    [
      ['信息内容', '上一年项目数量', '本年增/减'],
      ['行政许可', '０…', '１２３…', '１…'],
    ],
  ]);
});
