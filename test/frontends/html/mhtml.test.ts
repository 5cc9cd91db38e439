import iconv from 'iconv-lite';
import { decodeQuotedPrintable, readMhtml } from '../../../src/frontends/html/mhtml.js';
import { XxgkError } from '../../../src/codes.js';

const LIMITS = { maxTextBytes: 1 << 20, maxFileBytes: 1 << 20, maxPages: 100 };
const REPORT = '<html><body><p>一、总体情况</p><p>本机关全年主动公开政府信息。</p></body></html>';

/** A saved page as a MIME message: `parts` are [header lines, body] pairs. */
function message(boundary: string, parts: [string, string | Buffer][], eol = '\r\n'): Buffer {
  const chunks: Buffer[] = [Buffer.from(`MIME-Version: 1.0${eol}Content-Type: multipart/related;${eol}\ttype="text/html";${eol}\tboundary="${boundary}"${eol}${eol}preamble${eol}`)];
  for (const [headers, body] of parts) chunks.push(Buffer.from(`--${boundary}${eol}${headers.replace(/\n/g, eol)}${eol}${eol}`), Buffer.from(body), Buffer.from(eol));
  chunks.push(Buffer.from(`--${boundary}--${eol}`));
  return Buffer.concat(chunks);
}

const paragraphs = (r: Awaited<ReturnType<typeof readMhtml>>) => r.blocks.flatMap((b) => (b.kind === 'paragraph' ? [b.text] : []));

test('quoted-printable: =XX bytes, soft line breaks (CRLF or LF), a stray = kept', () => {
  expect(decodeQuotedPrintable(Buffer.from('a=3Db=\r\nc=\nd =E4=B8=80 =ZZ=')).toString('utf8')).toBe('a=bcd 一 =ZZ=');
});

test('the first text/html part is the page: quoted-printable UTF-8 after a picture part', async () => {
  const qp = Buffer.from(REPORT, 'utf8').toString('latin1').replace(/[\x80-\xff=]/g, (c) => `=${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
  const bytes = message('----MultipartBoundary--x', [
    ['Content-Type: image/png\nContent-Transfer-Encoding: base64', 'iVBORw0KGgo='],
    // Soft line breaks every 20 characters or escapes, never inside an escape.
    ['Content-Type: text/html\nContent-Transfer-Encoding: quoted-printable', qp.match(/=[0-9A-F]{2}|[^=]/g)!.map((t, i) => (i % 20 === 19 ? `${t}=\r\n` : t)).join('')],
  ]);
  const read = await readMhtml(bytes, LIMITS);
  expect(paragraphs(read)).toEqual(['一、总体情况', '本机关全年主动公开政府信息。']);
  expect(read.source).toEqual({ format: 'html', encoding: 'utf-8', byteLength: bytes.byteLength });
});

test("Word's page: the charset only in the part's header (gb2312, read as GB18030), which also comes before a <meta> the page kept; base64; LF line ends; a nested multipart", async () => {
  const gbk = iconv.encode(REPORT.replace('<html>', '<html><meta charset="utf-8">'), 'gbk');
  const inner = message('inner', [['Content-Type: text/html; charset="gb2312"\nContent-Transfer-Encoding: base64', gbk.toString('base64').replace(/(.{76})/g, '$1\n')]], '\n');
  const outer = message('outer', [['Content-Type: multipart/alternative; boundary="inner"', inner.subarray(inner.indexOf('--inner'))]], '\n');
  const read = await readMhtml(outer, LIMITS);
  expect(paragraphs(read)).toEqual(['一、总体情况', '本机关全年主动公开政府信息。']);
  expect(read.source.encoding).toBe('gb18030');
});

test('a MIME message with no HTML part, or cut before its page, is UNSUPPORTED_FORMAT (an e-mail is no saved page); an oversized one TOO_LARGE', async () => {
  const code = async (bytes: Buffer, limits = LIMITS) => readMhtml(bytes, limits).then(() => 'read', (e: XxgkError) => e.code);
  expect(await code(message('b', [['Content-Type: image/png', 'x']]))).toBe('UNSUPPORTED_FORMAT');
  expect(await code(message('b', [['Content-Type: text/plain', '一、总体情况']]))).toBe('UNSUPPORTED_FORMAT');
  expect(await code(Buffer.from('MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary="b"\r\n\r\n--b\r\nContent-Type: te'))).toBe('UNSUPPORTED_FORMAT');
  expect(await code(message('b', [['Content-Type: text/html', REPORT]]), { ...LIMITS, maxTextBytes: 100 })).toBe('TOO_LARGE');
});

test('a page cut short (no closing boundary) is read as far as it goes', async () => {
  const whole = message('b', [['Content-Type: text/html; charset=utf-8', REPORT]]);
  const cut = whole.subarray(0, whole.indexOf('</body>'));
  expect(paragraphs(await readMhtml(cut, LIMITS))).toEqual(['一、总体情况', '本机关全年主动公开政府信息。']);
});
