/**
 * The text of a Word 97–2003 binary document with its table structure. word-extractor
 * reads the OLE container, the piece table and tracked deletions, but its text
 * turns every cell mark (\x07) into a tab and cannot tell a row's end from an
 * empty cell: in the binary format both are a \x07, and only the paragraph
 * properties (sprmPFTtp on the row-end mark, sprmPFInTable on cell paragraphs)
 * say which is which. So the paragraph property pages (PAPX FKPs) are read here
 * as well, and each \x07 and \r gets its role from them.
 */
import { createRequire } from 'node:module';
import { XxgkError } from '../../codes.js';
import { type PlacedText, withoutRaisedMarks } from '../raisedMarks.js';

/** A paragraph mark's table role. */
interface ParaProps {
  inTable: boolean;
  rowEnd: boolean;
  /** Nesting depth (sprmPItap); cells of tables inside cells are read as text of the outer cell. */
  depth: number;
}

interface Piece {
  startCp: number;
  endCp: number;
  startFilePos: number;
  bpc: number;
  text: string;
}

interface OleExtractor {
  _pieces: Piece[];
  _boundaries: { ccpText: number };
  extract(reader: unknown): Promise<unknown>;
  extractWordDocument(document: unknown, buffer: Buffer): Promise<unknown>;
  documentStream(document: unknown, name: string): Promise<unknown>;
  streamBuffer(stream: unknown): Promise<Buffer>;
  writeParagraphProperties(buffer: Buffer, table: Buffer): void;
}

const sprmPFInTable = 0x2416;
const sprmPFTtp = 0x2417;
const sprmPItap = 0x6649;
const sprmPFInnerTtp = 0x244c;
const sprmPFInnerTableCell = 0x244b;
/** The properties are too big for the page (a row end carrying its table definition): they are in the Data stream. */
const sprmPHugePapx = 0x6646;
/** Character properties that leave text out: hidden; struck through, double-struck, raised or lowered (marks). */
const sprmCFVanish = 0x083c;
const sprmCFStrike = 0x0837;
const sprmCFDStrike = 0x2a53;
const sprmCIss = 0x2a48;
/** Text raised or lowered by hand (half-points, signed): DOCX's w:position. */
const sprmCHpsPos = 0x4845;

/** A run of text (file positions `from` to `to`) that is hidden, or a mark (struck, super- or subscript). */
interface CharRun {
  from: number;
  to: number;
  hidden: boolean;
  mark: boolean;
  /** Raised (+) or lowered (−) from the line, in half-points; 0 on the line. */
  position: number;
}

/** One item of the body: a paragraph, or a table row of cells (each cell's paragraphs joined by "\n"). */
export type DocItem = { kind: 'paragraph'; text: string } | { kind: 'row'; cells: string[] };

/**
 * word-extractor 1.0.4 follows an OLE sector chain until it ends, breaking only
 * a chain that points at itself: a damaged allocation table with a longer
 * cycle (A → B → A) pushes sector ids forever until V8 aborts the whole
 * process (a fatal "invalid size" error, not an exception). Its chain walker
 * is replaced, once, by one that refuses a chain that revisits a sector or
 * runs past the table (an error, which becomes DOC_DAMAGED).
 */
function guardSectorChains(require: NodeJS.Require): void {
  const AllocationTable = require('word-extractor/lib/ole-allocation-table.js') as {
    prototype: { _table: number[]; getSecIdChain(start: number): number[]; xxgkGuarded?: boolean };
  };
  const proto = AllocationTable.prototype;
  if (proto.xxgkGuarded) return;
  proto.getSecIdChain = function getSecIdChain(this: { _table: number[] }, start: number): number[] {
    const chain: number[] = [];
    const seen = new Set<number>();
    // Ids of -1 and below end a chain (free, end of chain, SAT, MSAT).
    for (let id = start; id > -1; id = this._table[id] ?? -2) {
      if (seen.has(id) || chain.length >= this._table.length) throw new Error(`a cyclic or overlong sector chain from sector ${start}`);
      seen.add(id);
      chain.push(id);
    }
    return chain;
  };
  proto.xxgkGuarded = true;
}

/**
 * word-extractor 1.0.4 trusts the OLE header's table sizes and the directory's tree
 * links. A header declaring 2^31 allocation-table sectors in a 61 KB file made it
 * size an array that large and read the looping master table for 50 s and 1.1 GB; a
 * directory whose entries share a subtree (left and right pointing at the same next
 * entry) was walked once per path, 2^44 times for 44 entries, until V8 aborted the
 * whole process (a batch lost every file, not only this one). The header's sizes are
 * now checked against the file, and the directory walked once per entry: a revisited
 * or missing entry is an error (DOC_DAMAGED).
 */
