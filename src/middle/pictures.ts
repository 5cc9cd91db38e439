/**
 * Pictures where a statistics table should be. A table pasted as a picture (or
 * scanned) has no numbers in the document at all, which TABLE_MISSING alone
 * would not say. A seal (公章) or a logo is small and stays quiet; a large
 * picture counts only in section 二, 三 or 四 when that section's statistics
 * table was not found. Written once for every front end that emits image blocks.
 */
import { warning, type Warning } from '../codes.js';
import type { Block } from '../model/blocks.js';
import { SECTIONS } from '../templates/sections.js';

/** Large enough to hold a statistics table: a seal is about 4 cm across, a logo smaller. */
const MIN_WIDTH_CM = 8;
const MIN_HEIGHT_CM = 2.5;

/**
 * The TABLE_IS_IMAGE warning for `section` (an ordinal whose table was not
 * found), or null. `sectionOfBlock[i]` is the section block i stands in.
 */
export function tableAsPicture(blocks: readonly Block[], sectionOfBlock: readonly (number | null)[], section: number): Warning | null {
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    if (b.kind !== 'image' || sectionOfBlock[i] !== section) continue;
    // A web page often gives no size (CSS classes): a picture standing where the table should be still counts.
    const unknown = b.widthCm === 0 && b.heightCm === 0;
    if (!unknown && (b.widthCm < MIN_WIDTH_CM || b.heightCm < MIN_HEIGHT_CM)) continue;
    const size = unknown ? '' : ` (${b.widthCm.toFixed(1)} × ${b.heightCm.toFixed(1)} cm)`;
    return warning(
      'TABLE_IS_IMAGE',
      `Section ${SECTIONS[section - 1]!.numeral} has a picture${size} where its statistics table should be: the numbers are not in the document.`,
      { ...b.location, section },
    );
  }
  return null;
}
