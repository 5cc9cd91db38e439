/**
 * Word's automatic numbering (numbering.xml). The number of an auto-numbered
 * paragraph (`一、`, `（三）`, `1.`) is not in the document text: Word draws it
 * from the list definition and a counter. mammoth turns such paragraphs into
 * `<ol><li>` and drops the number, yet the middle recognises headings and
 * table labels by it, so the counters are replayed here in document order.
 */
import type { Element } from 'domhandler';
import { child, kids, valOf } from './xml.js';

interface Level {
  start: number;
  format: string;
  text: string;
  /** Restart after a higher level: 0 = never; n = after level n-1 (Word's w:lvlRestart), default any higher level. */
  restart: number | undefined;
  legal: boolean;
}

interface NumDef {
  counterKey: string;
  levels: Map<number, Level>;
}

const DIGITS = '〇一二三四五六七八九';
const LEGAL = '零壹贰叁肆伍陆柒捌玖';
const TIANGAN = '甲乙丙丁戊己庚辛壬癸';

/** 1…9999 in Chinese counting (`十一`, `二十`, `一百零五`). */
function chineseCounting(n: number, digits = DIGITS, units = ['', '十', '百', '千']): string {
  if (n === 0) return digits[0]!;
  if (n >= 10000) return String(n);
  const s = String(n);
  let out = '';
  let zero = false;
  for (let i = 0; i < s.length; i++) {
    const d = Number(s[i]);
    const unit = units[s.length - 1 - i]!;
    if (d === 0) zero = out !== '';
    else {
      if (zero) out += digits === DIGITS ? '零' : digits[0];
      zero = false;
      out += digits[d]! + unit;
    }
  }
  // 一十一 → 十一 (as printed: 十、十一、…).
  return n >= 10 && n < 20 && digits === DIGITS ? out.slice(1) : out;
}

