/**
 * RTF tokens → blocks. Keeps the formatting state RTF scopes by group (font,
 * Unicode skip count, hidden, struck and raised text, in a table or not) on a
 * stack of its own, so that nesting costs memory, never the call stack: groups
 * that change nothing share their parent's frame. Paragraphs end at `\par`,
 * cells and rows feed tables.ts, pictures become image blocks with their size.
 * What it keeps and drops follows the DOCX reader, so that a report saved as
 * RTF reads as the DOCX it was saved from: hidden text, deletions, headers,
 * footers, footnotes and field codes left out; struck and raised text left out
 * of table cells; LibreOffice's and Word's list numbers (`{\listtext 一、\tab}`)
 * kept as the paragraph's number.
 */
import { warning, type Warning } from '../../codes.js';
import type { Block } from '../../model/blocks.js';
import { trimChars } from '../../util/normalize.js';
import { type PlacedText, withoutRaisedMarks } from '../raisedMarks.js';
import { charsetCodepage, decodeBytes, SYMBOL_CHARSET } from './codepage.js';
import { SKIPPED, STARRED_READ } from './destinations.js';
import { rtfDamaged } from './errors.js';
import { emptyRowDef, Merge, type RowDef, TableBuilder, tableBlocks, tableLines, type TableModel } from './tables.js';
import { RtfTokenizer, Token } from './tokenizer.js';

/** Where the text of a group goes. */
const Dest = {
  /** The document's text. */
  Body: 0,
  /** A list number (`\listtext`, Word 95's `\pntext`): the paragraph's number. */
  ListText: 1,
  /** The font table: `\fN \fcharsetN` define fonts, its text is their names. */
  FontTable: 2,
  /** A picture's group: its size words count, its data is no text. */
  Picture: 3,
  /** An embedded object: only its `\result` is shown. */
  Object: 4,
  /** A shape's fallback for old readers (`\shprslt`): its picture counts, its text (a text box's) does not, as in DOCX. */
  PicturesOnly: 5,
} as const;
type Dest = (typeof Dest)[keyof typeof Dest];

/**
 * Nesting levels of tables beyond this are read as this level: a table's own tables
 * matter as tables (a page's layout holding the report's), deeper ones only as their
 * text, in order, which the third level keeps (and a deep nesting costs no more).
 */
const MAX_TABLE_LEVEL = 3;
/**
 * Frames of their own beyond this (groups nested in groups that each change the
 * state: no writer nests more than some tens) are damage, not a document; about 30 MB.
 */
const MAX_FRAMES = 250_000;
/** `\ucN` beyond this is damage: a fallback is a few bytes. */
const MAX_UC = 16;
/** How many tokens between looks at the abort signal. */
const SIGNAL_EVERY = 1 << 16;
const TWIPS_PER_CM = 1440 / 2.54;

interface Picture {
  goalWidth?: number;
  goalHeight?: number;
  width?: number;
  height?: number;
  scaleX: number;
  scaleY: number;
  /** Whether \picw/\pich are in hundredths of a millimetre (metafiles) rather than pixels. */
  metafile: boolean;
}

/** The state a group scopes. `repeat` counts the groups opened since that changed nothing (they share this frame). */
interface Frame {
  dest: Dest;
  font: number | undefined;
  uc: number;
  hidden: boolean;
  deleted: boolean;
  struck: boolean;
  script: boolean;
  /** Raised (`\upN`, +) or lowered (`\dnN`, −) in half-points, as DOCX's w:position (raisedMarks.ts compares it with the line's first text). */
  position: number;
  intbl: boolean;
  itap: number;
  /** Inside `{\*\nesttableprops}`: `\trowd … \cellx` define a nested row. */
  nestProps: boolean;
  picture: Picture | undefined;
  /** This group opened the picture (its end makes the image block). */
  pictureOwner: boolean;
  /** This group is an `\upr`: of its groups only `{\*\ud}` is read. */
  upr: boolean;
  repeat: number;
}

