/**
 * File names that are not UTF-8 (GBK names unpacked from a Windows archive)
 * as path strings: Node decodes such names with U+FFFD, so two names can
 * become one string that opens neither file. Here each byte of such a name
 * beyond ASCII is written `\xNN`, and `fsPath` turns the string back into
 * the bytes the file system knows.
 */
import { existsSync } from 'node:fs';

const STRICT_UTF8 = new TextDecoder('utf-8', { fatal: true });
const ESCAPE = /\\x([0-9A-F]{2})/g;

/** A file name read as bytes, as a string: UTF-8 as it is, else escaped byte by byte (`\xCA\xD0`). */
export function nameOf(raw: Uint8Array): string {
  try {
    return STRICT_UTF8.decode(raw);
  } catch {
    let out = '';
    for (const b of raw) out += b < 0x80 ? String.fromCharCode(b) : `\\x${b.toString(16).toUpperCase().padStart(2, '0')}`;
    return out;
  }
}

/** The path to hand the file system: the string, or, for a name `nameOf` escaped, its bytes. */
export function fsPath(path: string): string | Buffer {
  if (!path.includes('\\x') || existsSync(path)) return path;
  const parts: Buffer[] = [];
  let last = 0;
  for (const m of path.matchAll(ESCAPE)) {
    parts.push(Buffer.from(path.slice(last, m.index), 'utf8'), Buffer.from([parseInt(m[1]!, 16)]));
    last = m.index! + m[0].length;
  }
  parts.push(Buffer.from(path.slice(last), 'utf8'));
  return Buffer.concat(parts);
}
