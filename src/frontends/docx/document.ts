/**
 * word/document.xml → blocks. Read directly rather than through mammoth's HTML,
 * because mammoth loses what the model needs: the text of automatic numbering
 * (`一、`, `（三）` drawn by Word, not in the text), and it offers no hook to
 * tell a picture's size (a table pasted as an image vs a seal). Page headers,
 * footers and footnote texts live in other parts and are never read; tracked
 * changes are read as accepted (insertions kept, deletions dropped).
 */
import type { Element } from 'domhandler';
import type { Block, BlockCell, ParagraphBlock, TableBlock } from '../../model/blocks.js';
import { Numbering } from './numbering.js';
import { child, find, findAll, isOn, isTag, kids, toggle, valOf } from './xml.js';
import { trimChars } from '../../util/normalize.js';
import { withoutRaisedMarks } from '../raisedMarks.js';

/** A paragraph style's list (numPr), and a paragraph or character style's hidden text (w:vanish) and marks (markOf), following w:basedOn. */
export interface StyleInfo {
  numId?: string;
  ilvl?: number;
  basedOn?: string;
  /** Whether the style hides its text: set on or off by the style itself, else undefined (its base decides). */
  hidden?: boolean;
  /** Whether the style sets its text as a mark: on, off, or undefined (its base decides). */
  mark?: boolean;
}

export function readStyles(root: Element | undefined): Map<string, StyleInfo> {
  const styles = new Map<string, StyleInfo>();
  if (!root) return styles;
  for (const s of kids(root, 'w:style')) {
    const type = s.attribs['w:type'];
    if (type !== 'paragraph' && type !== 'character') continue;
    const numPr = type === 'paragraph' ? child(child(s, 'w:pPr'), 'w:numPr') : undefined;
    const ilvl = valOf(numPr, 'w:ilvl');
    styles.set(s.attribs['w:styleId'] ?? '', {
      numId: valOf(numPr, 'w:numId'),
      ilvl: ilvl === undefined ? undefined : Number(ilvl),
      basedOn: valOf(s, 'w:basedOn'),
      hidden: toggle(child(s, 'w:rPr'), 'w:vanish'),
      mark: markOf(child(s, 'w:rPr')),
    });
  }
  return styles;
}

/** A table holding only small tables (this many cells at most) with a row of `LAYOUT_COLUMNS` cells is a grid of data, not a page's layout. */
const LAYOUT_COLUMNS = 4;
const SMALL_TABLE_CELLS = 8;
/** More grid columns than a Word table can have (63): a span this wide is damage. */
const MAX_GRID_SPAN = 1000;

/** EMU per centimetre (DrawingML sizes). */
const EMU_PER_CM = 360000;

/** Containers whose content is read as if it stood in their place. */
const TRANSPARENT = new Set(['w:ins', 'w:moveTo', 'w:smartTag', 'w:customXml', 'w:fldSimple', 'w:hyperlink', 'w:dir', 'w:bdo']);
/**
 * Whether run properties set text as a mark rather than content: struck
 * through (a figure corrected by hand: `6` struck, then `8`), or raised or
 * lowered (a footnote mark typed after a figure: `6` then a superscript `1`).
 * In a table cell such text is no part of the value (the HTML reader does the
 * same with `<s>`, `<del>`, `<sup>` and `<sub>`). Undefined when not set.
 */
function markOf(rPr: Element | undefined): boolean | undefined {
  const align = valOf(rPr, 'w:vertAlign');
  const struck = [toggle(rPr, 'w:strike'), toggle(rPr, 'w:dstrike')];
  if (struck.includes(true) || align === 'superscript' || align === 'subscript') return true;
  if (struck.includes(false) || align === 'baseline') return false;
  return undefined;
}

/** Tracked deletions and moved-away text: not in the accepted document. */
const DROPPED = new Set(['w:del', 'w:moveFrom']);

export class DocumentReader {
  readonly blocks: Block[] = [];
  /** Whether the text being read is a table cell's (marks are then left out: markOf). */
  private inCell = false;
  /**
   * The complex fields open where the reading is (w:fldChar begin … separate … end), each
   * in its instruction or its result. A field nested in another's instruction (a mail merge's
   * `{ IF { MERGEFIELD 数量 } = 2 "21" "0" }`) shows its own result there, which is no
   * text of the document: `2` then `21` read 221.
   */
  private readonly fields: ('instruction' | 'result')[] = [];
  /** The vertical position (`w:position`, half-points) of each piece of the paragraph's text read so far (raisedMarks.ts). */
  private positions: number[] = [];

  constructor(
    private readonly numbering: Numbering,
    private readonly styles: Map<string, StyleInfo>,
  ) {}

