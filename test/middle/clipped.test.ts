import { headerCutAtRight } from '../../src/middle/clipped.js';
import { TABLE4_COLUMNS, TABLE4_GROUPS } from '../../src/templates/table4.js';

const LABELS = TABLE4_GROUPS.flatMap(() => TABLE4_COLUMNS.map((c) => c.label));
const GROUPS = [['行政复议', '行政诉讼'], ['未经复议直接起诉', '复议后起诉']];

describe('headerCutAtRight: a table 四 header whose last label the page edge cut', () => {
  test('cut: `总` ends the header and no `计` follows (pdftotext rows; mutool a cell a label)', () => {
    expect(
      headerCutAtRight(
        [...GROUPS, ['结果 结果 其他 尚未'], ['总计'], ['维持 纠正 结果 审结', '结果', '结果', '其他 尚未', '结果 结果 其他', '尚未'], ['总计', '总'], ['维持', '纠正', '结果 审结', '维持 纠正 结果', '审结']],
        LABELS,
      ),
    ).toBe('label-cut');
    const cells = ['结果', '维持', '结果', '纠正', '其他', '结果', '尚未', '审结', '总计'];
    expect(headerCutAtRight([[...GROUPS.flat(), ...cells, ...cells, ...cells.slice(0, -1), '总']], LABELS)).toBe('label-cut');
  });

  test('not cut: labels wrapped over rows (each row ending in a label\'s first part), complete one a cell, or printed shorter than the template', () => {
    // `尚未` ends a row, `审结` follows in a later one: every character is there.
    expect(headerCutAtRight([...GROUPS, ['结果 结果 其他 尚未'], ['总计'], ['维持 纠正 结果 审结 结果 结果 其他 尚未 结果 结果 其他 尚未'], ['总计 总计'], ['维持 纠正 结果 审结 维持 纠正 结果 审结']], LABELS)).toBeNull();
    expect(headerCutAtRight([...GROUPS, LABELS], LABELS)).toBeNull();
    // Short labels lack characters, but no row ends in a cut label.
    const short = ['维持', '纠正', '其他', '尚未审结', '总计'];
    expect(headerCutAtRight([...GROUPS, [...short, ...short, ...short]], LABELS)).toBeNull();
    // The last label cut to its first character.
    expect(headerCutAtRight([...GROUPS, [...LABELS.slice(0, 14), '总']], LABELS)).toBe('label-cut');
  });

  // Held-out report 24050 through pdftotext -layout: the last 总计, centred in its column, fell off
  // the paper whole while the number under it kept its first digit (`153956` printed `1`).
  test('gone: exactly one occurrence of the last column\'s label missing, nothing else', () => {
    const rows = [['行政复议', '行政诉讼'], ['未经复议直接起诉', '复议后起诉'], ['结果 结果 其他 尚未'], ['总计'], ['维持 纠正 结果 审结', '结果', '结果', '其他', '尚未', '结果 结果 其他 尚未'], ['总计'], ['维持', '纠正', '结果', '审结', '维持 纠正 结果 审结']];
    expect(headerCutAtRight(rows, LABELS)).toBe('label-gone');
    // Other characters missing too (a header split from its table by a page, or worded otherwise): no cut shown.
    expect(headerCutAtRight(rows.slice(3), LABELS)).toBeNull();
    expect(headerCutAtRight(rows.map((r) => r.map((c) => c.replace('审结', '审'))), LABELS)).toBeNull();
    // Two of the three 总计 missing: not one label cut off at the edge.
    expect(headerCutAtRight(rows.filter((r) => r[0] !== '总计'), LABELS)).toBeNull();
  });
});
