import { warning, type Warning } from '../codes.js';
import type { Block, SourceLocation } from '../model/blocks.js';
import type { Section, SectionKind, Subsection } from '../model/report.js';
import { SECTIONS } from '../templates/sections.js';
import { normalizeLabel } from '../util/normalize.js';
import { readItemMarker, readTopHeading, type MarkerFamily, type TopHeading } from './headings.js';

/**
 * Finds the numbered section tree in the block stream. A heading is a
 * paragraph, never a table cell; top-level sections are recognised by their
 * titles (so misnumbered headings still count), subsections by their markers.
 */

export interface SectionTree {
  /** Paragraphs before the first section (title, preamble). */
  preamble: string[];
  sections: Section[];
  /** For each block index, the ordinal of the section it falls in (null before the first). */
  sectionOfBlock: (number | null)[];
  warnings: Warning[];
}

/**
 * `tableSection(i)` tells which section a table block belongs in (2, 3, 4 for
 * the statistics tables, else null): it settles between several paragraphs
 * that could each be a section's heading.
 */
export function findSections(blocks: Block[], tableSection: (index: number) => number | null = () => null): SectionTree {
  const preamble: string[] = [];
  const sections: Section[] = [];
  const sectionOfBlock: (number | null)[] = [];
  const warnings: Warning[] = [];
  const { chosen, repeated } = chooseHeadings(blocks, tableSection);
  /** Sections with a block read into them after their heading. */
  const filled = new Set<Section>();
  let current: Section | null = null;
  // Open numbered items of the current section: family per depth, item per depth.
  let families: MarkerFamily[] = [];
  let open: Subsection[] = [];

  /** The paragraph that holds the second line of a heading broken over two (joined: see headingsOf). */
  const consumed = new Set([...chosen.values()].flatMap((h) => (h.joined === undefined ? [] : [h.joined])));
  blocks.forEach((block, index) => {
    if (consumed.has(index)) {
      sectionOfBlock.push(current ? current.ordinal : null);
      if (current) extendLocation(current.location, block.location);
      return;
    }
    if (block.kind === 'paragraph') {
      const heading = chosen.get(index);
      if (heading) {
        const { template } = heading;
        const where = { ...lineOrPage(block.location), section: template.ordinal };
        if (heading.printedOrdinal !== template.ordinal || !/^第?[一二三四五六]/.test(heading.number)) {
          warnings.push(
            warning(
              'HEADING_MISNUMBERED',
              `Section ${template.numeral} (${template.heading}) is printed as "${heading.number}${heading.title}".`,
              where,
            ),
          );
        }
        if (current && !filled.has(current)) warnings.push(emptySection(current));
        if (current && template.ordinal < current.ordinal) {
          warnings.push(
            warning('SECTION_OUT_OF_ORDER', `Section ${template.numeral} comes after section ${SECTIONS[current.ordinal - 1]!.numeral}.`, where),
          );
        }
        current = {
          ordinal: template.ordinal,
          number: heading.number,
          kind: template.kind as SectionKind,
          title: heading.title,
          paragraphs: [],
          subsections: [],
          tables: [],
          location: { ...block.location },
        };
        if (heading.body) {
          current.paragraphs.push(heading.body);
          filled.add(current);
        }
        sections.push(current);
        families = [];
        open = [];
        sectionOfBlock.push(current.ordinal);
        return;
      }
    }
    sectionOfBlock.push(current ? current.ordinal : null);
    const section = current as Section | null;
    if (section) filled.add(section);
    const again = repeated.get(index);
    if (again && block.kind === 'paragraph') {
      warnings.push(
        warning(
          'SECTION_DUPLICATE',
          `Section ${again.template.numeral} (${again.template.heading}) is printed again ("${block.text}"); what follows is read into section ${section ? SECTIONS[section.ordinal - 1]!.numeral : '(none)'}.`,
          { ...lineOrPage(block.location), section: again.template.ordinal },
        ),
      );
    }
    if (!section) {
      if (block.kind === 'paragraph') preamble.push(block.text);
      return;
    }
    if (section.ordinal === 6 && block.kind === 'paragraph' && extraPart(block.text)) {
      warnings.push(
        warning('SECTION_EXTRA', `A part numbered past the six sections ("${block.text}") follows section 六; it is read into section 六.`, {
          ...lineOrPage(block.location),
          section: 6,
        }),
      );
    }
    extendLocation(section.location, block.location);
    if (block.kind !== 'paragraph') return;

    const marker = readItemMarker(block.text);
    if (!marker) {
      const target = open[open.length - 1];
      (target ? target.paragraphs : section.paragraphs).push(block.text);
      return;
    }
    // Depth by the order in which marker families first appear in this section.
    let depth = families.indexOf(marker.family);
    if (depth === -1) {
      depth = families.length;
      families.push(marker.family);
    }
    families = families.slice(0, depth + 1);
    open = open.slice(0, depth);
    const stop = marker.rest.indexOf('。');
    const title = stop === -1 ? marker.rest : marker.rest.slice(0, stop);
    const body = stop === -1 ? '' : marker.rest.slice(stop + 1).trim();
    const item: Subsection = { number: marker.number, title, paragraphs: body ? [body] : [], children: [], location: { ...block.location } };
    const parent = open[open.length - 1];
    (parent ? parent.children : section.subsections).push(item);
    open.push(item);
  });
  const last = sections[sections.length - 1];
  if (last && !filled.has(last)) warnings.push(emptySection(last));

  const seen = new Set(sections.map((x) => x.ordinal));
  for (const t of SECTIONS) {
    if (!seen.has(t.ordinal)) warnings.push(warning('SECTION_MISSING', `Section ${t.heading} was not found.`, { section: t.ordinal }));
  }
  return { preamble, sections, sectionOfBlock, warnings };
}

