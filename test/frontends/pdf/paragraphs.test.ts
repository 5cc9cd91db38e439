import { makeLine } from '../../../src/frontends/pdf/lines.js';
import { bodyFontSize, buildParagraphs, pageMargins } from '../../../src/frontends/pdf/paragraphs.js';
import { ITEM_START } from '../../../src/util/normalize.js';
import type { Line } from '../../../src/frontends/pdf/types.js';
import { run } from './helpers.js';

// Body: 16 pt, left margin 90, right margin 506 (26 characters a line).
const L = 90, R = 506, S = 16;
let y = 100;
function line(text: string, opts: { indent?: number; page?: number; size?: number; x?: number; gap?: number } = {}): Line {
  const size = opts.size ?? S;
  y += (opts.gap ?? 28);
  const x = opts.x ?? L + (opts.indent ?? 0) * size;
  return makeLine([run(text, x, y, size, Math.min(text.length * size, R - x), opts.page ?? 1)]);
}
const FULL = '一二三四五六七八九十一二三四五六七八九十一二三四五六';
const texts = (lines: Line[]) => buildParagraphs(lines, pageMargins(lines), bodyFontSize(lines)).map((p) => p.text);

describe('buildParagraphs', () => {
  beforeEach(() => {
    y = 100;
  });

  it('joins wrapped lines, splits at indents, numbered items and short lines; a heading stays alone', () => {
    const lines = [
      line('一、总体情况', { indent: 2 }),
      line('2023年，洪泽区人民政府坚持以习近平新时', { indent: 2, x: L + 32 }),
      line(FULL),
      line('健康发展。'),
      line('（一）主动公开情况。主要通过政府门户网', { indent: 2 }),
      line(FULL),
      line('（三）政府信息管理情况。', { indent: 2 }),
      line('加强区政府门户网站及政务新媒体日常管理', { indent: 2 }),
      line('2、不缩进的编号项'),
    ];
    lines[1] = makeLine([run(lines[1]!.text, L + 32, lines[1]!.runs[0]!.baseline, S, R - L - 32)]);
    lines[4] = makeLine([run(lines[4]!.text, L + 32, lines[4]!.runs[0]!.baseline, S, R - L - 32)]);
    expect(texts(lines)).toEqual([
      '一、总体情况',
      `2023年，洪泽区人民政府坚持以习近平新时${FULL}健康发展。`,
      `（一）主动公开情况。主要通过政府门户网${FULL}`,
      '（三）政府信息管理情况。',
      '加强区政府门户网站及政务新媒体日常管理',
      '2、不缩进的编号项',
    ]);
  });

  it('goes on across a page break, and joins a centred two-line title', () => {
    const title1 = makeLine([run('洪泽区人民政府', 242, 80, 22, 154)]);
    const title2 = makeLine([run('2023年政府信息公开工作年度报告', 130, 110, 22, 340)]);
    const p1 = makeLine([run(FULL, L, 700, S, R - L, 1)]);
    const p2 = makeLine([run('级审核、先审后发”程序。', L, 80, S, 200, 2)]);
    const p3 = makeLine([run(FULL, L, 108, S, R - L, 2)]);
    expect(texts([title1, title2, p1, p2, p3])).toEqual(['洪泽区人民政府2023年政府信息公开工作年度报告', `${FULL}级审核、先审后发”程序。`, FULL]);
  });

  it('ends a title wrapped over two lines (the first filling the measure) before body text a size smaller', () => {
    const title1 = makeLine([run('杭州市西湖区住房和城乡建设局2019年政府信息公', L, 84, 18, R - L)]);
    const title2 = makeLine([run('开工作年度报告', 235, 115, 18, 126)]);
    const body1 = makeLine([run('根据《中华人民共和国政府信息公开条例》', L + 32, 152, S, R - L - 32)]);
    const body2 = makeLine([run(FULL, L, 180, S, R - L)]);
    expect(texts([title1, title2, body1, body2])).toEqual(['杭州市西湖区住房和城乡建设局2019年政府信息公开工作年度报告', `根据《中华人民共和国政府信息公开条例》${FULL}`]);
  });

  it('does not join lines whose sizes differ by more than a little', () => {
    const a = makeLine([run(FULL, L, 100, 17.5, R - L)]);
    const b = makeLine([run('下一行', L, 128, S, 48)]);
    expect(texts([a, b, makeLine([run(FULL, L, 156, S, R - L)])])).toEqual([FULL, `下一行`, FULL]);
  });

  it('gives each paragraph the page and box of its first line', () => {
    const a = makeLine([run(FULL, L, 700, S, R - L, 1)]);
    const b = makeLine([run('下一页。', L, 80, S, 64, 2)]);
    const [p] = buildParagraphs([a, b], pageMargins([a, b]), S);
    expect(p!.location).toEqual({ page: 1, box: { x: 90, y: 685.92, width: 416, height: 16 } });
  });
});

describe('ITEM_START', () => {
  it('matches numbered items, not numbers', () => {
    expect(['（二）依申请', '(3)其他', '二、主动', '2、重复', '1.属于', '第一章', '1.5万元', '2023年', '一是扎实'].map((t) => ITEM_START.test(t))).toEqual([
      true, true, true, true, true, true, false, false, false,
    ]);
  });
});
