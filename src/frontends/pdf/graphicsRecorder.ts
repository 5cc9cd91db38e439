/**
 * The graphics half of a page's operator list, recorded during pdfjs's text
 * pass by xxgk's private, patched pdfjs worker (patchedWorker.ts).
 *
 * A table page used to be read twice: getTextContent for the runs, then
 * getOperatorList for the rulings, a second walk of the same content stream
 * that also decodes images and builds every text operator's glyphs (about a
 * fifth of a PDF's parse, measured). The text pass already walks every
 * operator with the graphics state pdfjs keeps, so the patched worker hands
 * each one to this recorder, which keeps what walkOperators reads: save,
 * restore, transform, form begin and end, clip, paths and colours, made the
 * way pdfjs's getOperatorList makes them for `page.getOperatorList()` (which
 * does not run pdfjs's optimizer): colours converted through pdfjs's own
 * colour spaces, paths built by pdfjs's own `buildPath`, unclosed saves
 * closed at the end of each content stream. The result travels as one extra
 * text content item (`RECORDED_GRAPHICS`), which page.ts takes out.
 *
 * Text operators are kept as far as walkOperators reads them for vertical
 * fonts (vertical.ts): text objects, text matrices, fonts as loaded, and the
 * glyphs of strings shown in a vertical font.
 *
 * What the text pass does not walk, the recording lacks: annotation
 * appearances, drawn after the page's content (they are not rulings of the
 * page's tables). Where the text pass skips what the operator list draws (a
 * form it cached as empty of text, drawn again; a soft mask's form) or one of
 * them stops where the other goes on (an error it ignores, a missing
 * pattern), the recording is marked failed and the page takes its operator
 * list. Differences left (each seen only in hand-made files, none in the
 * fixtures): a form whose optional-content entry is broken, a form that draws
 * itself, and a form whose resources give a font name of the page another
 * font.
 */

/** The type of the text content item that carries a page's recorded graphics. */
export const RECORDED_GRAPHICS = 'xxgkGraphics';

export interface RecordedGraphics {
  type: typeof RECORDED_GRAPHICS;
  fnArray: number[];
  argsArray: unknown[];
  /** Something went wrong while recording: the page takes its real operator list instead. */
  failed: boolean;
}

interface ColorSpaceLike {
  name: string;
  getRgbHex(args: unknown, offset: number): string;
}

/** The fields of pdfjs's TextState that the recorder reads. */
interface TextStateLike {
  font: { vertical?: boolean; charsToGlyphs(chars: string): unknown[] } | null;
  fontName: string | null;
  fontSize: number;
  loadedName: string | null;
}

interface PdfDict {
  get(key: string): unknown;
  getArray(key: string): unknown;
  getKeys(): string[];
}

/** What the patched worker module passes in from its own scope. */
export interface PdfjsInternals {
  OPS: Record<string, number>;
  ColorSpace: abstract new (...args: never[]) => unknown;
  ColorSpaceUtils: { gray: ColorSpaceLike; rgb: ColorSpaceLike; cmyk: ColorSpaceLike };
  LocalColorSpaceCache: new () => unknown;
  isNumberArray(value: unknown, length: number | null): boolean;
  lookupMatrix(value: unknown, fallback: null): number[] | null;
  /** The page's PartialEvaluator. */
  evaluator: {
    buildPath(fn: number, args: unknown, state: PathState): void;
    _getColorSpace(cs: unknown, resources: unknown, cache: unknown): unknown;
    _handleColorSpace(cs: unknown): Promise<ColorSpaceLike | null | undefined>;
  };
}

/** The fields of pdfjs's EvalState that its buildPath uses. */
interface PathState {
  pathBuffer: number[];
  pathMinMax: Float32Array;
  currentPointX: number;
  currentPointY: number;
}

/** Colour spaces as EvalState keeps them (setting one sets its pattern space too). */
interface Colors {
  fill: ColorSpaceLike;
  stroke: ColorSpaceLike;
  patternFill: ColorSpaceLike | null;
  patternStroke: ColorSpaceLike | null;
}

/** One content stream's own state (the page's, or a form's: pdfjs gives a form a state stack of its own). */
interface Frame {
  colors: Colors;
  saved: Colors[];
  path: PathState;
}

