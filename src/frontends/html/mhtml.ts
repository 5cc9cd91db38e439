/**
 * A web page saved as one file: MHTML (a browser's "single file" `.mht` /
 * `.mhtml`, or Word's single-file web page, which sites often publish renamed
 * `.doc`). It is a MIME message (RFC 2557): the page is its first `text/html`
 * part, quoted-printable or base64 encoded; the other parts are the page's
 * pictures and styles, which nothing here reads. The page is then read by the
 * HTML front end, so its warnings' lines are lines of the decoded page; the
 * part's charset comes before the page's `<meta>`, as a server's would.
 */
import { XxgkError } from '../../codes.js';
import type { FrontEndResult } from '../../model/blocks.js';
import type { ReadLimits } from '../index.js';
import { readHtml } from './index.js';

/** A MIME entity: its header fields (names lower case) and body bytes. */
interface Entity {
  headers: Map<string, string>;
  body: Buffer;
}

/** Multiparts inside multiparts (`multipart/alternative` in a related one) are followed this deep. */
const MAX_DEPTH = 4;

export async function readMhtml(bytes: Uint8Array, limits: ReadLimits): Promise<FrontEndResult> {
  if (bytes.byteLength > limits.maxTextBytes) throw new XxgkError('TOO_LARGE', `The saved page has ${bytes.byteLength} bytes; the limit is ${limits.maxTextBytes}.`);
  const page = findPage(parseEntity(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)), 0);
  if (!page) throw new XxgkError('UNSUPPORTED_FORMAT', 'The MIME message holds no HTML part (a saved page has one): there is no page to read.');
  const html = decodeBody(page);
  const charset = parameter(page.headers.get('content-type') ?? '', 'charset') ?? undefined;
  const read = await readHtml(html, limits, charset);
  return { ...read, source: { ...read.source, byteLength: bytes.byteLength } };
}

/** The first `text/html` part, depth first, in document order. */
function findPage(entity: Entity, depth: number): Entity | null {
  const type = (entity.headers.get('content-type') ?? 'text/plain').toLowerCase();
  if (type.startsWith('text/html')) return entity;
  if (!type.startsWith('multipart/') || depth >= MAX_DEPTH) return null;
  const boundary = parameter(entity.headers.get('content-type')!, 'boundary');
  if (!boundary) return null;
  for (const part of splitParts(entity.body, boundary)) {
    const found = findPage(parseEntity(part), depth + 1);
    if (found) return found;
  }
  return null;
}

/** Header fields up to the first empty line (folded lines unfolded), then the body. */
function parseEntity(bytes: Buffer): Entity {
  const crlf = bytes.indexOf('\r\n\r\n');
  const lf = bytes.indexOf('\n\n');
  const [end, skip] = crlf >= 0 && (lf < 0 || crlf < lf) ? [crlf, 4] : lf >= 0 ? [lf, 2] : [bytes.length, 0];
  const headers = new Map<string, string>();
  const lines = bytes.subarray(0, end).toString('latin1').split(/\r?\n/);
  let name = '';
  for (const line of lines) {
    if (/^[ \t]/.test(line) && name) {
      headers.set(name, `${headers.get(name)} ${line.trim()}`);
      continue;
    }
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    name = line.slice(0, colon).trim().toLowerCase();
    // The first occurrence counts: a part's own fields never repeat in a well-formed message.
    if (!headers.has(name)) headers.set(name, line.slice(colon + 1).trim());
  }
  return { headers, body: bytes.subarray(Math.min(bytes.length, end + skip)) };
}

/** The parts between `--boundary` lines, up to the closing `--boundary--` (or the end of a truncated file). */
function splitParts(body: Buffer, boundary: string): Buffer[] {
  const marker = Buffer.from(`--${boundary}`, 'latin1');
  const parts: Buffer[] = [];
  let at = lineStartMatch(body, marker, 0);
  while (at >= 0) {
    const afterMarker = at + marker.length;
    if (body[afterMarker] === 0x2d && body[afterMarker + 1] === 0x2d) break;
    const lineEnd = body.indexOf(0x0a, afterMarker);
    if (lineEnd < 0) break;
    const next = lineStartMatch(body, marker, lineEnd + 1);
    // The line break before the next boundary belongs to the boundary.
    let end = next < 0 ? body.length : next;
    if (next >= 0 && body[end - 1] === 0x0a) end -= body[end - 2] === 0x0d ? 2 : 1;
    parts.push(body.subarray(lineEnd + 1, Math.max(lineEnd + 1, end)));
    at = next;
  }
  return parts;
}

/** The next occurrence of the marker at the start of a line, from `from`. */
function lineStartMatch(body: Buffer, marker: Buffer, from: number): number {
  for (let i = body.indexOf(marker, from); i >= 0; i = body.indexOf(marker, i + 1)) {
    if (i === 0 || body[i - 1] === 0x0a) return i;
  }
  return -1;
}

/** A header field's parameter (`boundary="…"`, `charset=gb2312`), unquoted. */
function parameter(field: string, name: string): string | null {
  const match = new RegExp(`(?:^|;)\\s*${name}\\s*=\\s*(?:"([^"]*)"|([^;\\s]+))`, 'i').exec(field);
  return match ? (match[1] ?? match[2] ?? null) : null;
}

function decodeBody(entity: Entity): Buffer {
  const encoding = (entity.headers.get('content-transfer-encoding') ?? '').toLowerCase();
  if (encoding === 'base64') return Buffer.from(entity.body.toString('latin1').replace(/[^A-Za-z0-9+/=]/g, ''), 'base64');
  if (encoding === 'quoted-printable') return decodeQuotedPrintable(entity.body);
  return entity.body;
}

const HEX = /^[0-9A-Fa-f]{2}$/;

/** Quoted-printable: `=XX` is a byte, `=` at a line's end joins it to the next; anything else is kept as it is. */
export function decodeQuotedPrintable(body: Buffer): Buffer {
  const out = Buffer.allocUnsafe(body.length);
  let n = 0;
  for (let i = 0; i < body.length; i++) {
    const byte = body[i]!;
    if (byte !== 0x3d) {
      out[n++] = byte;
      continue;
    }
    if (body[i + 1] === 0x0a) {
      i += 1;
      continue;
    }
    if (body[i + 1] === 0x0d && body[i + 2] === 0x0a) {
      i += 2;
      continue;
    }
    const hex = body.toString('latin1', i + 1, i + 3);
    if (HEX.test(hex)) {
      out[n++] = parseInt(hex, 16);
      i += 2;
      continue;
    }
    out[n++] = byte;
  }
  return out.subarray(0, n);
}
