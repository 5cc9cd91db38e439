import { recoverVerticalText } from '../../../src/frontends/pdf/vertical.js';
import type { Run } from '../../../src/frontends/pdf/types.js';
import { run } from './helpers.js';

const vrun = (text: string, x: number, y: number, height: number): Run => ({ text, page: 3, box: { x, y, width: 10, height }, baseline: y, fontSize: 10, vertical: true });

describe('recoverVerticalText', () => {
  it('replaces a truncated vertical run by the operator-list string starting at the same place', () => {
    const label = run('（一）予以公开', 104, 540, 9);
    const out = recoverVerticalText([vrun('三、本年', 85.5, 606.5, 40), label], [{ text: '三、本年度办理结果', x: 90.5, y: 606.5, fontSize: 10 }]);
    expect(out.map((r) => r.text)).toEqual(['三、本年度办理结果', '（一）予以公开']);
    expect(out[0]!.box.height).toBe(90);
  });

  it('leaves runs alone when nothing matches in place and text', () => {
    const runs = [vrun('结果', 200, 100, 20)];
    expect(recoverVerticalText(runs, [{ text: '三、本年度办理结果', x: 90.5, y: 606.5, fontSize: 10 }])).toEqual(runs);
  });
});