const newPath = (): PathState => ({ pathBuffer: [], pathMinMax: new Float32Array([Infinity, Infinity, -Infinity, -Infinity]), currentPointX: 0, currentPointY: 0 });
/** A content stream's state, starting from `colors` (a form's from those of its caller). */
const newFrame = (colors: Colors): Frame => ({ colors, saved: [], path: newPath() });

/** Sets the fill or stroke space, and with it the pattern space, as EvalState's setters do. */
function useSpace(colors: Colors, fill: boolean, cs: ColorSpaceLike): void {
  if (fill) colors.fill = colors.patternFill = cs;
  else colors.stroke = colors.patternStroke = cs;
}

export class GraphicsRecorder {
  private readonly fnArray: number[] = [];
  private readonly argsArray: unknown[] = [];
  private readonly colorSpaceCache: unknown;
  private frame: Frame;
  private readonly frames: Frame[] = [];
  private paths = 0;
  private failed = false;
  /** Names and object ids of forms that drew but showed no text: the text pass skips their further uses. */
  private readonly emptyButDrawn = new Set<string>();
  /** Whether the font of the last recorded Tf is vertical: walkOperators reads glyphs by the last Tf, which Q does not undo. */
  private lastFontVertical = false;
  private readonly ops: Record<string, number>;
  private readonly pathOps: ReadonlySet<number>;
  private readonly paintOps: ReadonlySet<number>;
  /** By fn: whether the recorder keeps anything of it (text operators, the most frequent, are passed at once). */
  private readonly handled = new Uint8Array(256);

  constructor(private readonly pdfjs: PdfjsInternals) {
    const OPS = (this.ops = pdfjs.OPS);
    this.colorSpaceCache = new pdfjs.LocalColorSpaceCache();
    const gray = pdfjs.ColorSpaceUtils.gray;
    this.frame = newFrame({ fill: gray, stroke: gray, patternFill: null, patternStroke: null });
    this.pathOps = new Set([OPS.moveTo!, OPS.lineTo!, OPS.curveTo!, OPS.curveTo2!, OPS.curveTo3!, OPS.closePath!, OPS.rectangle!]);
    this.paintOps = new Set([OPS.stroke!, OPS.closeStroke!, OPS.fill!, OPS.eoFill!, OPS.fillStroke!, OPS.eoFillStroke!, OPS.closeFillStroke!, OPS.closeEOFillStroke!, OPS.endPath!]);
    const others = ['save', 'restore', 'transform', 'clip', 'eoClip', 'setFillColorSpace', 'setStrokeColorSpace', 'setFillColor', 'setStrokeColor', 'setFillGray', 'setStrokeGray', 'setFillCMYKColor', 'setStrokeCMYKColor', 'setFillRGBColor', 'setStrokeRGBColor', 'setFillColorN', 'setStrokeColorN',
      'beginText', 'endText', 'setTextMatrix', 'setFont', 'showText', 'showSpacedText', 'nextLineShowText', 'nextLineSetSpacingShowText', 'setGState'];
    for (const fn of [...this.pathOps, ...this.paintOps, ...others.map((name) => OPS[name]!)]) this.handled[fn] = 1;
  }

  private add(fn: number, args: unknown): void {
    this.fnArray.push(fn);
    this.argsArray.push(args);
  }

  /**
   * One operator of the text pass, its args as the preprocessor gave them (an
   * array pdfjs reuses: whatever is kept is copied). A promise when the
   * operator needs one (a colour space to load): the text pass waits for it
   * and skips its own handling of the operator, which is none for those.
   */
  op(fn: number, args: unknown[] | null, resources: PdfDict, text: TextStateLike): Promise<void> | undefined {
    if (this.failed || this.handled[fn] !== 1) return;
    // Nothing here may stop the text pass: a failure only costs the recording.
    try {
      const wait = this.record(fn, args, resources, text);
      return wait?.catch(() => {
        this.failed = true;
      });
    } catch {
      this.failed = true;
      return;
    }
  }