interface FontDef {
  charset?: number;
  codepage?: number;
}

export interface RtfReadResult {
  blocks: Block[];
  warnings: Warning[];
}

export class RtfReader {
  private readonly blocks: Block[] = [];
  private readonly warnings: Warning[] = [];
  private readonly tok: RtfTokenizer;
  private readonly stack: Frame[] = [];
  private readonly fonts = new Map<number, FontDef>();
  /** The font being defined in the font table. */
  private fontDef: FontDef | undefined;
  private docCodepage = 1252;
  private defaultFont: number | undefined;

  /** The paragraph being read: its list number and its text. */
  private prefix = '';
  private body = '';
  /** `\'hh` and raw 8-bit bytes not decoded yet (a double-byte character comes as two). */
  private bytes: number[] = [];
  /** Fallback characters still to skip after a `\uN`. */
  private skip = 0;
  /** The group just opened, before its first token: whether it began `{\*`, whether it is an `\upr`'s. */
  private fresh = false;
  private starred = false;
  private uprChild = false;
  private replaced = false;
  /** The paragraph's text as pieces at their positions (`\up`, `\dn`), for a cell's marks. */
  private placed: PlacedText[] = [];

  /** Tables being read, by nesting level (index 1 = the outer table), and each level's row definition. */
  private readonly tables: (TableBuilder | undefined)[] = [];
  private readonly rowDefs: RowDef[] = [];

  constructor(
    input: Uint8Array,
    private readonly signal?: AbortSignal,
  ) {
    this.tok = new RtfTokenizer(input);
  }

  read(): RtfReadResult {
    const tok = this.tok;
    if (tok.next() !== Token.GroupStart || tok.next() !== Token.Word || !tok.word.startsWith('rtf')) throw rtfDamaged('it does not begin with {\\rtf.');
    this.stack.push({
      dest: Dest.Body, font: undefined, uc: 1, hidden: false, deleted: false, struck: false, script: false, position: 0,
      intbl: false, itap: 0, nestProps: false, picture: undefined, pictureOwner: false, upr: false, repeat: 0,
    });
    let count = 0;
    for (;;) {
      if (++count % SIGNAL_EVERY === 0 && this.signal?.aborted) throw this.signal.reason;
      const t = tok.next();
      if (t === Token.End) throw rtfDamaged(`the file ends inside ${this.depth()} unclosed group(s) (it is truncated).`);
      if (t === Token.GroupEnd) {
        this.flushBytes();
        this.skip = 0;
        this.fresh = false;
        if (this.atRoot()) break;
        this.pop();
        continue;
      }
      if (t === Token.GroupStart) {
        this.flushBytes();
        this.skip = 0;
        const top = this.top();
        this.uprChild = top.upr;
        // A picture's or an \upr's groups need frames of their own (they end what their owner began).
        if (top.upr || top.pictureOwner) this.pushCopy();
        else top.repeat++;
        this.fresh = true;
        this.starred = false;
        continue;
      }
      if (this.fresh) {
        if (t === Token.Symbol && tok.symbol === '*') {
          this.starred = true;
          continue;
        }
        this.fresh = false;
        const name = t === Token.Word ? tok.word : '';
        if ((this.starred && !STARRED_READ.has(name)) || (this.uprChild && !(this.starred && name === 'ud'))) {
          this.skipRest();
          continue;
        }
      }
      switch (t) {
        case Token.Word:
          this.word(tok.word, tok.param);
          break;
        case Token.Symbol:
          this.symbol(tok.symbol);
          break;
        case Token.Hex:
          this.hexByte(tok.hex);
          break;
        case Token.Text:
          this.text(tok.start, tok.end);
          break;
        case Token.Bin:
          // Binary data (a picture's): no text.
          break;
      }
    }
    // The rest of the file after the document's closing brace is not the document's.
    this.endParagraph(true);
    this.closeTablesBelow(0);
    if (this.replaced) this.warnings.push(warning('DECODING_REPLACED', 'Some bytes of the RTF are not valid in its code page and were replaced by U+FFFD.'));
    return { blocks: this.blocks, warnings: this.warnings };
  }