function guardContainer(require: NodeJS.Require): void {
  const CompoundDoc = require('word-extractor/lib/ole-compound-doc.js') as {
    prototype: {
      _header: { secSize: number; SATSize: number; MSATSize: number };
      _reader: { buffer?: () => Buffer };
      _readMSAT(): Promise<void>;
      xxgkGuarded?: boolean;
    };
  };
  const doc = CompoundDoc.prototype;
  if (!doc.xxgkGuarded) {
    const readMSAT = doc._readMSAT;
    doc._readMSAT = function guardedReadMSAT(this: typeof doc): Promise<void> {
      const { secSize, SATSize, MSATSize } = this._header;
      const sectors = Math.ceil((this._reader.buffer?.().length ?? Infinity) / secSize);
      if (!(SATSize >= 0 && SATSize <= sectors && MSATSize >= 0 && MSATSize <= sectors)) {
        return Promise.reject(new Error(`the header declares ${SATSize} allocation-table and ${MSATSize} master-table sectors in a file of ${sectors}`));
      }
      return readMSAT.call(this);
    };
    doc.xxgkGuarded = true;
  }
  type Entry = { left: number; right: number; storageDirId: number };
  const DirectoryTree = require('word-extractor/lib/ole-directory-tree.js') as {
    prototype: { _entries: Entry[]; _getChildIds(storage: Entry): number[]; xxgkSeen?: Set<number>; xxgkGuarded?: boolean };
  };
  const tree = DirectoryTree.prototype;
  if (tree.xxgkGuarded) return;
  tree._getChildIds = function getChildIds(this: typeof tree, storage: Entry): number[] {
    // Every entry of the whole directory is some storage's child once: the set spans the calls for one file.
    const seen = (this.xxgkSeen ??= new Set([this._entries.indexOf(storage)]));
    const ids: number[] = [];
    const stack = [storage.storageDirId];
    while (stack.length > 0) {
      const id = stack.pop()!;
      if (id < 0) continue;
      const entry = this._entries[id];
      if (entry === undefined || seen.has(id)) throw new Error(`the directory's entry ${id} is missing or reached twice`);
      seen.add(id);
      ids.push(id);
      stack.push(entry.right, entry.left);
    }
    return ids;
  };
  tree.xxgkGuarded = true;
}

export async function readDocItems(bytes: Uint8Array): Promise<DocItem[]> {
  const require = createRequire(import.meta.url);
  guardSectorChains(require);
  guardContainer(require);
  const Extractor = require('word-extractor/lib/word-ole-extractor.js') as new () => OleExtractor;
  const BufferReader = require('word-extractor/lib/buffer-reader.js') as new (b: Buffer) => { open(): Promise<void> };
  const props = new Map<number, ParaProps>();
  let chars: CharRun[] = [];
  let data: Buffer = Buffer.alloc(0);
  class TableAware extends Extractor {
    override async extractWordDocument(document: unknown, buffer: Buffer): Promise<unknown> {
      // FIB fEncrypted: the text is RC4/XOR-encrypted and would read as noise.
      if (buffer.length >= 12 && buffer.readUInt16LE(0) === 0xa5ec && (buffer.readUInt16LE(0x0a) & 0x0100) !== 0) {
        throw new XxgkError('DOC_DAMAGED', 'The Word (.doc) file is encrypted with a password.');
      }
      try {
        const stream = await this.documentStream(document, 'Data');
        if (stream) data = await this.streamBuffer(stream);
      } catch {
        // No Data stream: no huge paragraph properties either.
      }
      return super.extractWordDocument(document, buffer);
    }
    override writeParagraphProperties(buffer: Buffer, table: Buffer): void {
      readParagraphMarks(buffer, table, data, props);
      // Damaged character pages cost the formatting, not the document.
      try {
        chars = readCharacterRuns(buffer, table);
      } catch {
        chars = [];
      }
      super.writeParagraphProperties(buffer, table);
    }
  }
  const ex = new TableAware();
  try {
    const reader = new BufferReader(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
    await reader.open();
    await ex.extract(reader);
  } catch (e) {
    if (e instanceof XxgkError) throw e;
    throw new XxgkError('DOC_DAMAGED', `The Word (.doc) file cannot be read: ${(e as Error).message}`, { cause: e });
  }
  return items(ex._pieces, ex._boundaries.ccpText, props, chars);
}

/**
 * The runs whose character properties (the CHPX FKPs) leave their text out, in file
 * order: hidden text is not printed, and a figure struck through, or a footnote mark
 * raised after it, is no part of a cell's value (as the DOCX and HTML readers read
 * them). Only properties set on the run are seen, not a character style's.
 */
function readCharacterRuns(word: Buffer, table: Buffer): CharRun[] {
  const out: CharRun[] = [];
  for (const page of fkpPages(word, table, 0x00fa)) {
    const crun = page[511]!;
    for (let r = 0; r < crun && 4 * (crun + 1) + r < 511; r++) {
      const at = page[4 * (crun + 1) + r]! * 2;
      if (at === 0) continue;
      const run = { from: page.readUInt32LE(r * 4), to: page.readUInt32LE((r + 1) * 4), hidden: false, mark: false, position: 0 };
      const end = Math.min(at + 1 + page[at]!, 511);
      for (let p = at + 1; p + 2 <= end; ) {
        const sprm = page.readUInt16LE(p);
        p += 2;
        // A toggle: 1 on, 0x81 the opposite of the style's (off in a style that does not set it).
        const on = page[p] === 1 || page[p] === 0x81;
        if (sprm === sprmCFVanish) run.hidden = on;
        else if (sprm === sprmCFStrike || sprm === sprmCFDStrike) run.mark ||= on;
        else if (sprm === sprmCIss) run.mark ||= page[p] === 1 || page[p] === 2;
        else if (sprm === sprmCHpsPos && p + 2 <= end) run.position = page.readInt16LE(p);
        p += operandSize(sprm, page, p);
      }
      if (run.hidden || run.mark || run.position !== 0) out.push(run);
    }
  }
  return out.sort((a, b) => a.from - b.from);
}

/** The run holding file position `fc`, if it is one that leaves text out. */
function charRunAt(runs: CharRun[], fc: number): CharRun | undefined {
  let lo = 0;
  let hi = runs.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const run = runs[mid]!;
    if (fc < run.from) hi = mid - 1;
    else if (fc >= run.to) lo = mid + 1;
    else return run;
  }
  return undefined;
}