  private record(fn: number, args: unknown[] | null, resources: PdfDict, text: TextStateLike): Promise<void> | undefined {
    const OPS = this.ops;
    const { ColorSpaceUtils } = this.pdfjs;
    const colors = this.frame.colors;
    switch (fn) {
      case OPS.save:
        this.frame.saved.push({ ...colors });
        this.add(fn, null);
        return;
      case OPS.restore: {
        const prev = this.frame.saved.pop();
        if (prev) this.frame.colors = prev;
        this.add(fn, null);
        return;
      }
      case OPS.transform:
        this.add(fn, args!.slice());
        return;
      case OPS.clip:
      case OPS.eoClip:
      case OPS.beginText:
      case OPS.endText:
        this.add(fn, null);
        return;
      case OPS.setFillColorSpace:
      case OPS.setStrokeColorSpace: {
        const fill = fn === OPS.setFillColorSpace;
        const cs = this.pdfjs.evaluator._getColorSpace(args![0], resources, this.colorSpaceCache);
        if (cs instanceof this.pdfjs.ColorSpace) {
          useSpace(colors, fill, cs as ColorSpaceLike);
          return;
        }
        return this.pdfjs.evaluator._handleColorSpace(cs).then((space) => useSpace(colors, fill, space || ColorSpaceUtils.gray));
      }
      case OPS.setFillColor:
        this.add(OPS.setFillRGBColor!, [colors.fill.getRgbHex(args, 0)]);
        return;
      case OPS.setStrokeColor:
        this.add(OPS.setStrokeRGBColor!, [colors.stroke.getRgbHex(args, 0)]);
        return;
      case OPS.setFillGray:
      case OPS.setFillCMYKColor:
      case OPS.setFillRGBColor:
      case OPS.setStrokeGray:
      case OPS.setStrokeCMYKColor:
      case OPS.setStrokeRGBColor: {
        const fill = fn === OPS.setFillGray || fn === OPS.setFillCMYKColor || fn === OPS.setFillRGBColor;
        const cs = fn === OPS.setFillGray || fn === OPS.setStrokeGray ? ColorSpaceUtils.gray : fn === OPS.setFillCMYKColor || fn === OPS.setStrokeCMYKColor ? ColorSpaceUtils.cmyk : ColorSpaceUtils.rgb;
        useSpace(colors, fill, cs);
        this.add(fill ? OPS.setFillRGBColor! : OPS.setStrokeRGBColor!, [cs.getRgbHex(args, 0)]);
        return;
      }
      case OPS.setFillColorN:
      case OPS.setStrokeColorN: {
        const fill = fn === OPS.setFillColorN;
        const cs = fill ? colors.patternFill : colors.patternStroke;
        const rgb = fill ? OPS.setFillRGBColor! : OPS.setStrokeRGBColor!;
        // A transparent colour or a pattern: no RGB colour, which walkOperators would read.
        if (!cs) {
          if (this.pdfjs.isNumberArray(args, null)) this.add(rgb, [ColorSpaceUtils.gray.getRgbHex(args, 0)]);
        } else if (cs.name !== 'Pattern') {
          this.add(rgb, [cs.getRgbHex(args, 0)]);
        } else if (!lookUp(resources, 'Pattern', args![args!.length - 1])) {
          this.failed = true; // a missing pattern stops the operator list's reading of the page
        }
        return;
      }
      case OPS.setGState: {
        // A soft mask's form is drawn into the operator list; the text pass never reads it.
        const smask = (lookUp(resources, 'ExtGState', args![0]) as PdfDict | undefined)?.get('SMask') as PdfDict | undefined;
        if (typeof smask?.get === 'function') this.failed = true;
        return;
      }
      case OPS.setTextMatrix:
        this.add(fn, [new Float32Array(args as number[])]);
        return;
      case OPS.setFont:
        // The text pass loads a font only when it changes (then `font` below records it); the operator list has every Tf.
        if (text.font && (args![0] as { name?: string } | null)?.name === text.fontName && args![1] === text.fontSize) this.setFont(text, args![1]);
        return;
      case OPS.showText:
      case OPS.nextLineShowText:
      case OPS.nextLineSetSpacingShowText:
      case OPS.showSpacedText: {
        // Glyphs are read only after a Tf of a vertical font (and only then built here: the text pass builds its own).
        const font = text.font;
        if (!this.lastFontVertical || !font) return;
        let glyphs: unknown[];
        if (fn === OPS.showSpacedText) {
          glyphs = [];
          for (const item of args![0] as unknown[]) {
            if (typeof item === 'string') glyphs.push(...font.charsToGlyphs(item));
            else if (typeof item === 'number') glyphs.push(item);
          }
        } else {
          glyphs = font.charsToGlyphs(args![fn === OPS.nextLineSetSpacingShowText ? 2 : 0] as string);
        }
        this.add(OPS.showText!, [glyphs]);
        return;
      }
      default:
        if (this.pathOps.has(fn)) this.pdfjs.evaluator.buildPath(fn, args, this.frame.path);
        else if (this.paintOps.has(fn)) this.paint(fn);
    }
    return;
  }