  private depth(): number {
    return this.stack.reduce((n, f) => n + 1 + f.repeat, 0);
  }

  private atRoot(): boolean {
    return this.stack.length === 1 && this.stack[0]!.repeat === 0;
  }

  private top(): Frame {
    return this.stack[this.stack.length - 1]!;
  }

  /** The current group's own frame, to change: a group that shared its parent's frame gets a copy first. */
  private own(): Frame {
    const top = this.top();
    return top.repeat > 0 ? this.pushCopy() : top;
  }

  private pushCopy(): Frame {
    const top = this.top();
    if (this.stack.length >= MAX_FRAMES) throw rtfDamaged(`groups are nested deeper than ${MAX_FRAMES} levels that each change the formatting.`);
    if (top.repeat > 0) top.repeat--;
    const frame: Frame = { ...top, repeat: 0, pictureOwner: false, upr: false };
    this.stack.push(frame);
    return frame;
  }

  private pop(): void {
    const top = this.top();
    if (top.repeat > 0) {
      top.repeat--;
      return;
    }
    this.stack.pop();
    if (top.pictureOwner && top.picture) this.image(top.picture);
  }

  /** Skips the rest of the current group (a destination without text) and closes it. */
  private skipRest(): void {
    this.bytes.length = 0;
    // Not the document's own group: a destination word loose at its top level is damage, and read past.
    if (this.atRoot()) return;
    this.tok.skipGroup();
    this.skip = 0;
    this.pop();
  }

  /** Whether text read now is the document's (or its paragraph's number). */
  private accepting(f: Frame): boolean {
    if (f.hidden || f.deleted) return false;
    if (f.dest === Dest.ListText) return true;
    if (f.dest !== Dest.Body) return false;
    // Struck and raised or lowered text in a table cell is a mark (a corrected figure, a footnote mark), as in DOCX.
    return !((f.struck || f.script) && f.intbl);
  }

  private emit(s: string): void {
    if (s === '') return;
    const f = this.top();
    if (!this.accepting(f)) return;
    if (f.dest === Dest.ListText) this.prefix += s;
    else {
      this.body += s;
      // Each piece at its position, for a cell's marks raised or lowered by hand (raisedMarks.ts).
      const last = this.placed[this.placed.length - 1];
      if (last && last.position === f.position) last.text += s;
      else this.placed.push({ text: s, position: f.position });
    }
  }

  private codepage(f: Frame): number | undefined {
    const def = f.font === undefined ? undefined : this.fonts.get(f.font);
    if (def?.charset === SYMBOL_CHARSET && def.codepage === undefined) return undefined;
    return def?.codepage ?? charsetCodepage(def?.charset) ?? this.docCodepage;
  }

  private flushBytes(): void {
    if (this.bytes.length === 0) return;
    const f = this.top();
    const cp = this.codepage(f);
    if (cp !== undefined && this.accepting(f)) {
      const s = decodeBytes(Uint8Array.from(this.bytes), cp);
      if (s.includes('\ufffd')) this.replaced = true;
      this.emit(s.replace(/\t/g, ' '));
    }
    this.bytes.length = 0;
  }

  private hexByte(b: number): void {
    if (this.skip > 0) {
      this.skip--;
      return;
    }
    this.bytes.push(b);
  }

