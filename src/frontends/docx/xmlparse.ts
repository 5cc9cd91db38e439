/**
 * A small XML parser for the parts of a DOCX. WordprocessingML is machine
 * written (no DTD, entities limited to the five predefined ones and character
 * references), so a tokenizer over indexOf is enough, and it builds only the
 * light tree the reader walks: element nodes with attributes and children,
 * and text nodes. It produces the same node shape as domhandler (`type`,
 * `name`, `attribs`, `children`, `data`), several times faster than building a
 * full DOM (a 6-page report's document.xml is ~250 KB of tags).
 */
import type { Element } from 'domhandler';

interface Node {
  type: 'tag' | 'text';
  name?: string;
  attribs?: Record<string, string>;
  children?: Node[];
  data?: string;
}

/**
 * An element whose attributes are parsed when first read: most elements of a
 * part are run and paragraph properties whose attributes nobody asks for.
 */
class Tag implements Node {
  readonly type = 'tag' as const;
  readonly children: Node[] = [];
  private parsed: Record<string, string> | undefined;
  constructor(
    readonly name: string,
    private readonly raw: string,
  ) {}
  get attribs(): Record<string, string> {
    if (!this.parsed) {
      this.parsed = {};
      ATTR.lastIndex = 0;
      for (let m = ATTR.exec(this.raw); m; m = ATTR.exec(this.raw)) this.parsed[m[1]!] = decode(m[2] ?? m[3] ?? '');
    }
    return this.parsed;
  }
}

const ENTITY = /&(?:(amp|lt|gt|quot|apos)|#(\d+)|#x([0-9a-fA-F]+));/g;
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decode(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(ENTITY, (m, name: string | undefined, dec: string | undefined, hex: string | undefined) => {
    if (name) return NAMED[name]!;
    const code = dec !== undefined ? Number(dec) : Number.parseInt(hex!, 16);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : m;
  });
}

const ATTR = /([^\s=/>]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

/** The document's root element, or undefined when there is none. Malformed markup throws. */
export function parseXml(xml: string): Element | undefined {
  const root: Node = new Tag('#document', '');
  const stack: Node[] = [root];
  let i = 0;
  const n = xml.length;
  while (i < n) {
    const lt = xml.indexOf('<', i);
    const end = lt === -1 ? n : lt;
    if (end > i) {
      const text = xml.slice(i, end);
      // White space between tags carries nothing in WordprocessingML (text lives in w:t, kept as is).
      if (stack.length > 1 && (stack[stack.length - 1]!.name === 'w:t' || text.trim() !== '')) {
        stack[stack.length - 1]!.children!.push({ type: 'text', data: decode(text) });
      }
    }
    if (lt === -1) break;
    const c = xml.charCodeAt(lt + 1);
    if (c === 0x3f /* ? */) {
      i = close(xml, '?>', lt);
    } else if (c === 0x21 /* ! */) {
      if (xml.startsWith('<![CDATA[', lt)) {
        const e = close(xml, ']]>', lt);
        stack[stack.length - 1]!.children!.push({ type: 'text', data: xml.slice(lt + 9, e - 3) });
        i = e;
      } else i = close(xml, xml.startsWith('<!--', lt) ? '-->' : '>', lt);
    } else if (c === 0x2f /* / */) {
      const gt = xml.indexOf('>', lt);
      if (gt === -1) throw new Error('unterminated end tag');
      const name = xml.slice(lt + 2, gt).trim();
      const top = stack.pop();
      if (!top || top.name !== name || stack.length === 0) throw new Error(`mismatched </${name}>`);
      i = gt + 1;
    } else {
      const gt = xml.indexOf('>', lt);
      if (gt === -1) throw new Error('unterminated tag');
      const selfClosing = xml.charCodeAt(gt - 1) === 0x2f;
      const inner = xml.slice(lt + 1, selfClosing ? gt - 1 : gt);
      const sp = inner.search(/[\s]/);
      const name = sp === -1 ? inner : inner.slice(0, sp);
      const el = new Tag(name, sp === -1 ? '' : inner.slice(sp));
      stack[stack.length - 1]!.children!.push(el);
      if (!selfClosing) stack.push(el);
      i = gt + 1;
    }
  }
  if (stack.length !== 1) throw new Error(`unclosed <${stack[stack.length - 1]!.name}>`);
  return root.children!.find((c) => c.type === 'tag') as unknown as Element | undefined;
}

function close(xml: string, terminator: string, from: number): number {
  const e = xml.indexOf(terminator, from);
  if (e === -1) throw new Error(`unterminated ${terminator}`);
  return e + terminator.length;
}