  /** Reads the body's paragraphs and tables (content controls and wrappers are looked through). */
  readBody(body: Element): void {
    for (const el of kids(body)) {
      if (el.name === 'w:p') this.paragraph(el);
      else if (el.name === 'w:tbl') this.table(el);
      else if (el.name === 'w:sdt') this.readBody(child(el, 'w:sdtContent') ?? el);
      else if (TRANSPARENT.has(el.name)) this.readBody(el);
    }
  }

  private paragraph(p: Element): void {
    const text = this.paragraphText(p);
    if (text !== '') this.blocks.push({ kind: 'paragraph', text, location: {} } satisfies ParagraphBlock);
  }

  /** A paragraph's text: its list number (if Word numbers it), then its runs; tabs become spaces. */
  private paragraphText(p: Element): string {
    const pPr = child(p, 'w:pPr');
    const number = this.listNumber(pPr);
    const parts: string[] = [];
    const outerPositions = this.positions;
    this.positions = [];
    let positions: number[];
    try {
      this.runs(p, parts, valOf(pPr, 'w:pStyle'));
    } finally {
      positions = this.positions;
      this.positions = outerPositions;
    }
    // An instruction does not run past its paragraph (a field damaged open must not hide the rest
    // of the document): the fields from the first still in its instruction on are closed.
    const open = this.fields.indexOf('instruction');
    if (open >= 0) this.fields.length = open;
    // In a cell, marks raised or lowered by hand are no part of the value (raisedMarks.ts).
    const joined = this.inCell ? withoutRaisedMarks(parts.map((text, i) => ({ text, position: positions[i] ?? 0 }))) : parts.join('');
    const body = joined
      .split('\n')
      .map((line) => trimChars(line, ' \t', 'end'))
      .join('\n')
      .trim();
    if (body === '' && number === '') return '';
    // `1` + `总体情况` would run together; `一、` or `（一）` end in punctuation.
    const sep = number !== '' && /[0-9A-Za-z]$/.test(number) && body !== '' ? ' ' : '';
    return (number + sep + body).trim();
  }

  private listNumber(pPr: Element | undefined): string {
    const numPr = child(pPr, 'w:numPr');
    let numId = valOf(numPr, 'w:numId');
    let ilvl = valOf(numPr, 'w:ilvl') === undefined ? undefined : Number(valOf(numPr, 'w:ilvl'));
    // A list attached to the paragraph style (heading styles often carry one).
    for (let style = valOf(pPr, 'w:pStyle'), depth = 0; style !== undefined && depth < 20 && (numId === undefined || ilvl === undefined); depth++) {
      const s = this.styles.get(style);
      if (!s) break;
      numId ??= s.numId;
      ilvl ??= s.ilvl;
      style = s.basedOn;
    }
    if (numId === undefined) return '';
    return this.numbering.next(numId, ilvl ?? 0);
  }

  /** Collects the visible text of runs under `el` (in a paragraph of style `paragraphStyle`) into `out`. */
  private runs(el: Element, out: string[], paragraphStyle: string | undefined): void {
    for (const c of el.children) {
      if (!isTag(c)) continue;
      if (c.name === 'w:r') this.run(c, out, paragraphStyle);
      else if (DROPPED.has(c.name) || c.name === 'w:pPr') continue;
      else if (c.name === 'w:sdt') this.runs(child(c, 'w:sdtContent') ?? c, out, paragraphStyle);
      else if (TRANSPARENT.has(c.name)) this.runs(c, out, paragraphStyle);
    }
  }

  /**
   * Whether a run's text is hidden (not printed): set on the run, else by its
   * character style, else by its paragraph's style (each following w:basedOn).
   */
  private hidden(rPr: Element | undefined, paragraphStyle: string | undefined): boolean {
    if (isOn(rPr, 'w:specVanish')) return true;
    return toggle(rPr, 'w:vanish') ?? this.styleHides(valOf(rPr, 'w:rStyle')) ?? this.styleHides(paragraphStyle) ?? false;
  }

  private styleHides(style: string | undefined): boolean | undefined {
    return this.styleSets(style, (s) => s.hidden);
  }

  /** A style's setting, from the style itself or the first of its bases that sets it. */
  private styleSets(style: string | undefined, setting: (s: StyleInfo) => boolean | undefined): boolean | undefined {
    for (let depth = 0; style !== undefined && depth < 20; depth++) {
      const s = this.styles.get(style);
      if (!s) return undefined;
      const value = setting(s);
      if (value !== undefined) return value;
      style = s.basedOn;
    }
    return undefined;
  }

  /** Whether a run in a table cell is a mark, not content (markOf): set on the run, else by its character style. */
  private isMark(rPr: Element | undefined): boolean {
    return markOf(rPr) ?? this.styleSets(valOf(rPr, 'w:rStyle'), (s) => s.mark) ?? false;
  }