  private text(start: number, end: number): void {
    const input = this.tok.input;
    if (this.skip > 0) {
      const n = Math.min(this.skip, end - start);
      this.skip -= n;
      start += n;
      if (start >= end) return;
    }
    const f = this.top();
    if (!this.accepting(f)) return;
    let ascii = true;
    for (let i = start; i < end; i++) if (input[i]! >= 0x80) ascii = false;
    if (ascii) {
      this.flushBytes();
      const run = this.tok.latin1(start, end);
      this.emit(run.includes('\t') ? run.replace(/\t/g, ' ') : run);
    } else {
      // Raw 8-bit text (not RTF's 7-bit, but some writers do it): in the code page, as \'hh would be.
      for (let i = start; i < end; i++) this.bytes.push(input[i]!);
    }
  }

  private symbol(c: string): void {
    if (c === '\n') {
      this.flushBytes();
      this.paragraph();
      return;
    }
    if (this.skip > 0) {
      this.skip--;
      return;
    }
    this.flushBytes();
    switch (c) {
      case '\\':
      case '{':
      case '}':
        this.emit(c);
        break;
      case '~':
        this.emit('\u00a0');
        break;
      case '_':
        // A non-breaking hyphen (DOCX's w:noBreakHyphen is read as "-").
        this.emit('-');
        break;
      default:
        // \- (optional hyphen), \: and \| (index, formula) and unknown symbols: nothing.
        break;
    }
  }

  private word(name: string, param: number | undefined): void {
    this.flushBytes();
    const id = WORD_ID.get(name);
    if (id === SKIP) {
      this.skipRest();
      return;
    }
    // Fallback characters after \uN: a control word counts as one; what structures the text is never a fallback.
    if (this.skip > 0 && (id === undefined || !STRUCTURE.has(id))) {
      this.skip--;
      return;
    }
    // Most words are formatting this reader has no use for.
    if (id === undefined) return;
    const on = param === undefined || param !== 0;
    const top = this.top();
    switch (id) {
      // Document: code page and default font.
      case W.ansicpg:
        if (param !== undefined && param > 0) this.docCodepage = param;
        break;
      case W.mac:
        this.docCodepage = 10000;
        break;
      case W.pc:
        this.docCodepage = 437;
        break;
      case W.pca:
        this.docCodepage = 850;
        break;
      case W.deff:
        this.defaultFont = param;
        if (top.font === undefined) this.own().font = param;
        break;
      // Fonts.
      case W.fonttbl:
        this.own().dest = Dest.FontTable;
        break;
      case W.f:
        if (top.dest === Dest.FontTable) {
          this.fontDef = {};
          if (param !== undefined) this.fonts.set(param, this.fontDef);
        } else if (top.font !== param) this.own().font = param;
        break;
      case W.fcharset:
        if (top.dest === Dest.FontTable && this.fontDef) this.fontDef.charset = param;
        break;
      case W.cpg:
        if (top.dest === Dest.FontTable && this.fontDef && param !== undefined && param > 0) this.fontDef.codepage = param;
        break;
      // Unicode.
      case W.uc:
        this.set('uc', Math.max(0, Math.min(MAX_UC, param ?? 1)));
        break;
      case W.u:
        if (param !== undefined) this.emit(String.fromCharCode(param < 0 ? param + 65536 : param & 0xffff));
        this.skip = top.uc;
        break;
      // Character formatting.
      case W.plain:
        this.set('hidden', false);
        this.set('struck', false);
        this.set('script', false);
        this.set('position', 0);
        this.set('deleted', false);
        this.set('font', this.defaultFont);
        break;
      case W.v:
        this.set('hidden', on);
        break;
      case W.deleted:
        this.set('deleted', on);
        break;
      case W.strike:
      case W.striked:
        this.set('struck', on);
        break;
      case W.super:
      case W.sub:
        this.set('script', on);
        break;
      case W.nosupersub:
        this.set('script', false);
        break;
      case W.up:
        this.set('position', param ?? 6);
        break;
      case W.dn:
        this.set('position', -(param ?? 6));
        break;
      // Paragraphs.
      case W.pard:
        this.set('intbl', false);
        this.set('itap', 0);
        break;
      case W.intbl:
        this.set('intbl', on);
        break;
      case W.itap:
        this.set('itap', Math.max(0, Math.min(MAX_TABLE_LEVEL, param ?? 1)));
        if ((param ?? 1) > 0) this.set('intbl', true);
        break;
      case W.par:
      case W.sect:
        this.paragraph();
        break;
      case W.line:
        this.emit('\n');
        break;
      case W.tab:
        this.emit(' ');
        break;
      case W.listtext:
      case W.pntext:
        this.own().dest = Dest.ListText;
        break;
      // Tables.
      case W.cell:
        this.cell(1);
        break;
      case W.nestcell:
        this.cell(Math.max(2, this.level()));
        break;
      case W.row:
        this.row(1);
        break;
      case W.nestrow:
        this.row(Math.max(2, this.level()));
        break;
      case W.nesttableprops:
        this.set('nestProps', true);
        break;
      case W.trowd:
        this.rowDefs[this.defLevel()] = emptyRowDef();
        break;
      case W.trleft:
        this.rowDef().left = param ?? 0;
        break;
      case W.cellx:
        this.cellx(param ?? 0);
        break;
      case W.clvmgf:
        this.pendingCell().vertical = Merge.First;
        break;
      case W.clvmrg:
        this.pendingCell().vertical = Merge.Continued;
        break;
      case W.clmgf:
        this.pendingCell().horizontal = Merge.First;
        break;
      case W.clmrg:
        this.pendingCell().horizontal = Merge.Continued;
        break;
      // Pictures and objects.
      case W.pict:
        this.picture();
        break;
      case W.picwgoal:
      case W.pichgoal:
      case W.picw:
      case W.pich:
      case W.picscalex:
      case W.picscaley:
        this.pictureSize(name, param);
        break;
      case W.wmetafile:
      case W.emfblip:
      case W.macpict:
        if (top.picture && top.dest === Dest.Picture) top.picture.metafile = true;
        break;
      case W.object:
        if (top.dest === Dest.Body) this.own().dest = Dest.Object;
        break;
      case W.result:
        if (top.dest === Dest.Object) this.own().dest = Dest.Body;
        break;
      case W.shprslt:
        if (top.dest === Dest.Body) this.own().dest = Dest.PicturesOnly;
        break;
      case W.upr: {
        const f = this.own();
        f.upr = true;
        break;
      }
      // Special characters.
      case SPECIAL_CHAR:
        this.emit(SPECIAL[name]!);
        break;
    }
  }

