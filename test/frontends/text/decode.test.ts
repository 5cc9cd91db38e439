import iconv from 'iconv-lite';
import { decodeText, textiness } from '../../../src/frontends/text/decode.js';
import { XxgkError } from '../../../src/codes.js';

const sample = '一、总体情况\n2020年，本机关共收到政府信息公开申请2件。Ｏｋ\u00a0\u3000';

test.each([
  ['utf-8', Buffer.from(sample)],
  ['utf-8-bom', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(sample)])],
  ['utf-16le', Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(sample, 'utf-16le')])],
  ['utf-16be', Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(sample, 'utf-16be')])],
  ['utf-16le', iconv.encode(sample, 'utf-16le')],
  ['utf-16be', iconv.encode(sample, 'utf-16be')],
  ['gb18030', iconv.encode(sample, 'gb18030')],
])('%s', (encoding, bytes) => {
  expect(decodeText(bytes)).toEqual({ text: sample, encoding, replaced: 0 });
});

test('GBK text decodes as GB18030 (its superset)', () => {
  const gbk = iconv.encode(sample.replace('\u00a0', ' '), 'gbk');
  expect(decodeText(gbk)).toEqual({ text: sample.replace('\u00a0', ' '), encoding: 'gb18030', replaced: 0 });
});

test('invalid bytes are counted', () => {
  const bytes = Buffer.concat([iconv.encode(sample, 'gb18030'), Buffer.from([0x81, 0x7f])]);
  const d = decodeText(bytes);
  expect(d.encoding).toBe('gb18030');
  expect(d.replaced).toBe([...d.text].filter((c) => c === '\ufffd').length);
  expect(d.replaced).toBeGreaterThan(0);
});

test('UTF-8 with a stray bad byte or cut inside its last character stays UTF-8, the bytes counted', () => {
  const utf8 = Buffer.from(sample.repeat(3));
  expect(decodeText(Buffer.concat([utf8.subarray(0, 19), Buffer.from([0xff]), utf8.subarray(19)]))).toMatchObject({ encoding: 'utf-8', replaced: 1 });
  expect(decodeText(utf8.subarray(0, utf8.length - 3 - 1))).toMatchObject({ encoding: 'utf-8', replaced: 1 });
  // GBK bytes are not "UTF-8 with bad bytes": nearly every character fails.
  expect(decodeText(iconv.encode(sample.repeat(3), 'gbk'))).toMatchObject({ encoding: 'gb18030', replaced: 0 });
});

test('bytes that read as no text are UNSUPPORTED_FORMAT', () => {
  const binary = Buffer.from(Array.from({ length: 600 }, (_, i) => (i * 37 + 11) % 32));
  expect(() => decodeText(binary)).toThrow(XxgkError);
  expect(textiness('一、总体情况 ok')).toBe(1);
  expect(textiness('\u0001\u0002ab')).toBe(0.5);
});