  /** Follows a field character: a field opens in its instruction, shows its result, ends. */
  private fieldChar(c: Element): void {
    const type = c.attribs['w:fldCharType'];
    if (type === 'begin') this.fields.push('instruction');
    else if (type === 'separate' && this.fields.length > 0) this.fields[this.fields.length - 1] = 'result';
    else if (type === 'end') this.fields.pop();
  }

  /**
   * Whether text read now is the document's: not a nested field's result inside an open
   * field's instruction. Other text in an instruction (none in a sound file: only
   * w:instrText is) is a damaged field's, and shown.
   */
  private fieldTextShown(): boolean {
    const instruction = this.fields.indexOf('instruction');
    return instruction < 0 || instruction > this.fields.lastIndexOf('result');
  }

  private run(r: Element, out: string[], paragraphStyle: string | undefined): void {
    const rPr = child(r, 'w:rPr');
    if (this.hidden(rPr, paragraphStyle) || (this.inCell && this.isMark(rPr))) {
      // Fields open and close in hidden runs too.
      for (const c of kids(r)) if (c.name === 'w:fldChar') this.fieldChar(c);
      return;
    }
    for (const c of kids(r)) {
      if (c.name !== 'w:fldChar' && !this.fieldTextShown()) continue;
      switch (c.name) {
        case 'w:fldChar':
          this.fieldChar(c);
          break;
        case 'w:t':
          for (const t of c.children) if (t.type === 'text') out.push((t as unknown as { data: string }).data);
          break;
        case 'w:tab':
        case 'w:ptab':
          out.push(' ');
          break;
        case 'w:br':
        case 'w:cr':
          // A page or column break is layout, a line break is a line.
          if ((c.attribs['w:type'] ?? 'textWrapping') === 'textWrapping') out.push('\n');
          break;
        case 'w:noBreakHyphen':
          out.push('-');
          break;
        case 'w:sym': {
          const code = Number.parseInt(c.attribs['w:char'] ?? '', 16);
          // Symbol-font characters sit in the private-use area (F0xx); only real characters are kept.
          if (Number.isFinite(code) && (code < 0xe000 || code > 0xf8ff)) out.push(String.fromCharCode(code));
          break;
        }
        case 'w:drawing':
        case 'w:pict':
        case 'w:object':
          this.picture(c);
          break;
        case 'mc:AlternateContent': {
          // The choice and its fallback draw the same thing: look at one.
          const alt = child(c, 'mc:Choice') ?? child(c, 'mc:Fallback');
          if (alt) this.run(alt, out, paragraphStyle);
          break;
        }
        default:
          // w:footnoteReference / w:endnoteReference: the mark only; the note's text is in another part.
          break;
      }
    }
    // Each piece this run gave, at the run's position (a nested run has given its own already).
    const position = Number.parseInt(valOf(rPr, 'w:position') ?? '0', 10);
    while (this.positions.length < out.length) this.positions.push(Number.isFinite(position) ? position : 0);
  }

  /** A picture as an image block with its size (DrawingML extent or VML style); text boxes and shapes without an image are not pictures. */
  private picture(el: Element): void {
    let widthCm = 0;
    let heightCm = 0;
    if (el.name === 'w:drawing') {
      if (!find(el, 'a:blip') && !find(el, 'pic:pic')) return;
      const extent = find(el, 'wp:extent');
      widthCm = Number(extent?.attribs.cx ?? 0) / EMU_PER_CM;
      heightCm = Number(extent?.attribs.cy ?? 0) / EMU_PER_CM;
    } else {
      const shape = find(el, 'v:shape') ?? find(el, 'v:rect');
      if (!shape || (!find(el, 'v:imagedata') && el.name !== 'w:object')) return;
      const style = shape.attribs.style ?? '';
      widthCm = cssLengthCm(/(?:^|;)\s*width:\s*([^;]+)/.exec(style)?.[1]);
      heightCm = cssLengthCm(/(?:^|;)\s*height:\s*([^;]+)/.exec(style)?.[1]);
    }
    this.blocks.push({ kind: 'image', widthCm, heightCm, location: {} });
  }