  /** The path built so far, painted: a constructPath op as getOperatorList makes it. */
  private paint(fn: number): void {
    const OPS = this.ops;
    const path = this.frame.path;
    if (fn === OPS.closeStroke || fn === OPS.closeFillStroke || fn === OPS.closeEOFillStroke) path.pathBuffer.push(4 /* DrawOPS.closePath */);
    if (path.pathBuffer.length === 0) {
      this.add(OPS.constructPath!, [fn, [null], null]);
    } else {
      this.add(OPS.constructPath!, [fn, [new Float32Array(path.pathBuffer)], path.pathMinMax.slice()]);
      path.pathBuffer.length = 0;
      path.pathMinMax.set([Infinity, Infinity, -Infinity, -Infinity], 0);
    }
    this.paths++;
  }

  /** The text pass loaded the font of a Tf. */
  font(text: TextStateLike, size: unknown): void {
    try {
      this.setFont(text, size);
    } catch {
      this.failed = true;
    }
  }

  private setFont(text: TextStateLike, size: unknown): void {
    this.add(this.ops.setFont!, [text.loadedName, size]);
    this.lastFontVertical = !!text.font?.vertical;
  }

  /** The text pass cached a form as empty of text (after `beginForm` returned `mark`). */
  cachedEmpty(mark: number, name: string, objId: string | null | undefined): void {
    if (this.paths <= mark) return;
    this.emptyButDrawn.add(name);
    if (objId) this.emptyButDrawn.add(objId);
  }

  /** The text pass skipped a form it had cached as empty (by name or object id). */
  skipped(key: string): void {
    if (this.emptyButDrawn.has(key)) this.failed = true;
  }

  /** The text pass stopped on an error it ignores: the recording is incomplete. */
  fail(): void {
    this.failed = true;
  }

  /** A form XObject's content follows; returns a mark for `cachedEmpty`. */
  beginForm(dict: PdfDict): number {
    try {
      return this.enterForm(dict);
    } catch {
      this.failed = true;
      return this.paths;
    }
  }

  private enterForm(dict: PdfDict): number {
    const matrix = this.pdfjs.lookupMatrix(dict.getArray('Matrix'), null);
    this.add(this.ops.paintFormXObjectBegin!, [matrix && new Float32Array(matrix), null]);
    this.frames.push(this.frame);
    this.frame = newFrame({ ...this.frame.colors });
    return this.paths;
  }

  /** The form's content ended (or failed): its unclosed saves are closed, as getOperatorList does. */
  endForm(): void {
    try {
      this.closeSaves();
      this.frame = this.frames.pop() ?? this.frame;
      this.add(this.ops.paintFormXObjectEnd!, []);
    } catch {
      this.failed = true;
    }
  }

  private closeSaves(): void {
    for (let i = 0; i < this.frame.saved.length; i++) this.add(this.ops.restore!, null);
    this.frame.saved.length = 0;
  }

  /** The page's recording, as the text content item that carries it. */
  item(): RecordedGraphics {
    this.closeSaves();
    return { type: RECORDED_GRAPHICS, fnArray: this.fnArray, argsArray: this.argsArray, failed: this.failed };
  }
}

/** The entry `name` (a pdfjs Name) of a resource dictionary (`ExtGState`, `Pattern`), if any. */
function lookUp(resources: PdfDict, kind: string, name: unknown): unknown {
  const key = (name as { name?: unknown } | null)?.name;
  if (typeof key !== 'string') return undefined;
  return (resources.get(kind) as PdfDict | undefined)?.get?.(key);
}

/** Takes the recorded graphics out of a page's text content items, if the patched worker put them there. */
export function takeRecordedGraphics<T>(items: T[]): RecordedGraphics | null {
  const last = items[items.length - 1] as unknown as RecordedGraphics | undefined;
  if (last?.type !== RECORDED_GRAPHICS) return null;
  items.pop();
  return last;
}