/** A heading numbered past the six sections (`七、下一步工作打算`): a Chinese numeral from 七, a short title, no sentence. */
function extraPart(text: string): boolean {
  const m = /^(七|八|九|十[一二三四五六七八九]?)[、.．]\s*(\S.*)$/.exec(text.trim());
  return !!m && m[2]!.length <= 24 && !/[。；;，,：:]/.test(m[2]!);
}

/** The line or page part of a location, for warnings. */
export function lineOrPage(loc: SourceLocation): { line?: number; page?: number } {
  const out: { line?: number; page?: number } = {};
  if (loc.line !== undefined) out.line = loc.line;
  if (loc.page !== undefined) out.page = loc.page;
  return out;
}

function emptySection(section: Section): Warning {
  const t = SECTIONS[section.ordinal - 1]!;
  return warning('SECTION_EMPTY', `Nothing is printed under section ${t.numeral} (${t.heading}).`, {
    ...lineOrPage(section.location),
    section: section.ordinal,
  });
}

/** Stretches a section's location to cover a later block. */
function extendLocation(target: SourceLocation, loc: SourceLocation): void {
  const end = loc.endLine ?? loc.line;
  if (end !== undefined) target.endLine = end;
  if (loc.page !== undefined) target.endPage = loc.page;
}

/**
 * Which paragraph heads each section. A title can stand in several places (a
 * table of contents, a list of the headings in the preamble, an item of
 * section 一 named like a section, a caption over a table, a heading whose
 * number the converter dropped). A candidate followed at once by another
 * section's candidate is a list entry, not a heading (one followed by its own
 * section's, `五、…` then `一、存在的主要问题`, is a heading and its first item).
 * Sections are settled in order, each after the one before it where it can
 * be (a table of contents before the preamble ends with 六's entry, which
 * heads nothing). For the sections that hold a statistics table, the last
 * candidate before that table printed with the section's own Chinese
 * numeral heads it, else the last before the table; for the others, one
 * printed with the section's own Chinese numeral, else any Chinese numeral,
 * else the first. `repeated`: later candidates that head text of their own
 * under the section's own numeral (SECTION_DUPLICATE).
 */
