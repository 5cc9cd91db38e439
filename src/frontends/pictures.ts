/**
 * Pictures in a document, for the one question the model cares about: is a
 * statistics table printed as a picture (pasted as an image, scanned)? Then its
 * numbers are not in the document at all, which TABLE_MISSING alone would not
 * say. A seal (公章) or a logo is small and stays quiet; a large picture counts
 * only inside section 二, 三 or 四 when that section has no table of its own.
 * Shared by the front ends that see pictures (DOCX, HTML).
 */
import { warning, type Warning } from '../codes.js';
import type { Block } from '../model/blocks.js';
import { readTopHeading } from '../middle/headings.js';

export interface Picture {
  /** Printed size in centimetres (both 0 when unknown: a web page that sizes it by CSS). */
  widthCm: number;
  heightCm: number;
  /** How many blocks precede the picture in the stream. */
  beforeBlock: number;
}

/** Large enough to hold a statistics table: a seal is about 4 cm across, a logo smaller. */
const MIN_WIDTH_CM = 8;
const MIN_HEIGHT_CM = 2.5;
const TABLE_SECTIONS = new Set([2, 3, 4]);

export function tablePictureWarnings(blocks: Block[], pictures: Picture[]): Warning[] {
  if (pictures.length === 0) return [];
  // Section of every block position, and which sections hold a table.
  const sectionAt: (number | null)[] = [];
  const withTable = new Set<number>();
  let current: number | null = null;
  for (const b of blocks) {
    if (b.kind === 'paragraph') current = readTopHeading(b.text)?.template.ordinal ?? current;
    else if (current !== null) withTable.add(current);
    sectionAt.push(current);
  }
  const out: Warning[] = [];
  const warned = new Set<number>();
  for (const p of pictures) {
    const section = p.beforeBlock > 0 ? sectionAt[p.beforeBlock - 1] : null;
    if (section == null || !TABLE_SECTIONS.has(section) || withTable.has(section) || warned.has(section)) continue;
    // A web page often gives no size (CSS classes): a picture standing alone in a section without its table still counts.
    const unknown = p.widthCm === 0 && p.heightCm === 0;
    if (!unknown && (p.widthCm < MIN_WIDTH_CM || p.heightCm < MIN_HEIGHT_CM)) continue;
    warned.add(section);
    const size = unknown ? '' : ` (${p.widthCm.toFixed(1)} × ${p.heightCm.toFixed(1)} cm)`;
    out.push(
      warning(
        'TABLE_IS_IMAGE',
        `Section ${'一二三四五六'[section - 1]} has a picture${size} where its statistics table should be: the numbers are not in the document.`,
        { section },
      ),
    );
  }
  return out;
}