/**
 * The 512-byte property pages (FKPs) a bin table lists: `at` is the FIB offset of its
 * position and size in the table stream (0x0102 paragraphs' PlcBtePapx, 0x00FA characters').
 */
function* fkpPages(word: Buffer, table: Buffer, at: number): Generator<Buffer> {
  const fc = word.readUInt32LE(at);
  const lcb = word.readUInt32LE(at + 4);
  if (lcb < 12 || fc + lcb > table.length) return;
  const n = (lcb - 4) / 8;
  for (let i = 0; i < n; i++) {
    const pn = table.readUInt32LE(fc + (n + 1) * 4 + i * 4) & 0x3fffff;
    const page = word.subarray(pn * 512, pn * 512 + 512);
    if (page.length === 512) yield page;
  }
}

/** Paragraph-mark FC (the byte after the mark) → its table role, from the PAPX FKPs. */
function readParagraphMarks(word: Buffer, table: Buffer, data: Buffer, out: Map<number, ParaProps>): void {
  for (const page of fkpPages(word, table, 0x0102)) {
    const crun = page[511]!;
    for (let r = 0; r < crun; r++) {
      const end = page.readUInt32LE((r + 1) * 4);
      const bOffset = page[4 * (crun + 1) + r * 13]! * 2;
      out.set(end, bOffset === 0 ? { inTable: false, rowEnd: false, depth: 0 } : papx(page, bOffset, data));
    }
  }
}

/** The table role in one PapxInFkp. */
function papx(page: Buffer, off: number, data: Buffer): ParaProps {
  let cb = page[off]!;
  let start = off + 1;
  let size = 2 * cb - 1;
  if (cb === 0) {
    cb = page[off + 1]!;
    start = off + 2;
    size = 2 * cb;
  }
  const props: ParaProps = { inTable: false, rowEnd: false, depth: 0 };
  readSprms(page, start + 2 /* after the istd */, Math.min(start + size, page.length), data, props);
  if (props.inTable && props.depth === 0) props.depth = 1;
  return props;
}

function readSprms(buf: Buffer, from: number, end: number, data: Buffer, props: ParaProps): void {
  let p = from;
  while (p + 2 <= end) {
    const sprm = buf.readUInt16LE(p);
    p += 2;
    const operand = p < end ? buf[p]! : 0;
    if (sprm === sprmPFInTable) props.inTable = operand !== 0;
    else if (sprm === sprmPFTtp) props.rowEnd = operand !== 0;
    else if (sprm === sprmPItap && p + 4 <= end) props.depth = buf.readUInt32LE(p);
    else if (sprm === sprmPFInnerTtp || sprm === sprmPFInnerTableCell) props.depth = Math.max(props.depth, 2);
    else if (sprm === sprmPHugePapx && p + 4 <= end && buf !== data) {
      const at = buf.readUInt32LE(p);
      if (at + 2 <= data.length) readSprms(data, at + 2, Math.min(data.length, at + 2 + data.readUInt16LE(at)), data, props);
    }
    p += operandSize(sprm, buf, p);
  }
}