function chooseHeadings(
  blocks: Block[],
  tableSection: (index: number) => number | null,
): { chosen: Map<number, JoinedHeading>; repeated: Map<number, TopHeading> } {
  const candidates = new Map<number, { index: number; heading: JoinedHeading }[]>();
  const headingAt = headingsOf(blocks);
  headingAt.forEach((heading, index) => {
    const list = candidates.get(heading.template.ordinal) ?? [];
    list.push({ index, heading });
    candidates.set(heading.template.ordinal, list);
  });
  const listEntry = (index: number, ordinal: number): boolean => {
    const next = headingAt.get(index + 1);
    return next !== undefined && next.template.ordinal !== ordinal;
  };
  const chosen = new Map<number, JoinedHeading>();
  const repeated = new Map<number, TopHeading>();
  let floor = -1;
  for (const ordinal of [...candidates.keys()].sort((a, b) => a - b)) {
    const list = candidates.get(ordinal)!;
    const bearing = list.filter((c) => !listEntry(c.index, ordinal));
    const any = bearing.length ? bearing : list;
    const after = any.filter((c) => c.index > floor);
    const pool = after.length ? after : any;
    const table = blocks.findIndex((b, i) => b.kind === 'table' && tableSection(i) === ordinal);
    const beforeTable = table === -1 ? [] : pool.filter((c) => c.index < table);
    const chinese = pool.filter((c) => CHINESE_NUMBER.test(c.heading.number));
    const own = (c: { heading: JoinedHeading }) => c.heading.printedOrdinal === ordinal && CHINESE_NUMBER.test(c.heading.number);
    const pick =
      beforeTable.filter(own).pop() ?? beforeTable[beforeTable.length - 1] ?? chinese.find(own) ?? chinese[0] ?? pool[0]!;
    chosen.set(pick.index, pick.heading);
    floor = Math.max(floor, pick.index);
    // The same heading, with the section's own numeral, heading text of its own after the
    // chosen one: the section printed again (a repeated part, or reports put one after another).
    for (const c of list) if (c.index > pick.index && own(c) && !listEntry(c.index, ordinal)) repeated.set(c.index, c.heading);
  }
  return { chosen, repeated };
}

/** A heading number printed with a Chinese numeral (`三、`, `第三部分`), not an Arabic one. */
const CHINESE_NUMBER = /^第?[一二三四五六七八九十]/;

/** A heading, and the paragraph after it that holds the rest of it when it was broken over two (its index). */
type JoinedHeading = TopHeading & { joined?: number };

/** A numeral alone on its line (`二、`, `第二部分`), its title on the next. */
const BARE_NUMBER = /^(?:第[一二三四五六七八九十]{1,2}部分|[一二三四五六七八九十]{1,2})\s*[、.．]?$/;
/** A paragraph that starts with a section's numeral (`三、`). */
const NUMBERED = /^(?:第[一二三四五六]部分|[一二三四五六])\s*[、.．]/;
/** The rest of a heading broken over two lines: short, no sentence. */
const HEADING_REST = /^[^。，,；;：:]{1,16}$/;

/**
 * Each paragraph's reading as a top-level heading, with headings broken over
 * two paragraphs joined: a numeral alone before an unnumbered title, or a
 * numbered title whose next paragraph completes it to the official title
 * (`三、收到和处理政府信息` / `公开申请情况`).
 */
function headingsOf(blocks: Block[]): Map<number, JoinedHeading> {
  const out = new Map<number, JoinedHeading>();
  for (let index = 0; index < blocks.length; index++) {
    const b = blocks[index]!;
    if (b.kind !== 'paragraph') continue;
    const alone = readTopHeading(b.text);
    const after = blocks[index + 1];
    const joined = after?.kind === 'paragraph' ? joinedHeading(b.text.trim(), alone, after.text.trim()) : null;
    if (joined) {
      out.set(index, { ...joined, joined: index + 1 });
      index++;
    } else if (alone) {
      out.set(index, alone);
    }
  }
  return out;
}

/** `here` and `next` read as one heading when `here` is a heading's broken first line (`alone`: `here` read by itself). */
function joinedHeading(here: string, alone: TopHeading | null, next: string): TopHeading | null {
  if (BARE_NUMBER.test(here)) {
    const title = readTopHeading(next);
    return title && title.number === '' ? readTopHeading(here + next) : null;
  }
  // Broken early (`三、收到和处理` / `政府信息公开申请情况`) the first line is no heading by itself.
  if (alone ? alone.number === '' || isOfficial(alone) : !NUMBERED.test(here)) return null;
  if (!HEADING_REST.test(next) || readTopHeading(next)) return null;
  const whole = readTopHeading(here + next);
  return whole && (!alone || whole.template === alone.template) && isOfficial(whole) ? whole : null;
}

/** Whether a heading's title is its section's official title (normalised). */
function isOfficial(h: TopHeading): boolean {
  return normalizeLabel(h.title) === normalizeLabel(h.template.heading.slice(2));
}