  /** Sets a state field in the current group, copying a shared frame only when the value changes. */
  private set<K extends 'uc' | 'hidden' | 'struck' | 'script' | 'position' | 'deleted' | 'font' | 'intbl' | 'itap' | 'nestProps'>(key: K, value: Frame[K]): void {
    if (this.top()[key] !== value) this.own()[key] = value;
  }

  /** The table nesting level of the paragraph being read (0: not in a table). */
  private level(): number {
    const f = this.top();
    return f.intbl ? Math.max(1, Math.min(MAX_TABLE_LEVEL, f.itap)) : 0;
  }

  /** The level a row definition is for: a nested row's inside \nesttableprops, else the outer table's. */
  private defLevel(): number {
    return this.top().nestProps ? Math.max(2, this.level()) : 1;
  }

  private rowDef(): RowDef {
    const level = this.defLevel();
    let def = this.rowDefs[level];
    if (!def || def.used) {
      // A \cellx without a \trowd after a row took its definition: a definition of its own, from the same left edge.
      def = { ...emptyRowDef(), left: def?.left ?? 0 };
      this.rowDefs[level] = def;
    }
    return def;
  }

  /** Each level's merges of the cell being defined, until its \cellx. */
  private readonly pendingCells: ({ vertical: Merge; horizontal: Merge } | undefined)[] = [];
  private pendingCell(): { vertical: Merge; horizontal: Merge } {
    const level = this.defLevel();
    return (this.pendingCells[level] ??= { vertical: Merge.None, horizontal: Merge.None });
  }

