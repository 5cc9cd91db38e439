import { findFurniture } from '../../../src/frontends/pdf/furniture.js';
import { makeLine } from '../../../src/frontends/pdf/lines.js';
import type { Line } from '../../../src/frontends/pdf/types.js';
import { run } from './helpers.js';

const line = (text: string, x: number, base: number, page: number, size = 12): Line => makeLine([run(text, x, base, size, text.length * size * 0.6, page)]);


describe('findFurniture', () => {
  const H = 842;
  it('drops page numbers and running headers in the margins, never body lines', () => {
    const pages = [1, 2, 3].map((p) => ({
      page: p,
      height: H,
      lines: [
        line('洪泽区人民政府信息公开年报', 200, 40, p),
        line(p === 2 ? '0' : '一、总体情况', 90, 120, p),
        line('正文第二行内容', 90, 400, p),
        line(`- ${p} -`, 280, 805, p),
      ],
    }));
    const dropped = findFurniture(pages);
    expect([...dropped].map((l) => `${l.page}:${l.text}`).sort()).toEqual(['1:- 1 -', '1:洪泽区人民政府信息公开年报', '2:- 2 -', '2:洪泽区人民政府信息公开年报', '3:- 3 -', '3:洪泽区人民政府信息公开年报']);
  });

  it('takes a bare number only as the outermost line of the foot', () => {
    const page = { page: 1, height: H, lines: [line('正文', 90, 700, 1), line('0', 300, 760, 1), line('3', 300, 810, 1)] };
    expect([...findFurniture([page])].map((l) => l.text)).toEqual(['3']);
  });

  it('keeps a line that repeats in the body of several pages', () => {
    const pages = [1, 2, 3].map((p) => ({ page: p, height: H, lines: [line('单位：件', 450, 300, p)] }));
    expect(findFurniture(pages).size).toBe(0);
  });
});