  /**
   * A table: the grid column of each cell is the sum of the w:gridSpan before
   * it (after w:gridBefore); a vertically merged continuation cell (w:vMerge
   * without "restart") adds a row to the span of the cell above it in the same
   * grid column and is itself left out, as the block model wants.
   */
  private table(tbl: Element): void {
    // A table holding tables lays a page out (a web page saved as Word keeps the site's layout
    // table, the report in one of its cells): its cells' content is read in its place, row by row.
    // Not a grid of data that holds a small one (a note's table in table 三's corner, a value set in
    // a table of its own): that grid has a row of four cells or more, and what it holds is small.
    const inner = rowsOf(tbl).flatMap((tr) => cellsOf(tr).flatMap((tc) => findAll(tc, 'w:tbl')));
    const grid = rowsOf(tbl).some((tr) => cellsOf(tr).length >= LAYOUT_COLUMNS) && inner.every((t) => findAll(t, 'w:tc').length <= SMALL_TABLE_CELLS);
    if (inner.length > 0 && !grid) {
      for (const tr of rowsOf(tbl)) for (const tc of cellsOf(tr)) this.readBody(tc);
      return;
    }
    const rows: BlockCell[][] = [];
    // Grid column → the cell that a vMerge continuation there extends.
    const open = new Map<number, BlockCell>();
    for (const tr of rowsOf(tbl)) {
      const trPr = child(tr, 'w:trPr');
      let col = Number(valOf(trPr, 'w:gridBefore') ?? 0);
      const cells: BlockCell[] = [];
      for (const tc of cellsOf(tr)) {
        const tcPr = child(tc, 'w:tcPr');
        // Word's grid has at most 63 columns; a damaged span (1e9) must not cost a loop per column.
        const span = Math.min(MAX_GRID_SPAN, Math.max(1, Number(valOf(tcPr, 'w:gridSpan') ?? 1) || 1));
        const vMerge = valOf(tcPr, 'w:vMerge');
        const hMerge = valOf(tcPr, 'w:hMerge');
        const above = open.get(col);
        const left = cells[cells.length - 1];
        if (hMerge !== undefined && hMerge !== 'restart' && left) {
          // Word 95-style horizontal merge (older WPS files still write it): the cell widens its left neighbour.
          left.colSpan += span;
        } else if (vMerge !== undefined && vMerge !== 'restart' && above) {
          above.rowSpan += 1;
        } else {
          const cell: BlockCell = { text: this.cellText(tc), rowSpan: 1, colSpan: span, location: {} };
          cells.push(cell);
          for (let k = 0; k < span; k++) open.delete(col + k);
          open.set(col, cell);
        }
        col += span;
      }
      if (cells.length > 0) rows.push(cells);
    }
    if (rows.length > 0) this.blocks.push({ kind: 'table', rows, location: {} } satisfies TableBlock);
  }

  /** A cell's paragraphs joined with "\n", a table inside it cell by cell; auto-numbered labels get their number. */
  private cellText(tc: Element): string {
    const lines: string[] = [];
    const walk = (el: Element): void => {
      for (const c of kids(el)) {
        if (c.name === 'w:p') {
          const t = this.paragraphText(c);
          if (t !== '') lines.push(t);
        } else if (c.name === 'w:sdt') walk(child(c, 'w:sdtContent') ?? c);
        else if (c.name === 'w:tbl') for (const tr of rowsOf(c)) for (const inner of cellsOf(tr)) walk(inner);
        else if (TRANSPARENT.has(c.name)) walk(c);
      }
    };
    const outer = this.inCell;
    this.inCell = true;
    try {
      walk(tc);
    } finally {
      this.inCell = outer;
    }
    return lines.join('\n');
  }
}

/** A table's rows, looking through content controls and tracked insertions; deleted rows are dropped. */
function rowsOf(tbl: Element): Element[] {
  const out: Element[] = [];
  const walk = (el: Element) => {
    for (const c of kids(el)) {
      if (c.name === 'w:tr') {
        // A row deleted with tracked changes on is not in the accepted table.
        if (!child(child(c, 'w:trPr'), 'w:del')) out.push(c);
      } else if (c.name === 'w:sdt') walk(child(c, 'w:sdtContent') ?? c);
      else if (c.name === 'w:customXml' || c.name === 'w:ins') walk(c);
    }
  };
  walk(tbl);
  return out;
}

function cellsOf(tr: Element): Element[] {
  const out: Element[] = [];
  const walk = (el: Element) => {
    for (const c of kids(el)) {
      if (c.name === 'w:tc') out.push(c);
      else if (c.name === 'w:sdt') walk(child(c, 'w:sdtContent') ?? c);
      else if (c.name === 'w:customXml') walk(c);
    }
  };
  walk(tr);
  return out;
}

/** A CSS length (`453.6pt`, `2in`, `5cm`) in centimetres; 0 when unreadable. */
function cssLengthCm(v: string | undefined): number {
  const m = /^\s*([\d.]+)\s*(pt|in|cm|mm|px)?/.exec(v ?? '');
  if (!m) return 0;
  const n = Number(m[1]);
  const per: Record<string, number> = { pt: 2.54 / 72, in: 2.54, cm: 1, mm: 0.1, px: 2.54 / 96 };
  return n * per[m[2] ?? 'px']!;
}