  private cellx(right: number): void {
    const level = this.defLevel();
    const pending = this.pendingCells[level];
    this.rowDef().cells.push({ right, vertical: pending?.vertical ?? Merge.None, horizontal: pending?.horizontal ?? Merge.None });
    this.pendingCells[level] = undefined;
  }

  /** The table at a nesting level, with those it is nested in. */
  private table(level: number): TableBuilder {
    for (let l = 1; l <= level; l++) this.tables[l] ??= new TableBuilder();
    return this.tables[level]!;
  }

  /** Ends the tables nested deeper than `level`: each goes into the cell that holds it, the outer one out as blocks. */
  private closeTablesBelow(level: number): void {
    for (let l = this.tables.length - 1; l > level; l--) {
      const t = this.tables[l];
      if (!t) continue;
      this.tables.length = l;
      if (t.empty) continue;
      const model: TableModel = t.finish(this.rowDefs[l] ?? emptyRowDef());
      // Only a table's own tables matter as tables (a page's layout holding the report's); deeper ones are their text.
      if (l > 2) for (const line of tableLines(model)) this.table(l - 1).add(line);
      else if (l === 2) this.table(1).add(model);
      else tableBlocks(model, this.blocks);
    }
  }

  /** The paragraph's text as DOCX gives it: lines end-trimmed, the list number before the text (a space after a number ending in a letter or digit). */
  private takeParagraph(inCell: boolean): string {
    if (this.body === '' && this.prefix === '') return '';
    const number = this.prefix.trim();
    // In a cell, marks raised or lowered by hand are no part of the value (raisedMarks.ts).
    const joined = inCell ? withoutRaisedMarks(this.placed) : this.body;
    this.placed = [];
    const body = joined.includes('\n')
      ? joined
          .split('\n')
          .map((line) => trimChars(line, ' \t', 'end'))
          .join('\n')
          .trim()
      : joined.trim();
    this.prefix = '';
    this.body = '';
    if (number === '') return body;
    const sep = /[0-9A-Za-z]$/.test(number) && body !== '' ? ' ' : '';
    return (number + sep + body).trim();
  }

  private paragraph(): void {
    const f = this.top();
    // A \par in a picture, an object's data or a text box's fallback is none of the document's.
    if (f.dest !== Dest.Body && f.dest !== Dest.ListText) return;
    this.endParagraph(false);
  }

  private endParagraph(atEnd: boolean): void {
    const level = atEnd ? 0 : this.level();
    const text = this.takeParagraph(level > 0);
    this.closeTablesBelow(level);
    if (level === 0) {
      if (text !== '') this.blocks.push({ kind: 'paragraph', text, location: {} });
    } else this.table(level).add(text);
  }

  private cell(level: number): void {
    const f = this.top();
    if (f.dest !== Dest.Body && f.dest !== Dest.ListText) return;
    const text = this.takeParagraph(true);
    this.closeTablesBelow(level);
    const t = this.table(level);
    t.add(text);
    t.endCell();
  }

  private row(level: number): void {
    const f = this.top();
    if (f.dest !== Dest.Body && f.dest !== Dest.ListText && !f.nestProps) return;
    const text = this.takeParagraph(true);
    this.closeTablesBelow(level);
    const t = this.table(level);
    t.add(text);
    t.endRow(this.rowDefs[level] ?? emptyRowDef());
  }

  private picture(): void {
    const top = this.top();
    if (this.atRoot()) return;
    if ((top.dest !== Dest.Body && top.dest !== Dest.PicturesOnly) || top.hidden || top.deleted) {
      this.skipRest();
      return;
    }
    const f = this.own();
    f.dest = Dest.Picture;
    f.picture = { scaleX: 100, scaleY: 100, metafile: false };
    f.pictureOwner = true;
  }

