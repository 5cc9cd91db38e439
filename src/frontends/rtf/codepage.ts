/**
 * Which code page `\'hh` bytes (and raw 8-bit text) are in: the current font's
 * `\fcharset` (or `\cpg`) where it names one, else the document's `\ansicpg`.
 * Chinese reports are GBK (`\ansicpg936`, fonts of charset 134); the bytes of
 * a double-byte character come as two `\'hh` and are decoded together.
 */
import { createRequire } from 'node:module';

/** Font charsets (Windows' values, RTF's `\fcharsetN`) → code pages. 0 and 1 (ANSI, default) defer to the document's. */
const CHARSET_CODEPAGE: Record<number, number> = {
  77: 10000, 128: 932, 129: 949, 130: 1361, 134: 936, 136: 950, 161: 1253, 162: 1254, 163: 1258,
  177: 1255, 178: 1256, 186: 1257, 204: 1251, 222: 874, 238: 1250,
};

/** The symbol charset: its bytes are pictures of a symbol font, no text (DOCX drops them too). */
export const SYMBOL_CHARSET = 2;

export function charsetCodepage(charset: number | undefined): number | undefined {
  return charset === undefined ? undefined : CHARSET_CODEPAGE[charset];
}

/** Code page → iconv-lite's name. GBK is read as GB18030, its superset (as the HTML front end does). */
function encodingName(codepage: number): string {
  switch (codepage) {
    case 936:
      return 'gb18030';
    case 950:
      return 'big5';
    case 932:
      return 'shift_jis';
    case 949:
      return 'cp949';
    case 10000:
      return 'macintosh';
    case 437:
    case 850:
      return `cp${codepage}`;
    default:
      return `windows-${codepage}`;
  }
}

let iconvLite: typeof import('iconv-lite') | undefined;
function iconv(): typeof import('iconv-lite') {
  iconvLite ??= createRequire(import.meta.url)('iconv-lite') as typeof import('iconv-lite');
  return iconvLite;
}

/** Bytes in a code page → text; an unknown code page is read as Windows-1252. */
export function decodeBytes(bytes: Uint8Array, codepage: number): string {
  const name = encodingName(codepage);
  const lib = iconv();
  return lib.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), lib.encodingExists(name) ? name : 'windows-1252');
}
