/**
 * The encoding of a saved web page: a BOM, else the charset its `<meta>` (or
 * an XML declaration) declares, else detected from the bytes as the text front
 * end does (many Chinese sites serve GBK without declaring it).
 */
import { createRequire } from 'node:module';
import { decodeText, type DecodedText } from '../text/decode.js';

/** Charset labels → the iconv-lite encoding. GBK and GB2312 pages are read as GB18030, their superset. */
const ALIASES: Record<string, string> = {
  'utf-8': 'utf-8', utf8: 'utf-8', 'unicode-1-1-utf-8': 'utf-8',
  gbk: 'gb18030', gb2312: 'gb18030', gb18030: 'gb18030', 'x-gbk': 'gb18030', cp936: 'gb18030', 'windows-936': 'gb18030', 'gb_2312-80': 'gb18030', 'euc-cn': 'gb18030', hz: 'gb18030',
  big5: 'big5', 'big5-hkscs': 'big5', 'utf-16': 'utf-16le', 'utf-16le': 'utf-16le', 'utf-16be': 'utf-16be',
};

/** The charset a page declares in its first 4 KB, lower case, or null. */
export function declaredCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 4096)).toString('latin1');
  const meta = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head) ?? /<\?xml[^>]+encoding\s*=\s*["']([\w.:-]+)/i.exec(head);
  return meta ? meta[1]!.toLowerCase() : null;
}

/** `transport`: the charset declared outside the page (a saved page's MIME part); as HTTP's, it comes before the page's own. */
export function decodePage(bytes: Uint8Array, transport?: string): DecodedText {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const hasBom = (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) || (buf[0] === 0xff && buf[1] === 0xfe) || (buf[0] === 0xfe && buf[1] === 0xff);
  const declared = transport?.toLowerCase() ?? declaredCharset(bytes);
  const encoding = declared ? ALIASES[declared] : undefined;
  if (hasBom || !encoding) return decodeText(bytes);
  const text = encoding === 'utf-8' ? new TextDecoder('utf-8').decode(buf) : (createRequire(import.meta.url)('iconv-lite') as typeof import('iconv-lite')).decode(buf, encoding);
  let replaced = 0;
  for (let i = text.indexOf('\ufffd'); i !== -1; i = text.indexOf('\ufffd', i + 1)) replaced++;
  // A page that declares UTF-8 but is GBK (a common server misconfiguration) reads far better undeclared.
  if (replaced > Math.max(4, text.length / 1000)) {
    const detected = decodeText(bytes);
    if (detected.replaced < replaced) return detected;
  }
  return { text, encoding, replaced };
}