function operandSize(sprm: number, buf: Buffer, p: number): number {
  switch (sprm >> 13) {
    case 0:
    case 1:
      return 1;
    case 2:
    case 4:
    case 5:
      return 2;
    case 3:
      return 4;
    case 7:
      return 3;
    default:
      // sprmTDefTable / sprmTDefTable10: a 2-byte size; sprmPChgTabs: its own rule; others: a 1-byte size.
      if (sprm === 0xd608 || sprm === 0xd606) return p + 2 <= buf.length ? buf.readUInt16LE(p) + 1 : 2;
      if (sprm === 0xc615 && buf[p] === 255) return 1 + buf[p + 1]! * 4 + 1 + buf[p + 2 + buf[p + 1]! * 4]! * 3 + 1;
      return (buf[p] ?? 0) + 1;
  }
}

/** The main text, split into paragraphs and table rows by the marks' roles. */
function items(pieces: Piece[], ccpText: number, props: Map<number, ParaProps>, chars: CharRun[] = []): DocItem[] {
  const out: DocItem[] = [];
  let text = '';
  /** The same text without its marks (struck, raised), each piece at its position: what a table cell holds (raisedMarks.ts). */
  let value: PlacedText[] = [];
  let cellLines: string[] = [];
  let cells: string[] = [];
  let fieldDepth = 0;
  const inInstr: boolean[] = [];
  const roleAt = (piece: Piece, cp: number): ParaProps | undefined => props.get(piece.startFilePos + (cp - piece.startCp + 1) * piece.bpc);
  for (const piece of pieces) {
    const from = piece.startCp;
    // A damaged piece table may promise more characters than the piece's bytes hold.
    const to = Math.min(piece.endCp, ccpText, from + piece.text.length);
    for (let cp = from; cp < to; cp++) {
      const ch = piece.text[cp - from]!;
      const c = ch.charCodeAt(0);
      // Fields: \x13 instruction \x14 result \x15; only the result is printed.
      if (c === 0x13) {
        inInstr.push(true);
        fieldDepth++;
        continue;
      }
      if (c === 0x14) {
        if (fieldDepth > 0) inInstr[inInstr.length - 1] = false;
        continue;
      }
      if (c === 0x15) {
        if (fieldDepth > 0) (inInstr.pop(), fieldDepth--);
        continue;
      }
      if (inInstr.some((x) => x)) continue;
      // word-extractor itself turns the row-end marks it recognises into "\n": those are \x07 marks too.
      const role = c === 0x0d || c === 0x07 || c === 0x0a ? roleAt(piece, cp) : undefined;
      if (c === 0x0d || c === 0x07 || (c === 0x0a && role?.rowEnd)) {
        const depth = role?.depth ?? (c === 0x07 ? 1 : 0);
        const inCell = c === 0x07 || depth > 0 || role?.inTable === true;
        const line = clean(inCell ? withoutRaisedMarks(value) : text);
        text = '';
        value = [];
        if (depth > 1) {
          // A nested table's cell or row: its text stays in the outer cell.
          if (line !== '') cellLines.push(line);
        } else if (c !== 0x0d && role?.rowEnd) {
          if (cells.length > 0) out.push({ kind: 'row', cells });
          cells = [];
          cellLines = [];
        } else if (c === 0x07) {
          if (line !== '') cellLines.push(line);
          cells.push(cellLines.join('\n'));
          cellLines = [];
        } else if (role?.inTable) {
          if (line !== '') cellLines.push(line);
        } else {
          if (cells.length > 0) (out.push({ kind: 'row', cells }), (cells = []));
          if (line !== '') out.push({ kind: 'paragraph', text: line });
        }
        continue;
      }
      const run = charRunAt(chars, piece.startFilePos + (cp - from) * piece.bpc);
      if (run?.hidden) continue;
      const printed = c === 0x0b ? '\n' : c === 0x09 ? ' ' : c === 0x1e ? '-' : c >= 0x20 || c === 0x0a ? ch : '';
      text += printed;
      if (!run?.mark && printed !== '') value.push({ text: printed, position: run?.position ?? 0 });
      // \x00 (deleted), \x01 \x08 (pictures, objects), \x02 \x05 (note marks), \x0c (page break), \x1f: not printed.
    }
  }
  if (cells.length > 0) out.push({ kind: 'row', cells });
  const last = clean(text);
  if (last !== '') out.push({ kind: 'paragraph', text: last });
  return out;
}

function clean(s: string): string {
  return s
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '')
    .join('\n');
}
