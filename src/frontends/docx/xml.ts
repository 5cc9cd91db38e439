/** Small helpers over the DOM that cheerio (htmlparser2, XML mode) builds for WordprocessingML parts. */
import type { AnyNode, Element } from 'domhandler';

export function isTag(node: AnyNode): node is Element {
  return node.type === 'tag';
}

/** Element children, optionally only those named `name` (`w:p`). */
export function kids(el: Element, name?: string): Element[] {
  const out: Element[] = [];
  for (const c of el.children) if (isTag(c) && (name === undefined || c.name === name)) out.push(c);
  return out;
}

export function child(el: Element | undefined, name: string): Element | undefined {
  if (!el) return undefined;
  for (const c of el.children) if (isTag(c) && c.name === name) return c;
  return undefined;
}

/** `w:val` of a child (`<w:gridSpan w:val="3"/>`), undefined when the child is absent. */
export function valOf(el: Element | undefined, name: string): string | undefined {
  const c = child(el, name);
  return c ? (c.attribs['w:val'] ?? '') : undefined;
}

/** A toggle property (`<w:b/>`, `<w:vanish w:val="0"/>`): present and not switched off. */
export function isOn(el: Element | undefined, name: string): boolean {
  const v = valOf(el, name);
  return v !== undefined && v !== '0' && v !== 'false' && v !== 'off';
}

/** A toggle property as set: on, off, or undefined when not set (a style's base then decides). */
export function toggle(el: Element | undefined, name: string): boolean | undefined {
  return valOf(el, name) === undefined ? undefined : isOn(el, name);
}

/** The first descendant named `name`, depth first. */
export function find(el: Element, name: string): Element | undefined {
  for (const c of el.children) {
    if (!isTag(c)) continue;
    if (c.name === name) return c;
    const f = find(c, name);
    if (f) return f;
  }
  return undefined;
}

/** The descendants named `name`, not looking inside one found (the outermost), in no set order. */
export function findAll(el: Element, name: string): Element[] {
  const out: Element[] = [];
  const stack: Element[] = [el];
  while (stack.length > 0) {
    const node = stack.pop()!;
    for (let i = node.children.length - 1; i >= 0; i--) {
      const c = node.children[i]!;
      if (!isTag(c)) continue;
      if (c.name === name) out.push(c);
      else stack.push(c);
    }
  }
  return out;
}