function roman(n: number): string {
  const table: [number, string][] = [[1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];
  let out = '';
  for (const [v, s] of table) while (n >= v) ((out += s), (n -= v));
  return out;
}

function letters(n: number): string {
  // Word repeats the letter: 27 → AA.
  const l = String.fromCharCode(65 + ((n - 1) % 26));
  return l.repeat(Math.floor((n - 1) / 26) + 1);
}

/** One counter value in a w:numFmt. */
export function formatNumber(n: number, format: string): string {
  switch (format) {
    case 'chineseCounting':
    case 'chineseCountingThousand':
    case 'taiwaneseCounting':
    case 'taiwaneseCountingThousand':
    case 'japaneseCounting':
      return chineseCounting(n);
    case 'ideographDigital':
    case 'taiwaneseDigital':
      return [...String(n)].map((d) => DIGITS[Number(d)]).join('');
    case 'chineseLegalSimplified':
    case 'ideographLegalTraditional':
      return chineseCounting(n, LEGAL, ['', '拾', '佰', '仟']);
    case 'ideographTraditional':
      return TIANGAN[(n - 1) % 10]!;
    case 'decimalFullWidth':
    case 'decimalFullWidth2':
      return [...String(n)].map((d) => String.fromCharCode(0xff10 + Number(d))).join('');
    case 'decimalEnclosedCircle':
    case 'decimalEnclosedCircleChinese':
      return n >= 1 && n <= 20 ? String.fromCharCode(0x2460 + n - 1) : String(n);
    case 'decimalEnclosedParen':
      return `(${n})`;
    case 'decimalZero':
      return n < 10 ? `0${n}` : String(n);
    case 'upperRoman':
      return roman(n);
    case 'lowerRoman':
      return roman(n).toLowerCase();
    case 'upperLetter':
      return letters(n);
    case 'lowerLetter':
      return letters(n).toLowerCase();
    case 'none':
    case 'bullet':
      return '';
    default:
      return String(n);
  }
}

/** The list definitions of one document and the counters as numbering proceeds. */
export class Numbering {
  private readonly nums = new Map<string, NumDef>();
  private readonly counters = new Map<string, number[]>();

  constructor(root: Element | undefined) {
    if (!root) return;
    const abstracts = new Map<string, Map<number, Level>>();
    // A list defined through a numbering style: one definition names the style (w:styleLink) and holds the
    // levels; others only point at it (w:numStyleLink) and have none of their own.
    const byStyle = new Map<string, Map<number, Level>>();
    const all = kids(root, 'w:abstractNum');
    for (const a of all) {
      const levels = readLevels(a);
      abstracts.set(a.attribs['w:abstractNumId'] ?? '', levels);
      const link = valOf(a, 'w:styleLink');
      if (link !== undefined) byStyle.set(link, levels);
    }
    for (const a of all) {
      const link = valOf(a, 'w:numStyleLink');
      const levels = link === undefined ? undefined : byStyle.get(link);
      if (levels && abstracts.get(a.attribs['w:abstractNumId'] ?? '')?.size === 0) abstracts.set(a.attribs['w:abstractNumId'] ?? '', levels);
    }
    for (const n of kids(root, 'w:num')) {
      const absId = valOf(n, 'w:abstractNumId') ?? '';
      const levels = new Map(abstracts.get(absId) ?? []);
      let overridden = false;
      for (const o of kids(n, 'w:lvlOverride')) {
        const ilvl = Number(o.attribs['w:ilvl'] ?? 0);
        const lvl = child(o, 'w:lvl');
        const start = valOf(o, 'w:startOverride');
        const base = lvl ? readLevel(lvl) : levels.get(ilvl);
        if (base) levels.set(ilvl, start !== undefined ? { ...base, start: Number(start) } : base);
        overridden = true;
      }
      // Instances of one abstract list share its counters (Word continues the list) unless they restart it.
      this.nums.set(n.attribs['w:numId'] ?? '', { counterKey: overridden ? `num:${n.attribs['w:numId']}` : `abs:${absId}`, levels });
    }
  }

  /** The number printed before the next paragraph of list `numId` at level `ilvl` ('' for bullets and unknown lists). */
  next(numId: string, ilvl: number): string {
    const def = this.nums.get(numId);
    const level = def?.levels.get(ilvl);
    if (!def || !level || numId === '0') return '';
    let counts = this.counters.get(def.counterKey);
    if (!counts) this.counters.set(def.counterKey, (counts = []));
    counts[ilvl] = counts[ilvl] === undefined ? level.start : counts[ilvl]! + 1;
    // Deeper levels restart (w:lvlRestart 0 keeps counting).
    for (let d = ilvl + 1; d < counts.length; d++) {
      const deeper = def.levels.get(d);
      if (deeper?.restart === 0 || (deeper?.restart !== undefined && deeper.restart > ilvl + 1)) continue;
      counts[d] = undefined as unknown as number;
    }
    if (level.format === 'bullet') return '';
    return level.text.replace(/%([1-9])/g, (_, k: string) => {
      const l = Number(k) - 1;
      const lv = def.levels.get(l);
      const value = counts![l] ?? lv?.start ?? 1;
      return formatNumber(value, level.legal && l !== ilvl ? 'decimal' : (lv?.format ?? 'decimal'));
    });
  }
}

function readLevels(abs: Element): Map<number, Level> {
  const levels = new Map<number, Level>();
  for (const l of kids(abs, 'w:lvl')) levels.set(Number(l.attribs['w:ilvl'] ?? 0), readLevel(l));
  return levels;
}

function readLevel(l: Element): Level {
  const restart = valOf(l, 'w:lvlRestart');
  return {
    start: Number(valOf(l, 'w:start') ?? 1),
    format: valOf(l, 'w:numFmt') ?? 'decimal',
    text: valOf(l, 'w:lvlText') ?? '',
    restart: restart === undefined ? undefined : Number(restart),
    legal: child(l, 'w:isLgl') !== undefined,
  };
}