  private pictureSize(name: string, param: number | undefined): void {
    const f = this.top();
    if (f.dest !== Dest.Picture || !f.picture || param === undefined) return;
    const p = f.picture;
    if (name === 'picwgoal') p.goalWidth = param;
    else if (name === 'pichgoal') p.goalHeight = param;
    else if (name === 'picw') p.width = param;
    else if (name === 'pich') p.height = param;
    else if (name === 'picscalex') p.scaleX = param;
    else p.scaleY = param;
  }

  /** A picture as an image block: its goal size (twips) scaled, else its own size (pixels, or 0.01 mm for a metafile). */
  private image(p: Picture): void {
    const twips = (goal: number | undefined, own: number | undefined, scale: number) => {
      const base = goal !== undefined && goal > 0 ? goal : own === undefined ? 0 : p.metafile ? (own * 1440) / 2540 : own * 15;
      return (base * scale) / 100;
    };
    const widthCm = twips(p.goalWidth, p.width, p.scaleX) / TWIPS_PER_CM;
    const heightCm = twips(p.goalHeight, p.height, p.scaleY) / TWIPS_PER_CM;
    this.blocks.push({ kind: 'image', widthCm, heightCm, location: {} });
  }
}

/**
 * The words this reader acts on, as numbers: a switch over strings compares them one
 * by one, and a document has millions of words (most of them formatting it ignores).
 */
const W = {
  ansicpg: 1,
  mac: 2,
  pc: 3,
  pca: 4,
  deff: 5,
  fonttbl: 6,
  f: 7,
  fcharset: 8,
  cpg: 9,
  uc: 10,
  u: 11,
  plain: 12,
  v: 13,
  deleted: 14,
  strike: 15,
  striked: 16,
  super: 17,
  sub: 18,
  nosupersub: 19,
  pard: 20,
  intbl: 21,
  itap: 22,
  par: 23,
  sect: 24,
  line: 25,
  tab: 26,
  listtext: 27,
  pntext: 28,
  cell: 29,
  nestcell: 30,
  row: 31,
  nestrow: 32,
  nesttableprops: 33,
  trowd: 34,
  trleft: 35,
  cellx: 36,
  clvmgf: 37,
  clvmrg: 38,
  clmgf: 39,
  clmrg: 40,
  pict: 41,
  picwgoal: 42,
  pichgoal: 43,
  picw: 44,
  pich: 45,
  picscalex: 46,
  picscaley: 47,
  wmetafile: 48,
  emfblip: 49,
  macpict: 50,
  object: 51,
  result: 52,
  shprslt: 53,
  upr: 54,
  up: 55,
  dn: 56,
} as const;
/** Destinations skipped whole (destinations.ts) and special characters (SPECIAL). */
const SKIP = -1;
const SPECIAL_CHAR = -2;

/** Words that end or structure text: never taken for a `\uN`'s fallback character, even when one is missing. */
const STRUCTURE = new Set<number>([W.par, W.sect, W.cell, W.row, W.nestcell, W.nestrow, W.u, W.uc, W.pard, W.plain, W.trowd, W.intbl, W.itap]);

/** Character words → their text. Marks of direction and joiners are nothing. */
const SPECIAL: Record<string, string> = {
  emdash: '\u2014', endash: '\u2013', emspace: '\u2003', enspace: '\u2002', qmspace: '\u2005', bullet: '\u2022',
  lquote: '\u2018', rquote: '\u2019', ldblquote: '\u201c', rdblquote: '\u201d',
  zwj: '', zwnj: '', zwbo: '', zwnbo: '', ltrmark: '', rtlmark: '',
};

const WORD_ID = new Map<string, number>([
  ...Object.entries(W),
  ...[...SKIPPED].map((w): [string, number] => [w, SKIP]),
  ...Object.keys(SPECIAL).map((w): [string, number] => [w, SPECIAL_CHAR]),
]);
