/**
 * Vertical-font text that pdfjs's getTextContent truncates: a vertical cell
 * such as `三、本年度办理结果` comes back as `三、本年`. The operator list still
 * has every glyph, so a truncated run is replaced by the operator-list string
 * that starts at the same place with the same characters.
 */
import type { Run, VerticalText } from './types.js';

const squash = (s: string) => s.replace(/[\s\u3000]+/g, '');

export function recoverVerticalText(runs: readonly Run[], texts: readonly VerticalText[]): Run[] {
  if (texts.length === 0) return [...runs];
  const out: Run[] = [];
  const used = new Set<VerticalText>();
  const replaced: Run[] = [];
  for (const run of runs) {
    if (!run.vertical) {
      out.push(run);
      continue;
    }
    const text = squash(run.text);
    const cx = run.box.x + run.box.width / 2;
    const match = texts.find(
      (t) => !used.has(t) && Math.abs(t.x - cx) <= run.fontSize && Math.abs(t.y - run.box.y) <= run.fontSize && squash(t.text).startsWith(text) && squash(t.text).length > text.length,
    );
    if (!match) {
      out.push(run);
      continue;
    }
    used.add(match);
    const full = squash(match.text);
    const height = Math.max(run.box.height, full.length * run.fontSize);
    const r = { ...run, text: full, box: { ...run.box, height } };
    replaced.push(r);
    out.push(r);
  }
  // Pieces of a recovered string that pdfjs gave as separate runs would now be doubled.
  return out.filter(
    (r) => !r.vertical || replaced.includes(r) || !replaced.some((p) => Math.abs(p.box.x - r.box.x) < 1 && r.box.y >= p.box.y && r.box.y < p.box.y + p.box.height),
  );
}
